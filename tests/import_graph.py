"""The import graph of our own package, read from the source with `ast` (nothing is imported), for the layering
tests: which module imports which, the layer and the folder each module lives in, and cycles between folders.

Everything works on a mapping of module name -> source text, so a test can check a changed copy of the tree
(one upward import added, say) without touching the files.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

PACKAGE = "trajectapp"


def read_sources(source_root: Path) -> dict[str, str]:
    """Every module of the package under `source_root` (the folder that holds `trajectapp/`), by name."""
    sources = {}
    for path in sorted((source_root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(source_root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        sources[".".join(parts)] = path.read_text(encoding="utf-8")
    return sources


def packages_of(modules: Iterable[str]) -> set[str]:
    """The names that are packages (folders): every proper prefix of a module name."""
    return {".".join(name.split(".")[:end]) for name in modules for end in range(1, name.count(".") + 1)}


def imported_modules(name: str, source: str, known: set[str]) -> set[str]:
    """The modules of our package that `source` (the module `name`) imports, anywhere in it, even inside a
    function or under TYPE_CHECKING: each is a dependency all the same."""
    found: set[str] = set()
    package = name if name in packages_of(known) or name == PACKAGE else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's package, `level - 1` packages up
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                # `from trajectapp.ui import labels` imports the module trajectapp.ui.labels
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in known else base)
    return {module for module in found if module == PACKAGE or module.startswith(PACKAGE + ".")}


def import_graph(sources: Mapping[str, str]) -> dict[str, set[str]]:
    known = set(sources) | packages_of(sources)
    return {name: imported_modules(name, source, known) for name, source in sources.items()}


def folder_of(module: str, packages: set[str]) -> str:
    """The folder a module's file is in: a package's own `__init__` counts as inside it."""
    return module if module in packages else module.rpartition(".")[0]


def folder_graph(graph: Mapping[str, set[str]], leave_out: Iterable[str] = ()) -> dict[str, set[str]]:
    """Folder -> the other folders its modules import; modules in `leave_out` (entry points) are left out."""
    skipped = set(leave_out)
    packages = packages_of(graph)
    edges: dict[str, set[str]] = {}
    for module, imported in graph.items():
        if module in skipped:
            continue
        here = folder_of(module, packages)
        edges.setdefault(here, set())
        for other in imported - skipped:
            there = folder_of(other, packages)
            if there != here:
                edges[here].add(there)
    return edges


def cycles(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan's algorithm), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)
