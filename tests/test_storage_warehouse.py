"""Warehouse basics on a real DuckDB file: schema and migrations, idempotent loads, the raw archive,
re-extraction, bookkeeping, integrity check and export."""

from __future__ import annotations

import gzip
from datetime import date, datetime

import duckdb
import pytest

from storage import SCHEMA_VERSION, LoadItem, Warehouse, WarehouseError, format_table, query
from storage.sample import (
    KAMIKAWA,
    LAVROV,
    SON,
    build_sample_warehouse,
    call,
    make_item,
    sample_items,
)


def counts(path) -> dict[str, int]:
    tables = ["raw_pages", "articles", "calls", "call_participants", "call_mentions", "call_findings",
              "persons", "person_aliases", "person_titles"]
    return {t: query(path, f"SELECT count(*) FROM {t}")[1][0][0] for t in tables}


def snapshot(path) -> dict[str, list]:
    tables = ["raw_pages", "articles", "calls", "call_participants", "call_mentions", "call_findings", "persons"]
    return {t: sorted(map(repr, query(path, f"SELECT * EXCLUDE (run_id) FROM {t}" if t in
                                      ("raw_pages", "call_mentions", "articles") else f"SELECT * FROM {t}")[1]))
            for t in tables}


@pytest.fixture
def wh(tmp_path) -> Warehouse:
    warehouse = Warehouse(tmp_path / "wh.duckdb")
    warehouse.migrate()
    return warehouse


def test_migrate_creates_schema_and_is_repeatable(tmp_path):
    warehouse = Warehouse(tmp_path / "new.duckdb")
    assert warehouse.migrate() == list(range(1, SCHEMA_VERSION + 1))
    assert warehouse.migrate() == []
    assert warehouse.schema_version() == SCHEMA_VERSION
    assert warehouse.check() == []
    columns, rows = query(warehouse.path, "SELECT name_en FROM countries WHERE country_code = 'JP'")
    assert rows == [("Japan",)]


def test_upgrade_in_place_keeps_data(tmp_path):
    """A version-1 warehouse with data upgrades to the current schema without losing anything."""
    path = tmp_path / "old.duckdb"
    warehouse = Warehouse(path)
    warehouse.migrate(target=1)
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO crawl_runs (run_id, flow, started_at, status) VALUES ('r0', 'daily', now(), 'completed')")
    con.close()
    assert warehouse.migrate() == list(range(2, SCHEMA_VERSION + 1))
    assert query(path, "SELECT run_id FROM crawl_runs")[1] == [("r0",)]
    assert query(path, "SELECT count(*) FROM calls_flat")[1] == [(0,)]


def test_writes_migrate_an_old_warehouse_automatically(tmp_path):
    path = tmp_path / "old.duckdb"
    Warehouse(path).migrate(target=1)
    run_id = Warehouse(path).start_run("daily", {})
    assert run_id.startswith("daily-")
    assert Warehouse(path).schema_version() == SCHEMA_VERSION


def test_source_health_columns_migrate_idempotently_and_roundtrip(tmp_path):
    """Version 3 adds crawl_runs.source_stats and .sources_may_have_moved: an old run keeps its row (NULLs),
    the statements can run twice, and a finished run's health comes back as written."""
    from storage.schema import MIGRATIONS

    path = tmp_path / "v2.duckdb"
    warehouse = Warehouse(path)
    warehouse.migrate(target=2)
    old = warehouse.start_run("daily_crawl", {})  # a write: migrates to the current version first
    con = duckdb.connect(str(path))
    for statement in MIGRATIONS[3][1]:  # idempotent: IF NOT EXISTS
        con.execute(statement)
    con.close()
    assert query(path, "SELECT run_id, source_stats, sources_may_have_moved FROM crawl_runs")[1] == [(old, None, None)]
    warehouse.load([make_item("https://a.vn/1", source="a"), make_item("https://a.vn/2", source="a")], old)
    assert warehouse.new_articles_by_source(old) == {"a": 2}
    warehouse.finish_run(old, "completed", {})
    new = warehouse.start_run("daily_crawl", {})
    warehouse.finish_run(new, "completed", {}, source_stats={"a": {"new_articles": 0, "quiet_runs": 3}},
                         sources_may_have_moved=[{"source": "a", "why": "no new article in the last 3 daily runs"}])
    assert warehouse.source_history("daily_crawl") == [{"a": {"new_articles": 0, "quiet_runs": 3}}, None]
    assert warehouse.source_history("daily_crawl", before_run=new) == [None]
    assert [(m["source"], m["run_id"]) for m in warehouse.sources_may_have_moved()] == [("a", new)]
    assert warehouse.check() == []


def test_newer_warehouse_is_refused(wh):
    con = duckdb.connect(str(wh.path))
    con.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', now())")
    con.close()
    for action in (wh.migrate, lambda: wh.start_run("daily", {}), lambda: wh.load([make_item("https://x.vn/1")], "r")):
        with pytest.raises(WarehouseError, match="schema version 99, newer than this diendam"):
            action()


def test_load_is_idempotent(wh):
    run_id = wh.start_run("daily", {"sources": ["baoquocte"]})
    first = wh.load(sample_items(), run_id)
    assert (first.pages, first.new_articles, first.new_calls, first.new_mentions) == (11, 11, 8, 11)
    before = snapshot(wh.path)
    second = wh.load(sample_items(), "another-run")
    assert (second.pages, second.new_articles, second.new_calls, second.new_mentions) == (0, 0, 0, 0)
    assert second.unchanged == 11
    assert snapshot(wh.path) == before
    assert wh.check() == []


def test_raw_page_is_compressed_and_restorable(wh):
    body = ("<html>" + "Điện đàm " * 2000 + "</html>").encode()
    wh.load([make_item("https://baoquocte.vn/big", raw=body)], "r1")
    stored, size, codec = query(wh.path, "SELECT body, body_size, body_codec FROM raw_pages")[1][0]
    assert codec == "gzip" and size == len(body) and len(stored) < len(body) / 10
    assert gzip.decompress(stored) == body
    pages = [p for batch in wh.iter_raw_pages() for p in batch]
    assert len(pages) == 1 and pages[0].raw == body and pages[0].headers["content-type"].startswith("text/html")


def test_amp_and_mobile_copies_become_one_article(wh):
    canonical = "https://baoquocte.vn/bai-viet-1"
    c = call(SON, KAMIKAWA, "2024-03-04")
    items = [make_item(canonical, [c], canonical=canonical),
             make_item("https://m.baoquocte.vn/bai-viet-1", [c], canonical=canonical, raw=b"<html>mobile</html>"),
             make_item("https://baoquocte.vn/amp/bai-viet-1", [c], canonical=canonical, raw=b"<html>amp</html>")]
    stats = wh.load(items, "r1")
    assert (stats.pages, stats.new_articles, stats.new_calls, stats.new_mentions) == (3, 1, 1, 1)
    assert counts(wh.path)["articles"] == 1
    assert wh.known_urls(["https://m.baoquocte.vn/bai-viet-1", canonical, "https://other.vn/x"]) == {
        "https://m.baoquocte.vn/bai-viet-1", canonical}
    assert wh.check() == []


def test_known_urls_covers_final_and_canonical(wh):
    wh.load([make_item("https://a.vn/1", final_url="https://a.vn/1-final", canonical="https://a.vn/canon"),
             make_item("https://a.vn/menu", text=None)], "r1")
    assert wh.known_urls() == {"https://a.vn/1", "https://a.vn/1-final", "https://a.vn/canon", "https://a.vn/menu"}
    assert wh.known_urls([]) == set()
    assert Warehouse(wh.path.parent / "absent.duckdb").known_urls() == set()


def test_changed_page_replaces_its_extraction(wh):
    wh.load([make_item("https://a.vn/1", [call(SON, KAMIKAWA, "2024-03-04")], text="v1")], "r1")
    stats = wh.load([make_item("https://a.vn/1", [call(SON, LAVROV, "2024-03-04")], text="v2 corrected",
                               raw=b"<html>v2</html>")], "r2")
    assert stats.pages == 1 and stats.new_calls == 1
    _, rows = query(wh.path, "SELECT p2_name FROM calls_flat")
    assert rows == [("Sergei Lavrov",)]
    assert wh.check() == []


def test_replace_extractions_is_atomic_and_keeps_pages(wh):
    wh.load(sample_items(), "r1")
    pages_before = query(wh.path, "SELECT url, content_hash FROM raw_pages ORDER BY url")[1]
    articles_before = counts(wh.path)["articles"]
    # a new extractor version finds no call in one article and an extra topic in another
    new_items = []
    for item in sample_items():
        item.extractor_version = "test-2"
        if item.url == "https://baoquocte.vn/a5":
            item.calls, item.is_call = [], False
        if item.url == "https://baoquocte.vn/a2":
            item.calls[0]["findings"].append({"kind": "topic", "value": "khí hậu", "evidence": "khí hậu",
                                              "start": 1, "end": 8, "confidence": 0.7})
        new_items.append(item)
    wh.replace_extractions(new_items, "test-2")
    assert query(wh.path, "SELECT url, content_hash FROM raw_pages ORDER BY url")[1] == pages_before
    assert counts(wh.path)["articles"] == articles_before
    assert query(wh.path, "SELECT DISTINCT extractor_version FROM call_mentions")[1] == [("test-2",)]
    assert query(wh.path, "SELECT count(*) FROM calls_flat WHERE p2_name = 'Tập Cận Bình'")[1] == [(0,)]
    assert query(wh.path, "SELECT count(*) FROM call_topics WHERE topic = 'khí hậu'")[1] == [(1,)]
    assert query(wh.path, "SELECT count(*) FROM calls")[1] == [(7,)]
    assert wh.check() == []
    # a batch that fails half way changes nothing
    broken = [make_item("https://baoquocte.vn/a1", [], version="test-3"), "not an item"]
    with pytest.raises(WarehouseError):
        wh.replace_extractions(broken, "test-3")  # type: ignore[arg-type]
    assert query(wh.path, "SELECT DISTINCT extractor_version FROM call_mentions")[1] == [("test-2",)]
    with pytest.raises(WarehouseError, match="extracted by"):
        wh.replace_extractions([make_item("https://baoquocte.vn/a1", version="test-2")], "test-9")


def test_reextraction_from_the_archive_without_network(wh):
    wh.load(sample_items(), "r1")
    seen = []
    for batch in wh.iter_raw_pages(batch_size=4):
        assert len(batch) <= 4
        seen += [page.url for page in batch]
        # writes between batches are possible: the reader does not hold the file
        wh.save_validators({batch[0].url: {"etag": "x", "last_modified": None}})
    assert sorted(seen) == sorted(i.url for i in sample_items())
    recent = [p.url for b in wh.iter_raw_pages(since=date(2025, 1, 1)) for p in b]
    assert sorted(recent) == ["https://baoquocte.vn/a3", "https://baoquocte.vn/a6", "https://tuoitre.vn/c1",
                              "https://vnexpress.net/b2"]


def test_runs_failures_and_calls_loaded_by(wh):
    run_id = wh.start_run("daily", {"limit": 5})
    stats = wh.load(sample_items()[:3], run_id)
    wh.record_failures(run_id, [{"url": "https://a.vn/x", "reason": "robots", "detail": "disallowed",
                                 "status": None, "at": datetime(2025, 1, 1, 6)},
                                {"url": "https://a.vn/y", "reason": "http_503", "status": 503, "at": None}])
    wh.finish_run(run_id, "completed", {"pages_fetched": 3, "pages_failed": 2, "articles_new": 3,
                                        "calls_new": stats.new_calls, "note": "ok"})
    row = query(wh.path, "SELECT status, pages_fetched, pages_failed, calls_new, params->>'limit' FROM crawl_runs")[1]
    assert row == [("completed", 3, 2, 2, "5")]
    assert query(wh.path, 'SELECT reason, status FROM fetch_log ORDER BY "at"')[1] == [("robots", None), ("http_503", 503)]
    loaded = wh.calls_loaded_by(run_id)
    assert len(loaded) == 2
    first = loaded[0]
    assert first["date"] == "2024-03-04" and first["countries"] == ["JP", "VN"]
    assert [p["name"] for p in first["participants"]] == ["Bùi Thanh Sơn", "Kamikawa Yoko"]
    assert first["urls"] == ["https://baoquocte.vn/a1", "https://vnexpress.net/b1"]
    second_run = wh.start_run("daily", {})
    wh.load(sample_items(), second_run)
    assert len(wh.calls_loaded_by(second_run)) == 6
    with pytest.raises(WarehouseError, match="unknown run"):
        wh.finish_run("nope", "completed", {})
    with pytest.raises(WarehouseError, match="url"):
        wh.record_failures(run_id, [{"reason": "x"}])


def test_validators_roundtrip(wh):
    assert wh.load_validators() == {}
    wh.save_validators({"https://a.vn/feed": {"etag": '"abc"', "last_modified": "Mon, 01 Jan 2024 00:00:00 GMT"}})
    wh.save_validators({"https://a.vn/feed": ('"def"', None), "https://b.vn/feed": {"etag": None,
                                                                                   "last_modified": "x"}})
    assert wh.load_validators() == {"https://a.vn/feed": {"etag": '"def"', "last_modified": None},
                                    "https://b.vn/feed": {"etag": None, "last_modified": "x"}}
    assert Warehouse(wh.path.parent / "none.duckdb").load_validators() == {}


def test_bad_input_is_refused_before_writing(wh):
    wh.load(sample_items(), "r1")
    before = snapshot(wh.path)
    bad_calls = [
        [{"date": "2024-03-04", "medium": "phone", "participants": [SON]}],
        [call(SON, {"name": " ", "title": None, "role": "other", "country": "JP"}, None)],
        [call(SON, KAMIKAWA, "4 March 2024")],
        ["not a dict"],
        [dict(call(SON, KAMIKAWA, None), evidence_start="12")],
        [dict(call(SON, KAMIKAWA, None), confidence="high")],
        [dict(call(SON, KAMIKAWA, None), findings=["topic"])],
        [call(SON, dict(KAMIKAWA, name=["Kamikawa"]), None)],
    ]
    for calls in bad_calls:
        items = [make_item("https://ok.vn/fine"), make_item("https://bad.vn/1", calls)]  # type: ignore[list-item]
        with pytest.raises(WarehouseError, match="https://bad.vn/1"):
            wh.load(items, "r2")
    with pytest.raises(WarehouseError, match="raw must be bytes"):
        item = make_item("https://bad.vn/2")
        item.raw = "text"  # type: ignore[assignment]
        wh.load([item], "r2")
    with pytest.raises(WarehouseError):
        wh.load("nope", "r2")  # type: ignore[arg-type]
    assert snapshot(wh.path) == before


def test_check_reports_broken_integrity(wh):
    wh.load(sample_items(), "r1")
    con = duckdb.connect(str(wh.path))
    con.execute("DELETE FROM call_mentions WHERE article_id IN (SELECT article_id FROM articles "
                "WHERE url = 'https://baoquocte.vn/a5')")
    con.execute("DELETE FROM call_participants WHERE position = 2 AND call_id IN "
                "(SELECT call_id FROM call_participants WHERE name = 'Kishida Fumio')")
    con.execute("DELETE FROM articles WHERE url = 'https://baoquocte.vn/n1'")
    con.close()
    problems = wh.check()
    assert any("calls without any mention" in p for p in problems)
    assert any("two participants" in p for p in problems)
    assert any("orphaned raw pages" in p for p in problems)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export(tmp_path, fmt):
    warehouse, _ = build_sample_warehouse(tmp_path / "wh.duckdb")
    files = warehouse.export(tmp_path / "out", fmt)
    names = {f.name for f in files}
    assert {f"calls.{fmt}", f"calls_flat.{fmt}", f"raw_pages.{fmt}", f"counterparts.{fmt}"} <= names
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM {reader}('{tmp_path / 'out' / ('calls_flat.' + fmt)}')").fetchone()[0] == 8
    if fmt == "csv":
        header = (tmp_path / "out" / "raw_pages.csv").read_text().splitlines()[0]
        assert "body" not in header.split(",")
    with pytest.raises(WarehouseError, match="parquet' or 'csv"):
        warehouse.export(tmp_path / "out", "xlsx")


def test_query_is_read_only_and_explains_errors(tmp_path):
    warehouse, _ = build_sample_warehouse(tmp_path / "wh.duckdb")
    path = warehouse.path
    columns, rows = query(path, "SELECT count(*) AS n FROM calls")
    assert columns == ["n"] and rows == [(8,)]
    for sql in ("DELETE FROM calls", "DROP TABLE calls", "CREATE TABLE x (a INT)", "UPDATE persons SET canonical_name = 'x'"):
        with pytest.raises(WarehouseError, match="read-only"):
            query(path, sql)
    escaped = str(path).replace("'", "''")
    for sql in (f"COPY (SELECT 1) TO '{escaped}'", f"COPY (SELECT 1) TO '{tmp_path / 'x.csv'}'",
                f"ATTACH '{tmp_path / 'other.duckdb'}' AS other", "SET enable_external_access = true"):
        with pytest.raises(WarehouseError):
            query(path, sql)
    assert not (tmp_path / "x.csv").exists()
    with pytest.raises(WarehouseError, match="query failed"):
        query(path, "SELEC nonsense")
    with pytest.raises(WarehouseError, match="no_such_table"):
        query(path, "SELECT * FROM no_such_table")
    with pytest.raises(WarehouseError, match="no warehouse"):
        query(tmp_path / "absent.duckdb", "SELECT 1")
    with pytest.raises(WarehouseError, match="empty"):
        query(path, "  ")
    assert query(path, "SELECT count(*) FROM calls")[1] == [(8,)]
    assert warehouse.check() == []


def test_format_table():
    text = format_table(["a", "long name"], [(1, None), ("x" * 100, "Điện đàm")])
    lines = text.splitlines()
    assert lines[1].startswith("| a ") and "long name" in lines[1]
    assert "…" in lines[4] and "Điện đàm" in lines[4] and lines[-1] == "(2 rows)"
    assert format_table(["n"], []).endswith("(0 rows)")


def test_bad_paths_give_clear_errors(tmp_path):
    with pytest.raises(WarehouseError, match="is a directory"):
        Warehouse(tmp_path).migrate()
    with pytest.raises(WarehouseError, match="does not exist"):
        Warehouse(tmp_path / "missing" / "wh.duckdb").migrate()
    (tmp_path / "junk.duckdb").write_bytes(b"this is not a database" * 100)
    with pytest.raises(WarehouseError):
        Warehouse(tmp_path / "junk.duckdb").migrate()


def test_loaditem_timezones_are_stored_as_utc(wh):
    from datetime import timedelta, timezone
    item = make_item("https://a.vn/tz")
    item.fetched_at = datetime(2024, 3, 5, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    wh.load([item], "r1")
    assert query(wh.path, "SELECT fetched_at FROM raw_pages")[1] == [(datetime(2024, 3, 5, 2, 0),)]
    assert isinstance(item, LoadItem)


def test_stored_pages_carry_what_reextraction_needs(wh):
    item = make_item("https://a.vn/enc", [call(SON, KAMIKAWA, "2024-03-04")], published=date(2024, 3, 5))
    item.headers = {"Content-Type": "text/html; charset=windows-1258"}
    wh.load([item, make_item("https://a.vn/menu", text=None)], "r1")
    pages = {p.url: p for batch in wh.iter_raw_pages() for p in batch}
    assert pages["https://a.vn/enc"].encoding == "windows-1258"
    assert pages["https://a.vn/enc"].published_at == date(2024, 3, 5)
    assert pages["https://a.vn/enc"].extractor_version == "test-1"
    assert pages["https://a.vn/menu"].extractor_version is None and pages["https://a.vn/menu"].article_id is None


def test_page_without_text_later_keeps_its_article(wh):
    """A refetch or re-extraction that finds no text (cleaner failure) must not lose the stored article."""
    wh.load([make_item("https://a.vn/1", [call(SON, KAMIKAWA, "2024-03-04")])], "r1")
    wh.load([make_item("https://a.vn/1", text=None, raw=b"<html>broken</html>")], "r2")
    item = make_item("https://a.vn/1", text=None, raw=b"<html>broken again</html>", version="test-2")
    wh.replace_extractions([item], "test-2")
    assert query(wh.path, "SELECT count(*) FROM calls_flat")[1] == [(1,)]
    assert wh.check() == []


def test_failure_records_from_every_stage(wh):
    run_id = wh.start_run("daily", {})
    wh.record_failures(run_id, [{"url": "https://a.vn/x", "reason": "extract_error", "detail": "ValueError: x",
                                 "source": "baoquocte", "status": 200, "at": None, "stage": "extract"}])
    assert query(wh.path, "SELECT source, stage FROM fetch_log")[1] == [("baoquocte", "extract")]


def test_reextraction_with_same_result_reports_no_new_calls(wh):
    run_id = wh.start_run("daily", {})
    wh.load(sample_items(), run_id)
    before = snapshot(wh.path)
    items = sample_items()
    stats = wh.replace_extractions(items, "test-1")
    assert stats.new_calls == 0 and stats.new_articles == 0
    assert snapshot(wh.path) == before  # same ids, same first run
    assert len(wh.calls_loaded_by(run_id)) == 8


def test_loose_value_types_are_stored_as_column_types(wh):
    """Values of other types than the columns' (a date object as call date, an int as a finding value,
    an int confidence) are coerced, not rejected, and never mix types in one bulk insert."""
    first = call(SON, KAMIKAWA, date(2024, 3, 4))  # type: ignore[arg-type]
    first["confidence"] = 1
    first["findings"] = [{"kind": "agreement", "value": 3, "evidence": "x", "start": 0, "end": 1}]
    second = call(SON, LAVROV, "2024-03-04")
    wh.load([make_item("https://a.vn/1", [first, second])], "r1")
    assert query(wh.path, "SELECT date_reported FROM call_mentions ORDER BY date_reported")[1] == [
        ("2024-03-04",), ("2024-03-04",)]
    assert query(wh.path, "SELECT value FROM call_findings WHERE kind = 'agreement'")[1] == [("3",)]
    assert wh.check() == []


def test_page_moving_to_its_canonical_article_leaves_no_orphan(wh):
    """A re-extraction that now finds the canonical URL moves the page to the canonical article; the old
    article (and its calls) go rather than linger without a page."""
    wh.load([make_item("https://m.a.vn/1", [call(SON, KAMIKAWA, "2024-03-04")])], "r1")
    moved = make_item("https://m.a.vn/1", [call(SON, KAMIKAWA, "2024-03-04")], canonical="https://a.vn/1",
                      version="test-2")
    wh.replace_extractions([moved], "test-2")
    assert query(wh.path, "SELECT url FROM articles")[1] == [("https://a.vn/1",)]
    assert query(wh.path, "SELECT count(*), max(n_articles) FROM calls_flat")[1] == [(1, 1)]
    assert wh.known_urls(["https://m.a.vn/1", "https://a.vn/1"]) == {"https://m.a.vn/1", "https://a.vn/1"}
    assert wh.check() == []
