"""Evaluation of type-checked expression trees by walking them; nothing is ever ``eval``-ed.

Unanswered items (and items that are not relevant) are ``null``. ``null`` equals only
``null``; ordering comparisons and ``in`` with ``null`` are false; arithmetic with ``null``
gives ``null``. ``not in`` is exactly ``not (x in y)``.
"""

from __future__ import annotations

from typing import Protocol

from csec_desktop.core.instruments.expr_parse import (
    Binary,
    Call,
    ListLit,
    Literal,
    Name,
    Node,
    Unary,
)

Value = float | int | str | bool | list[str] | None


class Env(Protocol):
    """What an expression may read: answers, context values and scores."""

    def value(self, name: str) -> Value: ...

    def score(self, group: str | None) -> float: ...

    def flagged(self, group: str | None, level: float) -> int: ...


def evaluate(node: Node, env: Env) -> Value:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, ListLit):
        return [item.value for item in node.items if isinstance(item, Literal)]  # type: ignore[misc]
    if isinstance(node, Name):
        return env.value(node.name)
    if isinstance(node, Unary):
        operand = evaluate(node.operand, env)
        if node.op == "not":
            return not operand
        return None if operand is None else -_num(operand)
    if isinstance(node, Binary):
        return _binary(node, env)
    return _call(node, env)


def truth(node: Node, env: Env) -> bool:
    """Evaluate a condition (type-checked as bool) to a plain bool."""
    return bool(evaluate(node, env))


def _num(value: Value) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expression type check was bypassed")  # unreachable after check()
    return float(value)


def _binary(node: Binary, env: Env) -> Value:
    op = node.op
    if op == "and":
        return truth(node.left, env) and truth(node.right, env)
    if op == "or":
        return truth(node.left, env) or truth(node.right, env)
    left, right = evaluate(node.left, env), evaluate(node.right, env)
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if op in ("in", "not in"):
        found = left is not None and isinstance(right, list) and left in right
        return found if op == "in" else not found
    if left is None or right is None:
        return None if op in ("+", "-") else False
    if op == "+":
        return _num(left) + _num(right)
    if op == "-":
        return _num(left) - _num(right)
    if isinstance(left, str) and isinstance(right, str):  # ISO dates order as text
        pair: tuple[float, float] | tuple[str, str] = (left, right)
    else:
        pair = (_num(left), _num(right))
    a, b = pair
    if op == "<":
        return a < b  # type: ignore[operator]
    if op == "<=":
        return a <= b  # type: ignore[operator]
    if op == ">":
        return a > b  # type: ignore[operator]
    return a >= b  # type: ignore[operator]


def _call(node: Call, env: Env) -> Value:
    name, args = node.func, node.args
    if name == "answered":
        return evaluate(args[0], env) is not None
    if name == "size":
        value = evaluate(args[0], env)
        return float(len(value)) if isinstance(value, list) else 0.0
    if name == "count":
        return float(sum(1 for arg in args if truth(arg, env)))
    if name == "any":
        return any(truth(arg, env) for arg in args)
    if name == "all":
        return all(truth(arg, env) for arg in args)
    first = args[0] if args else None
    group_id = first.value if isinstance(first, Literal) and isinstance(first.value, str) else None
    if name == "score":
        return env.score(group_id)
    level = evaluate(args[-1], env)
    return float(env.flagged(group_id, _num(level) if level is not None else 0.0))
