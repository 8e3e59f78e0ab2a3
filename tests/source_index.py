"""An index of the package's functions and classes, read from the source (nothing is imported), that follows a
call to the functions it may run. A function of ours shows text when one of its parameters reaches a Qt call that
shows it (`_muted(text, parent)` making a QLabel) and translates it when the parameter reaches tr() (`_tr(text)`);
the index works that out for every function, so a new helper needs no list to be kept up to date.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

from shown_text import called_name, flowing_names, is_text, qt_text_arguments

_SELF = frozenset({"self", "cls"})
_IN_FSTRING = "it is inside an f-string, where lupdate does not look"
# PySide's tr() tries the contexts of an object's classes in turn, but with a count it stops at the first: the
# subclass's, where lupdate did not put the text.
_COUNTED_IN_A_BASE = "a counted self.tr() in a class others derive from is looked up in the subclass's context only"


@dataclass(eq=False)
class Function:
    node: ast.FunctionDef | ast.AsyncFunctionDef
    module: Module
    owner: Klass | None  # the class it is a method of
    visible: set[str] = field(default_factory=set)  # parameters whose text reaches the screen
    translated: dict[str, str] = field(default_factory=dict)  # parameter -> the context it is translated in

    @property
    def positional(self) -> list[str]:
        arguments = self.node.args
        return [argument.arg for argument in (*arguments.posonlyargs, *arguments.args)]

    @property
    def parameters(self) -> set[str]:
        arguments = self.node.args
        return {argument.arg for argument in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}


@dataclass(eq=False)
class Klass:
    node: ast.ClassDef
    module: Module
    methods: dict[str, Function] = field(default_factory=dict)


@dataclass(eq=False)
class Module:
    name: str
    source: str
    tree: ast.Module
    functions: dict[str, list[Function]] = field(default_factory=dict)  # every def outside a class body, by name
    classes: dict[str, Klass] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local name -> (module, name or "")
    constants: dict[str, ast.expr] = field(default_factory=dict)  # names bound once at module level

    @property
    def path(self) -> str:
        return self.name.replace(".", "/") + ".py"

    def all_functions(self) -> list[Function]:
        nested = [function for functions in self.functions.values() for function in functions]
        return nested + [method for klass in self.classes.values() for method in klass.methods.values()]


@dataclass(frozen=True)
class Place:
    """Where a call is: its module, the class whose code it is in, and the functions and lambdas it is inside, the
    innermost last, each with its parameters (a lambda has no Function)."""

    module: Module
    klass: Klass | None = None
    scopes: tuple[tuple[Function | None, frozenset[str]], ...] = ()
    in_fstring: bool = False  # lupdate reads no call inside an f-string's braces

    def owner_of(self, name: str) -> Function | None:
        """The function whose parameter `name` is, here; None if it is not a parameter or a lambda's."""
        for function, parameters in reversed(self.scopes):
            if name in parameters:
                return function
        return None


class SourceIndex:
    """The functions and classes of the modules given (name -> source text), with what each parameter does."""

    def __init__(self, sources: Mapping[str, str]):
        self.modules = {name: self._read(name, source) for name, source in sources.items()}
        self.functions = [function for module in self.modules.values() for function in module.all_functions()]
        self._by_node: dict[int, Function | Klass] = {id(f.node): f for f in self.functions}
        self._by_node.update({id(k.node): k for module in self.modules.values() for k in module.classes.values()})
        self._methods: dict[str, list[Function]] = {}
        for function in self.functions:
            if function.owner is not None:
                self._methods.setdefault(function.node.name, []).append(function)
        # Classes another class of ours derives from, by id.
        self._subclassed = {
            id(base)
            for module in self.modules.values()
            for klass in module.classes.values()
            for node in klass.node.bases
            if (base := self._class(module, node)) is not None
        }
        self._targets: dict[int, list[tuple[Function, int]]] = {}
        self._all_calls = [
            found for module in self.modules.values() for found in self.calls(module.tree, Place(module))
        ]
        self._infer()

    # -- reading -----------------------------------------------------------------------------------------------

    def _read(self, name: str, source: str) -> Module:
        module = Module(name, source, ast.parse(source))
        bound: dict[str, int] = {}
        for statement in module.tree.body:
            targets = statement.targets if isinstance(statement, ast.Assign) else []
            if isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets = [statement.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    bound[target.id] = bound.get(target.id, 0) + 1
                    module.constants[target.id] = statement.value
            if isinstance(statement, ast.ImportFrom) and statement.module:
                for alias in statement.names:
                    module.imports[alias.asname or alias.name] = (statement.module, alias.name)
        for once_too_many in [name for name, count in bound.items() if count > 1]:
            del module.constants[once_too_many]
        self._read_body(module, module.tree, None)
        return module

    def _read_body(self, module: Module, node: ast.AST, klass: Klass | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                inner = Klass(child, module)
                module.classes.setdefault(child.name, inner)
                self._read_body(module, child, inner)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                function = Function(child, module, klass)
                if klass is not None:
                    klass.methods[child.name] = function
                else:
                    module.functions.setdefault(child.name, []).append(function)
                self._read_body(module, child, None)
            else:
                self._read_body(module, child, klass)

    # -- resolving calls ---------------------------------------------------------------------------------------

    def _imported(self, module: Module, name: str) -> Module | Klass | list[Function] | None:
        origin, attribute = module.imports.get(name, ("", ""))
        if f"{origin}.{attribute}" in self.modules:
            return self.modules[f"{origin}.{attribute}"]
        other = self.modules.get(origin)
        if other is None:
            return None
        return other.classes.get(attribute) or other.functions.get(attribute)

    def _class(self, module: Module, base: ast.expr) -> Klass | None:
        if isinstance(base, ast.Name):
            found = module.classes.get(base.id) or self._imported(module, base.id)
            return found if isinstance(found, Klass) else None
        return None

    def _method(self, klass: Klass | None, name: str, *, skip_own: bool = False) -> Function | None:
        """The method `name` as `klass` has it, from itself or its bases (ours; Qt's are not in the index)."""
        seen: set[int] = set()
        pending = [klass] if klass is not None else []
        first = True
        while pending:
            current = pending.pop(0)
            if id(current) in seen:
                continue
            seen.add(id(current))
            if not (first and skip_own) and name in current.methods:
                return current.methods[name]
            first = False
            pending += [base for node in current.node.bases if (base := self._class(current.module, node))]
        return None

    def targets(self, call: ast.Call, place: Place) -> list[tuple[Function, int]]:
        """Our functions a call may run, each with how many of its parameters are bound before the arguments."""
        if id(call) not in self._targets:
            self._targets[id(call)] = self._find_targets(call, place)
        return self._targets[id(call)]

    def _find_targets(self, call: ast.Call, place: Place) -> list[tuple[Function, int]]:
        func, module = call.func, place.module
        if isinstance(func, ast.Name):
            found = module.functions.get(func.id) or module.classes.get(func.id) or self._imported(module, func.id)
            if isinstance(found, Klass):
                init = self._method(found, "__init__")
                return [(init, 1)] if init else []
            return [(function, 0) for function in found] if isinstance(found, list) else []
        if not isinstance(func, ast.Attribute):
            return []
        receiver = func.value
        if isinstance(receiver, ast.Name) and receiver.id in _SELF and place.klass is not None:
            method = self._method(place.klass, func.attr)
            return [(method, 1)] if method else []
        if isinstance(receiver, ast.Call) and called_name(receiver) == "super" and place.klass is not None:
            method = self._method(place.klass, func.attr, skip_own=True)
            return [(method, 1)] if method else []
        if isinstance(receiver, ast.Name) and isinstance(other := self._imported(module, receiver.id), Module):
            found = other.functions.get(func.attr) or other.classes.get(func.attr)
            if isinstance(found, Klass):
                init = self._method(found, "__init__")
                return [(init, 1)] if init else []
            return [(function, 0) for function in found or []]
        return [(method, 1) for method in self._methods.get(func.attr, [])]

    def _context(self, node: ast.expr, module: Module) -> str | None:
        """The string a context argument holds: a literal, or a constant of this module or one it imports from."""
        if is_text(node):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in module.constants:
                return self._context(module.constants[node.id], module)
            origin, attribute = module.imports.get(node.id, ("", ""))
            if origin in self.modules:
                return self._context(ast.Name(attribute), self.modules[origin])
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            other = self._imported(module, node.value.id)
            if isinstance(other, Module):
                return self._context(ast.Name(node.attr), other)
        return None

    def translation(self, call: ast.Call, place: Place) -> tuple[ast.expr, str, str] | None:
        """For a call to tr(), translate() or QT_TRANSLATE_NOOP(): its text argument, its context as Qt looks it up,
        and what keeps lupdate from reading that context, if anything. None for any other call."""
        name, func, arguments = called_name(call), call.func, call.args
        if name in ("tr", "translate") and isinstance(func, ast.Name) and self.targets(call, place):
            return None  # a function of ours by that name, such as a `def tr(text)` that translates
        if name == "tr" and arguments:
            receiver = func.value if isinstance(func, ast.Attribute) else None
            owner = place.klass.node.name if place.klass else ""
            if receiver is not None and not (isinstance(receiver, ast.Name) and receiver.id in _SELF):
                called_on = ast.unparse(receiver)
                return arguments[0], "?", f"tr() is called on `{called_on}`: lupdate takes that name for the context"
            if place.klass is None:
                return arguments[0], "?", "tr() outside a class: lupdate gives it no context"
            if len(arguments) >= 3 and id(place.klass) in self._subclassed:
                return arguments[0], owner, _COUNTED_IN_A_BASE
            return arguments[0], owner, _IN_FSTRING if place.in_fstring else ""
        if name in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and len(arguments) >= 2:
            context = arguments[0]
            if not (is_text(context) or isinstance(context, ast.Name | ast.Attribute)):
                return None  # QPainter.translate(x, y) and the like
            if is_text(context):
                return arguments[1], context.value, _IN_FSTRING if place.in_fstring else ""
            resolved = self._context(context, place.module) or "?"
            return arguments[1], resolved, f"its context is `{ast.unparse(context)}`: lupdate only reads a literal"
        if name == "QT_TR_NOOP" and arguments:
            return arguments[0], "?", "QT_TR_NOOP gives no context"
        return None

    # -- which parameters show or translate text ---------------------------------------------------------------

    def roles(self, call: ast.Call, place: Place) -> Iterator[tuple[ast.expr, str | None, str]]:
        """The call's arguments that are shown (context None) or translated (in the context given), with the name
        of the function that does it."""
        name = called_name(call)
        translation = self.translation(call, place)
        if translation is not None:
            yield translation[0], translation[1], name
            return
        for argument in qt_text_arguments(call):
            yield argument, None, name
        for target, bound in self.targets(call, place):
            positional = target.positional[bound:]
            pairs = list(zip(positional, call.args, strict=False))
            pairs += [(keyword.arg, keyword.value) for keyword in call.keywords if keyword.arg]
            for parameter, argument in pairs:
                if isinstance(argument, ast.Starred):
                    break
                if parameter in target.visible:
                    yield argument, None, name
                elif parameter in target.translated:
                    yield argument, target.translated[parameter], name

    def calls(self, root: ast.AST, place: Place) -> Iterator[tuple[ast.Call, Place]]:
        """Every call under `root` with its place."""
        for child in ast.iter_child_nodes(root):
            here = place
            if isinstance(child, ast.ClassDef):
                here = replace(place, klass=self._by_node.get(id(child)))
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                parameters = frozenset(
                    argument.arg for argument in ast.walk(child.args) if isinstance(argument, ast.arg)
                )
                function = self._by_node.get(id(child))
                here = replace(place, scopes=(*place.scopes, (function, parameters)))
            elif isinstance(child, ast.JoinedStr):
                here = replace(place, in_fstring=True)
            if isinstance(child, ast.Call):
                yield child, place
            yield from self.calls(child, here)

    def _infer(self) -> None:
        changed = True
        while changed:
            changed = False
            for call, place in self._all_calls:
                for argument, context, _name in self.roles(call, place):
                    if context is None:
                        for name in flowing_names(argument):
                            function = place.owner_of(name)
                            if function is not None and name not in function.visible:
                                function.visible.add(name)
                                changed = True
                    elif isinstance(argument, ast.Name):
                        function = place.owner_of(argument.id)
                        if function is not None and argument.id not in function.translated:
                            function.translated[argument.id] = context
                            changed = True
