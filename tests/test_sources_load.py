"""The sources file: the shipped one loads, and every kind of mistake is reported with file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.sources import DEFAULT_SOURCES, Source, SourcesError, fill_template, load_sources

GOOD = """\
# two sources
[[source]]
name = "baoquocte.vn"
base_url = "https://baoquocte.vn"
feeds = ["https://baoquocte.vn/rss/ngoai-giao.rss"]
sitemaps = ["https://baoquocte.vn/sitemap.xml"]
listing = "https://baoquocte.vn/ngoai-giao?page={page}"
article_pattern = '-\\d{5,}\\.html$'
max_listing_pages = 10
delay = 2.5
concurrency = 2

[[source]]
name = "vov.vn"
base_url = "https://vov.vn"
listing = "https://vov.vn/chinh-tri/doi-ngoai?page={page}"

[source.extra]
note = "listing only"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(SourcesError) as info:
        load_sources(write(tmp_path, text))
    return str(info.value)


def test_good_file(tmp_path):
    first, second = load_sources(write(tmp_path, GOOD))
    assert first == Source(
        name="baoquocte.vn", base_url="https://baoquocte.vn", feeds=("https://baoquocte.vn/rss/ngoai-giao.rss",),
        sitemaps=("https://baoquocte.vn/sitemap.xml",), listing="https://baoquocte.vn/ngoai-giao?page={page}",
        article_pattern=r"-\d{5,}\.html$", max_listing_pages=10, delay=2.5, concurrency=2,
        sitemaps_from_robots=False, feeds_from_pages=False)
    assert second.feeds == () and second.delay is None and second.extra == {"note": "listing only"}
    assert first.is_article("https://baoquocte.vn/dien-dam-123456.html")
    assert not first.is_article("https://baoquocte.vn/ngoai-giao")
    assert first.owns_host("www.baoquocte.vn") and not first.owns_host("notbaoquocte.vn")


def test_shipped_sources_file():
    sources = load_sources()
    assert DEFAULT_SOURCES.name == "sources.toml"
    names = {s.name for s in sources}
    assert {"baoquocte.vn", "vietnamplus.vn", "baochinhphu.vn", "mofa.gov.vn", "nhandan.vn", "vov.vn"} <= names
    for source in sources:
        assert source.base_url.startswith("https://")
        assert source.feeds or source.sitemaps or source.listing or source.sections
        assert source.article_pattern


def test_every_shipped_entry_point_says_where_it_was_seen():
    """Issue 13: an entry point carries the evidence it rests on (a `# seen:` comment on its line) or goes."""
    lines = DEFAULT_SOURCES.read_text(encoding="utf-8").splitlines()
    for source in load_sources():
        for url in (*source.feeds, *source.sitemaps, *source.sections, *([source.listing] if source.listing else [])):
            line = next((i for i, text in enumerate(lines) if f'"{url}"' in text), None)
            assert line is not None, url
            above = lines[max(0, line - 4):line + 1]
            assert "# seen:" in lines[line] or any("# seen:" in t or "; seen: " in t or "seen: code" in t
                                                   for t in above), f"{source.name}: no evidence for {url}"


def test_shipped_article_patterns_refuse_their_own_entry_points():
    for source in load_sources():
        listing = []
        if source.listing:
            listing = [fill_template(source.listing, page=n, zone=1010) for n in (1, 2)]
        sitemaps = [fill_template(u, year=2026, month=7) for u in source.sitemaps]
        for url in (source.base_url, source.base_url + "/", *source.feeds, *sitemaps, *source.sections, *listing):
            assert not source.is_article(url), f"{source.name}: {url} would be taken as an article"


def test_one_line_source_and_placeholders(tmp_path):
    one, two = load_sources(write(tmp_path, '[[source]]\nname = "a"\nbase_url = "https://a.vn"\n\n'
                                  '[[source]]\nname = "b"\nbase_url = "https://b.vn"\nsitemaps = []\n'
                                  'sections = ["https://b.vn/the-gioi.htm"]\n'
                                  'listing = "https://b.vn/timelinelist/{zone}/{page}.htm"\n'))
    assert one.section_pages == ("https://a.vn",) and one.sitemaps_from_robots and not one.feeds
    assert two.section_pages == ("https://b.vn/the-gioi.htm",) and not two.sitemaps_from_robots
    assert one.feeds_from_pages and two.feeds_from_pages
    assert two.owns_host("www.b.vn") and two.hosts == {"b.vn"}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"\n', 4, "syntax"),
        ('[[source]]\nname = "a"\nname = "b"\nbase_url = "https://a.vn"\n', 3, "syntax"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\nfeed = []\n', 5,
         "unknown key 'feed'"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\n'
         'article_pattern = "post(\\\\d+"\n', 5, "regular expression"),
        ('[[source]]\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\n', 1, "missing or empty 'name'"),
        ('[[source]]\nname = "a"\nfeeds = ["https://a.vn/rss"]\n', 1, "no 'base_url'"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\n\n'
         '[[source]]\nname = "a"\nbase_url = "https://b.vn"\nfeeds = ["https://b.vn/rss"]\n', 7,
         "duplicate source name 'a' (first defined at line 1)"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["/rss/tin.rss"]\n', 4, "not an absolute"),
        ('[[source]]\nname = "a"\nbase_url = "a.vn"\nfeeds = ["https://a.vn/rss"]\n', 3, "base_url"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nlisting = "https://a.vn/tin?page=2"\n', 4, "{page}"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\ndelay = "1s"\n', 5,
         "'delay'"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\nconcurrency = 0\n', 5,
         "'concurrency'"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\n'
         "max_listing_pages = true\n", 5, "max_listing_pages"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nlisting = "https://a.vn/t/{zone}/{page}.htm"\n', 4,
         "give 'sections'"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nlisting = "https://a.vn/t/{cat}/{page}.htm"\n', 4,
         "only {page} and {zone}"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nsitemaps = ["https://a.vn/s-{day}.xml"]\n', 4,
         "only {year} and {month}"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nsections = "https://a.vn/x"\nfeeds = [1]\n', 5,
         "'feeds' entry 1"),
        ('title = "x"\n[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\n', 1,
         "unknown top-level key 'title'"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\naliases = ["https://old-a.vn/"]\n', 4, "'aliases'"),
        ('[[source]]\nname = "a"\nbase_url = "https://a.vn"\naliases = "old-a.vn"\n', 4, "'aliases'"),
        ("# nothing\n", 1, "no [[source]]"),
    ],
)
def test_errors_name_file_line_and_problem(tmp_path, text, line, words):
    message = error_of(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'sources.toml'}:{line}:"), message
    assert words in message


def test_second_table_errors_point_at_that_table(tmp_path):
    text = GOOD + '\n[[source]]\nname = "c"\nbase_url = "https://c.vn"\nsitemaps = ["ftp://c.vn/s.xml"]\n'
    message = error_of(tmp_path, text)
    line = text.splitlines().index('sitemaps = ["ftp://c.vn/s.xml"]') + 1
    assert re.match(rf".*:{line}: source #3: 'sitemaps' entry 'ftp://c.vn/s.xml'", message)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(SourcesError, match="file not found"):
        load_sources(tmp_path / "nope.toml")
    path = tmp_path / "bin.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SourcesError, match="not UTF-8"):
        load_sources(path)


def test_aliases_make_an_old_domain_the_sources_own(tmp_path):
    """A site that moved domains (nhandan.com.vn -> nhandan.vn) owns its old links too, subdomains included."""
    path = tmp_path / "s.toml"
    path.write_text('[[source]]\nname = "a"\nbase_url = "https://a.vn"\naliases = ["Old-A.com.vn"]\n', encoding="utf-8")
    (source,) = load_sources(path)
    assert source.aliases == ("old-a.com.vn",)
    assert source.owns_host("old-a.com.vn") and source.owns_host("www.old-a.com.vn") and source.owns_host("a.vn")
    assert not source.owns_host("a.com.vn")
