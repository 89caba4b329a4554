"""Checks that need the whole definition: identifiers, references, languages, expressions and
cycles in skip logic. Each problem names where it is (an item, section, rule… id) so a county
author can find it; the loader adds the file name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from csec_desktop.core.instruments.expr_check import CONTEXT_NAMES, Scope, check_bool
from csec_desktop.core.instruments.expr_parse import ExpressionError, Node, parse
from csec_desktop.core.instruments.kinds import KINDS
from csec_desktop.core.instruments.model import InstrumentDefinition, Item, Text


@dataclass(frozen=True)
class Problem:
    where: str  # item/section/rule/action/band/group id, or "definition"
    message: str

    def format(self, source: str) -> str:
        return f"{source}:{self.where}: {self.message}"


@dataclass
class Compiled:
    """Parsed, type-checked expressions and what they read, ready for the navigator."""

    relevant: dict[str, Node] = field(default_factory=dict)  # item id or section id
    constraints: dict[str, Node] = field(default_factory=dict)
    rules: dict[str, Node] = field(default_factory=dict)
    actions: dict[str, Node] = field(default_factory=dict)
    relevance_deps: dict[str, frozenset[str]] = field(default_factory=dict)  # per item
    rule_refs: dict[str, frozenset[str]] = field(default_factory=dict)  # items each rule reads
    order: list[str] = field(default_factory=list)  # items in an order relevance can follow


def validate_definition(defn: InstrumentDefinition) -> tuple[list[Problem], Compiled]:
    problems: list[Problem] = []
    items = {}
    for item in defn.items():
        if item.id in items:
            problems.append(Problem(item.id, "item id is used twice"))
        items[item.id] = item
    _unique(problems, "section", [s.id for s in defn.sections])
    _unique(problems, "group", [g.id for g in defn.groups])
    _unique(problems, "band", [b.id for b in defn.bands])
    _unique(problems, "rule", [r.id for r in defn.rules])
    _unique(problems, "action", [a.id for a in defn.actions])
    groups = frozenset(g.id for g in defn.groups)
    for item in items.values():
        problems.extend(_item_problems(item, groups))
    bands = {b.id for b in defn.bands}
    if defn.default_band not in bands:
        problems.append(Problem("definition", f"default_band: unknown band '{defn.default_band}'"))
    for rule in defn.rules:
        if rule.band not in bands:
            problems.append(Problem(rule.id, f"band: unknown band '{rule.band}'"))
    for action in defn.actions:
        for band in action.bands:
            if band not in bands:
                problems.append(Problem(action.id, f"bands: unknown band '{band}'"))
    if "es" in defn.languages:
        problems.extend(
            Problem(where, f"{path}: Spanish text (es) is missing")
            for where, path, t in _texts(defn)
            if not t.es
        )
    compiled = _compile(defn, items, groups, problems)
    return problems, compiled


def _unique(problems: list[Problem], what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            problems.append(Problem(ident, f"{what} id is used twice"))
        seen.add(ident)


def _item_problems(item: Item, groups: frozenset[str]) -> Iterator[Problem]:
    if item.id in CONTEXT_NAMES:
        yield Problem(item.id, f"'{item.id}' is reserved for a session value; rename the item")
    if KINDS[item.kind].choices == "defined":
        if not item.choices or len(item.choices) < 2:
            yield Problem(item.id, f"choices: a {item.kind.value} item needs at least 2 choices")
        else:
            _ids = [c.id for c in item.choices]
            for dup in sorted({c for c in _ids if _ids.count(c) > 1}):
                yield Problem(item.id, f"choices: choice id '{dup}' is used twice")
    elif item.choices is not None:
        yield Problem(item.id, f"choices: a {item.kind.value} item takes no choices")
    if item.group is not None:
        if item.group not in groups:
            yield Problem(item.id, f"group: unknown indicator group '{item.group}'")
        if not KINDS[item.kind].scorable:
            yield Problem(item.id, f"group: a {item.kind.value} item cannot be scored")
    if item.constraint and item.constraint_message is None:
        yield Problem(item.id, "constraint_message: a constraint needs a message to show")


def _texts(defn: InstrumentDefinition) -> Iterator[tuple[str, str, Text]]:
    """Every text in the definition with where it is, for the language check."""
    yield "definition", "title", defn.title
    yield "definition", "about", defn.about
    for group in defn.groups:
        yield group.id, "label", group.label
        if group.description:
            yield group.id, "description", group.description
    for section in defn.sections:
        yield section.id, "title", section.title
        if section.help:
            yield section.id, "help", section.help
        for item in section.items:
            for name in ("label", "help", "required_message", "constraint_message"):
                text = getattr(item, name)
                if text is not None:
                    yield item.id, name, text
            for choice in item.choices or ():
                yield item.id, f"choices.{choice.id}.label", choice.label
    for band in defn.bands:
        yield band.id, "label", band.label
        if band.description:
            yield band.id, "description", band.description
    for rule in defn.rules:
        yield rule.id, "reason", rule.reason
    for action in defn.actions:
        yield action.id, "text", action.text


def _compile(
    defn: InstrumentDefinition,
    items: dict[str, Item],
    groups: frozenset[str],
    problems: list[Problem],
) -> Compiled:
    out = Compiled()
    members = {g: frozenset(i.id for i in items.values() if i.group == g) for g in groups}
    members["*"] = frozenset(i.id for i in items.values() if i.group is not None)

    def compile_one(where: str, name: str, text: str | None) -> tuple[Node, frozenset[str]] | None:
        if text is None:
            return None
        scope = Scope(items=items, groups=groups)
        try:
            node = parse(text)
            check_bool(node, scope)
        except ExpressionError as exc:
            problems.append(Problem(where, f"{name}: {exc.message}"))
            return None
        reads = set(scope.refs)
        for group in scope.group_refs:
            reads |= members.get(group, frozenset())
        return node, frozenset(reads)

    section_deps: dict[str, frozenset[str]] = {}
    for section in defn.sections:
        got = compile_one(section.id, "relevant", section.relevant)
        if got:
            out.relevant[section.id], section_deps[section.id] = got
        for item in section.items:
            deps = section_deps.get(section.id, frozenset())
            got = compile_one(item.id, "relevant", item.relevant)
            if got:
                out.relevant[item.id] = got[0]
                deps = deps | got[1]
            out.relevance_deps[item.id] = deps
            got = compile_one(item.id, "constraint", item.constraint)
            if got:
                out.constraints[item.id] = got[0]
    for rule in defn.rules:
        got = compile_one(rule.id, "when", rule.when)
        if got:
            out.rules[rule.id], out.rule_refs[rule.id] = got
    for action in defn.actions:
        got = compile_one(action.id, "when", action.when)
        if got:
            out.actions[action.id] = got[0]
    out.order = _relevance_order(list(items), out.relevance_deps, problems)
    return out


def _relevance_order(
    ids: list[str], deps: dict[str, frozenset[str]], problems: list[Problem]
) -> list[str]:
    """Items ordered so that each comes after every item its relevance reads (depth-first)."""
    order: list[str] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(ident: str, path: list[str]) -> bool:
        if state.get(ident) == 2:
            return True
        if state.get(ident) == 1:
            cycle = [*path[path.index(ident) :], ident]
            problems.append(Problem(ident, f"relevant: skip logic cycle {' -> '.join(cycle)}"))
            return False
        state[ident] = 1
        for dep in sorted(deps.get(ident, frozenset())):
            if not visit(dep, [*path, ident]):
                return False
        state[ident] = 2
        order.append(ident)
        return True

    for ident in ids:
        if not visit(ident, []):
            break
    return order
