"""The layering rules that code review alone lets rot (shared/DESIGN.md): each layer imports only the layers
below it, no two folders import each other, the interface reaches the core through the services only, no Qt
below ui/, and no network anywhere."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from import_graph import cycles, folder_graph, import_graph, read_sources

SOURCE = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SOURCE / "trajectapp"

QT_BLOCKED = textwrap.dedent(
    """
    import importlib, json, sys, traceback

    class NoQt:
        # First on sys.meta_path: any import of Qt fails as if it were not installed.
        BLOCKED = {"PySide6", "shiboken6"}

        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in self.BLOCKED:
                raise ImportError(f"Qt is not available here ({name})")
            return None

    sys.meta_path.insert(0, NoQt())
    sys.path.insert(0, sys.argv[1])
    modules = json.loads(sys.argv[2])

    failures = {}
    try:
        import PySide6.QtCore
        failures["(self-check)"] = "PySide6 could still be imported"
    except ImportError:
        pass
    for module in modules:
        try:
            importlib.import_module(module)
        except BaseException as error:
            failures[module] = "".join(traceback.format_exception_only(error)).strip()
    print(json.dumps(failures))
    """
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def core_modules() -> list[str]:
    """Every module of the package outside ui/, except the `python -m` entry point."""
    return sorted(
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:-1] and path.name != "__main__.py"
    )


def test_the_core_list_covers_the_layers():
    modules = core_modules()
    for expected in ("trajectapp", "trajectapp.vault.vault", "trajectapp.store.schema", "trajectapp.services.check"):
        assert expected in modules
    assert not [module for module in modules if module.startswith("trajectapp.ui")]


def test_every_core_module_imports_without_qt():
    modules = core_modules()
    result = subprocess.run(
        [sys.executable, "-c", QT_BLOCKED, str(SOURCE), json.dumps(modules)],
        capture_output=True,
        text=True,
        cwd=SOURCE.parent,
    )
    assert result.returncode == 0, result.stderr
    failures = json.loads(result.stdout.strip().splitlines()[-1])
    assert not failures, "core modules that need Qt (or fail to import):\n" + "\n".join(
        f"  {module}: {reason}" for module, reason in failures.items()
    )


# --- no network ------------------------------------------------------------------------------

NETWORK = (
    "socket",
    "socketserver",
    "ssl",
    "urllib",
    "urllib3",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "websocket",
    "websockets",
)
NETWORK_QT = re.compile(r"^Qt(Network\w*|WebEngine\w*|WebSockets|WebChannel|RemoteObjects)$")


def _is_network(module: str) -> bool:
    if any(module == name or module.startswith(name + ".") for name in NETWORK):
        return True
    return any(NETWORK_QT.match(part) for part in module.split("."))


def network_imports(source: str) -> list[str]:
    """Modules that `source` imports (statically, or by a literal name at run time) that reach a network."""
    tree = ast.parse(source)
    imported = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.append(node.module)
            imported += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if callee in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                imported.append(node.args[0].value)
    return sorted({module for module in imported if _is_network(module)})


@pytest.mark.parametrize(
    "source",
    [
        "import socket",
        "import urllib.request",
        "from urllib.parse import quote",
        "from http import client",
        "import http.client as web",
        "import requests",
        "from PySide6 import QtNetwork",
        "from PySide6.QtNetwork import QNetworkAccessManager",
        "def f():\n    import importlib\n    return importlib.import_module('socket')",
    ],
)
def test_the_network_scan_finds(source):
    assert network_imports(source)


@pytest.mark.parametrize(
    "source",
    [
        "import http",
        "from PySide6.QtCore import QUrl",
        "import sqlcipher3",
        "x = 'socket'",
        "from . import socket_like",
    ],
)
def test_the_network_scan_lets_pass(source):
    assert network_imports(source) == []


def test_no_source_file_reaches_a_network():
    files = sorted(SOURCE.rglob("*.py"))
    assert files
    offenders = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            found = network_imports(text)
        except SyntaxError:
            # A file being edited right now: fall back to a plain search of its import lines.
            found = [
                line.strip()
                for line in text.splitlines()
                if re.match(r"\s*(from|import)\s", line) and any(map(_is_network, re.findall(r"[\w.]+", line)))
            ]
        if found:
            offenders[str(path.relative_to(SOURCE))] = found
    assert not offenders, f"network modules imported: {offenders}"


# --- layers ----------------------------------------------------------------------------------------------------

# What each layer may import of ours, besides itself and the foundation. Arrows point down only: the interface
# reaches the core through the services (and the plain records of domain/), never the store, the vault, the
# documents or the exchange format directly.
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "vault": {"domain", "store"},
    "documents": {"domain"},
    "exchange": {"domain", "vault"},
    "services": {"domain", "store", "vault", "documents", "exchange"},
    "ui": {"domain", "services"},
}
# Modules every layer may use, which import nothing of ours but each other.
FOUNDATION = {
    "trajectapp",
    "trajectapp.paths",
    "trajectapp.eventlog",
    "trajectapp.resource_path",
    "trajectapp.core_dumps",
    "trajectapp.freed_memory",
}
# The entry points choose what to start: they may import anything, and nothing imports them.
ENTRY_POINTS = {"trajectapp.cli", "trajectapp.__main__"}


def layer_of(module: str) -> str:
    if module in FOUNDATION:
        return "foundation"
    if module in ENTRY_POINTS:
        return "entry"
    return module.split(".")[1]


def layer_violations(sources: dict[str, str]) -> list[str]:
    """Every import that breaks the rules above, as "importer -> imported (why)"."""
    found = []
    for module, imported in sorted(import_graph(sources).items()):
        layer = layer_of(module)
        if layer not in ALLOWED | {"foundation": None, "entry": None}:
            found.append(f"{module}: in no known layer; add its folder to ALLOWED")
            continue
        for other in sorted(imported):
            other_layer = layer_of(other)
            if layer == "entry":
                ok = True
            elif layer == "foundation":
                ok = other_layer == "foundation"
            elif other_layer == "entry":
                ok = False
            else:
                ok = other_layer in ALLOWED[layer] | {layer, "foundation"}
            if not ok:
                found.append(f"{module} -> {other} ({layer} may not import {other_layer})")
    return found


def folder_cycles(sources: dict[str, str]) -> list[list[str]]:
    return cycles(folder_graph(import_graph(sources), leave_out=ENTRY_POINTS))


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return read_sources(SOURCE)


def test_every_layer_imports_only_the_layers_below_it(sources):
    assert layer_violations(sources) == []


def test_no_two_folders_import_each_other(sources):
    assert folder_cycles(sources) == []


@pytest.mark.parametrize(
    ("module", "added"),
    [
        ("trajectapp.store.cases", "import trajectapp.ui"),
        ("trajectapp.store.cases", "from trajectapp.services import caseload"),
        ("trajectapp.domain.case", "from trajectapp.store.connection import Connection"),
        ("trajectapp.vault.vault", "from trajectapp.documents import recovery_sheet"),
        ("trajectapp.ui.caseload.caseload_view", "from trajectapp.vault.vault import Vault"),
        ("trajectapp.ui.caseload.caseload_view", "from trajectapp.documents.case_summary import case_summary"),
        ("trajectapp.services.caseload", "from trajectapp.ui.ask import Ask"),
        ("trajectapp.paths", "from trajectapp.domain import case"),
        ("trajectapp.store.cases", "def later():\n    from trajectapp.exchange import envelope"),
        ("trajectapp.store.cases", "from ..services import caseload"),
        ("trajectapp.services.caseload", "from trajectapp import cli"),
    ],
)
def test_an_upward_import_is_caught(sources, module, added):
    assert module in sources
    changed = {**sources, module: sources[module] + "\n" + added + "\n"}
    assert layer_violations(changed)


def test_a_cycle_between_two_folders_is_caught(sources):
    # ui/sessions uses ui/forms; one import back closes a loop.
    changed = dict(sources)
    changed["trajectapp.ui.forms.fields"] += "\nfrom trajectapp.ui.sessions import choices\n"
    assert folder_cycles(sources) == []
    assert any({"trajectapp.ui.forms", "trajectapp.ui.sessions"} <= set(group) for group in folder_cycles(changed))


def test_a_cycle_through_three_folders_is_caught():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def _connection_uses(source: str) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr in ("connection", "_connection")
    ]


def test_the_interface_never_holds_a_connection(sources):
    """The services take the open vault and reach the store through its connection; the interface only hands
    the vault on."""
    assert _connection_uses("x = vault.connection.execute('SELECT 1')")
    found = {
        module: lines
        for module, source in sources.items()
        if module.startswith("trajectapp.ui") and (lines := _connection_uses(source))
    }
    assert found == {}


def test_qt_is_imported_only_by_the_interface(sources):
    qt = {
        module
        for module, source in sources.items()
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and any(
            name.partition(".")[0] in ("PySide6", "shiboken6")
            for name in ([a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""])
        )
    }
    assert qt
    assert {module for module in qt if layer_of(module) not in ("ui", "entry")} == set()
