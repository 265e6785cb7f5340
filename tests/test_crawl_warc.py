"""WARC round trip: fetched pages go into an archive and come back unchanged (charset included)."""

from __future__ import annotations

import asyncio
import io

from sitesim import Route, SiteSim
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.fetch import Fetcher, FetchPolicy, Page
from crawler.sources import Source
from crawler.warc import iter_warc, write_warc

VI = "<html><head><meta charset='utf-8'></head><body>Bộ trưởng Ngoại giao điện đàm</body></html>"


def test_fetched_pages_round_trip(tmp_path):
    routes = {"/a.html": Route(VI, content_type="text/html; charset=iso-8859-1", gzip=True),
              "/r": Route(status=301, headers={"Location": "/a.html"})}
    with SiteSim(routes) as site:
        source = Source(name="sim", base_url=site.base_url, listing=site.url("/l/{page}"))

        async def run():
            async with Fetcher(FetchPolicy(delay=0), [source]) as fetcher:
                return [await fetcher.fetch(site.url(p)) for p in ("/a.html", "/r")]

        pages = asyncio.run(run())
    assert all(isinstance(p, Page) for p in pages)
    path = tmp_path / "crawl.warc.gz"
    assert write_warc(pages, path) == 2
    back = list(iter_warc(path))
    assert [p.url for p in back] == [p.url for p in pages]
    for original, restored in zip(pages, back, strict=True):
        assert restored.final_url == original.final_url and restored.redirects == original.redirects
        assert restored.body == original.body and restored.status == 200
        assert restored.encoding == "utf-8" and restored.text() == original.text()
        assert restored.headers["content-type"] == original.headers["content-type"]
        assert abs((restored.fetched_at - original.fetched_at).total_seconds()) < 1


def test_reads_archives_from_other_tools(tmp_path):
    path = tmp_path / "other.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        body = VI.encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("http://Example.vn:80/tin/a.html#x", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
        writer.write_record(writer.create_warc_record("dns:example.vn", "resource", payload=io.BytesIO(b"1.2.3.4"),
                                                      warc_content_type="text/dns"))
        req = StatusAndHeaders("GET /tin/a.html HTTP/1.0", [("Host", "example.vn")], is_http_request=True)
        writer.write_record(writer.create_warc_record("http://example.vn/tin/a.html", "request", http_headers=req))
    pages = list(iter_warc(path))
    assert len(pages) == 1
    assert pages[0].url == pages[0].final_url == "http://example.vn/tin/a.html"
    assert pages[0].encoding is None and "điện đàm" in pages[0].text()


def test_write_is_atomic(tmp_path):
    path = tmp_path / "keep.warc.gz"
    path.write_bytes(b"old archive")

    def broken():
        yield from ()
        raise RuntimeError("crawl died")

    try:
        write_warc(broken(), path)
    except RuntimeError:
        pass
    assert path.read_bytes() == b"old archive"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.warc.gz"]
