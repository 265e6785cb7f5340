"""The offline snapshot: a few small news sites shipped in the package, served on loopback.

Each site under `diendam/snapshot/<site>/` has robots.txt, an RSS feed, a sitemap, a paginated listing and
article pages (invented articles in the style of Vietnamese state media: real-looking calls and look-alikes
that are not calls). Every site gets its own port on 127.0.0.1, so each is its own host to the crawler, and
`{BASE}` in the files becomes that site's origin. The demo and the tests crawl it; nothing leaves loopback.

    with SnapshotServer() as snap:
        snap.write_sources(tmp / "sources.toml")
"""

from __future__ import annotations

import email.utils
import hashlib
import http.server
import json
import socketserver
import sys
import threading
from pathlib import Path
from types import TracebackType

SNAPSHOT_DIR = Path(__file__).resolve().parent / "snapshot"

_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".txt": "text/plain; charset=utf-8",
}


def snapshot_sites(root: Path = SNAPSHOT_DIR) -> dict[str, dict]:
    """The site descriptions of `snapshot/sites.json`: entry points, listing template, article list."""
    return json.loads((root / "sites.json").read_text(encoding="utf-8"))


class _SiteHandler(http.server.BaseHTTPRequestHandler):
    """Serves one site's directory read-only; GET and HEAD only, no directory listings."""

    protocol_version = "HTTP/1.1"
    root: Path = SNAPSHOT_DIR
    hits: dict[str, int]
    not_modified: dict[str, int]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def _reply(self, code: int, body: bytes, content_type: str = "text/html; charset=utf-8",
               headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        self.hits[path] = self.hits.get(path, 0) + 1
        target = (self.root / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_relative_to(self.root) or not target.is_file():
            self._reply(404, b"<html><body><h1>404</h1><p>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</p></body></html>")
            return
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        body = target.read_bytes().replace(b"{BASE}", base.encode())
        # Validators like a real news site: an ETag of the content and the file's modification time, so
        # conditional requests of a later run get 304 Not Modified (counted in `not_modified`).
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(int(target.stat().st_mtime), usegmt=True)
        if etag in (self.headers.get("If-None-Match") or "") or (
                not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == modified):
            self.not_modified[path] = self.not_modified.get(path, 0) + 1
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._reply(200, body, _CONTENT_TYPES.get(target.suffix, "application/octet-stream"),
                    {"ETag": etag, "Last-Modified": modified})


class _ThreadingServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        """A client that drops its connection (a crawler closing a kept-alive socket) is no server error: the demo
        does not print a traceback for it; anything else is printed as the standard library does."""
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            return
        super().handle_error(request, client_address)


class SnapshotServer:
    """Serves every snapshot site on 127.0.0.1 at a free port each, in background threads.

    `base_urls` maps site name -> origin; `hits` counts requests per site and path (tests use it to prove
    that a re-run or a re-extraction does not refetch)."""

    def __init__(self, root: Path = SNAPSHOT_DIR, host: str = "127.0.0.1", first_port: int = 0) -> None:
        """`first_port`: serve the sites on that port and the next ones (a port taken falls back to a free one), so
        that a second run serves the same addresses and a crawl of it finds nothing new; 0, any free port."""
        self.root = root
        self.host = host
        self.first_port = first_port
        self.sites = snapshot_sites(root)
        self.base_urls: dict[str, str] = {}
        self.hits: dict[str, dict[str, int]] = {}
        self.not_modified: dict[str, dict[str, int]] = {}  # 304 answers per site and path
        self._servers: list[_ThreadingServer] = []

    def start(self) -> SnapshotServer:
        for i, name in enumerate(sorted(self.sites)):
            self.hits[name], self.not_modified[name] = {}, {}
            handler = type(f"Handler_{name}", (_SiteHandler,),
                           {"root": (self.root / name).resolve(), "hits": self.hits[name],
                            "not_modified": self.not_modified[name]})
            server = self._bind(self.first_port + i if self.first_port else 0, handler)
            threading.Thread(target=server.serve_forever, name=f"snapshot-{name}", daemon=True).start()
            self._servers.append(server)
            self.base_urls[name] = f"http://{self.host}:{server.server_address[1]}"
        return self

    def _bind(self, port: int, handler: type[_SiteHandler]) -> _ThreadingServer:
        try:
            return _ThreadingServer((self.host, port), handler)
        except OSError:
            if not port:
                raise
            return _ThreadingServer((self.host, 0), handler)  # the port is taken: any free one

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> SnapshotServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def sources_toml(self, delay: float = 0.0) -> str:
        """A sources file for the running sites (no politeness delay: it is our own loopback server)."""
        return sources_toml({name: (self.base_urls[name], info) for name, info in self.sites.items()}, delay)

    def write_sources(self, path: Path, delay: float = 0.0) -> Path:
        path.write_text(self.sources_toml(delay), encoding="utf-8")
        return path


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def sources_toml(sites: dict[str, tuple[str, dict]], delay: float = 0.0) -> str:
    """`[[source]]` tables for sites given as name -> (origin, {feeds, sitemaps, listing, article_pattern})."""
    blocks = []
    for name, (base, info) in sorted(sites.items()):
        lines = ["[[source]]", f"name = {_toml_str(name)}", f"base_url = {_toml_str(base + '/')}"]
        for key in ("feeds", "sitemaps"):
            urls = ", ".join(_toml_str(base + p) for p in info.get(key, ()))
            lines.append(f"{key} = [{urls}]")
        if info.get("listing"):
            lines.append(f"listing = {_toml_str(base + info['listing'])}")
        if info.get("article_pattern"):
            lines.append(f"article_pattern = {_toml_str(info['article_pattern'])}")
        if info.get("max_listing_pages"):
            lines.append(f"max_listing_pages = {int(info['max_listing_pages'])}")
        lines.append(f"delay = {float(delay)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


REPLAY_LAYOUT = {  # where ../shared/replay/replay.py puts a site's entry points
    "feeds": ["/rss/ngoai-giao.rss"],
    "sitemaps": ["/sitemap.xml"],
    "listing": "/ngoai-giao/trang-{page}.html",
    "article_pattern": r"/\d{4}/\d{2}/[^/]+\.html$",
}


def replay_sources_toml(sites_json: Path, port: int, delay: float = 0.0) -> str:
    """A sources file for sites built by the shared replay tool (`replay.py build`), served at `port`."""
    sites = json.loads(Path(sites_json).read_text(encoding="utf-8"))
    return sources_toml({name: (f"http://{info['host']}:{port}",
                                {**REPLAY_LAYOUT, "max_listing_pages": len(info["articles"]) // 10 + 2})
                         for name, info in sites.items()}, delay)
