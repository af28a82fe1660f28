"""The project fits the analysts' tools: CI, conda, pre-commit, git-ignore rules, notebooks, CLI.

These tests read the repository's own configuration files; they build nothing outside tmp_path.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest
import yaml
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

REPO_ROOT = Path(__file__).resolve().parents[1]
CI_FILE = REPO_ROOT / ".github" / "workflows" / "ci.yml"
ENVIRONMENT_FILE = REPO_ROOT / "environment.yml"
PRE_COMMIT_FILE = REPO_ROOT / ".pre-commit-config.yaml"
PYPROJECT_FILE = REPO_ROOT / "pyproject.toml"
RAW_README = REPO_ROOT / "data" / "raw" / "README.md"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
SANITIZE_FILE = NOTEBOOKS_DIR / "sanitize.cfg"
CHECKER_SCRIPT = REPO_ROOT / "scripts" / "check_notebook_outputs.py"

# Machine paths for the checker tests, assembled so that this file itself names no machine.
HOME_PATH = "/".join(["", "home", "ana", "mtd", "data", "raw", "eu.xlsx"])
TMP_PATH = "/".join(["", "tmp", "pytest-of-ana", "x.csv"])
WINDOWS_PATH = "\\".join(["C:", "Users", "ana", "Documents", "eu.xlsx"])


def load_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def normalise_name(name: str) -> str:
    """PEP 503-style name: lower case, runs of ``-``, ``_`` and ``.`` as one ``-``."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def split_requirement(text: str) -> tuple[str, str]:
    """``"pandas >= 3.0"`` -> ``("pandas", ">=3.0")``; specifier parts sorted and without blanks."""
    match = re.fullmatch(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*?)\s*", text)
    assert match, f"cannot read the requirement {text!r}"
    name, specifier = match.groups()
    parts = sorted(part.replace(" ", "") for part in specifier.split(",") if part.strip())
    return normalise_name(name), ",".join(parts)


# --------------------------------------------------------------------------------------------- CI


@pytest.fixture(scope="module")
def ci() -> dict:
    return load_yaml(CI_FILE)


def step_runs(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def step_uses(job: dict, action: str) -> dict:
    found = [step for step in job["steps"] if step.get("uses", "").split("@")[0] == action]
    assert len(found) == 1, f"expected one step using {action}"
    return found[0]


def test_ci_runs_on_push_and_pull_request(ci):
    # YAML 1.1 reads the bare key `on` as the boolean True.
    triggers = ci.get("on", ci.get(True))
    assert "push" in triggers and "pull_request" in triggers


def test_ci_test_job_runs_make_test_on_two_pythons_given_as_strings(ci):
    job = ci["jobs"]["test"]
    assert job["runs-on"] == "ubuntu-latest"
    versions = job["strategy"]["matrix"]["python-version"]
    assert versions == ["3.11", "3.12"]
    assert all(isinstance(v, str) for v in versions)
    assert any(re.search(r"\bmake test\b", run) for run in step_runs(job))


def test_ci_test_job_caches_pip_keyed_on_pyproject(ci):
    setup = step_uses(ci["jobs"]["test"], "actions/setup-python")
    assert setup["with"]["cache"] == "pip"
    assert setup["with"]["cache-dependency-path"] == "pyproject.toml"
    assert "matrix.python-version" in setup["with"]["python-version"]


def test_ci_conda_job_uses_environment_file_and_login_shell(ci):
    job = ci["jobs"]["conda"]
    assert job["defaults"]["run"]["shell"] == "bash -l {0}"
    setup = step_uses(job, "conda-incubator/setup-miniconda")
    assert setup["with"]["environment-file"] == "environment.yml"
    assert setup["with"]["activate-environment"] == load_yaml(ENVIRONMENT_FILE)["name"]
    assert any(run.strip() == "python -m pytest -q" for run in step_runs(job))


# ------------------------------------------------------------------------ environment.yml vs pyproject


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads(PYPROJECT_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def environment() -> dict:
    return load_yaml(ENVIRONMENT_FILE)


#: conda-forge packages named otherwise on PyPI: {conda name: PyPI name}.
PYPI_NAME_OF_CONDA = {"python-zlib-ng": "zlib-ng"}


def conda_requirements(environment: dict) -> dict[str, str]:
    """The conda (not pip) dependencies of environment.yml as {normalised PyPI name: specifier}."""
    specs = [dep for dep in environment["dependencies"] if isinstance(dep, str)]
    pairs = (split_requirement(spec) for spec in specs)
    return {PYPI_NAME_OF_CONDA.get(name, name): spec for name, spec in pairs}


def test_environment_is_named_and_uses_conda_forge_only(environment):
    assert environment["name"] == "mtd-analysis"
    assert environment["channels"] == ["conda-forge"]


def test_environment_python_bound_matches_requires_python(environment, pyproject):
    requirements = conda_requirements(environment)
    assert requirements["python"] == split_requirement("python" + pyproject["project"]["requires-python"])[1]


def test_environment_installs_the_package_itself_with_pip(environment):
    pip_sections = [dep["pip"] for dep in environment["dependencies"] if isinstance(dep, dict)]
    assert pip_sections == [["-e ."]]
    assert "pip" in conda_requirements(environment)


def test_environment_mirrors_pyproject_dependencies_and_test_extras(environment, pyproject):
    project = pyproject["project"]
    # every extra: test, notebooks, docs
    extras = [req for reqs in project["optional-dependencies"].values() for req in reqs]
    declared = project["dependencies"] + extras
    expected = dict(split_requirement(req) for req in declared)
    mirrored = {
        name: spec for name, spec in conda_requirements(environment).items() if name not in ("python", "pip")
    }
    missing = sorted(set(expected) - set(mirrored))
    extra = sorted(set(mirrored) - set(expected))
    assert not missing, f"in pyproject.toml but not in environment.yml: {missing}"
    assert not extra, f"in environment.yml but not in pyproject.toml: {extra}"
    differing = {
        name: (expected[name], mirrored[name]) for name in expected if expected[name] != mirrored[name]
    }
    assert not differing, f"version bounds differ (pyproject, environment): {differing}"


def test_split_requirement_normalises_names_and_specifiers():
    assert split_requirement("Python_Calamine >= 0.3, <1") == ("python-calamine", "<1,>=0.3")
    assert split_requirement("pyyaml") == ("pyyaml", "")


# ----------------------------------------------------------------------------------------- pre-commit


@pytest.fixture(scope="module")
def pre_commit_hooks() -> dict[str, dict]:
    config = load_yaml(PRE_COMMIT_FILE)
    hooks = {}
    for repo in config["repos"]:
        if repo["repo"] != "local":
            assert re.fullmatch(r"v?\d+\.\d+\.\d+", str(repo["rev"])), (
                f"{repo['repo']} is not pinned to a tag"
            )
        for hook in repo["hooks"]:
            hooks[hook["id"]] = {**hook, "repo": repo["repo"]}
    return hooks


@pytest.mark.parametrize(
    ("hook_id", "repo"),
    [
        ("ruff", "https://github.com/astral-sh/ruff-pre-commit"),
        ("ruff-format", "https://github.com/astral-sh/ruff-pre-commit"),
        ("nbqa-ruff", "https://github.com/nbQA-dev/nbQA"),
        ("check-added-large-files", "https://github.com/pre-commit/pre-commit-hooks"),
        ("check-yaml", "https://github.com/pre-commit/pre-commit-hooks"),
    ],
)
def test_pre_commit_has_hook(pre_commit_hooks, hook_id, repo):
    assert pre_commit_hooks[hook_id]["repo"] == repo


def test_pre_commit_ruff_fixes_and_large_files_limit(pre_commit_hooks):
    assert "--fix" in pre_commit_hooks["ruff"]["args"]
    assert "--maxkb=1000" in pre_commit_hooks["check-added-large-files"]["args"]


def test_pre_commit_local_hook_guards_notebook_paths(pre_commit_hooks):
    local = [hook for hook in pre_commit_hooks.values() if hook["repo"] == "local"]
    guard = [hook for hook in local if "scripts/check_notebook_outputs.py" in hook["entry"]]
    assert len(guard) == 1
    assert re.search(guard[0]["files"], "notebooks/1.0-coverage.ipynb")
    assert not re.search(guard[0]["files"], "mtd_analysis/read.py")


# ------------------------------------------------------------------------------------ git-ignore rules


@pytest.mark.parametrize(
    ("path", "ignored"),
    [
        ("data/raw/2021-03/eu.xlsx", True),
        ("data/raw/2021-06/needs.csv", True),
        ("data/raw/README.md", False),
        ("data/raw/sample/x.csv", False),
        ("data/processed/x.csv", True),
        ("data/processed/2021-03/projects.csv", True),
        ("data/processed/.gitkeep", False),
        ("reports/x.png", True),
        (".venv/bin/python", True),
        ("~$budget.xlsx", True),
        ("mtd_analysis/schema.py", False),
        ("notebooks/sanitize.cfg", False),
    ],
)
def test_gitignore_keeps_partner_data_and_outputs_out(path, ignored):
    git = shutil.which("git")
    if git is None or not (REPO_ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    # check-ignore exits 0 when the path is ignored, 1 when it is not.
    result = subprocess.run(
        [git, "check-ignore", "-q", "--", path], cwd=REPO_ROOT, capture_output=True, check=False
    )
    assert result.returncode in (0, 1), result.stderr
    assert (result.returncode == 0) is ignored


# ---------------------------------------------------------------------------------------- raw data


def test_raw_readme_says_submissions_are_never_edited():
    text = RAW_README.read_text(encoding="utf-8")
    assert "never edited" in text.lower()
    assert "mtd-analysis build data/raw/2021-03 --out data/processed/2021-03" in text
    for side_file in ("overrides.csv", "needs.csv", "decisions.csv"):
        assert side_file in text


# ------------------------------------------------------------------------------------------ notebooks


def repository_notebooks() -> list[Path]:
    return sorted(p for p in NOTEBOOKS_DIR.glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def test_notebooks_use_the_mtd_analysis_kernel():
    notebooks = repository_notebooks()
    if not notebooks:
        pytest.skip("no notebooks yet")
    wrong = {
        nb.name: json.loads(nb.read_text(encoding="utf-8"))["metadata"].get("kernelspec", {}).get("name")
        for nb in notebooks
    }
    wrong = {name: kernel for name, kernel in wrong.items() if kernel != "mtd-analysis"}
    assert not wrong, f"kernelspec name is not 'mtd-analysis': {wrong}"


def test_repository_notebooks_show_no_machine_path(checker):
    notebooks = repository_notebooks()
    if not notebooks:
        pytest.skip("no notebooks yet")
    findings = [finding for nb in notebooks for finding in checker.notebook_findings(nb)]
    assert not findings, "\n".join(findings)


def sanitize(text: str) -> str:
    from nbval.plugin import get_sanitize_patterns

    for regex, replace in get_sanitize_patterns(SANITIZE_FILE.read_text(encoding="utf-8")):
        text = re.sub(regex, replace, text)
    return text


def test_sanitize_file_is_read_by_nbval_as_valid_patterns():
    from nbval.plugin import get_sanitize_patterns

    patterns = get_sanitize_patterns(SANITIZE_FILE.read_text(encoding="utf-8"))
    assert len(patterns) >= 4
    for regex, _ in patterns:
        re.compile(regex)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (f"{HOME_PATH}:12: FutureWarning", HOME_PATH),
        (f"PosixPath('{TMP_PATH}')", TMP_PATH),
        (f"WindowsPath('{WINDOWS_PATH}')", WINDOWS_PATH),
        ("<Figure size 640x480 with 1 Axes at 0x7f3a2c1d5e50>", "0x7f3a2c1d5e50"),
        ("Wall time: 1.23 s", "1.23"),
        ("CPU times: user 12 ms", "12 ms"),
        (" 40%|####      | 4/10 [00:01<00:02, 2.91it/s]", "2.91it/s"),
        ("7it [00:00, 123.45it/s]", "123.45"),
    ],
)
def test_sanitize_rewrites_what_varies(text, gone):
    assert gone not in sanitize(text)


def test_sanitize_leaves_analysis_output_alone():
    text = "EUR 1,234,567 for 12 projects; 2020=100000;2021=250000; 15210=60; 640x480; data/raw/2021-03"
    assert sanitize(text) == text
    # Two runs on different machines compare equal once sanitized.
    other = HOME_PATH.replace("ana", "petro")
    assert sanitize(f"read {HOME_PATH} in 1.5 s") == sanitize(f"read {other} in 0.9 s")


# ------------------------------------------------------------------------ scripts/check_notebook_outputs


@pytest.fixture(scope="module")
def checker():
    spec = importlib.util.spec_from_file_location("check_notebook_outputs", CHECKER_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_notebook(path: Path, cells: list) -> Path:
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "mtd-analysis",
        "display_name": "mtd-analysis",
        "language": "python",
    }
    nbformat.write(notebook, path)
    return path


def clean_cells() -> list:
    return [
        new_markdown_cell(
            "# Coverage\nSubmissions are read from `data/raw/2021-03`, see https://example.org/home/x"
        ),
        new_code_cell(
            "from mtd_analysis import config\nconfig.SAMPLE_DIR.relative_to(config.PROJ_ROOT)",
            outputs=[
                new_output(
                    "execute_result", data={"text/plain": "PosixPath('data/raw/sample')"}, execution_count=1
                )
            ],
            execution_count=1,
        ),
    ]


def test_checker_passes_a_clean_notebook(tmp_path, checker):
    notebook = write_notebook(tmp_path / "1.0-clean.ipynb", clean_cells())
    assert checker.notebook_findings(notebook) == []
    assert checker.main([str(notebook)]) == 0


@pytest.mark.parametrize(
    ("cell", "where"),
    [
        (
            new_code_cell(
                "x = 1", outputs=[new_output("stream", name="stderr", text=f"{HOME_PATH}:3: Warn\n")]
            ),
            "stderr",
        ),
        (
            new_code_cell("x = 1", outputs=[new_output("stream", name="stdout", text=f"saved {TMP_PATH}\n")]),
            "stdout",
        ),
        (
            new_code_cell(
                "df",
                outputs=[
                    new_output(
                        "display_data", data={"text/html": f"<td>{WINDOWS_PATH}</td>", "text/plain": "x"}
                    )
                ],
            ),
            "text/html",
        ),
        (
            new_code_cell(
                "1/0",
                outputs=[
                    new_output(
                        "error", ename="ZeroDivisionError", evalue="x", traceback=[f"File {HOME_PATH}"]
                    )
                ],
            ),
            "error",
        ),
        (new_code_cell(f"pd.read_excel(r'{WINDOWS_PATH}')"), "source"),
        (new_markdown_cell(f"The file is in {HOME_PATH}"), "source"),
    ],
)
def test_checker_names_notebook_and_cell_with_a_machine_path(tmp_path, checker, cell, where):
    notebook = write_notebook(tmp_path / "2.0-dirty.ipynb", [*clean_cells(), cell])
    findings = checker.notebook_findings(notebook)
    assert len(findings) == 1
    assert "2.0-dirty.ipynb" in findings[0]
    assert "cell 3" in findings[0]
    assert where in findings[0]
    assert checker.main([str(notebook)]) == 1


def test_checker_ignores_images(tmp_path, checker):
    # Base64 image data may contain any run of letters and slashes; it is never searched.
    image = new_output("display_data", data={"image/png": f"iVBOR+{HOME_PATH}==", "text/plain": "<Figure>"})
    notebook = write_notebook(tmp_path / "plot.ipynb", [new_code_cell("plot()", outputs=[image])])
    assert checker.main([str(notebook)]) == 0


def test_checker_command_exit_status(tmp_path):
    clean = write_notebook(tmp_path / "clean.ipynb", clean_cells())
    dirty = write_notebook(
        tmp_path / "dirty.ipynb",
        [new_code_cell("x", outputs=[new_output("stream", name="stdout", text=HOME_PATH)])],
    )
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{not json", encoding="utf-8")

    def run(*paths: Path) -> subprocess.CompletedProcess:
        command = [sys.executable, str(CHECKER_SCRIPT), *map(str, paths)]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    assert run(clean).returncode == 0
    result = run(clean, dirty)
    assert result.returncode == 1
    assert "dirty.ipynb: cell 1" in result.stderr
    assert "clean.ipynb" not in result.stderr
    assert run(broken).returncode == 2


# ----------------------------------------------------------------------------------------------- CLI


def test_module_help_runs():
    if not (REPO_ROOT / "mtd_analysis" / "__main__.py").exists():
        pytest.skip("mtd_analysis/__main__.py is not written yet")
    result = subprocess.run(
        [sys.executable, "-m", "mtd_analysis", "--help"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "usage" in result.stdout.lower()
    assert "build" in result.stdout
