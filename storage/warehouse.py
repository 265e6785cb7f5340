"""The DuckDB warehouse: versioned schema, raw page archive and idempotent, short write transactions.

DuckDB lets one process write a file at a time and blocks readers while it does. So every write here
opens the file, runs ONE transaction and closes it: analysts' queries get in between load batches.
When another process holds the file we retry briefly, then raise `WarehouseLocked`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from storage import persons as person_resolution
from storage.countries import country_rows
from storage.schema import MIGRATIONS, SCHEMA_VERSION, TABLES, VIEW_NAMES


class WarehouseError(RuntimeError):
    """A warehouse that cannot be used as asked; the message says why and what to do."""


class WarehouseLocked(WarehouseError):
    """Another process holds the write lock; retry later."""


@dataclass
class LoadItem:
    """One fetched and processed page, ready to load. `calls` are `extractors.Call.to_dict()` dicts."""

    url: str  # normalised URL the page was fetched from
    source: str
    final_url: str
    canonical_url: str | None  # normalised <link rel=canonical>; mobile/AMP copies share it
    status: int
    headers: dict[str, str]
    raw: bytes  # the body as fetched
    fetched_at: datetime
    title: str | None
    published_at: date | None
    text: str | None  # None when the page held no article
    is_call: bool
    extractor_version: str
    calls: list[dict] = field(default_factory=list)


@dataclass
class LoadStats:
    pages: int = 0  # raw pages stored or updated
    new_articles: int = 0
    new_calls: int = 0
    new_mentions: int = 0
    unchanged: int = 0  # items already stored exactly as given


@dataclass
class StoredPage:
    """A raw page from the archive, decompressed: enough to clean and extract again without the network."""

    url: str
    source: str
    final_url: str | None
    status: int | None
    headers: dict[str, str]
    raw: bytes
    fetched_at: datetime | None
    canonical_url: str | None = None
    article_id: str | None = None
    published_at: date | None = None  # of the article the page held, as last extracted
    extractor_version: str | None = None  # version that last extracted it (None: no article)
    encoding: str | None = None  # charset from the stored Content-Type header, when it names one


def _default_lock_wait() -> float:
    """Seconds a writer waits for another process's lock: $DIENDAM_LOCK_WAIT, else 30."""
    try:
        return max(0.0, float(os.environ.get("DIENDAM_LOCK_WAIT", "30")))
    except ValueError:
        return 30.0
DEFAULT_QUERY_RETRIES = 50  # x 0.1 s: a query waits up to 5 s for a load batch to commit
NEAR_MISS_SIMILARITY = 0.6  # unrelated names score < 0.4; transliterations 0.75-0.95
_SAFE_READ_CONFIG = {"enable_external_access": False, "lock_configuration": True}


# ---------------------------------------------------------------------------------------------- helpers
def _sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def article_id_for(url: str) -> str:
    """Stable article id from the canonical URL: mobile/AMP copies that share it become one article."""
    return "a_" + hashlib.sha1(url.encode()).hexdigest()[:16]


def _utc_naive(moment: datetime | None) -> datetime | None:
    """Timestamps are stored as naive UTC."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _is_lock_error(message: str) -> bool:
    lowered = message.lower()
    return "could not set lock" in lowered or "conflicting lock" in lowered


def _explain_io(path: Path, message: str) -> str:
    lowered = message.lower()
    if "no space left" in lowered or "file too large" in lowered or "disk" in lowered and "full" in lowered:
        return (f"warehouse {path}: the disk is full (or the file size limit was hit); the write was rolled "
                f"back and earlier data is intact. Free space and retry. ({message})")
    if "permission denied" in lowered or "read-only file system" in lowered or "read only" in lowered:
        return (f"warehouse {path} is not writable (read-only file, directory or filesystem); nothing was "
                f"changed. Fix the permissions or point to a writable path. ({message})")
    return f"warehouse {path}: {message}"


def _charset(headers: dict[str, str]) -> str | None:
    """The charset named in a Content-Type header, if any."""
    for name, value in headers.items():
        if name.lower() == "content-type" and "charset=" in value.lower():
            charset = value.lower().split("charset=", 1)[1].split(";")[0].strip().strip('"')
            return charset or None
    return None


def _parse_call_date(value: Any) -> tuple[date | None, str | None]:
    """(full date, '--MM-DD') from a Call.date: 'YYYY-MM-DD', '--MM-DD' or None."""
    if value is None or value == "":
        return None, None
    if isinstance(value, date):
        return value, f"--{value:%m-%d}"
    text = str(value)
    if text.startswith("--") and len(text) == 7:
        month, day = int(text[2:4]), int(text[5:7])
        date(2000, month, day)  # validates (2000 is a leap year, so --02-29 passes)
        return None, text
    full = date.fromisoformat(text)
    return full, f"--{full:%m-%d}"


def _md_distance(month_day: str, full: date) -> int:
    """Days between a '--MM-DD' and a full date, placing the month-day in the full date's year."""
    month, day = int(month_day[2:4]), int(month_day[5:7])
    best = 400
    for year in (full.year - 1, full.year, full.year + 1):
        try:
            best = min(best, abs((date(year, month, day) - full).days))
        except ValueError:  # 29 Feb in a non-leap year
            continue
    return best


@dataclass
class _CallFacts:
    full: date | None
    month_day: str | None
    reported_on: date | None  # the reporting article's publication (or fetch) date


def dates_compatible(new: _CallFacts, old: _CallFacts) -> int | None:
    """How far apart two reports of calls between the same two people are, in days, or None when they
    cannot be the same call. The near-miss rule for one record per real-world call:

    - both full dates: at most 1 day apart (time zones: an evening call in Washington is next day in Hanoi);
    - full date vs '--MM-DD': same day/month within 1 day, and the undated-year report published within
      45 days of the full date;
    - both '--MM-DD': same day/month within 1 day and reports published within 14 days of each other;
    - one report gives no date: the dated call happened 0-10 days before that report was published;
    - neither gives a date: reports published within 7 days of each other.
    """
    def pub_gap() -> int | None:
        if new.reported_on and old.reported_on:
            return abs((new.reported_on - old.reported_on).days)
        return None

    if new.full and old.full:
        gap = abs((new.full - old.full).days)
        return gap if gap <= 1 else None
    if (new.full and old.month_day) or (old.full and new.month_day):
        full, md_side = (new.full, old) if new.full else (old.full, new)
        assert full is not None and md_side.month_day is not None
        gap = _md_distance(md_side.month_day, full)
        if gap > 1:
            return None
        if md_side.reported_on and abs((md_side.reported_on - full).days) > 45:
            return None
        return gap
    if new.month_day and old.month_day:
        gap = _md_distance(new.month_day, date(2000, int(old.month_day[2:4]), int(old.month_day[5:7])))
        published = pub_gap()
        if gap > 1 or (published is not None and published > 14):
            return None
        return gap
    dated, undated = (new, old) if (new.full or new.month_day) else (old, new)
    if dated.full or dated.month_day:
        if undated.reported_on is None:
            return None
        if dated.full:
            before = (undated.reported_on - dated.full).days
            return before if -1 <= before <= 10 else None
        gap = _md_distance(dated.month_day or "", undated.reported_on)
        return gap if gap <= 10 else None
    published = pub_gap()
    return published if published is not None and published <= 7 else None


# ---------------------------------------------------------------------------------------------- warehouse
class Warehouse:
    """A DuckDB file. Each write opens the file, does one transaction and closes it, so readers get in."""

    def __init__(self, path: str | Path, *, lock_wait: float | None = None) -> None:
        self.path = Path(path)
        self.lock_wait = _default_lock_wait() if lock_wait is None else lock_wait

    def __repr__(self) -> str:
        return f"Warehouse({str(self.path)!r})"

    # ------------------------------------------------------------------ connections
    def _connect(self, *, read_only: bool, wait: float | None = None,
                 config: dict | None = None) -> duckdb.DuckDBPyConnection:
        """Open the file, retrying while another process holds the lock."""
        if self.path.is_dir():
            raise WarehouseError(f"warehouse path {self.path} is a directory; give a file path like "
                                 f"{self.path / 'diendam.duckdb'}")
        if read_only and not self.path.exists():
            raise WarehouseError(f"no warehouse at {self.path}: run a crawl or `Warehouse(path).migrate()` first")
        if not read_only and not self.path.parent.is_dir():
            raise WarehouseError(f"cannot create warehouse {self.path}: directory {self.path.parent} does not exist")
        deadline = time.monotonic() + (self.lock_wait if wait is None else wait)
        pause = 0.02
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only, config=dict(config or {}))
            except duckdb.Error as exc:
                message = str(exc)
                if not _is_lock_error(message):
                    raise WarehouseError(_explain_io(self.path, message)) from exc
                if time.monotonic() >= deadline:
                    raise WarehouseLocked(
                        f"warehouse {self.path} is locked by another process (a load in progress?); "
                        f"retry in a few seconds. ({message.splitlines()[0]})") from exc
                time.sleep(pause)
                pause = min(pause * 2, 0.25)

    @contextmanager
    def _read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self._connect(read_only=True)
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def _write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction: open, check the schema (migrating an older one), BEGIN ... COMMIT, close."""
        con = self._connect(read_only=False)
        try:
            version = self._version(con)
            if version > SCHEMA_VERSION:
                raise self._too_new(version)
            if version < SCHEMA_VERSION:
                self._apply_migrations(con, version, SCHEMA_VERSION)
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                with suppress(duckdb.Error):
                    con.execute("ROLLBACK")
                raise
        except duckdb.Error as exc:
            raise WarehouseError(_explain_io(self.path, f"write failed and was rolled back: {exc}")) from exc
        finally:
            with suppress(duckdb.Error):
                con.close()

    # ------------------------------------------------------------------ schema
    @staticmethod
    def _version(con: duckdb.DuckDBPyConnection) -> int:
        exists = con.execute("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_name = 'schema_migrations'").fetchone()
        if not exists or not exists[0]:
            return 0
        row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _too_new(self, version: int) -> WarehouseError:
        return WarehouseError(
            f"warehouse {self.path} has schema version {version}, newer than this diendam "
            f"(knows up to {SCHEMA_VERSION}); upgrade diendam instead of writing to it with an old version")

    def _apply_migrations(self, con: duckdb.DuckDBPyConnection, current: int, target: int) -> list[int]:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        "description VARCHAR, applied_at TIMESTAMP)")
            applied = []
            for version in range(current + 1, target + 1):
                description, statements = MIGRATIONS[version]
                for statement in statements:
                    con.execute(statement)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                            [version, description, _utc_naive(datetime.now(UTC))])
                applied.append(version)
            self._sync_countries(con)
            con.execute("COMMIT")
            return applied
        except BaseException:
            with suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise

    @staticmethod
    def _sync_countries(con: duckdb.DuckDBPyConnection) -> None:
        """Country names follow the gazetteer: new countries are added, changed names updated."""
        rows = country_rows()
        _in_list(con, "DELETE FROM countries WHERE country_code IN (SELECT unnest(?))", [r[0] for r in rows])
        _bulk_insert(con, "countries", rows)

    def migrate(self, target: int | None = None) -> list[int]:
        """Create the warehouse or upgrade it in place, in one transaction. Returns the versions applied."""
        target = SCHEMA_VERSION if target is None else target
        if target not in MIGRATIONS:
            raise WarehouseError(f"unknown schema version {target}; this diendam knows 1..{SCHEMA_VERSION}")
        con = self._connect(read_only=False)
        try:
            version = self._version(con)
            if version > SCHEMA_VERSION:
                raise self._too_new(version)
            if version >= target:
                con.execute("BEGIN TRANSACTION")
                self._sync_countries(con)
                con.execute("COMMIT")
                return []
            return self._apply_migrations(con, version, target)
        except duckdb.Error as exc:
            raise WarehouseError(_explain_io(self.path, f"migration failed and was rolled back: {exc}")) from exc
        finally:
            con.close()

    def schema_version(self) -> int:
        with self._read() as con:
            return self._version(con)

    # ------------------------------------------------------------------ runs and fetch bookkeeping
    def start_run(self, flow: str, params: dict) -> str:
        """Record a crawl/flow run as running; returns its id."""
        started = datetime.now(UTC)
        run_id = f"{flow}-{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
        with self._write() as con:
            con.execute("INSERT INTO crawl_runs (run_id, flow, started_at, status, params) VALUES (?, ?, ?, ?, ?)",
                        [run_id, flow, _utc_naive(started), "running", json.dumps(params, default=str)])
        return run_id

    def finish_run(self, run_id: str, status: str, stats: dict, *, source_stats: dict | None = None,
                   sources_may_have_moved: list[dict] | None = None) -> None:
        """Close a run with its status and figures (pages_fetched, pages_failed, articles_new, calls_new...),
        and the health of each source: `source_stats` (name -> figures) and `sources_may_have_moved`
        ([{"source", "why"}])."""
        def figure(name: str) -> int | None:
            value = stats.get(name)
            return int(value) if isinstance(value, int | float) else None

        def as_json(value: object) -> str | None:
            return None if value is None else json.dumps(value, default=str, ensure_ascii=False)

        with self._write() as con:
            exists = con.execute("SELECT count(*) FROM crawl_runs WHERE run_id = ?", [run_id]).fetchone()
            if not exists or not exists[0]:
                raise WarehouseError(f"unknown run {run_id!r}: start it with start_run() first")
            con.execute(
                "UPDATE crawl_runs SET finished_at = ?, status = ?, pages_fetched = ?, pages_failed = ?, "
                "articles_new = ?, calls_new = ?, stats = ?, source_stats = ?, sources_may_have_moved = ? "
                "WHERE run_id = ?",
                [_utc_naive(datetime.now(UTC)), status, figure("pages_fetched"), figure("pages_failed"),
                 figure("articles_new"), figure("calls_new"), json.dumps(stats, default=str),
                 as_json(source_stats), as_json(sources_may_have_moved), run_id])

    def new_articles_by_source(self, run_id: str) -> dict[str, int]:
        """Articles first stored by `run_id`, counted per source."""
        with self._read() as con:
            rows = con.execute("SELECT source, count(*) FROM articles WHERE first_run_id = ? GROUP BY source",
                               [run_id]).fetchall()
        return {source: int(n) for source, n in rows}

    def source_history(self, flow: str, before_run: str | None = None, limit: int = 10) -> list[dict | None]:
        """`source_stats` of the last `limit` finished runs of `flow` (newest first, `before_run` left out);
        None for a run recorded before source health was kept (schema version 3)."""
        with self._read() as con:
            if not _has_column(con, "crawl_runs", "source_stats"):
                return []
            rows = con.execute(
                "SELECT source_stats FROM crawl_runs WHERE flow = ? AND finished_at IS NOT NULL "
                "AND run_id IS DISTINCT FROM ? ORDER BY started_at DESC LIMIT ?", [flow, before_run, limit]).fetchall()
        return [json.loads(row[0]) if row[0] else None for row in rows]

    def sources_may_have_moved(self, flows: tuple[str, ...] = ("daily_crawl", "backfill")) -> list[dict]:
        """What the latest finished run of each flow in `flows` said about sources that may have moved:
        [{"source", "why", "run_id", "finished_at"}], the daily crawl's first. Empty for a warehouse that
        predates source health (read-only: an old file is not migrated here)."""
        out: list[dict] = []
        with self._read() as con:
            if not _has_column(con, "crawl_runs", "sources_may_have_moved"):
                return []
            for flow in flows:
                row = con.execute(
                    "SELECT run_id, finished_at, sources_may_have_moved FROM crawl_runs WHERE flow = ? "
                    "AND finished_at IS NOT NULL ORDER BY started_at DESC LIMIT 1", [flow]).fetchone()
                if row and row[2]:
                    out += [{**entry, "run_id": row[0], "finished_at": row[1]} for entry in json.loads(row[2])]
        return out

    def record_failures(self, run_id: str, failures: list[dict]) -> None:
        """Log skipped/failed URLs (dicts with url, reason, detail, status, at) in fetch_log."""
        rows = []
        for failure in failures:
            if not failure.get("url") or not failure.get("reason"):
                raise WarehouseError(f"a fetch failure needs 'url' and 'reason': {failure!r}")
            at = failure.get("at")
            if isinstance(at, str):
                at = datetime.fromisoformat(at)
            rows.append([run_id, failure["url"], failure["reason"], failure.get("detail") or "",
                         failure.get("status"), _utc_naive(at or datetime.now(UTC)), failure.get("source"),
                         failure.get("stage")])
        if not rows:
            return
        with self._write() as con:
            con.executemany("INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def load_validators(self) -> dict[str, dict[str, str | None]]:
        """url -> {'etag', 'last_modified'}, for conditional requests."""
        if not self.path.exists():
            return {}
        with self._read() as con:
            if self._version(con) == 0:
                return {}
            rows = con.execute("SELECT url, etag, last_modified FROM http_validators").fetchall()
        return {url: {"etag": etag, "last_modified": modified} for url, etag, modified in rows}

    def save_validators(self, validators: dict) -> None:
        """Upsert validators: url -> {'etag', 'last_modified'} (or an (etag, last_modified) pair)."""
        if not validators:
            return
        urls, etags, modifieds = [], [], []
        for url, value in validators.items():
            etag, modified = (value.get("etag"), value.get("last_modified")) if isinstance(value, dict) else value
            urls.append(url)
            etags.append(etag)
            modifieds.append(modified)
        now = _utc_naive(datetime.now(UTC))
        with self._write() as con:  # one statement: executemany costs ~2 ms a row in DuckDB
            con.execute("INSERT OR REPLACE INTO http_validators SELECT unnest(?), unnest(?), unnest(?), ?",
                        [urls, etags, modifieds, now])

    # ------------------------------------------------------------------ reading
    def known_urls(self, urls: Iterable[str] | None = None) -> set[str]:
        """URLs already stored (as fetched, final or canonical URL of a raw page or article).

        With `urls`, only those of them that are known (cheap for a discover batch)."""
        if not self.path.exists():
            return set()
        wanted = None if urls is None else list(dict.fromkeys(urls))
        if wanted is not None and not wanted:
            return set()
        sql = """SELECT url FROM raw_pages UNION SELECT final_url FROM raw_pages WHERE final_url IS NOT NULL
                 UNION SELECT canonical_url FROM raw_pages WHERE canonical_url IS NOT NULL
                 UNION SELECT url FROM article_urls"""
        with self._read() as con:
            if self._version(con) == 0:
                return set()
            if wanted is None:
                return {row[0] for row in con.execute(sql).fetchall()}
            con.execute("CREATE TEMP TABLE wanted_urls (url VARCHAR)")
            con.executemany("INSERT INTO wanted_urls VALUES (?)", [[u] for u in wanted])
            rows = con.execute(f"SELECT url FROM wanted_urls WHERE url IN ({sql})").fetchall()
        return {row[0] for row in rows}

    def iter_raw_pages(self, since: date | None = None, batch_size: int = 200) -> Iterator[list[StoredPage]]:
        """The raw page archive in batches, oldest first. The file is opened per batch, so a writer (e.g.
        `replace_extractions` between batches) is never locked out for long."""
        if batch_size < 1:
            raise WarehouseError("batch_size must be at least 1")
        since_ts = datetime.combine(since, datetime.min.time()) if since else datetime(1, 1, 1)
        after: tuple[datetime, str] | None = None
        while True:
            with self._read() as con:
                select = ("SELECT r.url, r.source, r.final_url, r.status, r.headers, r.body, r.body_codec, "
                          "r.fetched_at, r.canonical_url, r.article_id, a.published_at, a.extractor_version "
                          "FROM raw_pages r LEFT JOIN articles a ON a.article_id = r.article_id ")
                order = " ORDER BY coalesce(r.fetched_at, TIMESTAMP '0001-01-01'), r.url LIMIT ?"
                if after is None:
                    rows = con.execute(select + "WHERE coalesce(r.fetched_at, TIMESTAMP '0001-01-01') >= ?" + order,
                                       [since_ts, batch_size]).fetchall()
                else:
                    rows = con.execute(select + "WHERE (coalesce(r.fetched_at, TIMESTAMP '0001-01-01'), r.url) > (?, ?)"
                                       + order, [after[0], after[1], batch_size]).fetchall()
            if not rows:
                return
            pages = []
            for (url, source, final_url, status, headers, body, codec, fetched_at, canonical, article_id,
                 published_at, version) in rows:
                raw = gzip.decompress(body) if codec == "gzip" else bytes(body or b"")
                header_map = json.loads(headers) if headers else {}
                pages.append(StoredPage(url=url, source=source, final_url=final_url, status=status,
                                        headers=header_map, raw=raw, fetched_at=fetched_at, canonical_url=canonical,
                                        article_id=article_id, published_at=published_at,
                                        extractor_version=version if article_id else None,
                                        encoding=_charset(header_map)))
            yield pages
            last = rows[-1]
            after = (last[7] or datetime(1, 1, 1), last[0])
            if len(rows) < batch_size:
                return

    def calls_loaded_by(self, run_id: str) -> list[dict]:
        """Calls first loaded by a run, with date, participants, countries and reporting URLs."""
        with self._read() as con:  # three queries, whatever the number of calls
            calls = con.execute(
                "SELECT call_id, call_date, call_month_day, reported_on, medium, confidence FROM calls "
                "WHERE first_run_id = ? ORDER BY coalesce(call_date, reported_on), call_id", [run_id]).fetchall()
            participants: dict[str, list[dict]] = {}
            for call_id, pos, name, title, role, country, person_id in con.execute(
                    "SELECT p.call_id, position, name, title, role, country_code, person_id FROM call_participants p "
                    "JOIN calls c USING (call_id) WHERE c.first_run_id = ? ORDER BY p.call_id, position",
                    [run_id]).fetchall():
                participants.setdefault(call_id, []).append(
                    {"position": pos, "name": name, "title": title, "role": role, "country": country,
                     "person_id": person_id})
            urls: dict[str, list[str]] = {}
            for call_id, url in con.execute(
                    "SELECT m.call_id, a.url FROM call_mentions m JOIN articles a ON a.article_id = m.article_id "
                    "JOIN calls c ON c.call_id = m.call_id WHERE c.first_run_id = ? ORDER BY m.call_id, a.url",
                    [run_id]).fetchall():
                urls.setdefault(call_id, []).append(url)
        result = []
        for call_id, call_date, month_day, reported_on, medium, confidence in calls:
            people = participants.get(call_id, [])
            result.append({
                "call_id": call_id, "date": call_date.isoformat() if call_date else month_day,
                "call_date": call_date, "reported_on": reported_on, "medium": medium,
                "confidence": confidence, "participants": people,
                "countries": sorted({p["country"] for p in people if p["country"]}),
                "urls": urls.get(call_id, [])})
        return result

    # ------------------------------------------------------------------ loading
    def load(self, items: list[LoadItem], run_id: str) -> LoadStats:
        """Store a batch in ONE transaction. Idempotent: loading the same items again changes nothing."""
        _validate_items(items)
        stats = LoadStats()
        if not items:
            return stats
        with self._write() as con:
            _Loader(con, run_id, stats).load_items(items, replace=False)
        return stats

    def replace_extractions(self, items: list[LoadItem], extractor_version: str) -> LoadStats:
        """Re-extraction with a new extractor version: the calls, mentions and findings of these items'
        articles are replaced by the given ones ATOMICALLY (one transaction). Raw pages and articles stay;
        articles get the new text/title/version. Calls no article mentions any more are removed."""
        _validate_items(items)
        for item in items:
            if item.extractor_version != extractor_version:
                raise WarehouseError(f"item {item.url} was extracted by {item.extractor_version!r}, "
                                     f"not {extractor_version!r}")
        stats = LoadStats()
        if not items:
            return stats
        with self._write() as con:
            _Loader(con, f"reextract:{extractor_version}", stats).load_items(items, replace=True)
        return stats

    # ------------------------------------------------------------------ integrity and export
    def check(self) -> list[str]:
        """Integrity problems; an empty list means the warehouse is consistent."""
        problems: list[str] = []
        with self._read() as con:
            version = self._version(con)
            if version != SCHEMA_VERSION:
                return [f"schema version is {version}, expected {SCHEMA_VERSION}: run migrate()"]
            checks = [
                ("calls without any mention",
                 "SELECT count(*) FROM calls c WHERE NOT EXISTS "
                 "(SELECT 1 FROM call_mentions m WHERE m.call_id = c.call_id)"),
                ("calls without exactly two participants (positions 1 and 2)",
                 "SELECT count(*) FROM calls c WHERE (SELECT count(*) FROM call_participants p "
                 "WHERE p.call_id = c.call_id AND p.position IN (1, 2)) <> 2"),
                ("participants of unknown calls",
                 "SELECT count(*) FROM call_participants p WHERE p.call_id NOT IN (SELECT call_id FROM calls)"),
                ("participants referencing unknown persons",
                 "SELECT count(*) FROM call_participants p WHERE p.person_id NOT IN (SELECT person_id FROM persons)"),
                ("mentions of unknown calls",
                 "SELECT count(*) FROM call_mentions m WHERE m.call_id NOT IN (SELECT call_id FROM calls)"),
                ("mentions in unknown articles",
                 "SELECT count(*) FROM call_mentions m WHERE m.article_id NOT IN (SELECT article_id FROM articles)"),
                ("findings of unknown calls or articles",
                 "SELECT count(*) FROM call_findings f WHERE f.call_id NOT IN (SELECT call_id FROM calls) "
                 "OR f.article_id NOT IN (SELECT article_id FROM articles)"),
                ("raw pages pointing at a missing article (orphaned raw pages)",
                 "SELECT count(*) FROM raw_pages r WHERE r.article_id IS NOT NULL "
                 "AND r.article_id NOT IN (SELECT article_id FROM articles)"),
                ("articles without a raw page",
                 "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                 "(SELECT 1 FROM raw_pages r WHERE r.article_id = a.article_id)"),
                ("article URLs of unknown articles",
                 "SELECT count(*) FROM article_urls u WHERE u.article_id NOT IN (SELECT article_id FROM articles)"),
                ("aliases of unknown persons",
                 "SELECT count(*) FROM person_aliases a WHERE a.person_id NOT IN (SELECT person_id FROM persons)"),
                ("call articles flagged is_call = false",
                 "SELECT count(DISTINCT m.article_id) FROM call_mentions m JOIN articles a "
                 "ON a.article_id = m.article_id WHERE NOT a.is_call"),
                ("raw pages whose body does not decompress to body_size",
                 "SELECT count(*) FROM raw_pages WHERE body IS NULL OR body_size IS NULL"),
            ]
            for label, sql in checks:
                row = con.execute(sql).fetchone()
                count = int(row[0]) if row else 0
                if count:
                    problems.append(f"{count} {label}")
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("calls", "call_participants")}
            if counts["call_participants"] != 2 * counts["calls"]:
                problems.append(f"row counts: {counts['call_participants']} participants for "
                                f"{counts['calls']} calls (expected twice as many)")
        return problems

    def export(self, directory: str | Path, fmt: str = "parquet") -> list[Path]:
        """Write every table and view to `directory` as Parquet or CSV (raw bodies are left out of CSV)."""
        if fmt not in ("parquet", "csv"):
            raise WarehouseError(f"export format must be 'parquet' or 'csv', not {fmt!r}")
        out_dir = Path(directory)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        with self._read() as con:
            for name in [t for t in TABLES if t != "schema_migrations"] + VIEW_NAMES:
                columns = [row[0] for row in con.execute(f"DESCRIBE {name}").fetchall()]
                if fmt == "csv":
                    columns = [c for c in columns if c != "body"]
                select = ", ".join(f'"{c}"' for c in columns)
                target = out_dir / f"{name}.{fmt}"
                options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
                escaped = str(target).replace("'", "''")
                con.execute(f"COPY (SELECT {select} FROM {name}) TO '{escaped}' ({options})")
                written.append(target)
        return written


# ---------------------------------------------------------------------------------------------- loading
def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
                      [table, column]).fetchone()
    return bool(row and row[0])


def _validate_items(items: list[LoadItem]) -> None:
    """Reject malformed input before anything is written, naming the item and what is wrong."""
    if not isinstance(items, list | tuple):
        raise WarehouseError(f"load() takes a list of LoadItem, not {type(items).__name__}")
    for item in items:
        if not isinstance(item, LoadItem):
            raise WarehouseError(f"load() takes LoadItem objects, got {type(item).__name__}")
        where = f"LoadItem {item.url!r}"
        if not item.url or not item.source:
            raise WarehouseError(f"{where}: url and source are required")
        if not isinstance(item.raw, bytes | bytearray):
            raise WarehouseError(f"{where}: raw must be bytes, not {type(item.raw).__name__}")
        if not isinstance(item.fetched_at, datetime):
            raise WarehouseError(f"{where}: fetched_at must be a datetime")
        if item.calls and item.text is None:
            raise WarehouseError(f"{where}: has calls but no article text")
        for index, call in enumerate(item.calls):
            if not isinstance(call, dict):
                raise WarehouseError(f"{where}: call {index} is not a dict (use Call.to_dict())")
            participants = call.get("participants") or []
            if len(participants) != 2 or not all(isinstance(p, dict) for p in participants):
                raise WarehouseError(f"{where}: call {index} needs exactly two participants")
            if not all(isinstance(p.get("name"), str) and p["name"].strip() for p in participants):
                raise WarehouseError(f"{where}: call {index}: both participants need a name (a string)")
            try:
                _parse_call_date(call.get("date"))
            except (ValueError, TypeError) as exc:
                raise WarehouseError(f"{where}: call {index} has a bad date {call.get('date')!r} "
                                     f"(want YYYY-MM-DD, --MM-DD or null)") from exc
            for key in ("evidence_start", "evidence_end"):
                if call.get(key) is not None and not isinstance(call.get(key), int):
                    raise WarehouseError(f"{where}: call {index}: {key} must be an integer offset")
            if call.get("confidence") is not None and not isinstance(call.get("confidence"), int | float):
                raise WarehouseError(f"{where}: call {index}: confidence must be a number")
            findings = call.get("findings") or []
            if not isinstance(findings, list) or not all(isinstance(f, dict) for f in findings):
                raise WarehouseError(f"{where}: call {index}: findings must be a list of dicts")


_COERCE = {"VARCHAR": str, "JSON": str, "INTEGER": int, "BIGINT": int, "DOUBLE": float}


def _bulk_insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[list | tuple], *,
                 or_ignore: bool = False) -> None:
    """Insert many rows with ONE statement (column lists unnested): per-row statements cost a millisecond
    each, and the write lock is held for the whole batch. Values are coerced to the column types first,
    so a list never mixes Python types."""
    if not rows:
        return
    types = [row[1] for row in con.execute(f"DESCRIBE {table}").fetchall()]
    columns = []
    for name_type, column in zip(types, zip(*rows, strict=True), strict=True):
        convert = _COERCE.get(name_type)
        if convert is None:
            columns.append(list(column))
            continue
        try:
            columns.append([None if v is None else convert(v) for v in column])
        except (TypeError, ValueError) as exc:
            raise WarehouseError(f"bad value for a {name_type} column of {table}: {exc}") from exc
    values = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    con.execute(f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {table} SELECT {values}", columns)


def _in_list(con: duckdb.DuckDBPyConnection, sql: str, keys: Iterable[str]) -> list[tuple]:
    """Run `sql` whose single `?` is a list of keys (used as `IN (SELECT unnest(?))`)."""
    keys = list(keys)
    return con.execute(sql, [keys]).fetchall() if keys else []


@dataclass
class _Call:
    """A call row held in memory during a batch."""

    call_id: str
    call_date: date | None
    month_day: str | None
    reported_on: date | None
    medium: str | None
    initiator: int | None
    confidence: float | None
    extractor_version: str | None
    first_run_id: str | None
    created_at: datetime | None
    person_ids: list[str]
    countries: list[str | None]
    roles: list[str | None]
    names: list[str]

    def row(self) -> list:
        return [self.call_id, self.call_date, self.month_day, self.reported_on, self.medium, self.initiator,
                self.confidence, self.extractor_version, self.first_run_id, self.created_at]


class _Loader:
    """The writes of one transaction. Reads what the batch needs up front, decides in memory (pages,
    articles, persons, call matching), then writes with a handful of bulk statements, so a batch holds
    the write lock for as short a time as possible."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str, stats: LoadStats) -> None:
        self.con = con
        self.run_id = run_id
        self.stats = stats
        self.now = _utc_naive(datetime.now(UTC))
        # persons: id -> [canonical_name, folded, country, first_seen, last_seen, last_title, last_role]
        self.persons: dict[str, list] = {row[0]: list(row[1:]) for row in con.execute(
            "SELECT person_id, canonical_name, folded_name, country_code, first_seen, last_seen, last_title, "
            "last_role FROM persons").fetchall()}
        self.known = [person_resolution.KnownPerson(pid, p[0], p[2], person_resolution.spelling_key(p[0]))
                      for pid, p in self.persons.items()]
        self.aliases: dict[tuple[str, str | None], str] = {
            (folded, country): pid for folded, pid, country in con.execute(
                "SELECT folded, person_id, country_code FROM person_aliases").fetchall()}
        self.titles: dict[str, dict[str, list]] = defaultdict(dict)  # person -> title -> [role, first, last]
        for pid, title, role, first, last in con.execute("SELECT * FROM person_titles").fetchall():
            self.titles[pid][title] = [role, first, last]
        self.new_persons: set[str] = set()
        self.dirty_persons: set[str] = set()
        self.new_aliases: list[list] = []
        self.redirect: dict[str, str] = {}
        self.calls: dict[str, _Call] = {}
        self.by_person: dict[str, set[str]] = defaultdict(set)
        self.new_calls: set[str] = set()
        self.dirty_calls: set[str] = set()
        self.taken_ids: set[str] = set()
        self.dropped: dict[str, tuple] = {}  # call -> (first_run_id, created_at, sorted person ids)
        self.rows: dict[str, list] = defaultdict(list)  # table -> rows to insert

    # -------------------------------------------------------------- pages and articles
    def load_items(self, items: list[LoadItem], *, replace: bool) -> None:
        con = self.con
        latest: dict[str, LoadItem] = {}
        for item in items:  # the same URL twice in a batch: the last one wins
            latest.pop(item.url, None)
            latest[item.url] = item
        items = list(latest.values())
        pages = {url: (content_hash, article_id) for url, content_hash, article_id in _in_list(
            con, "SELECT url, content_hash, article_id FROM raw_pages WHERE url IN (SELECT unnest(?))", latest)}
        wanted_articles = {article_id_for(i.canonical_url or i.url) for i in items if i.text is not None}
        wanted_articles |= {a for _, a in pages.values() if a}
        articles: dict[str, list] = {row[0]: list(row) for row in _in_list(
            con, "SELECT article_id, url, source, title, published_at, fetched_at, content_hash, is_call, "
                 "extractor_version, first_run_id, run_id FROM articles WHERE article_id IN (SELECT unnest(?))",
            wanted_articles)}
        stored_articles, stored_pages = set(articles), set(pages)
        page_rows: dict[str, list] = {}
        article_text: dict[str, str] = {}
        dirty_articles: set[str] = set()
        article_urls: set[tuple[str, str]] = set()
        queue: dict[str, LoadItem] = {}  # article_id -> the item whose calls to load
        rekeyed: set[str] = set()
        for item in items:
            raw_hash = _sha256(bytes(item.raw))
            article_id = article_id_for(item.canonical_url or item.url) if item.text is not None else None
            existing = pages.get(item.url)
            if article_id is None and existing is not None and existing[1] is not None:
                # no text this time (a cleaner failure, a page turned into a stub): the stored article and
                # its calls stay as they were; nothing already stored is lost
                article_id = existing[1]
                if existing[0] == raw_hash:
                    self.stats.unchanged += 1
                    continue
                page_rows[item.url] = self._page_row(item, raw_hash, article_id)
                self.stats.pages += 1
                continue
            page_changed = existing is None or existing[0] != raw_hash or existing[1] != article_id
            if existing is not None and existing[1] is not None and existing[1] != article_id:
                rekeyed.add(existing[1])  # the page now belongs to another article (a canonical URL found)
            if page_changed:
                page_rows[item.url] = self._page_row(item, raw_hash, article_id)
                pages[item.url] = (raw_hash, article_id)
                self.stats.pages += 1
            if article_id is None:
                if not page_changed:
                    self.stats.unchanged += 1
                continue
            text = item.text or ""
            text_hash = _sha256(text)
            article_url = item.canonical_url or item.url
            article_urls |= {(url, article_id) for url in {item.url, item.final_url, article_url} if url}
            is_call = bool(item.is_call or item.calls)
            article = articles.get(article_id)
            if article is None:
                articles[article_id] = [article_id, article_url, item.source, item.title, item.published_at,
                                        _utc_naive(item.fetched_at), text_hash, is_call, item.extractor_version,
                                        self.run_id, self.run_id]
                article_text[article_id] = text
                self.stats.new_articles += 1
                queue[article_id] = item
                continue
            same_version = article[8] == item.extractor_version
            another_copy = item.url != article[1] and item.final_url != article[1]
            if not replace and same_version and (article[6] == text_hash or another_copy):
                # the same extraction of the same text, or another copy (mobile/AMP) of a stored article
                if not page_changed:
                    self.stats.unchanged += 1
                continue
            article[3] = item.title if item.title is not None else article[3]
            article[4] = item.published_at if item.published_at is not None else article[4]
            article[6], article[7], article[8], article[10] = text_hash, is_call, item.extractor_version, self.run_id
            article_text[article_id] = text
            if article_id in stored_articles:
                dirty_articles.add(article_id)
            queue.pop(article_id, None)
            queue[article_id] = item

        # write pages and articles
        _in_list(con, "DELETE FROM raw_pages WHERE url IN (SELECT unnest(?))", stored_pages & set(page_rows))
        _bulk_insert(con, "raw_pages", list(page_rows.values()))
        # articles left without any page (their page moved to another article id) go, with their calls
        abandoned = [row[0] for row in _in_list(
            con, "SELECT article_id FROM articles a WHERE article_id IN (SELECT unnest(?)) AND NOT EXISTS "
                 "(SELECT 1 FROM raw_pages r WHERE r.article_id = a.article_id)", rekeyed - set(queue))]
        affected = self._drop_extractions(abandoned)
        for table in ("articles", "article_urls"):
            _in_list(con, f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", abandoned)
        _in_list(con, "DELETE FROM articles WHERE article_id IN (SELECT unnest(?))", dirty_articles)
        _bulk_insert(con, "articles", [
            [*a[:6], article_text[a[0]], *a[6:]] for a in articles.values() if a[0] in article_text])
        _bulk_insert(con, "article_urls", sorted(article_urls), or_ignore=True)
        # a new extraction replaces what earlier ones said about these articles
        affected |= self._drop_extractions([a for a in queue if a in stored_articles])
        self._load_calls(queue)
        self._flush()
        if affected:
            self._refresh_reported_on(affected)

    def _page_row(self, item: LoadItem, raw_hash: str, article_id: str | None) -> list:
        return [item.url, item.source, item.final_url, item.canonical_url, item.status,
                json.dumps(dict(item.headers or {})), gzip.compress(bytes(item.raw), 6), "gzip", len(item.raw),
                _utc_naive(item.fetched_at), raw_hash, article_id, self.run_id]

    def _drop_extractions(self, article_ids: list[str]) -> set[str]:
        """Forget earlier extractions of these articles; calls no article reports any more are removed.
        Returns the surviving calls whose reports changed."""
        if not article_ids:
            return set()
        con = self.con
        affected = {row[0] for row in _in_list(
            con, "SELECT DISTINCT call_id FROM call_mentions WHERE article_id IN (SELECT unnest(?))", article_ids)}
        _in_list(con, "DELETE FROM call_mentions WHERE article_id IN (SELECT unnest(?))", article_ids)
        _in_list(con, "DELETE FROM call_findings WHERE article_id IN (SELECT unnest(?))", article_ids)
        orphans = set()
        for call_id, first_run_id, created_at, pair in _in_list(
                con, "SELECT call_id, first_run_id, created_at, (SELECT list(person_id ORDER BY person_id) FROM "
                     "call_participants p WHERE p.call_id = c.call_id) FROM calls c WHERE call_id IN (SELECT unnest(?)) "
                     "AND NOT EXISTS (SELECT 1 FROM call_mentions m WHERE m.call_id = c.call_id)", affected):
            orphans.add(call_id)
            # a re-extraction that finds the same call again keeps its id, first run and creation time
            self.dropped[call_id] = (first_run_id, created_at, list(pair or []))
        for table in ("call_participants", "call_findings", "calls"):
            _in_list(con, f"DELETE FROM {table} WHERE call_id IN (SELECT unnest(?))", orphans)
        return affected - orphans

    def _refresh_reported_on(self, call_ids: Iterable[str]) -> None:
        _in_list(self.con,
                 "UPDATE calls SET reported_on = (SELECT min(a.published_at) "
                 "FROM call_mentions m JOIN articles a ON a.article_id = m.article_id "
                 "WHERE m.call_id = calls.call_id) WHERE call_id IN (SELECT unnest(?))", call_ids)

    # -------------------------------------------------------------- persons
    def _person(self, participant: dict, seen_on: date | None) -> str:
        """Resolve (or create) the person a participant names; records the alias and the title held."""
        name = participant["name"].strip()
        country = participant.get("country") or None
        title = (participant.get("title") or "").strip() or None
        role = participant.get("role")
        folded = person_resolution.fold(name)
        person_id = person_resolution.resolve(name, country, self.known, self.aliases)
        if person_id is None:
            key = person_resolution.spelling_key(name)
            person_id = person_resolution.person_id_for(key, country)
            suffix = 1
            while person_id in self.persons:
                suffix += 1
                person_id = person_resolution.person_id_for(f"{key}#{suffix}", country)
            self.persons[person_id] = [name, folded, country, seen_on, seen_on, title, role]
            self.known.append(person_resolution.KnownPerson(person_id, name, country, key))
            self.new_persons.add(person_id)
        else:
            person = self.persons[person_id]
            before = list(person)
            person[2] = person[2] or country
            if seen_on is not None:
                if person[3] is None or seen_on < person[3]:
                    person[3] = seen_on
                if person[4] is None or seen_on >= person[4]:
                    person[5] = title or person[5]
                    person[6] = role or person[6]
                    person[4] = seen_on
            if person != before:
                self.dirty_persons.add(person_id)
        if (folded, country) not in self.aliases:
            self.aliases[(folded, country)] = person_id
            self.new_aliases.append([name, folded, person_id, country])
        if title:
            held = self.titles[person_id].get(title)
            if held is None:
                self.titles[person_id][title] = [role, seen_on, seen_on]
                self.dirty_persons.add(person_id)
            elif seen_on is not None and (held[1] is None or seen_on < held[1] or held[2] is None
                                          or seen_on > held[2]):
                held[1] = seen_on if held[1] is None else min(held[1], seen_on)
                held[2] = seen_on if held[2] is None else max(held[2], seen_on)
                self.dirty_persons.add(person_id)
        return person_id

    def _merge_person(self, fresh_id: str, person_id: str) -> None:
        """An unrecognised spelling turned out to be a known person: keep the spelling as an alias."""
        self.redirect[fresh_id] = person_id
        for key, pid in list(self.aliases.items()):
            if pid == fresh_id:
                self.aliases[key] = person_id
        for alias in self.new_aliases:
            if alias[2] == fresh_id:
                alias[2] = person_id
        for title, held in self.titles.pop(fresh_id, {}).items():
            self.titles[person_id].setdefault(title, held)
        self.dirty_persons.add(person_id)
        self.new_persons.discard(fresh_id)
        self.dirty_persons.discard(fresh_id)
        self.persons.pop(fresh_id, None)
        self.known = [p for p in self.known if p.person_id != fresh_id]

    # -------------------------------------------------------------- calls
    def _load_calls(self, queue: dict[str, LoadItem]) -> None:
        resolved: list[tuple[LoadItem, str, int, dict, _CallFacts, list[str]]] = []
        for article_id, item in queue.items():
            # the publication date only: a backfill fetches old articles years later
            reported_on = item.published_at
            for index, call in enumerate(item.calls):
                full, month_day = _parse_call_date(call.get("date"))
                facts = _CallFacts(full, month_day, reported_on)
                person_ids = [self._person(p, full or reported_on) for p in call["participants"]]
                resolved.append((item, article_id, index, call, facts, person_ids))
        if not resolved:
            return
        involved = {pid for *_, pids in resolved for pid in pids}
        for row in _in_list(self.con, """
                SELECT c.call_id, c.call_date, c.call_month_day, c.reported_on, c.medium, c.initiator, c.confidence,
                       c.extractor_version, c.first_run_id, c.created_at,
                       list(p.person_id ORDER BY p.position), list(p.country_code ORDER BY p.position),
                       list(p.role ORDER BY p.position), list(p.name ORDER BY p.position)
                FROM calls c JOIN call_participants p ON p.call_id = c.call_id
                WHERE c.call_id IN (SELECT call_id FROM call_participants WHERE person_id IN (SELECT unnest(?)))
                GROUP BY ALL""", involved):
            self._index(_Call(*row[:10], list(row[10]), list(row[11]), list(row[12]), list(row[13])))
        bases = {self._base_id(article_id, index) for _, article_id, index, *_ in resolved}
        self.taken_ids = {row[0] for row in _in_list(
            self.con, "SELECT call_id FROM calls WHERE split_part(call_id, '-', 1) IN (SELECT unnest(?))", bases)}
        mentioned: dict[str, set[str]] = defaultdict(set)
        for item, article_id, index, call, facts, person_ids in resolved:
            person_ids = [self.redirect.get(pid, pid) for pid in person_ids]
            call_id, merge = self._match(person_ids, call["participants"], facts, mentioned[article_id])
            if merge:
                self._merge_person(*merge)
                person_ids = [self.redirect.get(pid, pid) for pid in person_ids]
            if call_id is None:
                call_id = self._new_call(article_id, index, call, facts, person_ids, item.extractor_version)
            else:
                self._improve(self.calls[call_id], facts, call)
            mentioned[article_id].add(call_id)
            self.rows["call_mentions"].append(
                [call_id, article_id, call.get("evidence"), call.get("evidence_start"), call.get("evidence_end"),
                 call.get("date"), item.extractor_version, self.run_id])
            self.stats.new_mentions += 1
            for finding in call.get("findings") or []:
                self.rows["call_findings"].append(
                    [call_id, article_id, finding.get("kind") or "other", finding.get("value"),
                     finding.get("evidence"), finding.get("start"), finding.get("end"),
                     finding.get("confidence", 1.0), item.extractor_version])
            initiator = call.get("initiator")
            if initiator in (1, 2):
                self.rows["call_findings"].append(
                    [call_id, article_id, "initiator", call["participants"][initiator - 1]["name"],
                     call.get("evidence"), call.get("evidence_start"), call.get("evidence_end"),
                     call.get("confidence", 1.0), item.extractor_version])

    def _index(self, record: _Call) -> None:
        self.calls[record.call_id] = record
        for pid in record.person_ids:
            self.by_person[pid].add(record.call_id)

    @staticmethod
    def _base_id(article_id: str, index: int) -> str:
        return "c_" + hashlib.sha1(f"{article_id}#{index}".encode()).hexdigest()[:16]

    def _match(self, person_ids: list[str], participants: list[dict], facts: _CallFacts,
               exclude: set[str]) -> tuple[str | None, tuple[str, str] | None]:
        """An existing call that this report describes, by participants and the date rule.

        Returns (call_id or None, (unrecognised person_id, the person it turned out to be) or None)."""
        best: tuple[int, str, tuple[str, str] | None] | None = None
        wanted = sorted(person_ids)
        candidates = self.by_person.get(person_ids[0], set()) | self.by_person.get(person_ids[1], set())
        for call_id in sorted(candidates):
            if call_id in exclude:
                continue
            record = self.calls[call_id]
            gap = dates_compatible(facts, _CallFacts(record.call_date, record.month_day, record.reported_on))
            if gap is None:
                continue
            merge = None
            if sorted(record.person_ids) != wanted:
                merge = self._near_miss(record, person_ids, participants, facts)
                if merge is None:
                    continue
                gap += 2  # prefer a call where both people resolved
            if best is None or gap < best[0]:
                best = (gap, call_id, merge)
        return (best[1], best[2]) if best else (None, None)

    def _near_miss(self, record: _Call, person_ids: list[str], participants: list[dict],
                   facts: _CallFacts) -> tuple[str, str] | None:
        """One person resolved, the other is a spelling never seen before (no call of its own yet). The
        same call only with the same full date, the same country and role on that side and a spelling that
        sounds alike ("Bô-rít Giôn-xơn" / "Boris Johnson")."""
        shared = set(record.person_ids) & set(person_ids)
        if len(shared) != 1 or not (facts.full and record.call_date and facts.full == record.call_date):
            return None
        known_id = next(iter(shared))
        new_side = participants[1 - person_ids.index(known_id)]
        fresh_id = person_ids[1 - person_ids.index(known_id)]
        old_index = 1 - record.person_ids.index(known_id)
        if fresh_id not in self.new_persons or self.by_person.get(fresh_id):
            return None
        if not new_side.get("country") or new_side.get("country") != record.countries[old_index]:
            return None
        if new_side.get("role") and record.roles[old_index] and new_side.get("role") != record.roles[old_index]:
            return None
        if person_resolution.name_similarity(new_side["name"], record.names[old_index]) < NEAR_MISS_SIMILARITY:
            return None
        return fresh_id, record.person_ids[old_index]

    def _new_call(self, article_id: str, index: int, call: dict, facts: _CallFacts, person_ids: list[str],
                  extractor_version: str) -> str:
        base = self._base_id(article_id, index)
        call_id, attempt = base, 1
        pair = sorted(person_ids)
        while (call_id in self.taken_ids or call_id in self.calls
               or (call_id in self.dropped and self.dropped[call_id][2] != pair)):
            attempt += 1
            call_id = f"{base}-{attempt}"
        participants = call["participants"]
        first_run_id, created_at, _ = self.dropped.get(call_id, (self.run_id, self.now, pair))
        record = _Call(call_id, facts.full, facts.month_day, facts.reported_on, call.get("medium"),
                       call.get("initiator") if call.get("initiator") in (1, 2) else None,
                       call.get("confidence", 1.0), extractor_version, first_run_id, created_at, list(person_ids),
                       [p.get("country") or None for p in participants], [p.get("role") for p in participants],
                       [p["name"].strip() for p in participants])
        self._index(record)
        self.new_calls.add(call_id)
        for position, (participant, person_id) in enumerate(zip(participants, person_ids, strict=True), start=1):
            self.rows["call_participants"].append(
                [call_id, position, participant["name"].strip(), participant.get("title"), participant.get("role"),
                 participant.get("country") or None, person_id])
        if call_id not in self.dropped:
            self.stats.new_calls += 1
        return call_id

    def _improve(self, record: _Call, facts: _CallFacts, call: dict) -> None:
        """A later report may know more: a full date beats a day-month beats nothing."""
        before = record.row()
        if facts.full and record.call_date is None:
            record.call_date = facts.full
        if facts.month_day and record.month_day is None:
            record.month_day = facts.month_day
        if call.get("initiator") in (1, 2) and record.initiator is None:
            record.initiator = call["initiator"]
        if facts.reported_on and (record.reported_on is None or facts.reported_on < record.reported_on):
            record.reported_on = facts.reported_on
        if record.row() != before and record.call_id not in self.new_calls:
            self.dirty_calls.add(record.call_id)

    # -------------------------------------------------------------- writes
    def _flush(self) -> None:
        con = self.con
        stored_persons = sorted(self.dirty_persons - self.new_persons)
        touched = sorted(self.dirty_persons | self.new_persons)
        _in_list(con, "DELETE FROM persons WHERE person_id IN (SELECT unnest(?))", stored_persons)
        _bulk_insert(con, "persons", [[pid, *self.persons[pid]] for pid in touched])
        _in_list(con, "DELETE FROM person_titles WHERE person_id IN (SELECT unnest(?))", stored_persons)
        _bulk_insert(con, "person_titles", [[pid, title, *held] for pid in touched
                                            for title, held in self.titles.get(pid, {}).items()])
        _bulk_insert(con, "person_aliases", [a for a in self.new_aliases if a[2] in self.persons], or_ignore=True)
        dirty = sorted(self.dirty_calls)
        _in_list(con, "DELETE FROM calls WHERE call_id IN (SELECT unnest(?))", dirty)
        _bulk_insert(con, "calls", [self.calls[c].row() for c in dirty + sorted(self.new_calls)])
        for table in ("call_participants", "call_mentions", "call_findings"):
            rows = self.rows[table]
            if table == "call_participants":
                rows = [[*r[:6], self.redirect.get(r[6], r[6])] for r in rows]
            _bulk_insert(con, table, rows)


# ---------------------------------------------------------------------------------------------- querying
def query(path: str | Path, sql: str, *, retries: int = DEFAULT_QUERY_RETRIES,
          params: list | None = None) -> tuple[list[str], list[tuple]]:
    """Run SQL READ-ONLY against the warehouse: (column names, rows).

    The connection is read-only with file system access disabled (no COPY TO, no ATTACH of other files),
    so no query can change the warehouse. Retries briefly while a load holds the file, then raises
    `WarehouseLocked`; a bad query raises `WarehouseError` with DuckDB's explanation."""
    if not sql or not sql.strip():
        raise WarehouseError("empty query")
    warehouse = Warehouse(path, lock_wait=max(0, retries) * 0.1)
    con = warehouse._connect(read_only=True, config=_SAFE_READ_CONFIG)
    try:
        cursor = con.execute(sql, params or [])
        columns = [d[0] for d in cursor.description] if cursor.description else []
        rows = cursor.fetchall() if cursor.description else []
        return columns, rows
    except duckdb.Error as exc:
        message = str(exc).strip()
        if "read-only" in message or "read only" in message:
            raise WarehouseError(f"queries are read-only; the warehouse is changed only by loads. ({message})") \
                from exc
        raise WarehouseError(f"query failed: {message}") from exc
    finally:
        con.close()


def format_table(columns: list[str], rows: list[tuple], *, max_width: int = 60) -> str:
    """A plain-text table for the CLI; long cells are cut with '…'."""
    def cell(value: Any) -> str:
        text = "" if value is None else str(value)
        text = text.replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    body = [[cell(v) for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in body:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [line, "| " + " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)) + " |", line]
    out += ["| " + " | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) + " |" for row in body]
    out += [line, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"]
    return "\n".join(out)
