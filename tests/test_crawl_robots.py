"""robots.txt per RFC 9309 (protego): longest match wins, "*" and "$", our group over "*", and the fetcher's
behaviour on a missing, unreachable or overloaded robots.txt, against real loopback servers."""

from __future__ import annotations

import asyncio
import time

import pytest
from sitesim import Route, SiteSim

from crawler.fetch import Fetcher, FetchFailure, FetchPolicy, Page
from crawler.robots import MAX_ROBOTS_BYTES, Robots, agent_token
from crawler.sources import Source

AGENT = "diendam"
HTML = '<html><head><meta charset="utf-8"></head><body><p>Điện đàm</p></body></html>'

# The opening many real sites use: allow everything, then the exceptions (read top-down by urllib.robotparser,
# whose first match "Allow: /" allowed every URL).
ALLOW_FIRST = """\
User-agent: *
Allow: /
Disallow: /private/
Disallow: /*/ban-in-*.html$
Disallow: /*?print=
Crawl-delay: 0
Sitemap: https://bao.example.vn/sitemap.xml
"""


def allowed(robots_txt: str, path: str, agent: str = AGENT) -> bool:
    return Robots.from_text(robots_txt).allowed(agent, "https://bao.example.vn" + path)


@pytest.mark.parametrize(("path", "expected"), [
    ("/", True),
    ("/2025/03/dien-dam.html", True),
    ("/private/noi-bo.html", False),                    # a longer Disallow beats "Allow: /" above it
    ("/2025/03/ban-in-dien-dam.html", False),          # "*" in the middle of a rule
    ("/2025/03/ban-in-dien-dam.html?page=2", True),    # "$": the rule only matches when the URL ends there
    ("/2025/03/dien-dam.html?print=1", False),          # "*" reaching into the query string
    ("/2025/03/dien-dam.html?ref=print", True),
])
def test_allow_slash_first_does_not_hide_the_disallows(path, expected):
    assert allowed(ALLOW_FIRST, path) is expected


def test_longest_match_wins_whatever_the_order():
    robots = "User-agent: *\nDisallow: /tin/\nAllow: /tin/ngoai-giao/\nDisallow: /tin/ngoai-giao/ban-nhap/\n"
    assert not allowed(robots, "/tin/kinh-te/a.html")
    assert allowed(robots, "/tin/ngoai-giao/a.html")
    assert not allowed(robots, "/tin/ngoai-giao/ban-nhap/a.html")
    reversed_order = "User-agent: *\nAllow: /tin/ngoai-giao/\nDisallow: /tin/\n"
    assert allowed(reversed_order, "/tin/ngoai-giao/a.html") and not allowed(reversed_order, "/tin/x.html")


def test_equal_length_allow_wins_and_dollar_anchors_the_end():
    assert allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page")  # RFC 9309 2.2.2: least strict
    robots = "User-agent: *\nDisallow: /\nAllow: /$\nAllow: /tin-moi$\n"
    assert allowed(robots, "/") and allowed(robots, "/tin-moi")
    assert not allowed(robots, "/tin-moi/a.html") and not allowed(robots, "/khac.html")
    assert not allowed("User-agent: *\nDisallow: /*.pdf$\n", "/tai-lieu/van-ban.pdf")
    assert allowed("User-agent: *\nDisallow: /*.pdf$\n", "/tai-lieu/van-ban.pdf.html")


def test_our_group_replaces_star_and_groups_naming_us_are_merged():
    robots = ("User-agent: *\nDisallow: /\n\n"
              "User-agent: DienDam\nDisallow: /tin/rieng/\n\n"
              "User-agent: otherbot\nDisallow: /tin/\n\n"
              "User-agent: diendam\nDisallow: /video/\n")
    assert allowed(robots, "/tin/a.html")                      # our group: "*" no longer applies
    assert not allowed(robots, "/tin/rieng/a.html")           # first group naming us (case-insensitive)
    assert not allowed(robots, "/video/a.html")               # second group naming us, merged
    assert not allowed(robots, "/tin/a.html", agent="somebot")  # others fall back to "*"
    assert not allowed(robots, "/tin/a.html", agent="otherbot")
    assert agent_token("diendam/0.1 (+https://x; research)") == AGENT


def test_several_agents_share_one_group_and_empty_disallow_allows():
    robots = "User-agent: a\nUser-agent: diendam\nDisallow: /x/\n\nUser-agent: *\nDisallow:\n"
    assert not allowed(robots, "/x/1.html") and allowed(robots, "/y.html")
    assert allowed(robots, "/x/1.html", agent="zzz")


def test_crawl_delay_ours_then_star_then_request_rate():
    assert Robots.from_text("User-agent: *\nCrawl-delay: 2.5\n").crawl_delay(AGENT) == 2.5
    both = "User-agent: *\nCrawl-delay: 4\n\nUser-agent: diendam\nCrawl-delay: 0.5\n"
    assert Robots.from_text(both).crawl_delay(AGENT) == 0.5
    assert Robots.from_text("User-agent: *\nRequest-rate: 1/10s\n").crawl_delay(AGENT) == 10
    assert Robots.from_text("User-agent: *\nDisallow: /x\n").crawl_delay(AGENT) is None
    assert Robots.from_text("User-agent: *\nCrawl-delay: soon\n").crawl_delay(AGENT) is None


def test_only_the_first_512_kib_are_read():
    filler = "# " + "x" * 100 + "\n"
    text = "User-agent: *\nDisallow: /a/\n" + filler * (MAX_ROBOTS_BYTES // len(filler) + 10) + "Disallow: /b/\n"
    robots = Robots.from_text(text)
    assert not robots.allowed(AGENT, "http://h/a/1") and robots.allowed(AGENT, "http://h/b/1")


def test_sitemaps_and_special_states():
    assert Robots.from_text(ALLOW_FIRST).sitemaps == ["https://bao.example.vn/sitemap.xml"]
    assert Robots.missing("404").allowed(AGENT, "http://h/anything")
    gone = Robots.unreachable("503", retry_after=0.05)
    assert not gone.allowed(AGENT, "http://h/") and not gone.expired
    time.sleep(0.06)
    assert gone.expired


# ------------------------------------------------------------------------------- with the fetcher


def fetch_paths(policy: FetchPolicy, site: SiteSim, paths: list[str]) -> list[Page | FetchFailure]:
    source = Source(name="sim", base_url=site.base_url)

    async def run() -> list[Page | FetchFailure]:
        async with Fetcher(policy, [source]) as fetcher:
            return [await fetcher.fetch(site.url(p)) for p in paths]

    return asyncio.run(run())


def quick(**kw) -> FetchPolicy:
    return FetchPolicy(delay=0.0, backoff=0.01, retries=1, connect_timeout=2, read_timeout=2, total_timeout=5, **kw)


def test_fetcher_never_requests_what_allow_first_robots_forbid():
    paths = ["/2025/03/a.html", "/private/b.html", "/2025/03/ban-in-a.html", "/2025/03/a.html?print=1"]
    with SiteSim({"/robots.txt": Route(ALLOW_FIRST, content_type="text/plain"), **{p: HTML for p in paths}}) as site:
        results = fetch_paths(quick(), site, paths)
        assert isinstance(results[0], Page)
        assert [r.reason for r in results[1:]] == ["robots"] * 3
        assert [r.path for r in site.requests()] == ["/robots.txt", "/2025/03/a.html"]


@pytest.mark.parametrize("status", [404, 410, 401, 403])
def test_a_4xx_robots_txt_allows_everything(status):
    with SiteSim({"/robots.txt": Route("no", status=status), "/a.html": HTML}) as site:
        assert isinstance(fetch_paths(quick(), site, ["/a.html"])[0], Page)


@pytest.mark.parametrize("status", [500, 503, 429])
def test_a_5xx_or_429_robots_txt_forbids_everything_until_it_is_asked_again(status):
    robots = [Route("busy", status=status)] * 2 + [Route("User-agent: *\nDisallow: /x/\n", content_type="text/plain")]
    with SiteSim({"/robots.txt": robots, "/a.html": HTML}) as site:
        policy = quick(robots_retry_after=0.3, host_failure_limit=100)
        first = fetch_paths(policy, site, ["/a.html"])[0]
        assert isinstance(first, FetchFailure) and first.reason == "robots_unavailable"
        assert "unreachable" in first.detail and site.requests("/a.html") == []
        asked = len(site.requests("/robots.txt"))
        assert fetch_paths(policy, site, ["/a.html"])[0].reason == "robots_unavailable"  # same run: cached
        assert len(site.requests("/robots.txt")) == asked
        time.sleep(0.35)
        assert isinstance(fetch_paths(policy, site, ["/a.html"])[0], Page)  # asked again after the wait
        assert len(site.requests("/robots.txt")) == asked + 1


def test_unreachable_robots_server_forbids_everything():
    with SiteSim({}) as site:
        dead = site.base_url
    source = Source(name="dead", base_url=dead)

    async def run() -> Page | FetchFailure:
        async with Fetcher(quick(), [source]) as fetcher:
            return await fetcher.fetch(dead + "/a.html")

    result = asyncio.run(run())
    assert isinstance(result, FetchFailure) and result.reason in ("robots_unavailable", "host_paused")
