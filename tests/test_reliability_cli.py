"""The command line under hostile use: malformed sources files, writing SQL through `diendam query`, and
file paths taken from pages or configs. Every refusal is one clear line and a non-zero exit, never a
traceback, and the warehouse file is byte-for-byte unchanged."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reliability_support import file_digest, record, run_cli

pytestmark = pytest.mark.reliability

GOOD_SOURCE = '[[source]]\nname = "a"\nbase_url = "http://127.0.0.1:9/"\nfeeds = ["http://127.0.0.1:9/rss"]\n'

BAD_SOURCES = {
    # file text -> (line the message must name, words it must contain)
    GOOD_SOURCE + "delya = 2\n": (5, "unknown key 'delya'"),
    GOOD_SOURCE.replace('"]\n', '"\n'): (4, "syntax"),
    GOOD_SOURCE.replace('"http://127.0.0.1:9/"', '"127.0.0.1:9"'): (3, "base_url"),
    GOOD_SOURCE + 'article_pattern = "([a-z"\n': (5, "regular expression"),
    GOOD_SOURCE + "max_listing_pages = -3\n": (5, "max_listing_pages"),
    GOOD_SOURCE + "delay = \"fast\"\n": (5, "delay"),
    "[settings]\nx = 1\n" + GOOD_SOURCE: (1, "unknown top-level key"),
    GOOD_SOURCE + "\n" + GOOD_SOURCE: (7, "duplicate source name"),
    # (a source of only name and base_url is valid: its entry points are found on the site)
    '[[source]]\nname = "b"\nbase_url = "http://127.0.0.1:9/"\nlisting = "http://127.0.0.1:9/l?p={pg}"\n': (4, "{page}"),
    "": (1, "no [[source]]"),
}


@pytest.mark.parametrize("command", ["crawl", "backfill"])
def test_a_malformed_sources_file_names_the_line_and_the_problem(command, tmp_path, capsys):
    """The CLI's main() in this process for the whole matrix (Prefect is imported once); the next test runs
    the real console script to prove the exit code and the absence of a traceback at process level."""
    from diendam.cli import main

    for index, (text, (line, words)) in enumerate(BAD_SOURCES.items()):
        sources = tmp_path / f"bad{index}.toml"
        sources.write_text(text, encoding="utf-8")
        db = tmp_path / f"w{index}.duckdb"
        args = [command, "--sources", str(sources), "--db", str(db)]
        if command == "backfill":
            args += ["--since", "2025-01-01"]
        code = main(args)
        out, err = capsys.readouterr()
        assert code == 2, (text, out, err)
        message = err.strip()
        assert len(message.splitlines()) == 1, message
        assert f"{sources}:{line}:" in message and words in message, (text, message)
        assert not db.exists(), "a bad sources file must not create or touch the warehouse"
        record("malformed configs refused")


def test_the_console_script_refuses_bad_sources_files_with_one_line(tmp_path):
    latin = tmp_path / "latin.toml"
    latin.write_bytes(GOOD_SOURCE.replace('"a"', '"\xe9"').encode("latin-1"))
    unknown_key = tmp_path / "unknown.toml"
    unknown_key.write_text(GOOD_SOURCE + "\ndelya = 2\n", encoding="utf-8")
    for path in (unknown_key, latin, tmp_path / "missing.toml"):
        result = run_cli("crawl", "--sources", str(path), "--db", str(tmp_path / "w.duckdb"), timeout=60)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        last = result.stderr.strip().splitlines()[-1]  # argparse may print its usage line first
        assert last.startswith("diendam crawl: error:") and str(path) in last, result.stderr
        record("malformed configs refused")


# ------------------------------------------------------------------------------------ read-only queries
def _item(url: str, title: str, calls: list[dict] | None = None, source: str = "trang-thu") -> object:
    from storage import LoadItem

    text = f"{title}. Nội dung bài viết."
    return LoadItem(url=url, source=source, final_url=url, canonical_url=None, status=200,
                    headers={"content-type": "text/html"}, raw=f"<html><body>{text}</body></html>".encode(),
                    fetched_at=datetime(2025, 5, 1, tzinfo=UTC), title=title, published_at=date(2025, 5, 1),
                    text=text, is_call=bool(calls), extractor_version="test", calls=calls or [])


def _call(a: str, b: str, day: str) -> dict:
    return {"participants": [{"name": a, "country": "VN", "title": "Thủ tướng", "role": "head_of_government"},
                             {"name": b, "country": "FR", "title": "Tổng thống", "role": "head_of_state"}],
            "date": day, "medium": "phone", "evidence": f"{a} điện đàm với {b}", "confidence": 0.9}


@pytest.fixture
def warehouse(tmp_path) -> Path:
    """A small warehouse whose contents come from hostile pages: script tags in titles and names, path
    traversal in URLs and in the source name."""
    from storage import Warehouse

    db = tmp_path / "data" / "w.duckdb"
    db.parent.mkdir()
    wh = Warehouse(db)
    wh.migrate()
    run = wh.start_run("test", {})
    wh.load([
        _item("http://127.0.0.1:9/bai/a.html", "<script>alert('tieu de')</script>",
              [_call("Phạm Minh Chính", "<img src=x onerror=alert(1)>", "2025-04-30")]),
        _item("http://127.0.0.1:9/../../../etc/passwd", "../../../../tmp/escaped", source="../../../../tmp/escaped"),
        _item("http://127.0.0.1:9/bai/c.html", "'; DROP TABLE articles; --", [_call("Tô Lâm", "Emmanuel Macron",
                                                                                  "2025-04-29")]),
    ], run)
    wh.finish_run(run, "completed", {})
    return db


WRITES = [
    "INSERT INTO articles (article_id, url, source) VALUES ('x', 'y', 'z')",
    "UPDATE articles SET title = 'changed'",
    "DELETE FROM calls",
    "DROP TABLE articles",
    "DROP VIEW calls_flat",
    "CREATE TABLE evil AS SELECT 1",
    "CREATE OR REPLACE VIEW calls_flat AS SELECT 1",
    "CREATE MACRO evil(a) AS a",
    "ALTER TABLE articles ADD COLUMN evil INTEGER",
    "TRUNCATE raw_pages",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "ATTACH ':memory:' AS m; CREATE TABLE m.t AS SELECT 1",
    "COPY articles TO '{tmp}/stolen.csv'",
    "COPY (SELECT * FROM raw_pages) TO '{tmp}/stolen.parquet' (FORMAT parquet)",
    "EXPORT DATABASE '{tmp}/dump'",
    "COPY articles FROM '{tmp}/input.csv'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "PRAGMA enable_checkpoint_on_shutdown",
    "SET enable_external_access = true",
    "SET threads = 1; COPY articles TO '{tmp}/after-set.csv'",
    "RESET enable_external_access",
    "INSTALL httpfs",
    "LOAD httpfs",
    "CHECKPOINT",
    "VACUUM",
    "BEGIN TRANSACTION; DELETE FROM calls; COMMIT",
    "SELECT 1; DROP TABLE calls",
    "DETACH w",
    "CALL checkpoint()",
]


def test_no_query_can_change_the_warehouse_or_write_a_file(warehouse, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "input.csv").write_text("article_id,url,source\nx,y,z\n", encoding="utf-8")
    before = file_digest(warehouse)
    listing_before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    for sql in WRITES:
        sql = sql.replace("{tmp}", str(outside))
        result = run_cli("query", sql, "--db", str(warehouse), timeout=60)
        assert "Traceback" not in result.stderr, (sql, result.stderr)
        assert file_digest(warehouse) == before, f"the warehouse changed after: {sql}"
        if result.returncode == 0:  # accepted: it must have been harmless (e.g. a no-op SET)
            assert "changed" not in result.stdout
        else:
            assert result.stderr.startswith("diendam query: error:"), (sql, result.stderr)
        record("write queries refused" if result.returncode else "write queries accepted as harmless no-ops")
    listing_after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert listing_after == listing_before, set(listing_after) ^ set(listing_before)
    counts = run_cli("query", "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM calls)",
                     "--db", str(warehouse), timeout=60)
    assert counts.returncode == 0 and "| 2" in counts.stdout, counts.stdout + counts.stderr


def test_a_read_query_still_works_and_sees_hostile_text_as_data(warehouse):
    result = run_cli("query", "SELECT title FROM articles ORDER BY title", "--db", str(warehouse), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "DROP TABLE articles" in result.stdout and "<script>" in result.stdout


# ------------------------------------------------------------------------------------------ file paths
def test_export_and_report_write_only_where_asked(warehouse, tmp_path):
    listing_before = {p for p in tmp_path.rglob("*")}
    out = tmp_path / "data" / "export"
    for fmt in ("parquet", "csv"):
        result = run_cli("export", "--format", fmt, str(out / fmt), "--db", str(warehouse), timeout=60)
        assert result.returncode == 0, result.stderr
    report = tmp_path / "data" / "report.html"
    result = run_cli("report", "-o", str(report), "--db", str(warehouse), timeout=60)
    assert result.returncode == 0, result.stderr
    new = {p for p in tmp_path.rglob("*")} - listing_before
    escaped = [p for p in new if not (p == report or p.is_relative_to(out))]
    assert not escaped, f"files written outside the asked places: {escaped}"
    assert not (Path("/tmp") / "escaped").exists()
    names = {p.name for p in new if p.is_file() and p.is_relative_to(out)}
    assert all(n.split(".")[0].replace("_", "").isalpha() for n in names), names  # table names only
    html = report.read_text(encoding="utf-8")
    assert "<script>alert(" not in html and "<img src=x onerror" not in html, "page text reached the report unescaped"
    record("path escape attempts refused", 3)
