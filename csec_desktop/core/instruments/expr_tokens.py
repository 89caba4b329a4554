"""Tokens of the instrument expression grammar (see expr_parse.py for the grammar).

Only ASCII names, numbers, quoted strings and a fixed set of operators exist; a '.' (attribute
access), '=' or any other character is refused with its column.
"""

from __future__ import annotations

from dataclasses import dataclass

from csec_desktop.core.errors import ValidationError

MAX_LENGTH = 2000
MAX_DEPTH = 40
# Every operator node takes at least one token, so this also bounds how deep a tree can be
# (chains like "a or b or c ..." included) and keeps every tree walk far from the recursion limit.
MAX_TOKENS = 300
KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "null"})
OPERATORS = ("==", "!=", "<=", ">=", "<", ">", "(", ")", "[", "]", ",", "+", "-")


class ExpressionError(ValidationError):
    """An expression that is not the grammar or does not type-check; ``column`` is 1-based."""

    def __init__(self, column: int, message: str) -> None:
        super().__init__(f"column {column}: {message}")
        self.column = column
        self.detail = message


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "str", "name", "kw", "op", "end"
    text: str
    col: int


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_LENGTH:
        raise ExpressionError(1, f"expression longer than {MAX_LENGTH} characters")
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        ch, col = text[i], i + 1
        if ch in " \t\r\n":
            i += 1
        elif ch.isascii() and ch.isdigit():
            j = i
            while j < len(text) and text[j].isascii() and text[j].isdigit():
                j += 1
            if j < len(text) - 1 and text[j] == "." and text[j + 1].isdigit():
                j += 1
                while j < len(text) and text[j].isascii() and text[j].isdigit():
                    j += 1
            tokens.append(Token("num", text[i:j], col))
            i = j
        elif ch.isascii() and (ch.isalpha() or ch == "_"):
            j = i
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            if word.startswith("_"):
                raise ExpressionError(col, "names may not start with '_'")
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, col))
            i = j
        elif ch in "\"'":
            i = _string(text, i, tokens)
        else:
            op = next((o for o in OPERATORS if text.startswith(o, i)), None)
            if op is None:
                raise ExpressionError(col, _bad_char(ch))
            tokens.append(Token("op", op, col))
            i += len(op)
        if len(tokens) > MAX_TOKENS:
            raise ExpressionError(col, f"expression has more than {MAX_TOKENS} parts; simplify it")
    tokens.append(Token("end", "", len(text) + 1))
    return tokens


def _bad_char(ch: str) -> str:
    if ch == ".":
        return "'.' (attribute access) is not part of the expression grammar"
    if ch == "=":
        return "use '==' to compare"
    return f"unexpected character {ch!r}"


def _string(text: str, start: int, tokens: list[Token]) -> int:
    quote, out, i = text[start], [], start + 1
    while i < len(text) and text[i] != quote:
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in (quote, "\\"):
            i += 1
        elif text[i] in "\r\n":
            break
        out.append(text[i])
        i += 1
    if i >= len(text) or text[i] != quote:
        raise ExpressionError(start + 1, "string is not closed")
    tokens.append(Token("str", "".join(out), start + 1))
    return i + 1
