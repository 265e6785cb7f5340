"""Cookie walls and refusing firewalls, against real loopback servers: the per-host cookie jar gets through a
redirect-to-self that sets a session cookie (qdnd.vn's wall), a wall that never sets one ends as a
'redirect_loop' at once, cookies never reach another host, and a 403 to our agent is reported as 'blocked'."""

from __future__ import annotations

import asyncio

from sitesim import Request, Route, SiteSim

from crawler.cookies import MAX_COOKIE_BYTES, HostCookieJar
from crawler.fetch import Fetcher, FetchFailure, FetchPolicy, Page
from crawler.sources import Source

HTML = '<html><head><meta charset="utf-8"></head><body><p>Bộ trưởng điện đàm</p></body></html>'
ROBOTS = Route("User-agent: *\nAllow: /\n", content_type="text/plain")


def quick(**kw) -> FetchPolicy:
    return FetchPolicy(delay=0.0, backoff=0.01, retries=1, connect_timeout=2, read_timeout=2, total_timeout=5, **kw)


def fetch_urls(policy: FetchPolicy, sites: list[SiteSim], urls: list[str]) -> list[Page | FetchFailure]:
    sources = [Source(name=f"s{i}", base_url=site.base_url) for i, site in enumerate(sites)]

    async def run() -> list[Page | FetchFailure]:
        async with Fetcher(policy, sources) as fetcher:
            return [await fetcher.fetch(u) for u in urls]

    return asyncio.run(run())


def cookie_wall(request: Request) -> Route:
    """The page answers with a redirect to itself that sets a session cookie, until the cookie comes back."""
    if "wall=passed" in request.headers.get("cookie", ""):
        return Route(HTML)
    return Route(status=302, headers={"Location": request.path, "Set-Cookie": "wall=passed; Path=/; HttpOnly"})


def endless_wall(request: Request) -> Route:
    return Route(status=302, headers={"Location": request.path})


def changing_cookie_wall(request: Request) -> Route:
    return Route(status=302, headers={"Location": request.path, "Set-Cookie": f"t={len(request.headers)}{id(request)}"})


def test_cookie_wall_redirect_to_itself_is_passed_with_the_session_cookie():
    with SiteSim({"/robots.txt": ROBOTS, "/2025/03/a.html": cookie_wall, "/2025/03/b.html": cookie_wall}) as site:
        first, second = fetch_urls(quick(), [site], [site.url("/2025/03/a.html"), site.url("/2025/03/b.html")])
        assert isinstance(first, Page) and first.final_url == site.url("/2025/03/a.html")
        assert first.redirects == (site.url("/2025/03/a.html"),)
        assert isinstance(second, Page) and second.redirects == ()  # the cookie is sent from then on
        requests = site.requests("/2025/03/a.html")
        assert len(requests) == 2 and "cookie" not in requests[0].headers
        assert requests[1].headers["cookie"] == "wall=passed"


def test_a_wall_that_never_sets_a_cookie_is_a_redirect_loop_at_once():
    with SiteSim({"/robots.txt": ROBOTS, "/a.html": endless_wall}) as site:
        result = fetch_urls(quick(), [site], [site.url("/a.html")])[0]
        assert isinstance(result, FetchFailure) and result.reason == "redirect_loop"
        assert result.detail.startswith("redirect loop:") and "sets no cookie" in result.detail
        assert len(site.requests("/a.html")) == 1


def test_a_wall_whose_cookie_never_works_ends_as_a_loop_within_the_redirect_limit():
    with SiteSim({"/robots.txt": ROBOTS, "/a.html": changing_cookie_wall}) as site:
        result = fetch_urls(quick(max_redirects=4), [site], [site.url("/a.html")])[0]
        assert isinstance(result, FetchFailure) and result.reason == "redirect_loop"
        assert "does not let us through" in result.detail
        assert len(site.requests("/a.html")) == 5


def test_without_cookies_the_wall_is_a_loop():
    with SiteSim({"/robots.txt": ROBOTS, "/a.html": cookie_wall}) as site:
        result = fetch_urls(quick(use_cookies=False), [site], [site.url("/a.html")])[0]
        assert isinstance(result, FetchFailure) and result.reason == "redirect_loop"
        assert "cookies are off" in result.detail


def test_cookies_are_never_sent_to_another_host():
    with SiteSim({"/robots.txt": ROBOTS, "/a.html": cookie_wall}) as one, \
            SiteSim({"/robots.txt": ROBOTS, "/b.html": HTML}, host="127.0.0.2") as two:
        a, b = fetch_urls(quick(), [one, two], [one.url("/a.html"), two.url("/b.html")])
        assert isinstance(a, Page) and isinstance(b, Page)
        assert all("cookie" not in r.headers for r in two.requests())


def test_jar_is_host_only_bounded_and_honours_expiry_path_and_secure():
    jar = HostCookieJar(max_hosts=2, max_per_host=3)
    assert jar.store("www.qdnd.vn", ["sid=1; Domain=qdnd.vn; Path=/"])
    assert jar.header("www.qdnd.vn", "/tin", https=False) == "sid=1"
    assert jar.header("qdnd.vn", "/", https=False) is None and jar.header("en.qdnd.vn", "/", https=False) is None
    assert not jar.store("www.qdnd.vn", ["sid=1; Path=/"])  # nothing new: a loop stays a loop
    assert jar.store("www.qdnd.vn", ["sid=2"])
    jar.store("www.qdnd.vn", ["a=1", "b=2", "c=3", "d=4"])  # 3 per host: the oldest go
    assert jar.count("www.qdnd.vn") == 3 and "sid" not in (jar.header("www.qdnd.vn", "/", False) or "")
    jar.store("b.vn", ["x=1"])
    jar.store("c.vn", ["y=1"])  # 2 hosts: the least recently used host is forgotten
    assert jar.hosts() == ["b.vn", "c.vn"]
    assert not jar.store("b.vn", ["big=" + "x" * MAX_COOKIE_BYTES, "=novalue", "noequals"])
    assert jar.store("b.vn", ["x=1; Max-Age=0"]) and jar.header("b.vn", "/", False) is None  # deleted
    jar.store("c.vn", ["old=1; Expires=Thu, 01 Jan 2004 00:00:00 GMT", "s=1; Secure", "p=1; Path=/tin"])
    assert jar.header("c.vn", "/", https=False) == "y=1"
    assert jar.header("c.vn", "/tin/a.html", https=True) == "p=1; y=1; s=1"


# --------------------------------------------------------------------------------------- 403 blocked


def refuse_robots(request: Request) -> Route:
    """A firewall that lets browsers through and answers 403 to anything else (vov.vn has been seen doing so)."""
    if "Mozilla/" in request.headers.get("user-agent", ""):
        return Route(HTML)
    return Route("<html><body>Access denied</body></html>", status=403)


def test_a_403_to_our_agent_is_reported_as_blocked_and_not_retried():
    with SiteSim({"/robots.txt": ROBOTS, "/a.html": refuse_robots}) as site:
        result = fetch_urls(quick(), [site], [site.url("/a.html")])[0]
        assert isinstance(result, FetchFailure) and result.reason == "blocked" and result.status == 403
        assert "refuses our user agent" in result.detail and "diendam/" in result.detail
        assert len(site.requests("/a.html")) == 1


def test_a_host_that_refuses_us_again_and_again_is_paused_as_blocked():
    routes = {"/robots.txt": ROBOTS, **{f"/p{i}.html": refuse_robots for i in range(8)}}
    with SiteSim(routes) as site:
        results = fetch_urls(quick(host_failure_limit=3), [site], [site.url(f"/p{i}.html") for i in range(8)])
        assert {r.reason for r in results} == {"blocked"}
        assert len([r for r in site.requests() if r.path != "/robots.txt"]) == 3  # then the host is left alone
        assert "refuses our user agent" in results[-1].detail
