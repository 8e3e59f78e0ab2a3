"""The words of the interface as the source has them: the literals that reach the screen without being translated
(`unmarked_strings`), and the literals marked for translation with the context Qt looks them up in at run time
(`marked_strings`). Both work on a SourceIndex, so a test runs them over the package and over snippets alike."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from shown_text import NOOP, SHOWN_RETURNS, STRING_METHODS, called_name, has_words, is_text, literal
from source_index import Function, Module, Place, SourceIndex

BUILT = "it is built before it is looked up, so no translation can match it"


@dataclass(frozen=True)
class Unmarked:
    module: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} {self.call}: {self.text!r}"


@dataclass(frozen=True)
class Marked:
    """A literal marked for translation, with the context Qt looks it up in when it is shown."""

    context: str
    text: str
    comment: str
    module: str
    line: int
    problem: str = ""  # what keeps lupdate from finding it as Qt looks it up, when the source shows it
    counted: bool = False  # given a count, which fills %n and picks the plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.text, self.comment

    def __str__(self) -> str:
        why = f" ({self.problem})" if self.problem else ""
        return f"{self.module}:{self.line} [{self.context}] {self.text!r}{why}"


def unmarked_strings(index: SourceIndex, modules: Iterable[str]) -> list[Unmarked]:
    """The words the modules show without translating them."""
    return [finding for name in modules for finding in _unmarked(index, index.modules[name])]


def marked_strings(index: SourceIndex, modules: Iterable[str]) -> list[Marked]:
    """The literals the modules mark for translation, directly or through a function of ours that translates."""
    return [marked for name in modules for marked in _marked(index, index.modules[name])]


def _unmarked(index: SourceIndex, module: Module) -> Iterator[Unmarked]:
    for call, place in index.calls(module.tree, Place(module)):
        for argument, context, name in index.roles(call, place):
            if context is None:
                for text in _words_in(argument, module):
                    yield Unmarked(module.path, call.lineno, f"{name}()", text)
    for function in module.all_functions():
        defaults = dict(zip(reversed(function.positional), reversed(function.node.args.defaults), strict=False))
        for parameter in sorted(function.visible & defaults.keys()):
            for text in _words_in(defaults[parameter], module):
                yield Unmarked(module.path, function.node.lineno, f"the default of {function.node.name}()", text)
        if function.owner is not None and function.node.name in SHOWN_RETURNS:
            yield from _returned(function, module)


def _returned(function: Function, module: Module) -> Iterator[Unmarked]:
    """What a model's data() or headerData() returns for the view to show."""
    for node in _own_nodes(function.node):
        if isinstance(node, ast.Return) and node.value is not None:
            for text in _words_in(node.value, module):
                yield Unmarked(module.path, node.lineno, f"the return of {function.node.name}()", text)


def _words_in(node: ast.expr, module: Module, depth: int = 0) -> list[str]:
    """The words of the literals in `node` that reach the screen as they are written."""
    if depth > 4:
        return []

    def inner(child: ast.expr) -> list[str]:
        return _words_in(child, module, depth + 1)

    if is_text(node):
        return [node.value] if has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        words = [part.value for part in node.values if is_text(part) and has_words(part.value)]
        nested = [text for part in node.values if isinstance(part, ast.FormattedValue) for text in inner(part.value)]
        return ([ast.unparse(node)] if words else []) + nested
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return inner(node.left) + inner(node.right)
    if isinstance(node, ast.IfExp):
        return inner(node.body) + inner(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in inner(value)]
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return [text for element in node.elts for text in inner(element)]
    if isinstance(node, ast.Dict):
        return [text for value in node.values if value is not None for text in inner(value)]
    if isinstance(node, ast.Call):
        name = called_name(node)
        if name in NOOP and node.args:  # marked for lupdate, but the mark itself translates nothing
            text = literal(node.args[-1])
            return [text] if text is not None and has_words(text) else []
        if name in STRING_METHODS and isinstance(node.func, ast.Attribute):
            return inner(node.func.value) + [text for argument in node.args for text in inner(argument)]
        return []
    if isinstance(node, ast.Name) and node.id in module.constants:
        return inner(module.constants[node.id])
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in module.constants:
        return inner(module.constants[node.value.id])
    return []


def _marked(index: SourceIndex, module: Module) -> Iterator[Marked]:
    for call, place in index.calls(module.tree, Place(module)):
        translation = index.translation(call, place)
        if translation is not None:
            text, context, problem = translation
            if not problem and _parenthesised(module.source, text):
                problem = "it stands in parentheses of its own, which lupdate does not read"
            for marked in _marked_text(index, text, context, _comment(call), module, call, problem):
                yield replace(marked, counted=_counted(call))
            continue
        for argument, context, name in index.roles(call, place):
            if context is not None:
                problem = f"it reaches translate() through {name}(), which lupdate does not know"
                yield from _marked_text(index, argument, context, "", module, call, problem)


def _marked_text(
    index: SourceIndex, text: ast.expr, context: str, comment: str, module: Module, call: ast.Call, problem: str
) -> Iterator[Marked]:
    if isinstance(text, ast.Call) and index.translation(text, Place(module)) is not None:
        return  # marked where it is written, and found there
    written = literal(text)
    if written is not None:
        yield Marked(context, written, comment, module.path, call.lineno, problem)
    elif not isinstance(text, ast.Name | ast.Subscript | ast.Attribute) and _words_in(text, module):
        yield Marked(context, ast.unparse(text), comment, module.path, call.lineno, BUILT)


def _comment(call: ast.Call) -> str:
    """A translation's disambiguation, when it is a literal."""
    name = called_name(call)
    position = {"tr": 1, "translate": 2, "QT_TRANSLATE_NOOP3": 2}.get(name)
    if position is not None and len(call.args) > position and is_text(call.args[position]):
        return call.args[position].value
    return ""


def _counted(call: ast.Call) -> bool:
    position = {"tr": 2, "translate": 3}.get(called_name(call))
    return position is not None and len(call.args) > position


def _parenthesised(source: str, text: ast.expr) -> bool:
    """Whether the text argument has parentheses of its own around it: `tr(("a " "b"))`, which black-style
    formatting can make of a long string and lupdate then skips."""
    lines = source.splitlines(keepends=True)
    start = sum(len(line) for line in lines[: text.lineno - 1]) + len(
        lines[text.lineno - 1].encode()[: text.col_offset].decode()
    )
    before = source[:start].rstrip()
    if not before.endswith("("):
        return False
    return before[:-1].rstrip()[-1:] in ("(", ",")


def _own_nodes(function: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a function's body, leaving out the functions and classes defined inside it."""
    for child in ast.iter_child_nodes(function):
        if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            yield child
            yield from _own_nodes(child)
