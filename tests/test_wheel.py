"""The built wheel carries its resources and starts the application from a scratch venv."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from trajectapp.paths import user_folders_inside

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A scratch venv with the wheel installed; dependencies come from the test venv."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(work / "dist"), str(ROOT)],
        check=True,
    )
    (wheel,) = (work / "dist").glob("trajectapp-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # Our own site-packages as a plain path (its .pth files, such as the
    # editable install of the source tree, are not processed from there).
    Path(site, "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
    )
    return venv


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(user_folders_inside(tmp_path / "user"))
    return env


def test_the_wheel_finds_its_resources_outside_the_source_tree(installed, tmp_path):
    result = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import trajectapp, trajectapp.resource_path as r;"
            "print(trajectapp.__file__); print(r.resource_path('fonts', 'DejaVuSans.ttf'));"
            "print(r.resource_path('icons', 'trajectapp.svg'));"
            "from trajectapp.store.schema import latest_version; print(latest_version())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
    )
    package, font, icon, version = result.stdout.split("\n")[:4]
    assert Path(package).is_relative_to(installed)
    assert Path(font).is_relative_to(installed) and Path(icon).is_relative_to(installed)
    assert int(version) >= 1


def test_the_installed_script_starts_the_application(installed, tmp_path):
    env = _env(tmp_path)
    log = Path(env["XDG_STATE_HOME"]) / "Trajectapp" / "log" / "trajectapp.log"
    app = subprocess.Popen(
        [str(installed / "bin" / "trajectapp"), "--vault", str(tmp_path / "vault")],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60  # a bound on waiting, not a measurement
        while time.monotonic() < deadline and app.poll() is None:
            if log.exists() and "app.started" in log.read_text():
                break
            time.sleep(0.1)
        assert app.poll() is None, app.stdout.read().decode(errors="replace")
        assert "app.started" in log.read_text()
    finally:
        app.terminate()
        app.wait(timeout=30)
