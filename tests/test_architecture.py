"""The layering rules that code review alone lets rot: no Qt below ui/, no network anywhere."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

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
