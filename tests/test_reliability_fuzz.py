"""Fuzzing the parsers that read what strangers send: the HTML cleaner, the feed/sitemap reader, the date
parser and the call extractor. Random bytes and random mixtures of real fragments (tags, entities, Vietnamese
call sentences, dates) must never raise an unexpected error, never hang (a per-example deadline) and never
take unbounded memory (tracemalloc peak per example)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import record

pytestmark = pytest.mark.reliability

MEMORY_BOUND = 64 * 1024 * 1024  # bytes of Python allocations for one input of at most ~100 KB
FUZZ = settings(max_examples=120, deadline=timedelta(seconds=5), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HTML_PIECES = [
    "<html>", "</html>", "<head>", "<body>", "</body>", "<p>", "</p>", "<div class='article-body'>", "</div>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset='utf-8'>",
    "<meta charset='x-unknown'>", "<meta property='article:published_time' content='2025-13-45'>",
    "<link rel='canonical' href='javascript:alert(1)'>", "<link rel='canonical' href='http://[::1'>",
    "<title>", "</title>", "<h1>", "</h1>", "<table><tr><td>", "<br>", "&amp;", "&nbsp;", "&#0;", "&#x110000;",
    "&lol;", "\x00", "\ufeff", "\u202e", "\r\n", "Chiều ngày 10/11/2025, ", "Thủ tướng Phạm Minh Chính ",
    "đã điện đàm với ", "Tổng thống Hàn Quốc Lee Jae Myung", ". ", "điện đàm trực tuyến", "ngày 31/2",
    "Bộ trưởng Ngoại giao", " và ", "Hoà Khoẻ Thuỷ", "tháng 13 năm 99999", "a" * 300,
]
XML_PIECES = [
    "<?xml version='1.0' encoding='utf-8'?>", "<?xml version='1.0' encoding='x-bogus'?>", "<rss>", "</rss>",
    "<channel>", "</channel>", "<item>", "</item>", "<entry>", "</entry>", "<urlset>", "</urlset>",
    "<sitemapindex>", "</sitemapindex>", "<url>", "</url>", "<sitemap>", "</sitemap>", "<loc>", "</loc>",
    "<link>", "</link>", "<link href='http://127.0.0.1/a-b-c-d'/>", "<pubDate>", "</pubDate>", "<lastmod>",
    "</lastmod>", "http://127.0.0.1/bai/a-b-c-d.html", "Mon, 32 Foo 2025 25:61:00 +9999", "2025-02-30",
    "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]>", "&a;", "&b;",
    "<!ENTITY c SYSTEM 'file:///etc/passwd'>", "&c;", "<![CDATA[x]]>", "\x00", "<x:y xmlns:x='u'>", "</x:y>",
]


@pytest.fixture(scope="module", autouse=True)
def warm_up() -> None:
    """Load lazily built tables and models once, outside the measured examples."""
    from reliability_support import make_articles

    from extractors.calls import extract
    from extractors.clean import clean_html

    for article in make_articles(4):
        cleaned = clean_html(article.html, "http://127.0.0.1" + article.path)
        if cleaned is not None:
            extract(cleaned.text, cleaned.published, cleaned.title, None)


def _mixture(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=40)), max_size=60).map("".join)


def _bounded(fn: Callable[[], Any]) -> Any:
    """Run `fn` and fail if it allocated more than MEMORY_BOUND at its peak."""
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BOUND, f"peak {peak / 1e6:.0f} MB"
    return result


@FUZZ
@given(st.one_of(st.binary(max_size=20_000), _mixture(HTML_PIECES), _mixture(HTML_PIECES).map(str.encode)))
def test_clean_html_survives_anything(document: bytes | str) -> None:
    from extractors.clean import CleanArticle, clean_html

    article = _bounded(lambda: clean_html(document, "http://127.0.0.1/bai/thu-nghiem.html"))
    assert article is None or isinstance(article, CleanArticle)
    record("fuzz examples")


@FUZZ
@given(st.one_of(st.binary(max_size=20_000), _mixture(XML_PIECES).map(str.encode)))
def test_feed_and_sitemap_reader_survives_anything(document: bytes) -> None:
    from lxml import etree

    from crawler import discover

    documented = (etree.XMLSyntaxError, getattr(discover, "XMLBroken", etree.XMLSyntaxError))

    def read() -> int:
        count = 0
        try:
            for _root, _tag, fields in discover.iter_xml_records(document):
                assert all(isinstance(v, str) and len(v) < 1_000_000 for v in fields.values())
                count += 1
        except documented:
            pass  # documented: bad XML ends the stream after the records that could be read
        return count

    _bounded(read)
    record("fuzz examples")


@FUZZ
@given(st.one_of(st.text(max_size=200), _mixture(XML_PIECES)))
def test_feed_date_parser_survives_anything(text: str) -> None:
    from crawler.discover import parse_date

    when = parse_date(text)
    assert when is None or (when.tzinfo is not None and 1990 <= when.year <= date.today().year + 1)
    record("fuzz examples")


@FUZZ
@given(st.one_of(st.binary(max_size=5_000)), st.integers(min_value=0, max_value=10**9))
def test_gzip_reader_refuses_bombs_and_garbage(data: bytes, cap: int) -> None:
    import zlib

    from crawler.discover import XMLTooLarge, gunzip_capped

    try:
        out = _bounded(lambda: gunzip_capped(data, min(cap, 1_000_000)))
        assert len(out) <= min(cap, 1_000_000)
    except (XMLTooLarge, zlib.error, EOFError):
        pass
    record("fuzz examples")


@settings(FUZZ, max_examples=80)
@given(_mixture(HTML_PIECES), st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))),
       st.one_of(st.none(), st.text(max_size=120)))
def test_extract_survives_any_text(text: str, published: date | None, title: str | None) -> None:
    from extractors.calls import Extraction, extract

    extraction = _bounded(lambda: extract(text, published, title, "http://127.0.0.1/bai/thu.html"))
    assert isinstance(extraction, Extraction)
    for call in extraction.calls:
        payload = call.to_dict()
        assert len(payload["participants"]) == 2 and all(p["name"].strip() for p in payload["participants"])
        assert payload.get("date") is None or isinstance(payload["date"], str)
    record("fuzz examples")


def test_extract_on_a_long_call_dense_text_stays_bounded() -> None:
    """A 300 KB article made only of call sentences (about 60 times a real one): it finishes in bounded
    time (measured without tracemalloc, which slows Python down) and bounded memory (on 100 KB)."""
    import time

    from extractors.calls import extract

    sentence = "Chiều ngày 10/11/2025, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản. "
    text = sentence * (300_000 // len(sentence.encode()))
    started = time.monotonic()
    extract(text, date(2025, 11, 11), None, None)
    seconds = time.monotonic() - started
    _bounded(lambda: extract(text[: len(text) // 3], date(2025, 11, 11), None, None))
    record("fuzz examples", 2)
    assert seconds < 60, f"extract took {seconds:.0f}s on a 300 KB text"
