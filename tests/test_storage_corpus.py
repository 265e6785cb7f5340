"""The labelled dev corpus (../shared, read at test time) loaded as the extractor would hand it over: real
names, titles and dates exercise person resolution and call de-duplication. Skips when ../shared is absent."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from storage import LoadItem, Warehouse, query


def corpus_items(shared_dir, version: str = "gold") -> list[LoadItem]:
    items = []
    for line in (shared_dir / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        published = date.fromisoformat(doc["published"]) if doc["published"] else None
        calls = [dict(c, findings=c.get("findings", []), evidence_start=-1, evidence_end=-1) for c in doc["calls"]]
        items.append(LoadItem(url=doc["url"], source=doc["site"], final_url=doc["url"], canonical_url=None, status=200,
                              headers={"content-type": "text/html; charset=utf-8"},
                              raw=f"<html><body>{doc['text']}</body></html>".encode(),
                              fetched_at=datetime(2026, 1, 5, 6, 0), title=doc["text"].splitlines()[0],
                              published_at=published, text=doc["text"], is_call=doc["label"] == "call",
                              extractor_version=version, calls=calls))
    return items


@pytest.fixture
def loaded(shared_dir, tmp_path):
    warehouse = Warehouse(tmp_path / "corpus.duckdb")
    warehouse.migrate()
    items = corpus_items(shared_dir)
    stats = warehouse.load(items, warehouse.start_run("corpus", {}))
    return warehouse, items, stats


def persons_named(path, pattern: str) -> list[tuple]:
    return query(path, "SELECT DISTINCT p.person_id, p.canonical_name FROM person_aliases a JOIN persons p "
                       "USING (person_id) WHERE a.folded LIKE ?", params=[pattern])[1]


def test_corpus_loads_consistently_and_idempotently(loaded):
    warehouse, items, stats = loaded
    reports = sum(len(i.calls) for i in items)
    print(f"\ncorpus: {len(items)} articles, {reports} call reports -> {stats.new_calls} calls")
    assert stats.new_articles == len(items)
    assert stats.new_mentions == reports
    assert 0 < stats.new_calls <= reports
    assert warehouse.check() == []
    again = warehouse.load(items, "again")
    assert (again.pages, again.new_articles, again.new_calls, again.new_mentions) == (0, 0, 0, 0)


def test_corpus_people_resolve_across_spellings_and_titles(loaded):
    warehouse, _, _ = loaded
    path = warehouse.path
    assert len(persons_named(path, "serge_ lavrov")) == 1  # "Sergei Lavrov" and "Sergey Lavrov"
    assert len(persons_named(path, "donald trump")) == 1
    assert len(persons_named(path, "tap can binh")) == 1
    assert len(persons_named(path, "hun sen")) == 1
    _, titles = query(path, "SELECT t.title FROM person_titles t JOIN persons p USING (person_id) "
                            "WHERE p.folded_name = 'nguyen xuan phuc' ORDER BY t.title")
    assert [t for (t,) in titles] == ["Chủ tịch nước", "Thủ tướng"]


def test_corpus_duplicate_reports_become_one_call(loaded):
    warehouse, _, _ = loaded
    # Lê Minh Khái and Janet Yellen: one article dates the call 2024-06-05, another gives only 05/06
    _, rows = query(warehouse.path, "SELECT call_date, n_articles FROM calls_flat "
                                    "WHERE p1_name = 'Lê Minh Khái' AND p2_name = 'Janet Yellen'")
    assert rows == [(date(2024, 6, 5), 2)]


def test_corpus_reextraction_replaces_atomically(loaded, shared_dir):
    warehouse, _, _ = loaded
    before = query(warehouse.path, "SELECT count(*) FROM calls")[1]
    stats = warehouse.replace_extractions(corpus_items(shared_dir, "gold-2"), "gold-2")
    assert stats.new_mentions > 0
    assert query(warehouse.path, "SELECT count(*) FROM calls")[1] == before
    assert query(warehouse.path, "SELECT DISTINCT extractor_version FROM call_mentions")[1] == [("gold-2",)]
    assert warehouse.check() == []

