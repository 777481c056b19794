"""Reproducible installs: a lock file dev.py hashes, a run venv without test tools, safe minimum versions."""

from __future__ import annotations

import importlib.util
import io
import re
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.conftest import ROOT


def load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LOCKED = {canonicalize_name(name): Version(version) for name, version in
          re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (ROOT / "requirements.lock").read_text(), re.MULTILINE)}


def test_the_lock_pins_every_dependency_of_the_bot_and_its_tests() -> None:
    lines = [line for line in (ROOT / "requirements.lock").read_text().splitlines() if line and line[0] != "#"]
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==\S+", line) for line in lines), lines
    wanted = [Requirement(r) for r in (*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["test"])]
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in LOCKED, f"{name} is not pinned in requirements.lock"
        assert requirement.specifier.contains(LOCKED[name], prereleases=True), (name, LOCKED[name])
    assert {"pip", "setuptools"} <= set(LOCKED)


def test_minimum_versions_are_past_known_security_fixes_and_unused_extras_are_gone() -> None:
    aiohttp = next(Requirement(r) for r in PROJECT["dependencies"] if r.startswith("aiohttp"))
    assert not aiohttp.specifier.contains("3.12.13") and aiohttp.specifier.contains("3.12.14")
    assert "webhooks" not in " ".join(PROJECT["dependencies"])  # tornado: only the fake server's test uses it
    assert set(PROJECT["optional-dependencies"]) == {"test"}


def test_the_run_venv_gets_the_bot_only_and_pip_is_upgraded_first() -> None:
    dev = load_dev()
    run_pip, run_project = dev.install_commands(dev.RUN_VENV, "")
    assert run_pip[-3:] == ["--upgrade", "pip", "setuptools"]
    assert run_project[-1] == str(ROOT) and run_project[-2] == "-e"
    test_project = dev.install_commands(dev.TEST_VENV, "[test]")[1]
    assert test_project[-1] == f"{ROOT}[test]"
    for command in (run_pip, run_project, test_project):
        assert ["-c", str(ROOT / "requirements.lock")] == command[command.index("-c"):command.index("-c") + 2]
        assert "--quiet" not in command and "-q" not in command


def test_a_change_to_the_lock_or_the_project_means_a_reinstall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    dev = load_dev()
    lock, project = tmp_path / "requirements.lock", tmp_path / "pyproject.toml"
    lock.write_text("aiohttp==3.12.14\n")
    project.write_text("[project]\n")
    monkeypatch.setattr(dev, "LOCK", lock)
    monkeypatch.setattr(dev, "PYPROJECT", project)
    first = dev.wanted_stamp("")
    lock.write_text("aiohttp==3.12.15\n")
    assert dev.wanted_stamp("") != first
    second = dev.wanted_stamp("")
    project.write_text("[project]\nname = 'x'\n")
    assert dev.wanted_stamp("") != second
    assert dev.wanted_stamp("[test]") != dev.wanted_stamp("")


def test_installing_says_what_it_does_and_skips_an_up_to_date_venv(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dev = load_dev()
    env = tmp_path / ".venv"
    (env / "bin").mkdir(parents=True)
    (env / "bin" / "python").touch()
    (env / ".installed").write_text("ab" * 32)  # a layout-1 stamp: a bare hash, from a venv with the test tools
    calls: list[list[str]] = []

    def runner(command: list[str], **_: Any) -> None:
        assert "installing the bot into .venv" in out.getvalue()  # said before pip starts, not after
        calls.append(command)

    out = io.StringIO()
    removed: list[Path] = []
    monkeypatch.setattr(dev.shutil, "rmtree", removed.append)  # keep the fake venv: only the decision is tested
    dev.ensure_venv(env, "", runner=runner, out=out)
    assert removed == [env] and "making it anew" in out.getvalue() and "is ready" in out.getvalue()
    assert calls == dev.install_commands(env, "")
    calls.clear()
    dev.ensure_venv(env, "", runner=runner, out=io.StringIO())
    assert calls == []


def test_readme_and_ci_keep_exactly_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```bash\n", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in block.strip().splitlines()] == ["python3 dev.py run",
                                                                                  "python3 dev.py test"]
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith("#")]
    assert ci[-1] == "exec python3 dev.py test"


def test_the_run_venv_runs_check_and_holds_no_test_tools() -> None:
    """After `python3 dev.py test`, `.venv/bin/python -m bot check` works, and .venv has the bot alone."""
    import subprocess

    python = ROOT / ".venv" / "bin" / "python"
    if not python.exists():
        pytest.skip("no .venv: run through python3 dev.py test")
    probe = ("import importlib.util as u; import bot.cli, telegram, aiohttp; "
             "print([m for m in ('pytest', 'hypothesis', 'mypy', 'ruff', 'tornado') if u.find_spec(m)])")
    done = subprocess.run([str(python), "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr
    check = subprocess.run([str(python), "-m", "bot", "check"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0 and check.stdout.startswith("knowledge base OK"), check.stdout + check.stderr


def test_a_bare_python_running_check_is_handed_to_the_project_venv() -> None:
    """`python -m bot check` from an interpreter without rapidfuzz (here: no site-packages) still checks."""
    import subprocess
    import sys

    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("no .venv: run through python3 dev.py test")
    done = subprocess.run([sys.executable, "-S", "-m", "bot", "check"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0 and done.stdout.startswith("knowledge base OK"), done.stdout + done.stderr
    assert "running in the project's .venv" in done.stderr
