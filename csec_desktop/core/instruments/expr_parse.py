"""Recursive-descent parser for the instrument expression grammar.

The grammar (docs/instruments.md has the full description)::

    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := sum [ ("=="|"!="|"<"|"<="|">"|">=") sum | ["not"] "in" sum ]
    sum        := unary (("+"|"-") unary)*
    unary      := "-" unary | primary
    primary    := NUMBER | STRING | "true" | "false" | "null" | list | call | NAME | "(" expr ")"
    list       := "[" [expr ("," expr)*] "]"
    call       := NAME "(" [expr ("," expr)*] ")"

Nothing here evaluates anything: the result is a tree of plain dataclasses that the type
checker and the evaluator walk. There is no attribute access, no indexing and no way to name a
Python object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from csec_desktop.core.instruments.expr_tokens import (
    MAX_DEPTH,
    ExpressionError,
    Token,
    tokenize,
)

__all__ = ["ExpressionError", "Node", "parse"]


@dataclass(frozen=True)
class Literal:
    value: float | str | bool | None
    col: int


@dataclass(frozen=True)
class ListLit:
    items: tuple[Node, ...]
    col: int


@dataclass(frozen=True)
class Name:
    name: str
    col: int


@dataclass(frozen=True)
class Unary:
    op: str
    operand: Node
    col: int


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node
    col: int


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple[Node, ...]
    col: int


Node = Literal | ListLit | Name | Unary | Binary | Call


def parse(text: str) -> Node:
    """Parse ``text`` into a tree, or raise ExpressionError naming the column."""
    return _Parser(tokenize(text)).parse_all()


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def take(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def accept(self, kind: str, text: str) -> bool:
        token = self.peek()
        if token.kind == kind and token.text == text:
            self.pos += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept("op", text):
            token = self.peek()
            raise ExpressionError(token.col, f"expected '{text}' but found {_describe(token)}")

    def parse_all(self) -> Node:
        node = self.expr()
        token = self.peek()
        if token.kind != "end":
            raise ExpressionError(token.col, f"unexpected {_describe(token)}")
        return node

    def expr(self) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(self.peek().col, f"nested deeper than {MAX_DEPTH} levels")
        node = self.logical("or", self.and_expr)
        self.depth -= 1
        return node

    def and_expr(self) -> Node:
        return self.logical("and", self.not_expr)

    def logical(self, word: str, operand: Callable[[], Node]) -> Node:
        node = operand()
        while self.peek().kind == "kw" and self.peek().text == word:
            col = self.take().col
            node = Binary(word, node, operand(), col)
        return node

    def not_expr(self) -> Node:
        token = self.peek()
        if self.accept("kw", "not"):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise ExpressionError(token.col, f"nested deeper than {MAX_DEPTH} levels")
            node = Unary("not", self.not_expr(), token.col)
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Node:
        left = self.sum()
        token = self.peek()
        if token.kind == "op" and token.text in ("==", "!=", "<", "<=", ">", ">="):
            self.take()
            return Binary(token.text, left, self.sum(), token.col)
        if token.kind == "kw" and token.text == "in":
            self.take()
            return Binary("in", left, self.sum(), token.col)
        if token.kind == "kw" and token.text == "not" and self.tokens[self.pos + 1].text == "in":
            self.pos += 2
            return Binary("not in", left, self.sum(), token.col)
        return left

    def sum(self) -> Node:
        node = self.unary()
        while self.peek().kind == "op" and self.peek().text in ("+", "-"):
            token = self.take()
            node = Binary(token.text, node, self.unary(), token.col)
        return node

    def unary(self) -> Node:
        token = self.peek()
        if self.accept("op", "-"):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise ExpressionError(token.col, f"nested deeper than {MAX_DEPTH} levels")
            node = Unary("-", self.unary(), token.col)
            self.depth -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "num":
            return Literal(float(token.text), token.col)
        if token.kind == "str":
            return Literal(token.text, token.col)
        if token.kind == "kw" and token.text in ("true", "false", "null"):
            value = {"true": True, "false": False, "null": None}[token.text]
            return Literal(value, token.col)
        if token.kind == "name":
            if self.accept("op", "("):
                return Call(token.text, self.arguments(")"), token.col)
            return Name(token.text, token.col)
        if token.kind == "op" and token.text == "(":
            node = self.expr()
            self.expect(")")
            return node
        if token.kind == "op" and token.text == "[":
            return ListLit(self.arguments("]"), token.col)
        raise ExpressionError(token.col, f"expected a value but found {_describe(token)}")

    def arguments(self, close: str) -> tuple[Node, ...]:
        args: list[Node] = []
        if self.accept("op", close):
            return ()
        while True:
            args.append(self.expr())
            if self.accept("op", close):
                return tuple(args)
            self.expect(",")


def _describe(token: Token) -> str:
    if token.kind == "end":
        return "the end of the expression"
    return f"'{token.text}'"
