"""`diendam COMMAND --help` is the short form of the docs: each command ends its help with one example that
parses, and error lines end with the docs section that explains the fix (a page and anchor that exist)."""

from __future__ import annotations

import re
import shlex
import unicodedata
from pathlib import Path

import pytest

from diendam.cli import ERROR_DOCS, EXAMPLES, EXIT_FAILED, EXIT_USAGE, build_parser, main, with_docs

ROOT = Path(__file__).resolve().parent.parent


def subcommands() -> dict:
    """Every command, nested ones as 'sources match'."""
    parser = build_parser()
    top = parser._subparsers._group_actions[0].choices  # noqa: SLF001 - argparse has no public accessor
    commands = dict(top)
    for name, command in top.items():
        if command._subparsers is not None:  # noqa: SLF001
            nested = command._subparsers._group_actions[0].choices  # noqa: SLF001
            commands.update({f"{name} {sub}": parser for sub, parser in nested.items()})
    return commands


def anchors(page: Path) -> set[str]:
    """Heading ids as MkDocs' toc extension makes them (ASCII, lower case, punctuation dropped)."""
    ids = set()
    for heading in re.findall(r"^#{1,6} (.+?)\s*$", page.read_text(encoding="utf-8"), flags=re.M):
        text = unicodedata.normalize("NFKD", heading.replace("`", "")).encode("ascii", "ignore").decode()
        ids.add(re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", text).strip().lower()))
    return ids


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_help_ends_with_an_example_that_parses(name, monkeypatch):
    assert name in EXAMPLES, f"add an example for `diendam {name}` to EXAMPLES in diendam/cli.py"
    help_text = subcommands()[name].format_help()
    assert help_text.rstrip().splitlines()[-1] == f"example: {EXAMPLES[name]}"
    argv = shlex.split(EXAMPLES[name])
    words = name.split()
    assert argv[: 1 + len(words)] == ["diendam", *words]
    monkeypatch.chdir(ROOT)  # examples name files of the repository (docs/examples/articles.jsonl)
    assert build_parser().parse_args(argv[1:]).command == words[0]


def test_examples_name_only_existing_commands():
    assert set(EXAMPLES) <= set(subcommands())


@pytest.mark.parametrize("page", sorted({page for _, page in ERROR_DOCS}))
def test_error_pointers_lead_to_existing_sections(page):
    path, _, anchor = page.partition("#")
    assert (ROOT / path).is_file(), page
    if anchor:
        assert anchor in anchors(ROOT / path), f"{page}: no such heading"


def test_error_lines_end_with_the_docs_page(tmp_path, capsys):
    db = tmp_path / "none.duckdb"
    assert main(["query", "SELECT 1", "--db", str(db)]) == EXIT_USAGE
    assert capsys.readouterr().err.rstrip().endswith("(see docs/operations.md#no-warehouse)")

    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "x"\nbase_url = "https://x.example"\nfeed = ["https://x.example/r"]\n',
                   encoding="utf-8")
    assert main(["crawl", "--sources", str(bad), "--db", str(db)]) == EXIT_USAGE
    line = capsys.readouterr().err.strip()
    assert line.startswith("diendam crawl: error:") and "bad.toml:4:" in line and line.endswith("(see docs/sources.md)")

    with pytest.raises(SystemExit) as exc:  # argparse's own error: a --sources file that does not exist
        main(["crawl", "--sources", str(tmp_path / "missing.toml")])
    assert exc.value.code == EXIT_USAGE
    assert capsys.readouterr().err.rstrip().endswith("(see docs/sources.md)")

    assert main(["backfill", "--since", "2025-02-01", "--until", "2025-01-01", "--db", str(db)]) == EXIT_USAGE
    assert "(see" not in capsys.readouterr().err  # nothing to explain beyond the line itself
    assert not db.exists()


def test_a_refused_query_points_to_the_querying_rules(tmp_path, capsys):
    from storage.sample import build_sample_warehouse

    warehouse, _ = build_sample_warehouse(tmp_path / "w.duckdb")
    assert main(["query", "DROP TABLE calls", "--db", str(warehouse.path)]) == EXIT_FAILED
    line = capsys.readouterr().err.strip()
    assert line.startswith("diendam query: error: queries are read-only")
    assert line.endswith("(see docs/warehouse.md#querying)")


def test_with_docs_leaves_other_messages_alone():
    assert with_docs("--until 2025-01-01 is before --since 2025-02-01") == "--until 2025-01-01 is before --since 2025-02-01"
    assert with_docs("warehouse w.duckdb is locked by another process").endswith(
        "(see docs/operations.md#the-warehouse-is-locked)")
