"""Type checking of parsed expressions against an instrument, at load time.

Every name must be an item of the instrument or a context value (``age``, ``decision_point``);
every function must be one of the whitelisted ones; both sides of an operator must have types
that fit. Comparing an enumerated item with a literal checks that the literal is one of the
item's answers, so a typo such as ``exchange == "yse"`` is a load error, not a rule that never
fires.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from csec_desktop.core.instruments.expr_parse import (
    Binary,
    Call,
    ExpressionError,
    ListLit,
    Literal,
    Name,
    Node,
    Unary,
)
from csec_desktop.core.instruments.kinds import KINDS
from csec_desktop.core.instruments.model import Item

# Values the caller supplies with a session (not answers): see navigator.SessionContext.
CONTEXT_NAMES: Mapping[str, str] = {"age": "number", "decision_point": "string"}
FUNCTIONS = ("answered", "count", "any", "all", "score", "flagged", "size")


@dataclass(frozen=True)
class Ty:
    kind: str  # bool, number, string, date, list, null
    item: Item | None = None  # set when the value is an item's answer
    literals: tuple[object, ...] | None = None  # set for literals and literal lists
    elem: str = ""  # element type of a list


@dataclass
class Scope:
    items: Mapping[str, Item]
    groups: frozenset[str]
    refs: set[str] = field(default_factory=set)  # item ids the expression reads
    group_refs: set[str] = field(default_factory=set)  # groups read by score()/flagged(); "*"=all


def allowed_values(item: Item) -> frozenset[object] | None:
    return KINDS[item.kind].literals(item)


def check_bool(node: Node, scope: Scope) -> None:
    """Raise ExpressionError unless ``node`` is a well-typed condition."""
    ty = check(node, scope)
    if ty.kind != "bool":
        raise ExpressionError(_col(node), f"a condition must be true or false, not a {ty.kind}")


def check(node: Node, scope: Scope) -> Ty:
    if isinstance(node, Literal):
        kind = {bool: "bool", float: "number", str: "string"}.get(type(node.value), "null")
        return Ty(kind, literals=(node.value,))
    if isinstance(node, ListLit):
        return _list(node, scope)
    if isinstance(node, Name):
        return _name(node, scope)
    if isinstance(node, Unary):
        want = "bool" if node.op == "not" else "number"
        _expect(check(node.operand, scope), want, node.operand, f"'{node.op}'")
        return Ty(want)
    if isinstance(node, Binary):
        return _binary(node, scope)
    return _call(node, scope)


def _col(node: Node) -> int:
    if isinstance(node, Binary):
        return _col(node.left)
    return node.col


def _expect(ty: Ty, want: str, node: Node, where: str) -> None:
    if ty.kind != want:
        raise ExpressionError(_col(node), f"{where} needs a {want}, not a {ty.kind}")


def _name(node: Name, scope: Scope) -> Ty:
    item = scope.items.get(node.name)
    if item is not None:
        scope.refs.add(item.id)
        return Ty(KINDS[item.kind].expr_type, item=item, elem="string")
    if node.name in CONTEXT_NAMES:
        return Ty(CONTEXT_NAMES[node.name])
    raise ExpressionError(node.col, f"unknown item '{node.name}'")


def _list(node: ListLit, scope: Scope) -> Ty:
    values: list[object] = []
    kinds = set()
    for element in node.items:
        if not isinstance(element, Literal) or element.value is None:
            raise ExpressionError(_col(element), "a list may hold only numbers or strings")
        kinds.add(check(element, scope).kind)
        values.append(element.value)
    if not kinds <= {"number"} and not kinds <= {"string"}:
        raise ExpressionError(node.col, "a list must hold only numbers or only strings")
    return Ty("list", literals=tuple(values), elem=kinds.pop() if kinds else "")


def _binary(node: Binary, scope: Scope) -> Ty:
    left, right = check(node.left, scope), check(node.right, scope)
    op = node.op
    if op in ("and", "or"):
        _expect(left, "bool", node.left, f"'{op}'")
        _expect(right, "bool", node.right, f"'{op}'")
        return Ty("bool")
    if op in ("+", "-"):
        _expect(left, "number", node.left, f"'{op}'")
        _expect(right, "number", node.right, f"'{op}'")
        return Ty("number")
    if op in ("in", "not in"):
        return _membership(node, left, right)
    if op in ("==", "!=") and "null" in (left.kind, right.kind):
        return Ty("bool")
    left, right = _as_dates(left, right, node), _as_dates(right, left, node)
    if left.kind != right.kind or left.kind in ("list", "null"):
        raise ExpressionError(node.col, f"cannot compare a {left.kind} with a {right.kind}")
    if op not in ("==", "!=") and left.kind not in ("number", "date"):
        raise ExpressionError(node.col, f"'{op}' compares numbers or dates, not {left.kind}s")
    _check_enum(left, right, node)
    _check_enum(right, left, node)
    return Ty("bool")


def _as_dates(ty: Ty, other: Ty, node: Binary) -> Ty:
    """A string literal compared with a date item must be an ISO date (YYYY-MM-DD)."""
    if other.kind == "date" and ty.kind == "string" and ty.literals:
        try:
            dt.date.fromisoformat(str(ty.literals[0]))
        except ValueError:
            raise ExpressionError(_col(node.right), "a date must be written YYYY-MM-DD") from None
        return Ty("date", literals=ty.literals)
    return ty


def _check_enum(ty: Ty, other: Ty, node: Binary) -> None:
    if ty.item is None or other.literals is None:
        return
    allowed = allowed_values(ty.item)
    if allowed is None:
        return
    for value in other.literals:
        if value not in allowed:
            shown = ", ".join(sorted(_show(v) for v in allowed))
            raise ExpressionError(
                node.col, f"{_show(value)} is not an answer of '{ty.item.id}' ({shown})"
            )


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return f"'{value}'"


def _membership(node: Binary, left: Ty, right: Ty) -> Ty:
    if right.kind != "list":
        raise ExpressionError(_col(node.right), f"'{node.op}' needs a list on the right")
    if left.kind not in ("string", "number") or (right.elem and left.kind != right.elem):
        raise ExpressionError(node.col, f"cannot look for a {left.kind} in this list")
    if right.item is not None:
        _check_enum(right, left, node)  # "x" in multiple_choice_item
    else:
        _check_enum(left, right, node)  # item in ["a", "b"]
    return Ty("bool")


def _call(node: Call, scope: Scope) -> Ty:
    name, args = node.func, node.args
    if name not in FUNCTIONS:
        raise ExpressionError(
            node.col, f"unknown function '{name}' (allowed: {', '.join(FUNCTIONS)})"
        )
    if name == "answered" or name == "size":
        if len(args) != 1 or not isinstance(args[0], Name) or args[0].name not in scope.items:
            raise ExpressionError(node.col, f"{name}() takes one item id")
        ty = check(args[0], scope)
        if name == "size":
            _expect(ty, "list", args[0], "size()")
            return Ty("number")
        return Ty("bool")
    if name in ("count", "any", "all"):
        if not args:
            raise ExpressionError(node.col, f"{name}() needs at least one condition")
        for arg in args:
            _expect(check(arg, scope), "bool", arg, f"{name}()")
        return Ty("number" if name == "count" else "bool")
    # score([group]) and flagged([group,] level)
    want_level = name == "flagged"
    if len(args) > (2 if want_level else 1) or len(args) < (1 if want_level else 0):
        usage = 'flagged(["group",] level)' if want_level else 'score(["group"])'
        raise ExpressionError(node.col, f"use {usage}")
    group_args = args[:-1] if want_level else args
    if want_level:
        _expect(check(args[-1], scope), "number", args[-1], "flagged() level")
    for arg in group_args:
        if not isinstance(arg, Literal) or not isinstance(arg.value, str):
            raise ExpressionError(_col(arg), f"{name}() takes a group id in quotes")
        if arg.value not in scope.groups:
            raise ExpressionError(arg.col, f"unknown indicator group '{arg.value}'")
        scope.group_refs.add(arg.value)
    if not group_args:
        scope.group_refs.add("*")
    return Ty("number")
