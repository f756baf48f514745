"""Deferred modules: `import` is cheap, the first real use runs the module once, in the same object."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from jekyll_py.deferred_imports import DeferredModule, defer


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package `deferred_demo` whose code counts how often it ran, with a submodule and a broken module."""
    root = tmp_path / "deferred_demo"
    root.mkdir()
    (root / "__init__.py").write_text(
        "import builtins\nbuiltins.deferred_demo_runs = getattr(builtins, 'deferred_demo_runs', 0) + 1\n"
        "from . import helper\nVALUE = helper.double(21)\n"
    )
    (root / "helper.py").write_text("def double(x):\n    return 2 * x\n")
    (root / "extra.py").write_text("import builtins\nbuiltins.deferred_demo_extra = True\nTRIPLE = 3\n")
    (root / "broken.py").write_text("raise RuntimeError('broken at import')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "deferred_demo"
    for name in [name for name in sys.modules if name.startswith("deferred_demo")]:
        del sys.modules[name]
    import builtins

    builtins.__dict__.pop("deferred_demo_runs", None)
    builtins.__dict__.pop("deferred_demo_extra", None)


def runs() -> int:
    import builtins

    return getattr(builtins, "deferred_demo_runs", 0)


def test_import_does_not_run_the_module_and_use_runs_it_once(package: str) -> None:
    defer(package)
    import deferred_demo

    assert type(deferred_demo) is DeferredModule and runs() == 0
    assert deferred_demo.__spec__.name == package  # the import system's own reads do not count
    assert deferred_demo.VALUE == 42
    assert runs() == 1 and type(deferred_demo) is not DeferredModule
    import deferred_demo as again

    assert again is deferred_demo and sys.modules[package] is deferred_demo and again.helper.double(2) == 4
    assert runs() == 1


def test_a_submodule_is_bound_to_its_package_and_runs_on_from_import(package: str) -> None:
    import builtins

    defer(f"{package}.extra")
    import deferred_demo

    assert type(deferred_demo.extra) is DeferredModule and not hasattr(builtins, "deferred_demo_extra")
    from deferred_demo.extra import TRIPLE

    assert TRIPLE == 3 and builtins.deferred_demo_extra
    assert sys.modules[f"{package}.extra"] is deferred_demo.extra


def test_deferring_a_submodule_leaves_its_package_unrun_until_used(package: str) -> None:
    defer(f"{package}.extra")
    assert runs() == 0
    import deferred_demo

    assert deferred_demo.VALUE == 42 and runs() == 1


def test_a_stand_in_function_is_imported_without_running_its_module(package: str, tmp_path: Path) -> None:
    (tmp_path / package / "register.py").write_text(
        "import builtins\nbuiltins.deferred_demo_register_ran = True\ndef setup(env):\n    env.append('set up')\n"
    )
    defer(f"{package}.register", functions=("setup",))
    import builtins

    from deferred_demo.register import setup

    assert not hasattr(builtins, "deferred_demo_register_ran")
    env: list[str] = []
    setup(env)
    assert env == ["set up"] and builtins.__dict__.pop("deferred_demo_register_ran")
    from deferred_demo import register

    assert type(register) is not DeferredModule and register.setup is not setup  # the module's own, now


def test_a_module_failing_when_used_fails_as_an_import_would(package: str) -> None:
    defer(f"{package}.broken")
    import deferred_demo.broken as broken

    with pytest.raises(RuntimeError, match="broken at import"):
        broken.anything  # noqa: B018
    assert f"{package}.broken" not in sys.modules


def test_unknown_and_loaded_modules_are_left_alone() -> None:
    defer("no_such_module_anywhere")
    assert "no_such_module_anywhere" not in sys.modules
    loaded = sys.modules["json"] if "json" in sys.modules else __import__("json")
    defer("json")
    assert sys.modules["json"] is loaded


def test_a_build_does_not_load_what_python_liquid_imports_for_other_uses(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("---\n---\n{{ 'now' | date: '%Y' }} {% include_relative x.txt %}\n")
    (tmp_path / "x.txt").write_text("included")
    command = ["-X", "importtime", "-m", "jekyll_py", "build", "-s", str(tmp_path), "-d", str(tmp_path / "_site")]
    result = subprocess.run([sys.executable, *command], capture_output=True, text=True, check=True)
    assert "included" in (tmp_path / "_site" / "index.html").read_text()
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert not loaded & {"asyncio.base_events", "dateutil.parser._parser", "importlib_resources._common",
                         "liquid.extra.filters.babel", "liquid.extra.tags.extends_tag", "babel.core", "pytz",
                         "liquid.static_analysis"}
    assert "liquid.environment" in loaded  # the import-time report is what it claims to be


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_worker_forked_while_another_thread_runs_a_deferred_module_can_run_one(package: str) -> None:
    from jekyll_py import deferred_imports

    defer(package)
    holding, done = threading.Event(), threading.Event()

    def run_a_deferred_module() -> None:  # another thread, inside a deferred module's run at the fork
        with deferred_imports._lock:
            holding.set()
            done.wait(10)

    other = threading.Thread(target=run_a_deferred_module)
    other.start()
    holding.wait(10)
    pid = os.fork()
    if pid == 0:
        try:
            signal.alarm(10)  # a child stuck on the inherited lock dies instead of hanging the suite
            import deferred_demo

            os._exit(0 if deferred_demo.VALUE == 42 else 1)
        finally:
            os._exit(1)
    done.set()
    other.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
