"""The shipped sources file against loopback sites built in the real sites' shapes: every entry point it
names answers in the shape the site uses, and every article the site publishes is found and accepted by the
shipped article patterns (nothing else is)."""

from __future__ import annotations

import asyncio
import io
from contextlib import redirect_stdout

import pytest
from realsites import RealSites

from crawler.discover import Discovery, discover
from crawler.fetch import Fetcher, FetchPolicy
from crawler.sources import Source
from diendam.cli import EXIT_FAILED, EXIT_OK, main

CONFIGURED = {"sources file", "sources file (monthly)", "robots.txt", "<link rel=alternate>", "home page"}


def run(source: Source, sources: list[Source]) -> Discovery:
    async def go() -> Discovery:
        async with Fetcher(FetchPolicy(delay=0.0, backoff=0.01, retries=1), sources) as fetcher:
            return await discover(source, fetcher)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def sites():
    with RealSites() as running:
        yield running


def test_shipped_sources_find_and_accept_every_article(sites, tmp_path):
    sources = sites.sources(tmp_path)
    for source in sources:
        found = run(source, sources)
        assert not found.failures, (source.name, found.failures)
        assert {c.url for c in found.candidates} == sites.articles[source.name], source.name
        for entry in found.entries:
            if entry.found_by in CONFIGURED and not entry.children:
                assert entry.status == 200 and entry.accepted > 0, (source.name, entry)


def test_shapes_the_sources_rely_on(sites, tmp_path):
    """The forms that needed discovery support: baochinhphu's zone paging, nhandan's Paging partials,
    vov's monthly sitemaps, mofa's feed found on its section pages, robots.txt sitemaps."""
    sources = {s.name: s for s in sites.sources(tmp_path)}
    entries = {name: run(source, list(sources.values())).entries for name, source in sources.items()}
    chinhphu = [e.url.split("/", 3)[-1] for e in entries["baochinhphu.vn"] if e.kind == "listing"]
    assert chinhphu[:3] == ["timelinelist/1010/1.htm", "timelinelist/1010/2.htm", "timelinelist/1010/3.htm"]
    assert any("pageIndex=2" in e.url and e.accepted == 3 for e in entries["nhandan.vn"])
    assert sum(1 for e in entries["vov.vn"] if e.kind == "sitemap" and e.accepted) == 2
    assert [e.found_by for e in entries["mofa.gov.vn"] if e.kind == "feed"] == ["<link rel=alternate>"]
    assert [e.found_by for e in entries["mofa.gov.vn"] if e.kind == "home"] == ["feed discovery"]  # no feeds key
    assert [e.found_by for e in entries["baoquocte.vn"] if e.kind == "sitemap"] == ["robots.txt"]
    assert not [e for e in entries["vnexpress.net"] if e.kind == "sitemap"]  # `sitemaps = []`: none at all


def test_sources_check_on_the_shaped_sites(sites, tmp_path):
    path = sites.write_sources(tmp_path / "sources.toml")
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["sources", "check", "--sources", str(path), "--source", "vov.vn", "--source", "baochinhphu.vn"])
    text = out.getvalue()
    assert code == EXIT_OK, text
    assert "vov.vn: ok: " in text and "baochinhphu.vn: ok: " in text and "nhandan.vn" not in text
    assert "robots.txt" in text and "/timelinelist/1010/1.htm" in text and "sources file (monthly)" in text


def test_sources_check_fails_a_source_without_articles(sites, tmp_path):
    vov = sites.sims["vov.vn"].base_url
    path = tmp_path / "dead.toml"
    path.write_text(f'[[source]]\nname = "dead"\nbase_url = "{vov}"\ndelay = 0.0\n'
                    f'feeds = ["{vov}/rss/no-such.rss"]\nsitemaps = []\n'
                    "article_pattern = '\\.vov$'\n", encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["sources", "check", "--sources", str(path)])
    assert code == EXIT_FAILED
    assert "http_404" in out.getvalue() and "dead: FAILED: no entry point yielded an article URL" in out.getvalue()
