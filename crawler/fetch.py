"""Fetch stage: polite, resilient HTTP with httpx (robots.txt, per-host delay, retries, size limits).

Politeness is per host name: at most `concurrency` requests in flight and at least `delay` seconds between
the end of one request and the start of the next (robots.txt Crawl-delay raises it), while other hosts go on
in parallel. Every URL that is not returned as a `Page` comes back as a `FetchFailure` with a reason.
robots.txt is read per RFC 9309 (crawler.robots), cookies are kept per host for the run (crawler.cookies:
cookie walls), and a 403 is reported as 'blocked' (the site refuses our user agent).
See docs/politeness-and-health.md.
"""

from __future__ import annotations

import asyncio
import codecs
import http.cookiejar
import ipaddress
import random
import re
import socket
import threading
import time
import uuid
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpcore
import httpx

from crawler.cookies import HostCookieJar
from crawler.robots import ROBOTS_FETCH_BYTES, UNREACHABLE_RETRY, Robots, agent_token
from crawler.sources import Source
from crawler.urls import host_of, normalize_url

HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = (
    "application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/x-rss+xml", "application/gzip", "application/x-gzip", "application/octet-stream",
    "text/plain", *HTML_TYPES,  # feeds are often served as text/html or text/plain; the parser decides
)
ACCEPT = {"html": HTML_TYPES, "xml": XML_TYPES, "any": None}
REDIRECT_CODES = (301, 302, 303, 307, 308)
RETRYABLE_REASONS = ("timeout", "connection_error", "truncated")


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and defensively to fetch. Defaults are the production settings."""

    user_agent: str = "diendam/0.1 (+https://github.com/diendam/diendam; news research crawler)"
    delay: float = 1.0  # minimum seconds between two requests to one host
    concurrency_per_host: int = 1
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # whole response, including a slow drip
    retries: int = 3
    backoff: float = 1.0  # first retry wait; doubles, with jitter
    max_retry_after: float = 120.0
    max_bytes: int = 5_000_000  # decompressed; far above any article page, small enough to hold in memory
    max_redirects: int = 5
    host_failure_limit: int = 5  # consecutive failures before a host is paused for the run
    obey_robots: bool = True
    allowed_hosts: frozenset[str] = frozenset()  # hosts of configured sources; empty = only source hosts
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay above this is capped
    robots_retry_after: float = UNREACHABLE_RETRY  # an unreachable robots.txt forbids the origin this long
    use_cookies: bool = True  # keep cookies per host (cookie walls); never sent to another host
    # Fetchers built with the same policy object belong to one run: they share robots.txt and paused hosts
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex, compare=False)


@dataclass(frozen=True)
class Page:
    """A fetched HTTP response with its raw bytes, kept so pages can be re-extracted offline."""

    url: str  # normalised URL that was asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes  # content-decoded (gzip removed), exactly as the server meant it
    fetched_at: datetime
    redirects: tuple[str, ...] = ()  # every URL that answered with a redirect, in order
    encoding: str | None = None  # the charset that decodes `body` correctly

    def text(self) -> str:
        """The body decoded with the detected charset."""
        encoding = self.encoding or detect_encoding(self.body, self.headers.get("content-type"))
        return self.body.decode(encoding, errors="replace")

    @property
    def content_type(self) -> str:
        """Media type of the response without parameters ('' when the server sent none)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class FetchFailure:
    """A URL that was skipped or failed, with a short machine-readable reason (e.g. 'robots', 'http_503',
    'too_large', 'content_type', 'timeout', 'host_paused', 'offsite_redirect', 'redirect_loop', 'blocked':
    the site answered 403, i.e. refuses our user agent) and a human detail."""

    url: str
    reason: str
    detail: str = ""
    status: int | None = None
    at: datetime | None = None
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------- charset

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_LATIN = {"latin-1", "cp1252", "ascii"}  # decode anything, so they are only trusted as a last resort


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, as a Python codec name."""
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.I)
    return _codec(m.group(1)) if m else None


def detect_encoding(body: bytes, content_type: str | None = None) -> str:
    """The charset that decodes `body` right. Servers often lie in the header (iso-8859-1 on a UTF-8 page),
    so a BOM wins, then a body that is valid UTF-8, then the page's own declaration (meta / XML), then the
    header, each verified by decoding strictly; charset detection is the fallback."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    head = body[:4096]
    declared: list[str] = []
    for found in (_META_CHARSET.search(head), _XML_ENCODING.search(head)):
        if found and (name := _codec(found.group(1))):
            declared.append("utf-8" if name.startswith("utf-16") else name)  # a body that says utf-16 isn't
    if name := header_charset(content_type):
        declared.append(name)
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a cut multi-byte sequence in an ad snippet) is still UTF-8
    sample = body[:500_000]
    decoded = sample.decode("utf-8", errors="replace")
    broken = decoded.count("\ufffd") / max(1, len(decoded))
    multibyte = len(sample) - len(decoded) > 20  # many valid multi-byte characters
    if multibyte and (broken <= 0.002 or ("utf-8" in declared and broken <= 0.02)):
        return "utf-8"
    for name in declared:
        if name in _LATIN or name == "utf-8":
            continue
        try:
            body.decode(name)
            return name
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None and (name := _codec(best.encoding)):
            return name
    except ImportError:  # pragma: no cover - it comes with trafilatura
        pass
    latin = [n for n in declared if n in _LATIN]
    return latin[0] if latin else "utf-8"


# ------------------------------------------------------------------------------------------ host state

# When the last request to each host ended, across every Fetcher of this process: the flows open one
# Fetcher per discovery and per fetch batch, and a new Fetcher must not hit a host right after the last one.
_LAST_REQUEST_END: dict[str, float] = {}
_LAST_REQUEST_LOCK = threading.Lock()


@dataclass
class _RunState:
    """What every Fetcher of one run (same `FetchPolicy.run_id`) shares: robots.txt per origin, the
    Crawl-delay per host it implies, hosts paused for the rest of the run, and the cookies hosts set."""

    robots: dict[str, Robots] = field(default_factory=dict)
    cookies: HostCookieJar = field(default_factory=HostCookieJar)
    crawl_delay: dict[str, float] = field(default_factory=dict)
    paused: dict[str, str] = field(default_factory=dict)
    dns_errors: dict[str, str] = field(default_factory=dict)  # a name that did not resolve is not asked again


_RUNS: dict[str, _RunState] = {}
_MAX_RUNS = 64  # a long-lived worker forgets the oldest runs


def _run_state(run_id: str) -> _RunState:
    with _LAST_REQUEST_LOCK:
        state = _RUNS.get(run_id)
        if state is None:
            while len(_RUNS) >= _MAX_RUNS:
                _RUNS.pop(next(iter(_RUNS)))
            state = _RUNS[run_id] = _RunState()
        return state


def _note_request_end(host: str, when: float) -> None:
    with _LAST_REQUEST_LOCK:
        _LAST_REQUEST_END[host] = max(when, _LAST_REQUEST_END.get(host, 0.0))



@dataclass
class _Host:
    """Politeness and health of one host name for the run."""

    name: str
    delay: float
    semaphore: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    ready_at: float = 0.0  # loop time before which no new request may start
    consecutive_failures: int = 0
    consecutive_blocked: int = 0  # 403 answers in a row
    paused: str = ""  # why the host is paused for the rest of the run ('blocked: ...' after many 403s)


@dataclass
class _Response:
    status: int
    headers: dict[str, str]
    body: bytes
    cookies_changed: bool = False  # the response set a cookie we did not have (a cookie wall's redirect)


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """httpx's own jar keeps nothing: it would share a cookie with sibling hosts (Domain=) and has no bound.
    The Fetcher's per-host jar (crawler.cookies) sends and keeps cookies instead."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: object) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: object) -> bool:
        return False


class _Fail(Exception):
    def __init__(self, reason: str, detail: str = "", status: int | None = None, retry_after: float | None = None,
                 phase: str | None = None):
        super().__init__(detail)
        self.reason, self.detail, self.status, self.retry_after = reason, detail, status, retry_after
        self.phase = phase  # for timeouts: 'connect', 'read' or 'total'
        self.attempts = 1


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _is_private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
        or ip.is_unspecified


def _is_local_by_definition(host: str) -> bool:
    """A host that is a loopback/private address without asking DNS: an IP literal in those ranges, or
    'localhost' and its subdomains (RFC 6761). Only such a source `base_url` may be fetched on a private
    address: a public-looking name that resolves to one is DNS rebinding, or a misconfiguration."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return _is_private(ipaddress.ip_address(host))
    except ValueError:
        return False


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """Opens connections to the addresses the Fetcher resolved and checked, never to a fresh DNS answer, so
    a name cannot resolve to a public address for the check and to a private one for the connection."""

    def __init__(self, addresses: dict[str, list[str]]) -> None:
        self._addresses = addresses
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options: object = None
                          ) -> httpcore.AsyncNetworkStream:
        ips = self._addresses.get(host.strip("[]").rstrip(".").lower())
        if not ips:  # every request goes through Fetcher._address_refusal first: this is a bug, fail closed
            raise httpcore.ConnectError(f"{host} was not resolved and checked before connecting")
        error: Exception | None = None
        for ip in ips:
            try:
                return await self._inner.connect_tcp(ip, port, timeout=timeout, local_address=local_address,
                                                     socket_options=socket_options)  # type: ignore[arg-type]
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: object = None) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are never used by the crawler")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class Fetcher:
    """Async context manager: `async with Fetcher(policy, sources) as f: result = await f.fetch(url)`.

    `validators` maps URL -> {"etag", "last_modified"}; the caller loads it from storage before the run and
    saves it after: conditional fetches read it and update it. Fetchers made with the same policy object
    are one run: robots.txt is read once and a paused host stays paused across them. `request_log` holds
    (host, monotonic start time, url) of every request sent, and `stats` counts outcomes, for reports and
    benchmarks."""

    def __init__(self, policy: FetchPolicy | None = None, sources: list[Source] | None = None,
                 validators: dict | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.sources = list(sources or [])
        self.validators: dict[str, dict[str, str]] = validators if validators is not None else {}
        self.request_log: list[tuple[str, float, str]] = []
        self.stats: Counter[str] = Counter()
        self._hosts: dict[str, _Host] = {}
        self._run = _run_state(self.policy.run_id)
        self._robots: dict[str, Robots] = self._run.robots
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._addresses: dict[str, list[str]] = {}  # host -> IPs checked; connections go only there
        self._resolve_locks: dict[str, asyncio.Lock] = {}
        self._resolve_errors = self._run.dns_errors  # host -> why it did not resolve (not retried in the run)
        self._agent = agent_token(self.policy.user_agent)
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        p = self.policy
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
        transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
        pool = getattr(transport, "_pool", None)
        if pool is None or not hasattr(pool, "_network_backend"):  # pragma: no cover - an httpcore upgrade
            raise RuntimeError("cannot pin connections to checked addresses with this httpx/httpcore")
        pool._network_backend = _PinnedBackend(self._addresses)
        self._client = httpx.AsyncClient(
            transport=transport,
            headers={"User-Agent": p.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                     "Accept-Language": "vi,en;q=0.5"},
            timeout=httpx.Timeout(connect=p.connect_timeout, read=p.read_timeout, write=p.read_timeout,
                                  pool=p.total_timeout),
            follow_redirects=False,
            trust_env=False,  # never go through a proxy from the environment
            cookies=http.cookiejar.CookieJar(policy=_NoCookies()),
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # ------------------------------------------------------------------------------------- public API

    def source_for(self, url: str) -> Source | None:
        """The configured source a URL belongs to (its host or a subdomain of it)."""
        host = host_of(url)
        return next((s for s in self.sources if s.owns_host(host)), None)

    def paused_hosts(self) -> dict[str, str]:
        """Hosts paused in this run (by this Fetcher or another of the same run), with the reason."""
        return dict(self._run.paused)

    async def robots_sitemaps(self, url: str) -> list[str]:
        """Sitemap URLs the robots.txt of the URL's origin lists (read now if need be), normalised, only those
        on the hosts of the URL's source."""
        try:
            url = normalize_url(url)
        except ValueError:
            return []
        source = self.source_for(url)
        if source is None or await self._address_refusal(url, source):
            return []
        robots = await self._robots_for(url, source)
        found: list[str] = []
        for entry in robots.sitemaps:
            try:
                sitemap = normalize_url(entry, base=url)
            except ValueError:
                continue
            if source.owns_host(host_of(sitemap)) and sitemap not in found:
                found.append(sitemap)
        return found

    async def fetch(self, url: str, *, conditional: bool = False, accept: str | tuple[str, ...] | None = "html",
                    max_bytes: int | None = None) -> Page | FetchFailure:
        """Fetch one URL politely. `accept` is 'html' (articles, listings), 'xml' (feeds, sitemaps), 'any'
        or a tuple of media types; `conditional` sends the stored ETag / Last-Modified and answers a 304
        as a Page with status 304 and no body; `max_bytes` overrides the policy's size cap."""
        if self._client is None:
            raise RuntimeError("Fetcher is used outside 'async with'")
        try:
            requested = normalize_url(url)
        except ValueError as exc:
            return self._failure(url, "bad_url", str(exc))
        source = self.source_for(requested)
        host = host_of(requested)
        if source is None and host not in self.policy.allowed_hosts:
            return self._failure(requested, "offsite", f"{host} belongs to no configured source")
        headers: dict[str, str] = {}
        if conditional:
            saved = self.validators.get(requested) or {}
            if saved.get("etag"):
                headers["If-None-Match"] = saved["etag"]
            if saved.get("last_modified"):
                headers["If-Modified-Since"] = saved["last_modified"]
        types = ACCEPT[accept] if isinstance(accept, str) else accept
        cap = max_bytes or self.policy.max_bytes
        result = await self._fetch_chain(requested, source, headers, types, cap, check_robots=True)
        if isinstance(result, FetchFailure):
            self.stats[f"failure:{result.reason}"] += 1
            return result
        self.stats["pages"] += 1
        if conditional and result.status == 200:
            etag, modified = result.headers.get("etag"), result.headers.get("last-modified")
            if etag or modified:
                self.validators[requested] = {k: v for k, v in (("etag", etag), ("last_modified", modified)) if v}
        return result

    # ---------------------------------------------------------------------------------------- internals

    def _blocked_detail(self, url: str) -> str:
        agent = self.policy.user_agent.split(" ", 1)[0]
        return (f"{url} answered 403 Forbidden: the site refuses our user agent ({agent}); a firewall or bot "
                "filter may block non-browser clients (not retried; ask the site to allow the crawler)")

    def _failure(self, url: str, reason: str, detail: str = "", status: int | None = None,
                 **extra: object) -> FetchFailure:
        return FetchFailure(url=url, reason=reason, detail=detail, status=status, at=datetime.now(UTC),
                            extra=dict(extra))

    @staticmethod
    def _origin(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def _host(self, url: str) -> _Host:
        name = host_of(url)
        state = self._hosts.get(name)
        if state is None:
            source = next((s for s in self.sources if s.owns_host(name)), None)
            delay = source.delay if source and source.delay is not None else self.policy.delay
            concurrency = source.concurrency if source and source.concurrency else self.policy.concurrency_per_host
            if name in self._run.crawl_delay:
                delay = max(delay, self._run.crawl_delay[name])
            state = _Host(name=name, delay=delay, semaphore=asyncio.Semaphore(max(1, concurrency)),
                          paused=self._run.paused.get(name, ""))
            with _LAST_REQUEST_LOCK:
                last_end = _LAST_REQUEST_END.get(name)
            if last_end is not None:
                state.ready_at = last_end + delay
            self._hosts[name] = state
        return state

    async def _resolve(self, host: str) -> list[str]:
        """The host's IP addresses (getaddrinfo in a worker thread, bounded by the connect timeout).
        Raises OSError when the name does not resolve."""
        try:
            return [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            pass
        try:
            infos = await asyncio.wait_for(
                asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM),
                timeout=self.policy.connect_timeout)
        except TimeoutError:
            raise OSError(f"no DNS answer for {host} within {self.policy.connect_timeout:g}s") from None
        ips = list(dict.fromkeys(str(ipaddress.ip_address(info[4][0].split("%", 1)[0])) for info in infos))
        if not ips:
            raise OSError(f"{host} has no address")
        return ips

    async def _address_refusal(self, url: str, source: Source | None) -> tuple[str, str] | None:
        """(reason, detail) when a URL's host may not be connected to, else None. The host is resolved once
        per Fetcher and the connection is pinned to the addresses checked here. A host resolving to a
        loopback, private, link-local, multicast or reserved address is refused unless the source's own
        base_url is such an address by definition (an IP literal or 'localhost'): tests and intranet
        mirrors configure that explicitly, while a public name pointing there is DNS rebinding. A name that
        does not resolve fails at once as a 'connection_error' whose detail starts with 'DNS:', without
        retries, and is not asked again in this run."""
        host = host_of(url).strip("[]").rstrip(".").lower()
        async with self._resolve_locks.setdefault(host, asyncio.Lock()):  # one lookup per host at a time
            if host in self._resolve_errors:
                return "connection_error", self._resolve_errors[host]
            if host not in self._addresses:
                try:
                    self._addresses[host] = await self._resolve(host)
                except (OSError, UnicodeError, ValueError) as exc:
                    detail = f"DNS: cannot resolve {host}: {exc} (not retried in this run)"
                    self._resolve_errors[host] = detail
                    return "connection_error", detail
        private = [ip for ip in self._addresses[host] if _is_private(ipaddress.ip_address(ip))]
        if private and not (source is not None and _is_local_by_definition(source.host)):
            return "private_address", (f"{host} resolves to loopback/private address {private[0]}; only a "
                                       "source whose base_url is such an address may be fetched there")
        return None

    async def _robots_for(self, url: str, source: Source | None) -> Robots:
        origin = self._origin(url)
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            cached = self._robots.get(origin)
            if cached is not None and not cached.expired:
                return cached
            result = await self._fetch_chain(origin + "/robots.txt", source, {}, None, ROBOTS_FETCH_BYTES,
                                             check_robots=False)
            if isinstance(result, Page):
                robots = Robots.from_text(result.text())
            elif result.status is not None and 400 <= result.status < 500 and result.status != 429:
                # RFC 9309 2.3.1.3: "unavailable" (404, 410, and 401/403 too) means no restriction
                robots = Robots.missing(f"robots.txt answered {result.status}")
            elif result.reason in ("too_large", "offsite_redirect", "too_many_redirects", "redirect_loop"):
                robots = Robots.missing(f"robots.txt unusable ({result.reason})")
            else:
                # RFC 9309 2.3.1.4: unreachable (5xx, network error) means complete disallow; a 429 is
                # treated the same way, as Google does ("server is overloaded", not "no file")
                robots = Robots.unreachable(f"robots.txt unreachable: {result.reason} {result.detail}",
                                            self.policy.robots_retry_after)
            delay = robots.crawl_delay(self._agent)
            if delay is not None:
                host = self._host(url)
                host.delay = max(host.delay, min(delay, self.policy.max_crawl_delay))
                self._run.crawl_delay[host.name] = host.delay
                host.ready_at = max(host.ready_at, asyncio.get_running_loop().time() + host.delay)
            self._robots[origin] = robots
            return robots

    async def _fetch_chain(self, url: str, source: Source | None, headers: dict[str, str],
                           types: tuple[str, ...] | None, cap: int, *, check_robots: bool) -> Page | FetchFailure:
        """Follow redirects by hand so that every hop is checked (robots, host, address) and recorded.
        A redirect back to a URL of the chain is a loop, unless the response set a new cookie: that is a
        cookie wall (the page sends us back to itself with a session cookie) and the next request carries it."""
        current, redirects, seen = url, [], {url}
        for hop in range(self.policy.max_redirects + 1):
            host = self._host(current)
            if host.paused:
                reason = "blocked" if host.paused.startswith("blocked") else "host_paused"
                return self._failure(url, reason, f"{host.name} paused: {host.paused}", final_url=current)
            refusal = await self._address_refusal(current, source)
            if refusal:
                return self._failure(url, refusal[0], refusal[1], final_url=current)
            if check_robots and self.policy.obey_robots:
                robots = await self._robots_for(current, source)
                if not robots.allowed(self._agent, current):
                    reason = "robots_unavailable" if robots.disallow_all else "robots"
                    return self._failure(url, reason, robots.note or f"robots.txt disallows {current}",
                                         final_url=current)
            try:
                response, attempts = await self._request_with_retries(current, host, headers if hop == 0 else {},
                                                                      types, cap)
            except _Fail as fail:
                extra = {"phase": fail.phase} if fail.phase else {}
                return self._failure(url, fail.reason, fail.detail, fail.status, final_url=current,
                                     attempts=fail.attempts, **extra)
            if response.status in REDIRECT_CODES and response.headers.get("location"):
                try:
                    target = normalize_url(response.headers["location"], base=current)
                except ValueError as exc:
                    return self._failure(url, "bad_redirect", str(exc), response.status)
                redirects.append(current)
                if target in seen and not response.cookies_changed:
                    why = ("it sets no cookie, so following it again cannot end"
                           if "set-cookie" not in response.headers
                           else "it sets a cookie, but cookies are off (FetchPolicy.use_cookies)"
                           if not self.policy.use_cookies else "the cookie it sets does not let us through")
                    return self._failure(url, "redirect_loop", f"redirect loop: {' -> '.join([*redirects, target])} "
                                         f"({why})", response.status)
                if hop == self.policy.max_redirects:
                    chain = " -> ".join([*redirects, target])
                    if len(set(redirects)) < len(redirects) or target in seen:  # a wall whose cookie never works
                        return self._failure(url, "redirect_loop", f"redirect loop: {chain} (the cookie it sets "
                                             "does not let us through)", response.status)
                    return self._failure(url, "too_many_redirects",
                                         f"more than {self.policy.max_redirects}: {chain}", response.status)
                same_site = source.owns_host(host_of(target)) if source else host_of(target) == host_of(url)
                if not same_site:
                    return self._failure(url, "offsite_redirect", f"{current} -> {target}", response.status)
                seen.add(target)
                current = target
                continue
            if response.status == 304:
                return Page(url=url, final_url=current, status=304, headers=response.headers, body=b"",
                            fetched_at=datetime.now(UTC), redirects=tuple(redirects), encoding="utf-8")
            if response.status == 403:
                return self._failure(url, "blocked", self._blocked_detail(current), 403, final_url=current,
                                     attempts=attempts)
            if not 200 <= response.status < 300:
                return self._failure(url, f"http_{response.status}", f"{current} answered {response.status}",
                                     response.status, final_url=current, attempts=attempts)
            return Page(url=url, final_url=current, status=response.status, headers=response.headers,
                        body=response.body, fetched_at=datetime.now(UTC), redirects=tuple(redirects),
                        encoding=detect_encoding(response.body, response.headers.get("content-type")))
        return self._failure(url, "too_many_redirects", " -> ".join(redirects))  # pragma: no cover

    async def _request_with_retries(self, url: str, host: _Host, headers: dict[str, str],
                                    types: tuple[str, ...] | None, cap: int) -> tuple[_Response, int]:
        """One URL with retries: exponential backoff with jitter on timeouts, connection errors, 5xx and 429;
        Retry-After honoured (capped) and applied to the whole host. Pauses the host after too many
        consecutive failures."""
        p = self.policy
        attempt = 0
        while True:
            attempt += 1
            retry_after: float | None = None
            try:
                response = await self._request(url, host, headers, types, cap)
            except _Fail as fail:
                if fail.reason not in RETRYABLE_REASONS:
                    raise  # too large, wrong type...: the host is fine, this URL is not wanted
                failure = fail
            else:
                if response.status == 403:  # not retried; many in a row pause the host (it refuses us)
                    host.consecutive_blocked += 1
                    if host.consecutive_blocked >= p.host_failure_limit and not host.paused:
                        host.paused = (f"blocked: {host.consecutive_blocked} answers 403 in a row; the site "
                                       "refuses our user agent")
                        self._run.paused[host.name] = host.paused
                    return response, attempt
                if response.status < 500 and response.status != 429:
                    host.consecutive_failures = host.consecutive_blocked = 0
                    return response, attempt
                retry_after = _retry_after(response.headers.get("retry-after"))
                failure = _Fail(f"http_{response.status}", f"{url} answered {response.status}", response.status)
            host.consecutive_failures += 1
            self.stats[f"retryable:{failure.reason}"] += 1
            if host.consecutive_failures >= p.host_failure_limit and not host.paused:
                host.paused = f"{host.consecutive_failures} consecutive failures, last {failure.reason}"
                self._run.paused[host.name] = host.paused
            if attempt > p.retries or host.paused:
                failure.detail = f"{failure.detail} (after {attempt} attempt{'s' if attempt > 1 else ''})"
                failure.attempts = attempt
                raise failure
            wait = p.backoff * (2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
            if retry_after is not None:
                wait = min(retry_after, p.max_retry_after)
                loop = asyncio.get_running_loop()
                host.ready_at = max(host.ready_at, loop.time() + wait)  # the whole host slows down
            await asyncio.sleep(wait)

    async def _wait_turn(self, host: _Host) -> None:
        loop = asyncio.get_running_loop()
        async with host.lock:
            wait = host.ready_at - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            host.ready_at = loop.time() + host.delay

    async def _request(self, url: str, host: _Host, headers: dict[str, str], types: tuple[str, ...] | None,
                       cap: int) -> _Response:
        """A single GET under the host's politeness rules, body streamed, decompressed and size-capped."""
        assert self._client is not None
        loop = asyncio.get_running_loop()
        async with host.semaphore:
            await self._wait_turn(host)
            self.request_log.append((host.name, time.monotonic(), url))
            self.stats["requests"] += 1
            parts = urlsplit(url)
            jar = self._run.cookies if self.policy.use_cookies else None
            cookie = jar.header(host.name, parts.path, parts.scheme == "https") if jar else None
            if cookie:
                headers = {**headers, "Cookie": cookie}
            try:
                async with asyncio.timeout(self.policy.total_timeout):
                    async with self._client.stream("GET", url, headers=headers) as response:
                        if jar is not None and (set_cookie := response.headers.get_list("set-cookie")):
                            changed = jar.store(host.name, set_cookie)
                        else:
                            changed = False
                        result = await self._read(url, response, types, cap)
                        result.cookies_changed = changed
                        return result
            except TimeoutError:
                raise _Fail("timeout", f"total timeout: no complete response within {self.policy.total_timeout:g}s",
                            phase="total") from None
            except httpx.ConnectTimeout:
                raise _Fail("timeout", f"connect timeout: no connection within {self.policy.connect_timeout:g}s",
                            phase="connect") from None
            except httpx.ReadTimeout:
                raise _Fail("timeout", f"read timeout: no data for {self.policy.read_timeout:g}s",
                            phase="read") from None
            except httpx.TimeoutException as exc:
                raise _Fail("timeout", f"{type(exc).__name__}: {exc}", phase="other") from None
            except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
                raise _Fail("truncated", f"{type(exc).__name__}: {exc or 'connection broken mid-response'}") from None
            except httpx.HTTPError as exc:
                raise _Fail("connection_error", f"{type(exc).__name__}: {exc}") from None
            finally:
                host.ready_at = max(host.ready_at, loop.time() + host.delay)
                _note_request_end(host.name, loop.time())

    async def _read(self, url: str, response: httpx.Response, types: tuple[str, ...] | None,
                    cap: int) -> _Response:
        headers = {k.lower(): v for k, v in response.headers.items()}
        status = response.status_code
        if not 200 <= status < 300:
            return _Response(status, headers, b"")  # error and redirect bodies are not needed
        media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if types is not None and media and media not in types:
            raise _Fail("content_type", f"{media} is not one of {', '.join(types[:4])}...", status)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and not headers.get("content-encoding"):
            raise _Fail("too_large", f"Content-Length {declared} > {cap} bytes", status)
        coding = headers.get("content-encoding", "identity").strip().lower()
        if coding in ("gzip", "x-gzip"):
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            decoder = zlib.decompressobj(zlib.MAX_WBITS)
        elif coding in ("", "identity", "none"):
            decoder = None
        else:
            raise _Fail("content_encoding", f"unsupported Content-Encoding {coding!r}", status)
        chunks: list[bytes] = []
        size = raw_size = 0
        async for raw in response.aiter_raw():
            raw_size += len(raw)
            if decoder is None:
                size += len(raw)
                chunks.append(raw)
            else:
                data = raw
                while data:
                    try:
                        out = decoder.decompress(data, cap + 1 - size)
                    except zlib.error as exc:
                        if coding == "deflate" and size == 0 and not chunks:  # raw deflate without zlib header
                            decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                            continue
                        raise _Fail("bad_encoding", f"cannot decompress {coding}: {exc}", status) from None
                    size += len(out)
                    chunks.append(out)
                    if size > cap:
                        break
                    data = decoder.unconsumed_tail
            if size > cap or raw_size > cap:
                raise _Fail("too_large", f"body above {cap} bytes (cut off)", status)
        body = b"".join(chunks)
        headers.pop("content-encoding", None)
        headers["content-length"] = str(len(body))
        return _Response(status, headers, body)
