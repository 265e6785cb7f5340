"""Cookies of one crawl run, kept per host name and never sent to another host.

Some sites put a cookie wall in front of their pages: the first request is answered with a redirect to the
same URL and a Set-Cookie header, and only a request carrying that cookie gets the page (qdnd.vn does
this; without cookies every request ends in a redirect loop). The fetcher keeps what such sites set, within
bounds, and sends it back to the same host only: a cookie is host-only whatever its Domain attribute says,
so one site never learns what another set, and a hostile site cannot fill memory.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

MAX_HOSTS = 256  # hosts with cookies kept at once; the least recently used host is forgotten first
MAX_COOKIES_PER_HOST = 32
MAX_COOKIE_BYTES = 4096  # name + value; RFC 6265 6.1 asks user agents for at least this much per cookie
MAX_HEADER_BYTES = 8192  # Cookie header sent to one host


@dataclass
class _Cookie:
    name: str
    value: str
    path: str = "/"
    secure: bool = False
    expires: float | None = None  # time.time(); None = for the run

    def matches(self, path: str, https: bool, now: float) -> bool:
        if self.secure and not https:
            return False
        if self.expires is not None and self.expires <= now:
            return False
        return path == self.path or path.startswith(self.path.rstrip("/") + "/") or self.path == "/"


def _parse(header: str, now: float) -> _Cookie | None:
    """One Set-Cookie header value, or None when it is unusable (no name, too large)."""
    pair, *attributes = header.split(";")
    if "=" not in pair:
        return None
    name, value = (part.strip() for part in pair.split("=", 1))
    if not name or len(name) + len(value) > MAX_COOKIE_BYTES or any(c in name for c in " \t,\r\n"):
        return None
    cookie = _Cookie(name, value)
    max_age_seen = False
    for attribute in attributes:
        key, _, val = attribute.partition("=")
        key, val = key.strip().lower(), val.strip()
        if key == "path" and val.startswith("/"):
            cookie.path = val
        elif key == "secure":
            cookie.secure = True
        elif key == "max-age":
            try:
                cookie.expires = now + int(val)
                max_age_seen = True
            except ValueError:
                continue
        elif key == "expires" and not max_age_seen:  # Max-Age wins over Expires (RFC 6265 5.3)
            try:
                cookie.expires = parsedate_to_datetime(val).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
    return cookie


class HostCookieJar:
    """Cookies by host name (lower case, no port), bounded in hosts, cookies per host and bytes. Thread-safe:
    the fetchers of one run may live in several threads."""

    def __init__(self, max_hosts: int = MAX_HOSTS, max_per_host: int = MAX_COOKIES_PER_HOST) -> None:
        self.max_hosts, self.max_per_host = max_hosts, max_per_host
        self._hosts: OrderedDict[str, OrderedDict[tuple[str, str], _Cookie]] = OrderedDict()
        self._lock = threading.Lock()

    def store(self, host: str, set_cookie: list[str]) -> bool:
        """Keep the cookies a response from `host` set (its Set-Cookie header values). Returns whether
        anything changed: a redirect to a URL already visited is worth following only then."""
        now = time.time()
        changed = False
        with self._lock:
            jar = self._hosts.get(host)
            for header in set_cookie:
                cookie = _parse(header, now)
                if cookie is None:
                    continue
                if jar is None:
                    jar = self._hosts[host] = OrderedDict()
                    while len(self._hosts) > self.max_hosts:
                        self._hosts.popitem(last=False)
                key = (cookie.name, cookie.path)
                old = jar.pop(key, None)
                if cookie.expires is not None and cookie.expires <= now:  # the site deletes it
                    changed |= old is not None
                    continue
                jar[key] = cookie
                changed |= old is None or old.value != cookie.value
                while len(jar) > self.max_per_host:
                    jar.popitem(last=False)
            if jar is not None:
                self._hosts.move_to_end(host)
        return changed

    def header(self, host: str, path: str, https: bool) -> str | None:
        """The Cookie header for a request to `host` at `path`, or None when there is nothing to send."""
        now = time.time()
        with self._lock:
            jar = self._hosts.get(host)
            if not jar:
                return None
            parts: list[str] = []
            size = 0
            # longer paths first (RFC 6265 5.4), then the order they were set in
            for cookie in sorted(jar.values(), key=lambda c: -len(c.path)):
                if not cookie.matches(path or "/", https, now):
                    continue
                part = f"{cookie.name}={cookie.value}"
                if size + len(part) + 2 > MAX_HEADER_BYTES:
                    break
                parts.append(part)
                size += len(part) + 2
        return "; ".join(parts) or None

    def hosts(self) -> list[str]:
        """Hosts that have cookies, least recently used first."""
        with self._lock:
            return list(self._hosts)

    def count(self, host: str) -> int:
        with self._lock:
            return len(self._hosts.get(host) or ())
