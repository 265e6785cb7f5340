"""Pages to and from WARC files (warcio), so archives can be re-extracted or used for backfills offline.

Each Page becomes one gzip-compressed `response` record whose target is the final URL; the URL that was
asked for, the redirect chain and the charset travel in WARC-Diendam-* headers so a round trip gives the
same Page back. WARC files written by other crawlers read fine too (those fields are then derived).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.fetch import Page
from crawler.urls import normalize_url

_REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content", 304: "Not Modified"}
# headers that described the transfer, not the stored (already decoded) body
_DROP = {"content-encoding", "transfer-encoding", "content-length", "connection"}


def write_warc(pages: Iterable[Page], path: str | Path) -> int:
    """Write pages as WARC response records (gzip per record). Returns the number of records written.
    The file is written to a temporary name and renamed, so an existing archive is never half-overwritten."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        count = _write_records(pages, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    return count


def _write_records(pages: Iterable[Page], tmp: Path) -> int:
    count = 0
    with open(tmp, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for page in pages:
            headers = [(k, v) for k, v in page.headers.items() if k.lower() not in _DROP]
            headers.append(("Content-Length", str(len(page.body))))
            status = f"{page.status} {_REASONS.get(page.status, 'OK')}"
            http_headers = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            fetched = page.fetched_at if page.fetched_at.tzinfo else page.fetched_at.replace(tzinfo=UTC)
            warc_headers = {
                "WARC-Date": fetched.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "WARC-Diendam-Requested-URL": page.url,
                "WARC-Diendam-Redirects": json.dumps(list(page.redirects)),
            }
            if page.encoding:
                warc_headers["WARC-Diendam-Encoding"] = page.encoding
            record = writer.create_warc_record(page.final_url, "response", payload=io.BytesIO(page.body),
                                               length=len(page.body), warc_headers_dict=warc_headers,
                                               http_headers=http_headers)
            writer.write_record(record)
            count += 1
    return count


def _parse_warc_date(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC)


def iter_warc(path: str | Path) -> Iterator[Page]:
    """Pages of the `response` records of a WARC file (.warc or .warc.gz), in file order."""
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            target = record.rec_headers.get_header("WARC-Target-URI") or ""
            try:
                final_url = normalize_url(target)
            except ValueError:
                continue  # dns:, ftp: and other non-web records
            requested = record.rec_headers.get_header("WARC-Diendam-Requested-URL") or final_url
            redirects = record.rec_headers.get_header("WARC-Diendam-Redirects")
            try:
                chain = tuple(json.loads(redirects)) if redirects else ()
            except ValueError:
                chain = ()
            body = record.content_stream().read()  # undoes chunked and gzip transfer coding
            headers = {k.lower(): v for k, v in record.http_headers.headers if k.lower() not in _DROP}
            headers["content-length"] = str(len(body))
            status = int(record.http_headers.get_statuscode() or 0)
            yield Page(url=requested, final_url=final_url, status=status, headers=headers, body=body,
                       fetched_at=_parse_warc_date(record.rec_headers.get_header("WARC-Date")),
                       redirects=chain, encoding=record.rec_headers.get_header("WARC-Diendam-Encoding"))
