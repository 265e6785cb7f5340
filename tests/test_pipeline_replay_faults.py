"""The whole pipeline against the shared replay with its faults on (503s, a 429 with Retry-After, slow pages,
a lying charset, a PDF, a 3 MB page, a redirect chain, a robots-disallowed link): the daily crawl flow
completes, stores every article exactly once in DuckDB and records every odd URL with its reason."""

from __future__ import annotations

from collections import Counter

import pytest
from sitesim import Replay

from diendam.snapshot_server import REPLAY_LAYOUT, sources_toml
from storage import query

pytestmark = pytest.mark.timeout(420)

# Articles plus the odd links the faulty listing carries, so that the whole pipeline meets them; the
# site's own listing pages are left out.
LOOSE_PATTERN = r"^(?!.*/trang-\d+\.html$).*\.(html|pdf)$"


def test_daily_crawl_of_the_faulty_replay(shared_dir, tmp_path):
    from prefect.testing.utilities import prefect_test_harness

    from flows.crawl import daily_crawl

    db = tmp_path / "w.duckdb"
    sources = tmp_path / "sources.toml"
    with Replay(shared_dir, tmp_path) as replay:
        layout = {**REPLAY_LAYOUT, "article_pattern": LOOSE_PATTERN}
        sources.write_text(sources_toml({site: (replay.base(site), {**layout, "max_listing_pages": 12})
                                         for site in replay.sites}), encoding="utf-8")
        with prefect_test_harness(server_startup_timeout=90):
            summary = daily_crawl(sources=str(sources), db=str(db))
        stderr = replay.stderr()
        expected = replay.article_urls()

    assert not summary.unreachable_sources, summary.describe()
    # nothing under /private/ was requested (the replay complains on stderr when it is)
    assert "robots-disallowed" not in stderr

    urls = [row[0] for row in query(db, "SELECT url FROM articles")[1]]
    assert max(Counter(urls).values()) == 1, "an article stored twice"
    stored = set(urls)
    assert expected <= stored, sorted(expected - stored)[:5]
    # the redirect chain ends on the first listing page, which is a page of headlines: it may be kept as a
    # page, but nothing else beside the real articles
    assert stored - expected <= {u for u in stored if u.endswith(("/redirect-a.html", "/ngoai-giao/trang-1.html"))}

    log = query(db, "SELECT url, reason, stage FROM fetch_log")[1]
    reasons: dict[str, set[str]] = {}
    for url, reason, _stage in log:
        reasons.setdefault(url.rsplit("/", 1)[-1], set()).add(reason)
    assert reasons.get("van-ban.pdf") == {"content_type"}, reasons
    # 3.2 MB is under the 5 MB fetch cap: fetched, kept raw, and the clean stage finds no article in it
    assert reasons.get("bai-rat-dai.html") == {"no_article"}, reasons
    assert reasons.get("noi-bo.html") == {"robots"}, reasons
    # the 429 (Retry-After: 1) and the first-request 503s were retried until they succeeded: no article
    # URL is left in the log
    assert not {u for u, _, _ in log} & expected

    # the pages whose header lies (iso-8859-1 on UTF-8) decode right: no mojibake in any stored title or text
    mojibake = " OR ".join(f"{col} LIKE '%{bad}%'" for col in ("title", "text") for bad in ("Ä‘", "á»", "áº"))
    bad = query(db, f"SELECT count(*) FROM articles WHERE {mojibake}")[1][0][0]
    assert bad == 0
    assert query(db, "SELECT count(*) FROM articles WHERE text LIKE '%điện đàm%'")[1][0][0] > 0
