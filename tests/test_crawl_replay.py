"""End to end: discover + fetch over the shared replay sites with their faults turned on."""

from __future__ import annotations

import asyncio
from collections import Counter

from sitesim import Replay

from crawler.discover import discover
from crawler.fetch import Fetcher, FetchFailure, FetchPolicy, Page
from extractors.clean import clean_html

# Articles, plus the odd links the faulty listing carries (a PDF, a 3 MB page, a redirect, a /private/ page),
# so that the fetcher has to deal with them; the site's own listing pages are left out.
LOOSE_PATTERN = r"^(?!.*/trang-\d+\.html$).*\.(html|pdf)$"


def crawl(replay: Replay, policy: FetchPolicy):
    sources = replay.sources(LOOSE_PATTERN)

    async def one(fetcher: Fetcher, source):
        found = await discover(source, fetcher)
        results = [await fetcher.fetch(c.url) for c in found.candidates]
        return found, results

    async def run():
        async with Fetcher(policy, sources) as fetcher:
            per_source = await asyncio.gather(*(one(fetcher, s) for s in sources))
            return per_source, fetcher

    return asyncio.run(run())


def test_discover_and_fetch_the_replay(shared_dir, tmp_path):
    policy = FetchPolicy(delay=0.05, backoff=0.1, retries=3)
    with Replay(shared_dir, tmp_path) as replay:
        per_source, fetcher = crawl(replay, policy)
        stderr = replay.stderr()
        expected = replay.article_urls()

    discovery_failures = [f for found, _ in per_source for f in found.failures]
    assert discovery_failures == [], discovery_failures
    candidates = [c.url for found, _ in per_source for c in found.candidates]
    assert len(candidates) == len(set(candidates))  # each URL discovered once across feed/sitemap/listing
    results = [r for _, rs in per_source for r in rs]
    pages = [r for r in results if isinstance(r, Page)]
    failures = {r.url.split("/", 3)[-1]: r for r in results if isinstance(r, FetchFailure)}

    # every article fetched, and exactly once (a retried request is still one fetch)
    fetched = Counter(p.url for p in pages)
    assert expected <= set(fetched), sorted(expected - set(fetched))[:5]
    assert max(fetched.values()) == 1
    # nothing under /private/ was requested: robots.txt forbids it and the replay says so on stderr
    assert "robots-disallowed" not in stderr
    assert not any("/private/" in url for _, _, url in fetcher.request_log)
    assert {r.reason for k, r in failures.items() if k == "private/noi-bo.html"} == {"robots"}
    # the PDF is skipped by its type; the 3 MB page is under the 5 MB cap, so it is fetched whole, and the
    # clean stage finds no article in it (the pipeline logs it as no_article: test_pipeline_replay_faults)
    assert {r.reason for k, r in failures.items() if k.endswith("van-ban.pdf")} == {"content_type"}
    big = [p for p in pages if p.url.endswith("/bai-rat-dai.html")]
    assert len(big) == len(replay.sites)  # one per site
    assert all(len(p.body) > 3_000_000 and clean_html(p.body, p.url) is None for p in big)
    assert set(failures) <= {"tai-lieu/van-ban.pdf", "private/noi-bo.html"}, failures
    # the redirect chain is followed and recorded
    redirected = [p for p in pages if p.redirects]
    assert redirected and all(p.final_url.endswith("/ngoai-giao/trang-1.html") for p in redirected)
    assert all(len(p.redirects) == 2 for p in redirected)
    # 429 (listing page 2, Retry-After: 1) and the first-request 503s were retried, and succeeded
    assert fetcher.stats["retryable:http_429"] >= 1 and fetcher.stats["retryable:http_503"] >= 1
    assert fetcher.paused_hosts() == {}
    # the page whose header says iso-8859-1 is UTF-8 and decodes right
    titles = {replay.base(site) + a["path"]: a["title"] for site, info in replay.sites.items() for a in info["articles"]}
    liars = [p for p in pages if "iso-8859-1" in p.headers.get("content-type", "") and p.url in titles]
    assert liars
    for page in liars:
        assert page.encoding == "utf-8"
        assert titles[page.url].split(" ...")[0][:40] in page.text()
    # the mobile (-amp) copies carry rel=canonical; they are not linked from feeds, sitemaps or listings,
    # so discovery never reaches them (canonical dedupe of pages that are reached is the clean stage's job)
    assert not any(url.endswith("-amp.html") for url in fetched)
