"""A small loopback web server for tests: serve a dict of path -> response and log every request.

    from sitesim import Route, SiteSim   # tests/ is on sys.path under pytest
    with SiteSim({"/robots.txt": "User-agent: *\\nDisallow: /private/",
                  "/a.html": Route("<html>...</html>", delay=0.1),
                  "/flaky.html": [Route("busy", status=503), Route("<html>ok</html>")],
                  "/big.xml": Route(b"...", content_type="application/xml", gzip=True)}) as site:
        site.url("/a.html")        # http://127.0.0.1:<random port>/a.html
        site.log                   # [Request(time, method, path, headers), ...] in arrival order

A value is a `Route`, a str/bytes body (200, text/html), a list of Routes (served in turn, the last one
repeats) or a callable taking the `Request` and returning a Route. Unknown paths answer 404. A `Route` can
delay its answer, drip its body slowly, gzip it, lie about Content-Length or cut the connection mid-body.
Bind to another loopback address (host="127.0.0.2") to get a second, separate host.
"""

from __future__ import annotations

import gzip as gzip_module
import http.server
import json
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Route:
    """One canned response."""

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before the status line is sent
    drip: tuple[int, float] | None = None  # (chunk bytes, seconds between chunks) for a slow body
    gzip: bool = False  # send the body gzip-compressed with Content-Encoding: gzip
    content_length: int | None = None  # override the Content-Length header (a lying server)
    cut_after: int | None = None  # send only this many body bytes, then drop the connection
    raw_encoded: bytes | None = None  # already-encoded body bytes to send instead of `body` (gzip bombs)

    def encoded(self) -> bytes:
        if self.raw_encoded is not None:
            return self.raw_encoded
        data = self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        return gzip_module.compress(data) if self.gzip else data


@dataclass(frozen=True)
class Request:
    """One request as the server saw it."""

    time: float  # time.monotonic() when the request line arrived
    method: str
    path: str  # with query string
    headers: dict[str, str]


RouteValue = Route | str | bytes | list[Route] | Callable[[Request], Route]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    sim: SiteSim

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        request = Request(time.monotonic(), self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
        route = self.sim._resolve(request)
        if route.delay:
            time.sleep(route.delay)
        body = route.encoded() if self.command != "HEAD" else b""
        try:
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.gzip or route.raw_encoded is not None and "content-encoding" not in {
                    k.lower() for k in route.headers}:
                self.send_header("Content-Encoding", "gzip")
            length = route.content_length if route.content_length is not None else len(route.encoded())
            self.send_header("Content-Length", str(length))
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.cut_after is not None:
                self.send_header("Connection", "close")
            self.end_headers()
            if route.cut_after is not None:
                self.wfile.write(body[: route.cut_after])
                self.wfile.flush()
                self.close_connection = True
                return
            if route.drip:
                size, pause = route.drip
                for start in range(0, len(body), size):
                    self.wfile.write(body[start:start + size])
                    self.wfile.flush()
                    time.sleep(pause)
            else:
                self.wfile.write(body)
            if route.content_length is not None and route.content_length != len(body):
                self.close_connection = True
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_HEAD = do_GET


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class SiteSim:
    """A threaded HTTP/1.1 server on a loopback address and a random free port."""

    def __init__(self, routes: dict[str, RouteValue] | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.routes: dict[str, RouteValue] = dict(routes or {})
        self.log: list[Request] = []
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"sim": self})
        self._server = _Server((host, port), handler)
        self.host, self.port = self._server.server_address[:2]
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def set(self, path: str, value: RouteValue) -> None:
        """Add or replace a route while the server runs."""
        with self._lock:
            self.routes[path] = value

    def requests(self, path: str | None = None) -> list[Request]:
        """Logged requests, optionally only those for one path (query string ignored)."""
        with self._lock:
            log = list(self.log)
        return [r for r in log if path is None or r.path.split("?", 1)[0] == path]

    def _resolve(self, request: Request) -> Route:
        path = request.path.split("?", 1)[0]
        with self._lock:
            self.log.append(request)
            value = self.routes.get(request.path, self.routes.get(path))
            count = self._served.get(path, 0)
            self._served[path] = count + 1
        if value is None:
            return Route("<html><body>Not found</body></html>", status=404)
        if callable(value) and not isinstance(value, Route):
            return value(request)
        if isinstance(value, list):
            return value[min(count, len(value) - 1)]
        if isinstance(value, str | bytes):
            return Route(value)
        return value

    def start(self) -> SiteSim:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> SiteSim:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Replay:
    """The shared replay sites (../shared/replay/replay.py) built into `outdir` and served in a subprocess
    on 127.0.0.2.. at a free port. `sources(pattern)` gives one Source per site; `stderr()` is what the
    server complained about (it prints there when a robots-disallowed path is requested). `robots_modern`
    serves an RFC 9309 style robots.txt ("Allow: /" first, "*" and "$") and links only it forbids."""

    def __init__(self, shared: Path, outdir: Path, sites: int = 4, faults: bool = True,
                 robots_modern: bool = False) -> None:
        self.shared, self.outdir, self.sites_count, self.faults = Path(shared), Path(outdir), sites, faults
        self.robots_modern = robots_modern
        self.port = 0
        self.sites: dict = {}
        self._proc: subprocess.Popen | None = None
        self._err = self.outdir / "replay.stderr"

    def __enter__(self) -> Replay:
        script = str(self.shared / "replay" / "replay.py")
        site_dir = self.outdir / "site"
        subprocess.run([sys.executable, script, "build", str(self.shared / "corpus" / "dev.jsonl"), str(site_dir),
                        "--sites", str(self.sites_count)], check=True, capture_output=True)
        self.sites = json.loads((site_dir / "sites.json").read_text(encoding="utf-8"))
        for _attempt in range(5):
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                self.port = probe.getsockname()[1]
            args = [sys.executable, script, "serve", str(site_dir), "--port", str(self.port)]
            if self.faults:
                args.append("--faults")
            if self.robots_modern:
                args.append("--robots-modern")
            with open(self._err, "w") as err:  # the child keeps its own copy of the descriptor
                self._proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True)
            lines = [self._proc.stdout.readline() for _ in self.sites] if self._proc.stdout else []
            if all(line.strip() for line in lines):
                return self
            self._proc.kill()
            self._proc.wait()
        raise RuntimeError(f"replay server did not start: {self._err.read_text()}")

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()

    def base(self, site: str) -> str:
        return f"http://{self.sites[site]['host']}:{self.port}"

    def sources(self, article_pattern: str | None = r"/\d{4}/\d{2}/[^/]+\.html$") -> list:
        from crawler.sources import Source

        return [Source(name=site, base_url=self.base(site), feeds=(self.base(site) + "/rss/ngoai-giao.rss",),
                       sitemaps=(self.base(site) + "/sitemap.xml",),
                       listing=self.base(site) + "/ngoai-giao/trang-{page}.html", article_pattern=article_pattern)
                for site in sorted(self.sites)]

    def article_urls(self) -> set[str]:
        return {self.base(site) + a["path"] for site, info in self.sites.items() for a in info["articles"]}

    def stderr(self) -> str:
        return self._err.read_text(encoding="utf-8", errors="replace")
