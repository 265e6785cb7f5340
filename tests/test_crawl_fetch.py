"""Fetch stage against real loopback servers: politeness, resilience, limits, redirects, charsets."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sitesim import Route, SiteSim

from crawler.fetch import Fetcher, FetchFailure, FetchPolicy, Page, detect_encoding
from crawler.sources import Source


def fast() -> FetchPolicy:
    """A quick policy; a new object each time, so each test is its own run (no shared robots/pauses)."""
    return FetchPolicy(delay=0.0, backoff=0.02, retries=2, connect_timeout=2, read_timeout=2, total_timeout=5)


ROBOTS_OPEN = Route("User-agent: *\nDisallow:\n", content_type="text/plain")
VI = "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản về hợp tác kinh tế"
HTML_VI = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body><p>{VI}</p></body></html>'


def source_for(site: SiteSim, name: str = "sim", **kw) -> Source:
    return Source(name=name, base_url=site.base_url, listing=site.url("/list/{page}"), **kw)


def fetch_many(policy: FetchPolicy, sources: list[Source], urls: list[str], **kw) -> list[Page | FetchFailure]:
    async def run() -> list[Page | FetchFailure]:
        async with Fetcher(policy, sources) as fetcher:
            return list(await asyncio.gather(*(fetcher.fetch(u, **kw) for u in urls)))

    return asyncio.run(run())


def fetch_one(policy: FetchPolicy, site: SiteSim, path: str, **kw) -> Page | FetchFailure:
    return fetch_many(policy, [source_for(site)], [site.url(path)], **kw)[0]


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in zip(times, times[1:], strict=False)]


# ------------------------------------------------------------------------------------------ robots.txt


def test_robots_disallowed_url_is_never_requested():
    routes = {"/robots.txt": Route("User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
              "/private/secret.html": HTML_VI, "/ok.html": HTML_VI}
    with SiteSim(routes) as site:
        ok, secret = fetch_many(fast(), [source_for(site)], [site.url("/ok.html"), site.url("/private/secret.html")])
        assert isinstance(ok, Page)
        assert isinstance(secret, FetchFailure) and secret.reason == "robots"
        assert site.requests("/private/secret.html") == []
        assert len(site.requests("/robots.txt")) == 1  # read once per run


def test_robots_group_for_our_agent_wins_and_missing_robots_allows_all():
    routes = {"/robots.txt": Route("User-agent: *\nDisallow:\n\nUser-agent: diendam\nDisallow: /tin/\n",
                                   content_type="text/plain"), "/tin/a.html": HTML_VI}
    with SiteSim(routes) as site:
        assert fetch_one(fast(), site, "/tin/a.html").reason == "robots"
    with SiteSim({"/tin/a.html": HTML_VI}) as site:  # robots.txt answers 404
        assert isinstance(fetch_one(fast(), site, "/tin/a.html"), Page)


def test_robots_unreachable_means_crawl_nothing():
    with SiteSim({"/robots.txt": Route("down", status=500), "/a.html": HTML_VI}) as site:
        result = fetch_one(fast(), site, "/a.html")
        assert isinstance(result, FetchFailure) and result.reason in ("robots_unavailable", "host_paused")
        assert site.requests("/a.html") == []


def test_crawl_delay_from_robots_spaces_requests():
    routes = {"/robots.txt": Route("User-agent: *\nCrawl-delay: 0.2\n", content_type="text/plain")}
    routes.update({f"/a{i}.html": HTML_VI for i in range(4)})
    with SiteSim(routes) as site:
        results = fetch_many(fast(), [source_for(site)], [site.url(f"/a{i}.html") for i in range(4)])
        assert all(isinstance(r, Page) for r in results)
        times = [r.time for r in site.requests() if r.path != "/robots.txt"]
        assert min(gaps(times)) >= 0.19


# ------------------------------------------------------------------------------------------ politeness


def test_per_host_gap_while_two_hosts_go_in_parallel():
    policy = FetchPolicy(delay=0.15, backoff=0.02, retries=0)
    pages = {f"/p{i}.html": Route(HTML_VI, delay=0.02) for i in range(5)}
    with SiteSim({"/robots.txt": ROBOTS_OPEN, **pages}) as one, \
            SiteSim({"/robots.txt": ROBOTS_OPEN, **pages}, host="127.0.0.2") as two:
        sources = [source_for(one, "one"), source_for(two, "two")]
        urls = [s.url(f"/p{i}.html") for i in range(5) for s in (one, two)]
        started = time.monotonic()
        results = fetch_many(policy, sources, urls)
        elapsed = time.monotonic() - started
        assert all(isinstance(r, Page) for r in results)
        for site in (one, two):
            times = [r.time for r in site.requests()]
            assert len(times) == 6
            assert min(gaps(times)) >= 0.15 - 0.005, gaps(times)
        # 6 requests a host with >= 0.15 s between them: ~0.9 s if parallel, ~1.8 s if serial
        assert elapsed < 1.5, elapsed
        overlap = min(r.time for r in two.requests()) - min(r.time for r in one.requests())
        assert abs(overlap) < 0.3


def test_politeness_holds_across_fetchers_of_one_process():
    # the flows open a new Fetcher per batch: the next one must still wait for the host's delay
    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/a.html": HTML_VI, "/b.html": HTML_VI}, host="127.0.0.3") as site:
        policy = FetchPolicy(delay=0.3, retries=0)
        fetch_many(policy, [source_for(site)], [site.url("/a.html")])
        fetch_many(policy, [source_for(site)], [site.url("/b.html")])
        times = [r.time for r in site.requests()]
        assert len(times) == 3 and min(gaps(times)) >= 0.29, gaps(times)  # robots.txt read once per run


def test_one_policy_object_is_one_run_across_fetchers():
    routes = {"/robots.txt": ROBOTS_OPEN, "/down.html": Route("x", status=500), "/b.html": HTML_VI}
    with SiteSim(routes) as site:
        policy = FetchPolicy(delay=0.0, backoff=0.01, retries=1, host_failure_limit=2)
        assert fetch_many(policy, [source_for(site)], [site.url("/down.html")])[0].reason == "http_500"
        assert fetch_many(policy, [source_for(site)], [site.url("/b.html")])[0].reason == "host_paused"
        assert len(site.requests("/robots.txt")) == 1 and site.requests("/b.html") == []
        assert isinstance(fetch_many(fast(), [source_for(site)], [site.url("/b.html")])[0], Page)  # a new run


def test_source_delay_and_concurrency_override_policy():
    routes = {"/robots.txt": ROBOTS_OPEN, **{f"/p{i}.html": Route(HTML_VI, delay=0.2) for i in range(4)}}
    with SiteSim(routes) as site:
        src = Source(name="sim", base_url=site.base_url, listing=site.url("/l/{page}"), delay=0.0, concurrency=4)
        started = time.monotonic()
        results = fetch_many(FetchPolicy(delay=1.0), [src], [site.url(f"/p{i}.html") for i in range(4)])
        assert all(isinstance(r, Page) for r in results)
        assert time.monotonic() - started < 0.7  # four 0.2 s pages in parallel, not 4 x (1 s + 0.2 s)


def test_concurrency_per_host_is_a_ceiling():
    routes = {"/robots.txt": ROBOTS_OPEN, **{f"/p{i}.html": Route(HTML_VI, delay=0.2) for i in range(6)}}
    with SiteSim(routes) as site:
        src = Source(name="sim", base_url=site.base_url, listing=site.url("/l/{page}"), delay=0.0, concurrency=2)
        results = fetch_many(FetchPolicy(), [src], [site.url(f"/p{i}.html") for i in range(6)])
        assert all(isinstance(r, Page) for r in results)
        arrivals = sorted(r.time for r in site.requests() if r.path != "/robots.txt")
        # each answer takes 0.2 s: a third request may only start when one of the first two has finished
        assert all(arrivals[i + 2] - arrivals[i] >= 0.19 for i in range(len(arrivals) - 2))
        assert arrivals[1] - arrivals[0] < 0.1  # but two do run together


def test_user_agent_is_sent():
    with SiteSim({"/a.html": HTML_VI}) as site:
        fetch_one(fast(), site, "/a.html")
        assert site.requests("/a.html")[0].headers["user-agent"].startswith("diendam/")


# ------------------------------------------------------------------------------------ retries, pauses


def test_5xx_is_retried_with_growing_backoff():
    flaky = [Route("busy", status=503), Route("busy", status=502), Route(HTML_VI)]
    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/a.html": flaky}) as site:
        policy = FetchPolicy(delay=0.0, backoff=0.1, retries=3)
        page = fetch_one(policy, site, "/a.html")
        assert isinstance(page, Page) and VI in page.text()
        times = [r.time for r in site.requests("/a.html")]
        first, second = gaps(times)
        assert first >= 0.05 and second >= 0.1  # 0.1 x [0.5, 1.5), then 0.2 x [0.5, 1.5)


def test_retries_exhausted_gives_the_status_reason():
    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/a.html": Route("no", status=500)}) as site:
        result = fetch_one(fast(), site, "/a.html")
        assert isinstance(result, FetchFailure) and result.reason == "http_500" and result.status == 500
        assert len(site.requests("/a.html")) == fast().retries + 1
        assert "3 attempts" in result.detail


def test_404_is_not_retried():
    with SiteSim({"/robots.txt": ROBOTS_OPEN}) as site:
        result = fetch_one(fast(), site, "/missing.html")
        assert result.reason == "http_404" and len(site.requests("/missing.html")) == 1


def test_retry_after_is_honoured_for_the_whole_host():
    routes = {"/robots.txt": ROBOTS_OPEN, "/a.html": [Route("slow down", status=429, headers={"Retry-After": "1"}),
                                                      Route(HTML_VI)]}
    with SiteSim(routes) as site:
        page = fetch_one(fast(), site, "/a.html")
        assert isinstance(page, Page)
        first, second = (r.time for r in site.requests("/a.html"))
        assert second - first >= 0.95


def test_retry_after_is_capped():
    routes = {"/robots.txt": ROBOTS_OPEN, "/a.html": [Route("busy", status=503, headers={"Retry-After": "3600"}),
                                                      Route(HTML_VI)]}
    with SiteSim(routes) as site:
        started = time.monotonic()
        page = fetch_one(FetchPolicy(delay=0, retries=1, max_retry_after=0.3), site, "/a.html")
        assert isinstance(page, Page) and time.monotonic() - started < 2


def test_failing_host_is_paused_while_other_hosts_go_on():
    policy = FetchPolicy(delay=0.0, backoff=0.01, retries=1, host_failure_limit=3)
    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/a.html": Route("x", status=500), "/b.html": Route("x", status=500),
                  "/c.html": HTML_VI}) as bad, SiteSim({"/ok.html": HTML_VI}, host="127.0.0.2") as good:
        sources = [source_for(bad, "bad"), source_for(good, "good")]

        async def run():
            async with Fetcher(policy, sources) as fetcher:
                a = await fetcher.fetch(bad.url("/a.html"))
                b = await fetcher.fetch(bad.url("/b.html"))
                c = await fetcher.fetch(bad.url("/c.html"))
                ok = await fetcher.fetch(good.url("/ok.html"))
                return a, b, c, ok, fetcher.paused_hosts()

        a, b, c, ok, paused = asyncio.run(run())
        assert a.reason == "http_500" and b.reason == "http_500"
        assert c.reason == "host_paused" and bad.requests("/c.html") == []
        assert isinstance(ok, Page)
        assert list(paused) == ["127.0.0.1"]
        assert len(bad.requests("/a.html")) + len(bad.requests("/b.html")) == 3


# ------------------------------------------------------------------------------------- timeouts, breaks


def fetch_logged(policy: FetchPolicy, source: Source, url: str) -> tuple[Page | FetchFailure, Fetcher]:
    async def run() -> tuple[Page | FetchFailure, Fetcher]:
        async with Fetcher(policy, [source]) as fetcher:
            return await fetcher.fetch(url), fetcher

    return asyncio.run(run())


def test_slow_drip_hits_the_total_timeout_and_is_retried():
    drip = Route(HTML_VI * 20, drip=(50, 0.05))  # each read is quick, the whole body takes seconds
    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/slow.html": drip}) as site:
        policy = FetchPolicy(delay=0, retries=1, backoff=0.01, read_timeout=1, total_timeout=0.3)
        started = time.monotonic()
        result, fetcher = fetch_logged(policy, source_for(site), site.url("/slow.html"))
        assert isinstance(result, FetchFailure) and result.reason == "timeout"
        assert result.extra["phase"] == "total" and result.detail.startswith("total timeout")
        assert result.extra["attempts"] == 2 and len(site.requests("/slow.html")) == 2
        assert fetcher.stats["retryable:timeout"] == 2
        assert time.monotonic() - started < 2


@contextlib.contextmanager
def silent_server() -> Iterator[tuple[int, list[socket.socket]]]:
    """Accepts connections and reads the request, but never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                conn, _ = listener.accept()
                accepted.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], accepted
    finally:
        stop.set()
        thread.join()
        for conn in [*accepted, listener]:
            conn.close()


def test_read_timeout_on_a_server_that_never_answers():
    with silent_server() as (port, accepted):
        source = Source(name="silent", base_url=f"http://127.0.0.1:{port}")
        policy = FetchPolicy(delay=0, retries=1, backoff=0.01, obey_robots=False, connect_timeout=2,
                             read_timeout=0.3, total_timeout=5)
        result, fetcher = fetch_logged(policy, source, f"http://127.0.0.1:{port}/a.html")
        assert isinstance(result, FetchFailure) and result.reason == "timeout"
        assert result.extra["phase"] == "read" and result.detail.startswith("read timeout: no data for 0.3s")
        assert result.extra["attempts"] == 2 and len(fetcher.request_log) == 2
        assert len(accepted) == 2  # the connection was made both times: only the answer was missing


@contextlib.contextmanager
def full_backlog() -> Iterator[int]:
    """A listening socket whose accept queue is full and never drained: Linux drops further SYNs, so a
    connect hangs until the client gives up. Skips when this kernel answers anyway."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.1)
    probe = socket.socket()
    probe.settimeout(0.3)
    try:
        probe.connect(("127.0.0.1", port))
        hangs = False
    except TimeoutError:
        hangs = True
    except OSError:
        hangs = False
    finally:
        probe.close()
    try:
        if not hangs:
            pytest.skip("a full accept queue still lets connections through on this kernel")
        yield port
    finally:
        for sock in [*fillers, listener]:
            sock.close()


def test_connect_timeout_on_a_full_backlog_is_retried():
    with full_backlog() as port:
        source = Source(name="full", base_url=f"http://127.0.0.1:{port}")
        policy = FetchPolicy(delay=0, retries=1, backoff=0.01, obey_robots=False, connect_timeout=0.3,
                             read_timeout=5, total_timeout=5)
        started = time.monotonic()
        result, fetcher = fetch_logged(policy, source, f"http://127.0.0.1:{port}/a.html")
        assert isinstance(result, FetchFailure) and result.reason == "timeout"
        assert result.extra["phase"] == "connect" and result.detail.startswith("connect timeout")
        assert result.extra["attempts"] == 2 and len(fetcher.request_log) == 2
        assert fetcher.stats["retryable:timeout"] == 2
        assert time.monotonic() - started < 3


def test_read_timeout_is_retried():
    routes = {"/robots.txt": ROBOTS_OPEN, "/a.html": [Route(HTML_VI, delay=1.0), Route(HTML_VI)]}
    with SiteSim(routes) as site:
        policy = FetchPolicy(delay=0, backoff=0.01, retries=1, read_timeout=0.3, total_timeout=2)
        assert isinstance(fetch_one(policy, site, "/a.html"), Page)
        assert len(site.requests("/a.html")) == 2


def test_connection_reset_mid_body_and_short_body():
    routes = {"/robots.txt": ROBOTS_OPEN, "/cut.html": Route(HTML_VI * 50, cut_after=300),
              "/short.html": Route(HTML_VI, content_length=len(HTML_VI.encode()) + 500)}
    with SiteSim(routes) as site:
        cut, short = fetch_many(fast(), [source_for(site)], [site.url("/cut.html"), site.url("/short.html")])
        assert cut.reason == "truncated" and short.reason == "truncated"
        assert len(site.requests("/cut.html")) == fast().retries + 1


def test_connection_refused_is_a_connection_error():
    with SiteSim({}) as site:
        url = site.url("/a.html")
        src = source_for(site)
    result = fetch_many(FetchPolicy(delay=0, retries=1, backoff=0.01, obey_robots=False), [src], [url])[0]
    assert result.reason == "connection_error"


# --------------------------------------------------------------------------------------- size, types


def test_too_large_by_header_and_by_streamed_size():
    big = "<html><body>" + "x" * 5000 + "</body></html>"
    routes = {"/robots.txt": ROBOTS_OPEN, "/declared.html": big,
              "/lying.html": Route(big, content_length=100, cut_after=None)}
    with SiteSim(routes) as site:
        policy = FetchPolicy(delay=0, retries=0, max_bytes=1000)
        declared = fetch_one(policy, site, "/declared.html")
        assert declared.reason == "too_large"
    chunked = {"/robots.txt": ROBOTS_OPEN, "/drip.html": Route(big, content_length=len(big) - 10)}
    with SiteSim(chunked) as site:
        result = fetch_one(FetchPolicy(delay=0, retries=0, max_bytes=2000), site, "/drip.html")
        assert result.reason == "too_large"


def test_gzip_bomb_response_is_cut_off():
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire, 50 MB unpacked
    routes = {"/robots.txt": ROBOTS_OPEN, "/bomb.html": Route(raw_encoded=bomb),
              "/small.html": Route(HTML_VI, gzip=True)}
    with SiteSim(routes) as site:
        bomb_result, small = fetch_many(FetchPolicy(delay=0, retries=0, max_bytes=1_000_000), [source_for(site)],
                                        [site.url("/bomb.html"), site.url("/small.html")])
        assert bomb_result.reason == "too_large"
        assert isinstance(small, Page) and small.text() == HTML_VI


def test_content_types():
    routes = {"/robots.txt": ROBOTS_OPEN,
              "/doc.pdf": Route(b"%PDF-1.4 ...", content_type="application/pdf"),
              "/feed.rss": Route("<rss/>", content_type="application/rss+xml"),
              "/a.html": Route(HTML_VI, content_type="text/html")}
    with SiteSim(routes) as site:
        src = [source_for(site)]
        pdf, feed_as_article = fetch_many(fast(), src, [site.url("/doc.pdf"), site.url("/feed.rss")])
        assert pdf.reason == "content_type" and "application/pdf" in pdf.detail
        assert feed_as_article.reason == "content_type"
        feed, html_as_xml = fetch_many(fast(), src, [site.url("/feed.rss"), site.url("/a.html")], accept="xml")
        assert isinstance(feed, Page) and isinstance(html_as_xml, Page)
        assert isinstance(fetch_many(fast(), src, [site.url("/doc.pdf")], accept="any")[0], Page)


# ------------------------------------------------------------------------------------------- redirects


def test_redirects_followed_and_recorded():
    routes = {"/robots.txt": ROBOTS_OPEN, "/a": Route(status=301, headers={"Location": "/b"}),
              "/b": Route(status=302, headers={"Location": "/final.html?utm_source=x"}), "/final.html": HTML_VI}
    with SiteSim(routes) as site:
        page = fetch_one(fast(), site, "/a")
        assert isinstance(page, Page)
        assert page.url == site.url("/a") and page.final_url == site.url("/final.html")
        assert page.redirects == (site.url("/a"), site.url("/b"))


def test_redirect_limit_loop_offsite_and_private():
    routes = {"/robots.txt": ROBOTS_OPEN, "/loop1": Route(status=301, headers={"Location": "/loop2"}),
              "/loop2": Route(status=301, headers={"Location": "/loop1"}),
              **{f"/r{i}": Route(status=302, headers={"Location": f"/r{i + 1}"}) for i in range(10)},
              "/away": Route(status=301, headers={"Location": "https://example.org/x"}),
              "/inside": Route(status=301, headers={"Location": "http://10.0.0.1/admin"})}
    with SiteSim(routes) as site:
        policy = FetchPolicy(delay=0, retries=0, max_redirects=3)
        loop, limit, away, inside = fetch_many(policy, [source_for(site)],
                                               [site.url(p) for p in ("/loop1", "/r0", "/away", "/inside")])
        assert loop.reason == "redirect_loop"
        assert limit.reason == "too_many_redirects" and len(site.requests()) - 1 <= 2 + 4 + 1 + 1
        assert site.requests("/r4") == []
        assert away.reason == "offsite_redirect" and inside.reason == "offsite_redirect"


def test_public_name_resolving_to_loopback_is_refused_before_any_connection():
    """DNS rebinding: a source on a public-looking name whose DNS answer is a loopback address. The machine's
    own host name resolves to such an address offline (/etc/hosts), so no network is needed."""
    name = socket.gethostname().lower()
    hosts_file = Path("/etc/hosts")
    listed = hosts_file.is_file() and any(name in line.split()[1:] for line in hosts_file.read_text().splitlines()
                                          if not line.lstrip().startswith("#"))
    if not listed:
        pytest.skip(f"the host name {name!r} is not in /etc/hosts (resolving it could ask a DNS server)")
    try:
        ips = {info[4][0] for info in socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)}
    except OSError:
        pytest.skip(f"the host name {name!r} does not resolve here")


    if name == "localhost" or not all(ipaddress.ip_address(ip).is_loopback or ipaddress.ip_address(ip).is_private
                                      for ip in ips):
        pytest.skip(f"the host name {name!r} resolves to a public address ({ips})")
    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/a.html": HTML_VI}, host=sorted(ips)[0]) as site:
        port = site.base_url.rsplit(":", 1)[1]
        named = Source(name="named", base_url=f"http://{name}:{port}")
        result = fetch_many(fast(), [named], [f"http://{name}:{port}/a.html"])[0]
        assert result.reason == "private_address" and sorted(ips)[0] in result.detail
        assert site.requests() == []
        # the same server under a source that names its loopback address (literal or 'localhost'): fetched
        literal = Source(name="literal", base_url=site.base_url)
        assert isinstance(fetch_many(fast(), [literal], [site.url("/a.html")])[0], Page)


def test_localhost_source_is_allowed_and_connections_go_to_the_checked_address():
    class SecondLoopback(Fetcher):
        """A resolver answering 127.0.0.2 for localhost: the system resolver says 127.0.0.1, where nothing
        listens on the port, so a page coming back proves the connection used the checked answer."""

        async def _resolve(self, host: str) -> list[str]:
            return ["127.0.0.2"] if host == "localhost" else await super()._resolve(host)

    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/a.html": HTML_VI}, host="127.0.0.2") as site:
        port = site.base_url.rsplit(":", 1)[1]
        source = Source(name="local", base_url=f"http://localhost:{port}")

        async def run() -> list[Page | FetchFailure]:
            async with SecondLoopback(fast(), [source]) as fetcher:
                return [await fetcher.fetch(f"http://localhost:{port}/a.html") for _ in range(2)]

        pages = asyncio.run(run())
        assert all(isinstance(p, Page) and VI in p.text() for p in pages), pages
        assert len(site.requests("/a.html")) == 2
        # the plain resolver (127.0.0.1 / ::1): localhost is allowed, the port is closed there
        plain = fetch_many(FetchPolicy(delay=0, retries=0, obey_robots=False), [source],
                           [f"http://localhost:{port}/a.html"])[0]
        assert plain.reason == "connection_error"


def test_unresolvable_name_fails_at_once_without_retries():
    class NoDNS(Fetcher):
        """The offline case without asking a DNS server (tests stay on loopback): every name fails."""

        lookups: list[str] = []

        async def _resolve(self, host: str) -> list[str]:
            self.lookups.append(host)
            await asyncio.sleep(0.05)  # the other fetches of the host arrive while this lookup is under way
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    source = Source(name="nowhere", base_url="https://bao-khong-ton-tai.example")
    policy = FetchPolicy(retries=3, backoff=5.0)  # a retried DNS failure would take 35 s
    started = time.monotonic()

    async def run() -> list[Page | FetchFailure]:
        urls = [f"https://bao-khong-ton-tai.example/{n}.html" for n in range(3)]
        async with NoDNS(policy, [source]) as first:
            results = list(await asyncio.gather(*(first.fetch(u) for u in urls)))
        async with NoDNS(policy, [source]) as second:  # a later batch of the same run does not ask again
            results.append(await second.fetch(urls[0]))
        assert first.request_log == second.request_log == []
        return results

    results = asyncio.run(run())
    assert [r.reason for r in results] == ["connection_error"] * 4  # what the flows count as unreachable
    assert results[0].detail.startswith("DNS: cannot resolve bao-khong-ton-tai.example")
    assert NoDNS.lookups == ["bao-khong-ton-tai.example"]
    assert time.monotonic() - started < 5


def test_loopback_address_refused_unless_the_source_lives_there():
    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/feed.xml": Route("<rss/>", content_type="text/xml")}) as site:
        # a public site whose feed entry points at a loopback address (typo or malice): refused, no request
        public = Source(name="public", base_url="https://public-news.example", feeds=(site.url("/feed.xml"),))
        refused = fetch_many(fast(), [public], [site.url("/feed.xml")], accept="xml")[0]
        assert refused.reason == "private_address"
        # a URL of no configured source
        offsite = fetch_many(fast(), [public], ["http://127.0.0.9/x.html"])[0]
        assert offsite.reason == "offsite"
        allowed = fetch_many(FetchPolicy(allowed_hosts=frozenset({"127.0.0.1"})), [], [site.url("/feed.xml")])[0]
        assert allowed.reason == "private_address"
        assert site.requests() == []
        # the source's own base_url is on loopback: allowed (this is how every test here runs)
        assert isinstance(fetch_many(fast(), [source_for(site)], [site.url("/feed.xml")], accept="xml")[0], Page)


# --------------------------------------------------------------------------------------------- charset


def test_header_lies_iso_8859_1_on_utf8_page():
    routes = {"/robots.txt": ROBOTS_OPEN, "/a.html": Route(HTML_VI, content_type="text/html; charset=iso-8859-1")}
    with SiteSim(routes) as site:
        page = fetch_one(fast(), site, "/a.html")
        assert page.encoding == "utf-8" and VI in page.text()


def _cp1258(ch: str) -> bytes:
    """windows-1258 writes tones as combining marks after a (possibly precomposed) base letter."""
    import unicodedata

    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        parts = unicodedata.normalize("NFD", ch)
        for i in range(1, len(parts)):  # keep one mark combining, the rest in the base letter
            try:
                return (unicodedata.normalize("NFC", parts[:i] + parts[i + 1:]) + parts[i]).encode("cp1258")
            except UnicodeEncodeError:
                continue
        raise


def test_legacy_windows_1258_page_with_meta():
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>'
           "<body>Hà Nội, Việt Nam: điện đàm</body></html>")
    raw = b"".join(_cp1258(ch) for ch in doc)
    routes = {"/robots.txt": ROBOTS_OPEN, "/old.html": Route(raw, content_type="text/html")}
    with SiteSim(routes) as site:
        page = fetch_one(fast(), site, "/old.html")
        assert page.encoding == "cp1258"
        import unicodedata

        assert unicodedata.normalize("NFC", page.text()) == unicodedata.normalize("NFC", doc)


def test_detect_encoding_cases():
    assert detect_encoding("\ufeffĐiện".encode("utf-8-sig"), "text/html; charset=iso-8859-1") == "utf-8-sig"
    assert detect_encoding("Điện".encode("utf-16-le").join([b"\xff\xfe", b""])) == "utf-16-le"
    assert detect_encoding(HTML_VI.encode(), None) == "utf-8"
    assert detect_encoding(b"plain ascii", "text/html; charset=iso-8859-1") == "utf-8"
    damaged = HTML_VI.encode() + b"<!-- ad \xe1\xbb -->" + HTML_VI.encode()  # one cut multi-byte sequence
    assert detect_encoding(damaged, "text/html; charset=iso-8859-1") == "utf-8"
    latin = "Café crème à la française, s'il vous plaît".encode("latin-1")
    assert latin.decode(detect_encoding(latin, "text/html; charset=iso-8859-1")) == latin.decode("latin-1")


# ------------------------------------------------------------------------------------------ conditional


def test_conditional_request_gives_304_page_and_updates_validators():
    def answer(request):
        if request.headers.get("if-none-match") == '"v1"':
            return Route(status=304, content_type=None, headers={"ETag": '"v1"'})
        return Route("<rss/>", content_type="application/rss+xml",
                     headers={"ETag": '"v1"', "Last-Modified": "Sat, 01 Nov 2025 00:00:00 GMT"})

    with SiteSim({"/robots.txt": ROBOTS_OPEN, "/feed.rss": answer}) as site:
        validators: dict = {}

        async def run(conditional: bool):
            async with Fetcher(fast(), [source_for(site)], validators) as fetcher:
                return await fetcher.fetch(site.url("/feed.rss"), conditional=conditional, accept="xml")

        first = asyncio.run(run(True))
        assert first.status == 200
        assert validators[site.url("/feed.rss")] == {"etag": '"v1"', "last_modified": "Sat, 01 Nov 2025 00:00:00 GMT"}
        second = asyncio.run(run(True))
        assert isinstance(second, Page) and second.status == 304 and second.body == b""
        assert site.requests("/feed.rss")[-1].headers["if-modified-since"] == "Sat, 01 Nov 2025 00:00:00 GMT"
        assert asyncio.run(run(False)).status == 200  # unconditional ignores the validators


def test_bad_url_and_use_outside_context():
    result = fetch_many(fast(), [], ["ftp://example.org/file"])[0]
    assert result.reason == "bad_url"
    try:
        asyncio.run(Fetcher(fast(), []).fetch("http://127.0.0.1/"))
    except RuntimeError as exc:
        assert "async with" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("fetch outside the context manager must fail loudly")


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ,.\n",
               min_size=1, max_size=200),
       st.sampled_from([None, "text/html", "text/html; charset=iso-8859-1", "text/html; charset=windows-1252",
                        "text/html; charset=utf-8", "text/html; charset=bogus-charset"]),
       st.booleans())
def test_utf8_vietnamese_always_decodes_right_whatever_the_header(text, content_type, with_meta):
    head = '<meta charset="utf-8">' if with_meta else ""
    body = f"<html><head>{head}</head><body>{text}</body></html>".encode()
    assert body.decode(detect_encoding(body, content_type)) == body.decode("utf-8")
