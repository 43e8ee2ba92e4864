"""Code quality: ruff finds nothing in scripts/ and tests/, and import-linter finds the layers of scripts/ kept
(pyproject.toml, [tool.importlinter]) and names the contract a wrong-way import breaks."""
import os
import shutil
import subprocess
import sys
import tomllib

from tests.conftest import ROOT

LINT_IMPORTS = [sys.executable, "-c",
                "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"]


def run(command: list[str], cwd, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def test_ruff_finds_nothing_in_scripts_and_tests():
    result = run([sys.executable, "-m", "ruff", "check", "scripts", "tests"], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_are_kept_and_a_wrong_way_import_breaks_them(tmp_path):
    result = run(LINT_IMPORTS, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    # A copy of scripts/ where the bottom layer (common) imports the top one (tools), checked with the same
    # contracts; PYTHONPATH makes `scripts` the copy's
    shutil.copytree(ROOT / "scripts", tmp_path / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    slugs = tmp_path / "scripts" / "common" / "slugs.py"
    slugs.write_text(slugs.read_text(encoding="utf-8") + "from scripts.tools import linkcheck  # noqa\n", encoding="utf-8")
    broken = run(LINT_IMPORTS, tmp_path, {**os.environ, "PYTHONPATH": str(tmp_path)})
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    layers = next(contract["name"] for contract in contracts if contract["type"] == "layers")
    assert broken.returncode != 0, broken.stdout + broken.stderr
    assert f"{layers} BROKEN" in broken.stdout, broken.stdout + broken.stderr
    assert "scripts.common.slugs -> scripts.tools.linkcheck" in broken.stdout
