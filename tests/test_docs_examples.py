"""Every documented example runs: the ```bash and ```sql blocks of README.md and docs/**/*.md are executed
against a warehouse built once from the offline demo snapshot, so the docs cannot drift from the code.

Conventions (docs/development.md, "Documentation"):
- a ```bash block runs with `bash -e -o pipefail` from the repository root, `diendam` on PATH and
  DIENDAM_DB pointing at a fresh copy of the demo warehouse; when some lines start with `$ `, only those
  (and their `\\` continuation lines) are commands and the rest is output;
- a ```sql block runs read-only through `storage.query` (what `diendam query` runs) and must not fail; on
  the SQL cookbook it must also return rows;
- `<!-- example: skip ... -->` on the line right before a fence skips the block; a block reading
  ../shared is skipped when it is absent; `make demo` / `make test` must be skipped (recursion).
Each block is one test, with the id `file:line` of its opening fence.

This file also holds the docs' structural checks: every table and view with every column documented in
docs/warehouse.md, ten cookbook queries, a README that stays a landing page with links that resolve.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
DOC_FILES = [README, *sorted(DOCS.rglob("*.md"))]
ROWS_REQUIRED = {DOCS / "cookbook.md"}  # the cookbook promises results on the demo warehouse
README_MAX_LINES = 150

RUN_LANGS = {"bash", "sql"}
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)")
SKIP_MARK = re.compile(r"^\s*<!--\s*example:\s*skip\b\s*(?P<why>.*?)\s*-->\s*$")
RECURSIVE = re.compile(r"\bmake\s+(?:test|demo)\b")
NEEDS_PREFECT = re.compile(r"\bdiendam\s+(?:demo|crawl|backfill|reextract|serve)\b|\bflows\.crawl\b")


@dataclass(frozen=True)
class Example:
    path: Path
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    skip: str | None  # the skip mark's reason ('' without one), None when the block runs

    @property
    def skipped(self) -> bool:
        return self.skip is not None

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def fenced_blocks(path: Path) -> list[Example]:
    """The fenced code blocks of a Markdown file, with the skip mark of the line before each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks, i = [], 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, fence, lang = match["indent"], match["fence"], match["lang"].lower()
        body, j = [], i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        mark = SKIP_MARK.match(lines[i - 1]) if i > 0 else None
        blocks.append(Example(path, i + 1, lang, "\n".join(body) + "\n", mark["why"] if mark else None))
        i = j + 1
    return blocks


def runnable(examples: list[Example]) -> list[Example]:
    return [e for e in examples if e.lang in RUN_LANGS]


ALL_EXAMPLES = [e for path in DOC_FILES for e in runnable(fenced_blocks(path))]
BASH = [e for e in ALL_EXAMPLES if e.lang == "bash"]
SQL = [e for e in ALL_EXAMPLES if e.lang == "sql"]


def shell_script(code: str) -> str:
    """The commands of a bash block: all of it, or only the `$ ` lines (and their continuations) when it
    shows a session with output."""
    lines = code.splitlines()
    if not any(line.startswith("$ ") for line in lines):
        return code
    commands, continuing = [], False
    for line in lines:
        if line.startswith("$ ") or continuing:
            command = line[2:] if line.startswith("$ ") and not continuing else line
            commands.append(command)
            continuing = command.rstrip().endswith("\\")
    return "\n".join(commands) + "\n"


# --------------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="session")
def docs_warehouse(tmp_path_factory) -> Path:
    """The warehouse of `diendam demo`: the daily crawl of the offline snapshot, through the same pipeline
    steps without Prefect (about 3 s instead of 20)."""
    from diendam.snapshot_server import SnapshotServer
    from flows.pipeline import run_plain

    tmp = tmp_path_factory.mktemp("docs-warehouse")
    db = tmp / "diendam.duckdb"
    with SnapshotServer() as server:
        sources = server.write_sources(tmp / "sources.toml")
        summary = run_plain("daily_crawl", sources_path=sources, db=db, max_workers=4,
                            params={"sources": str(sources), "db": str(db), "refetch": False})
    assert summary.calls, "the demo snapshot gave no calls"
    return db


def skip_unless_runnable(example: Example) -> None:
    if RECURSIVE.search(example.code) and not example.skipped:
        pytest.fail(f"{example.id}: a block running `make test` or `make demo` must be marked "
                    "<!-- example: skip --> (the test suite would run itself)")
    if example.skipped:
        pytest.skip(f"{example.id}: marked skip {example.skip}".rstrip())
    if "../shared" in example.code and not (SHARED / "corpus").is_dir():
        pytest.skip(f"{example.id}: needs ../shared, absent")


# ------------------------------------------------------------------------------------------------ runs
@pytest.mark.parametrize("example", BASH, ids=[e.id for e in BASH])
def test_bash_example_runs(example: Example, docs_warehouse: Path, tmp_path: Path, request) -> None:
    skip_unless_runnable(example)
    db = tmp_path / "diendam.duckdb"
    shutil.copy(docs_warehouse, db)  # each block gets its own copy: examples may write (reextract)
    env = {**os.environ, "DIENDAM_DB": str(db), "DIENDAM_LOCK_WAIT": "10",
           "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
    if NEEDS_PREFECT.search(example.code):  # one API for the whole session instead of one per command
        env["PREFECT_API_URL"] = request.getfixturevalue("prefect_session_api")
    (ROOT / "build").mkdir(exist_ok=True)
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", shell_script(example.code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, (f"{example.id}: exit {done.returncode}\n--- block\n{example.code}"
                                  f"--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}")


@pytest.mark.parametrize("example", SQL, ids=[e.id for e in SQL])
def test_sql_example_runs(example: Example, docs_warehouse: Path) -> None:
    from storage import query

    skip_unless_runnable(example)
    try:
        columns, rows = query(docs_warehouse, example.code)
    except Exception as exc:  # the message names the doc line, not only DuckDB's complaint
        pytest.fail(f"{example.id}: {exc}\n{example.code}")
    assert columns, f"{example.id}: the query returned no columns"
    if example.path in ROWS_REQUIRED:
        assert rows, f"{example.id}: returned no rows on the demo warehouse:\n{example.code}"


# ------------------------------------------------------------------------------------------- structure
def warehouse_sections() -> dict[str, str]:
    """`### name` section of docs/warehouse.md -> its text."""
    text = (DOCS / "warehouse.md").read_text(encoding="utf-8")
    parts = re.split(r"^### (\w+)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1].split("\n## ")[0] for i in range(1, len(parts) - 1, 2)}


def test_every_table_and_view_is_documented_with_every_column(docs_warehouse: Path) -> None:
    from storage import query
    from storage.schema import TABLES, VIEW_NAMES

    sections = warehouse_sections()
    _, rows = query(docs_warehouse, "SELECT table_name, column_name FROM information_schema.columns "
                                    "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")
    columns: dict[str, list[str]] = {}
    for table, column in rows:
        columns.setdefault(table, []).append(column)
    missing = []
    for name in TABLES + VIEW_NAMES:
        assert name in columns, f"{name} is in storage.schema but not in the warehouse"
        if name not in sections:
            missing.append(f"table or view {name} (a '### {name}' section)")
            continue
        missing += [f"{name}.{c}" for c in columns[name] if f"`{c}`" not in sections[name]]
    assert not missing, f"docs/warehouse.md does not document: {', '.join(missing)}"
    stale = set(sections) - set(columns)
    assert not stale, f"docs/warehouse.md documents tables that do not exist: {sorted(stale)}"


def test_cookbook_has_ten_queries() -> None:
    assert len([e for e in SQL if e.path == DOCS / "cookbook.md"]) >= 10


def test_examples_are_found_and_skips_stay_few() -> None:
    skipped = [e.id for e in ALL_EXAMPLES if e.skipped]
    print(f"documented examples: {len(ALL_EXAMPLES)} ({len(BASH)} bash, {len(SQL)} sql), "
          f"{len(skipped)} marked skip: {', '.join(skipped)}")
    assert len(SQL) >= 10 and len(BASH) >= 10
    assert len(skipped) <= len(ALL_EXAMPLES) // 3, f"too many skipped examples: {skipped}"


def test_readme_is_a_landing_page_whose_links_resolve() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= README_MAX_LINES, "README.md is a landing page: move details to docs/"
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    broken = [t for t in targets if "://" not in t and not (ROOT / t).exists()]
    assert not broken, f"README links to missing files: {broken}"


def test_every_docs_page_is_in_the_nav() -> None:
    """mkdocs --strict fails on it too (validation.nav.omitted_files); this says which page at once."""
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert not {p for p in pages if f" {p}" not in nav}, "pages missing from mkdocs.yml nav"
