"""Helpers of the `reliability` test group, and the pytest plugin that prints its figures.

Registered in tests/conftest.py (`pytest_plugins = ["reliability_support"]`). Tests call `record(...)` with
what they proved (kills survived, hostile cases tried, rows lost, duplicates); the session ends with a
"reliability figures" section in the terminal summary, so CI logs show the numbers, not only a pass.

Also here: a synthetic news site generator (many call articles, served by tests/sitesim.py), a way to run
the `diendam` CLI as a subprocess, and a content fingerprint of the warehouse that ignores run ids and
timestamps, so an interrupted-then-resumed crawl can be compared with an uninterrupted one.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIENDAM = ROOT / ".venv" / "bin" / "diendam"

# ------------------------------------------------------------------------------------------- figures
FIGURES: Counter[str] = Counter()
_NOTES: list[str] = []


def record(name: str, amount: int = 1) -> None:
    """Add to a figure of the reliability summary (e.g. record("kills survived"))."""
    FIGURES[name] += amount


def note(text: str) -> None:
    """A line for the summary (e.g. why a case was skipped)."""
    _NOTES.append(text)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    """Print the figures collected by the reliability tests of this session, if any ran."""
    if not FIGURES and not _NOTES:
        return
    terminalreporter.section("reliability figures")
    for name in ("kills survived", "hostile cases tried", "rows lost", "duplicates"):
        terminalreporter.write_line(f"{name}: {FIGURES.get(name, 0)}")
    for name, value in sorted(FIGURES.items()):
        if name not in ("kills survived", "hostile cases tried", "rows lost", "duplicates"):
            terminalreporter.write_line(f"{name}: {value}")
    for line in _NOTES:
        terminalreporter.write_line(f"note: {line}")


# ------------------------------------------------------------------------------------- the CLI
def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a `diendam` subprocess: quiet local Prefect, no proxies, tests/ importable."""
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update({"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
                "PREFECT_LOGGING_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"})
    env.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
    env.update(extra or {})
    return env


def diendam_cmd(*args: str) -> list[str]:
    """The console script when installed, else `python -m diendam.cli`."""
    if DIENDAM.is_file():
        return [str(DIENDAM), *args]
    return [sys.executable, "-m", "diendam.cli", *args]


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `diendam ARGS` to the end and capture its output."""
    env = env or cli_env()
    return subprocess.run(diendam_cmd(*args), capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=cwd or env.get("PYTHONPATH") or None)


# ------------------------------------------------------------------------------ warehouse contents
CONTENT_SQL = {
    "articles": "SELECT url, source, title, CAST(published_at AS VARCHAR), text, is_call, extractor_version "
                "FROM articles",
    "raw_pages": "SELECT url, source, final_url, canonical_url, status, content_hash, body_size, article_id "
                 "FROM raw_pages",
    # a call by what it says, not by its id: date, medium, both participants, the articles reporting it
    "calls": "SELECT CAST(c.call_date AS VARCHAR), c.call_month_day, CAST(c.reported_on AS VARCHAR), c.medium, "
             "c.initiator, "
             "(SELECT string_agg(p.position || ':' || p.name || ':' || coalesce(p.title, '') || ':' || "
             "  coalesce(p.role, '') || ':' || coalesce(p.country_code, ''), '|' ORDER BY p.position) "
             " FROM call_participants p WHERE p.call_id = c.call_id), "
             "(SELECT string_agg(a.url, '|' ORDER BY a.url) FROM call_mentions m "
             " JOIN articles a ON a.article_id = m.article_id WHERE m.call_id = c.call_id) FROM calls c",
    "call_participants": "SELECT p.position, p.name, p.title, p.role, p.country_code, "
                         "(SELECT min(a.url) FROM call_mentions m JOIN articles a ON a.article_id = m.article_id "
                         " WHERE m.call_id = p.call_id) FROM call_participants p",
    "call_mentions": "SELECT a.url, m.evidence, m.evidence_start, m.evidence_end, m.date_reported "
                     "FROM call_mentions m JOIN articles a ON a.article_id = m.article_id",
}
KEY_TABLES = tuple(CONTENT_SQL)


def contents(db: Path) -> dict[str, list[tuple]]:
    """Sorted rows of the key tables, without ids, run ids or timestamps (read-only)."""
    from storage import query

    out = {}
    for table, sql in CONTENT_SQL.items():
        rows = query(db, sql)[1]
        out[table] = sorted(rows, key=repr)
    return out


def compare_contents(expected: dict[str, list[tuple]], actual: dict[str, list[tuple]]) -> tuple[int, int, list[str]]:
    """(rows lost, duplicate or unexpected rows, human-readable differences) between two `contents`."""
    lost = extra = 0
    diffs = []
    for table in expected:
        want, got = Counter(expected[table]), Counter(actual.get(table, []))
        missing, surplus = want - got, got - want
        lost += sum(missing.values())
        extra += sum(surplus.values())
        for row in list(missing)[:3]:
            twin = next((r for r in surplus if r[0] == row[0]), None)  # same first column: say what differs
            if twin is not None:
                changed = [f"column {i}: {a!r:.80} != {b!r:.80}" for i, (a, b) in enumerate(zip(row, twin, strict=True)) if a != b]
                diffs.append(f"{table}: {row[0]!r:.100} differs: {'; '.join(changed)}")
            else:
                diffs.append(f"{table}: missing {row!r:.200}")
        for row in list(surplus)[:3]:
            diffs.append(f"{table}: unexpected {row!r:.200}")
    return lost, extra, diffs


def file_digest(path: Path) -> str:
    """sha256 of a file and of its write-ahead log, if any (a query must change neither)."""
    digest = hashlib.sha256()
    for candidate in (path, path.with_name(path.name + ".wal")):
        if candidate.exists():
            digest.update(candidate.name.encode())
            digest.update(candidate.read_bytes())
    return digest.hexdigest()


# ------------------------------------------------------------------------------- a synthetic site
VN_SIDE = [
    ("Thủ tướng", "Phạm Minh Chính"), ("Bộ trưởng Ngoại giao", "Lê Hoài Trung"),
    ("Chủ tịch nước", "Lương Cường"), ("Tổng Bí thư", "Tô Lâm"), ("Phó Thủ tướng", "Bùi Thanh Sơn"),
]
FOREIGN_SIDE = [
    ("Thủ tướng New Zealand", "Christopher Luxon"), ("Bộ trưởng Ngoại giao Australia", "Penny Wong"),
    ("Thủ tướng Malaysia", "Anwar Ibrahim"), ("Tổng thống Hàn Quốc", "Lee Jae Myung"),
    ("Tổng thống Pháp", "Emmanuel Macron"), ("Thủ tướng Singapore", "Lawrence Wong"),
    ("Thủ tướng Ấn Độ", "Narendra Modi"), ("Thủ tướng Canada", "Mark Carney"),
    ("Tổng thống Indonesia", "Prabowo Subianto"), ("Thủ tướng Thái Lan", "Anutin Charnvirakul"),
    ("Thủ tướng Đức", "Friedrich Merz"),
]
_TOPICS = ["thương mại, đầu tư", "giáo dục, đào tạo", "năng lượng sạch", "quốc phòng, an ninh",
           "khoa học, công nghệ", "nông nghiệp", "du lịch, giao lưu nhân dân"]


@dataclass
class SiteArticle:
    path: str
    title: str
    published: date
    html: str
    is_call: bool


def _article_html(title: str, published: date, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"{published.isoformat()}T09:00:00+07:00\">"
            f"</head><body><header><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin/trang-1.html\">Đối ngoại</a>"
            f"</nav></header><main><article><h1>{title}</h1><div class=\"meta\">{published:%d/%m/%Y} 09:00</div>"
            f"<div class=\"article-body\">{body}</div></article></main>"
            f"<footer><p>Bản thử nghiệm của diendam. Nội dung hư cấu.</p></footer></body></html>")


def make_articles(count: int, first_day: date = date(2025, 3, 1), prefix: str = "bai") -> list[SiteArticle]:
    """`count` invented articles, every fourth one not a call (an audience), each call with its own pair
    of officials or its own date, so the expected rows are known."""
    articles = []
    for i in range(count):
        day = first_day + timedelta(days=3 * i)
        vn_title, vn_name = VN_SIDE[i % len(VN_SIDE)]
        f_title, f_name = FOREIGN_SIDE[(i * 3 + i // len(FOREIGN_SIDE)) % len(FOREIGN_SIDE)]
        topic = _TOPICS[i % len(_TOPICS)]
        if i % 4 == 3:
            title = f"{vn_title} {vn_name} tiếp Đại sứ {f_title.split(' ', 2)[-1]}"
            paragraphs = [
                f"Sáng ngày {day.day}/{day.month}/{day.year}, tại Hà Nội, {vn_title} {vn_name} đã tiếp Đại sứ "
                f"{f_title.split(' ', 2)[-1]} nhân dịp bắt đầu nhiệm kỳ công tác tại Việt Nam.",
                f"Tại buổi tiếp, hai bên trao đổi về hợp tác {topic} và nhất trí tăng cường trao đổi đoàn.",
                "Đại sứ khẳng định sẽ nỗ lực hết sức để thúc đẩy quan hệ hai nước phát triển hơn nữa.",
            ]
            is_call = False
        else:
            medium = "điện đàm trực tuyến" if i % 5 == 1 else "điện đàm"
            title = f"{vn_title} {vn_name} {medium} với {f_title}"
            paragraphs = [
                f"Chiều ngày {day.day}/{day.month}/{day.year}, {vn_title} {vn_name} đã {medium} với "
                f"{f_title} {f_name}.",
                f"Tại cuộc điện đàm, {vn_title} {vn_name} đánh giá cao những bước phát triển tích cực của quan hệ "
                f"hai nước, đề nghị hai bên thúc đẩy hợp tác {topic}.",
                f"{f_title} {f_name} khẳng định coi trọng quan hệ với Việt Nam và mong muốn mở rộng hợp tác.",
                "Hai bên cũng trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm.",
            ]
            is_call = True
        slug = f"{prefix}-{i:03d}-dien-dam-hop-tac-song-phuong-{day:%Y%m%d}"
        articles.append(SiteArticle(f"/bai/{slug}.html", title, day, _article_html(title, day, paragraphs), is_call))
    return articles


@dataclass
class NewsSite:
    """A site for SiteSim: robots.txt, an RSS feed (newest `feed_size`), a sitemap, a listing of
    `per_page` links per page (newest first) and the articles. `extra_routes` add hostile paths."""

    name: str
    articles: list[SiteArticle]
    feed_size: int = 5
    per_page: int = 8
    sitemap: bool = True
    listing_extra: dict[int, str] = field(default_factory=dict)  # listing page -> extra HTML (hostile links)
    extra_routes: dict[str, Any] = field(default_factory=dict)
    sitemap_extra: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.articles) // self.per_page))

    def routes(self) -> dict[str, Any]:
        from sitesim import Route

        newest = sorted(self.articles, key=lambda a: a.published, reverse=True)
        items = "".join(
            f"<item><title>{a.title}</title><link>{{BASE}}{a.path}</link>"
            f"<pubDate>{a.published:%a, %d %b %Y} 09:00:00 +0700</pubDate></item>" for a in newest[: self.feed_size])
        feed = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>{items}</channel></rss>"
        routes: dict[str, Any] = {
            "/robots.txt": Route("User-agent: *\nDisallow: /rieng/\n", content_type="text/plain"),
            "/rss.xml": Route(feed, content_type="application/rss+xml"),
        }
        if self.sitemap:
            urls = "".join(f"<url><loc>{{BASE}}{a.path}</loc><lastmod>{a.published.isoformat()}</lastmod></url>"
                           for a in newest)
            routes["/sitemap.xml"] = Route(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/"
                f"sitemap/0.9\">{urls}{self.sitemap_extra}</urlset>", content_type="application/xml")
        for number in range(1, self.pages + 1):
            chunk = newest[(number - 1) * self.per_page: number * self.per_page]
            links = "".join(f"<li><a href=\"{a.path}\">{a.title}</a> <span>{a.published:%d/%m/%Y}</span></li>"
                            for a in chunk)
            nxt = f"<a rel=\"next\" href=\"/tin/trang-{number + 1}.html\">Sau</a>" if number < self.pages else ""
            routes[f"/tin/trang-{number}.html"] = (
                f"<html><head><meta charset=\"utf-8\"><title>Đối ngoại - trang {number}</title></head><body>"
                f"<ul>{links}</ul>{self.listing_extra.get(number, '')}{nxt}</body></html>")
        for a in self.articles:
            routes[a.path] = a.html
        routes.update(self.extra_routes)
        return routes

    def serve(self, host: str = "127.0.0.1") -> Any:
        """A started SiteSim serving this site; `{BASE}` in bodies becomes its origin."""
        from sitesim import Route, SiteSim

        sim = SiteSim({}, host=host)
        base = sim.base_url
        for path, value in self.routes().items():
            if isinstance(value, str):
                value = value.replace("{BASE}", base)
            elif isinstance(value, Route) and isinstance(value.body, str):
                value = Route(**{**value.__dict__, "body": value.body.replace("{BASE}", base)})
            sim.set(path, value)
        return sim.start()

    def source_toml(self, base_url: str, delay: float = 0.0, feed: bool = True, max_pages: int = 50) -> str:
        lines = ["[[source]]", f'name = "{self.name}"', f'base_url = "{base_url}/"',
                 f'feeds = ["{base_url}/rss.xml"]' if feed else "feeds = []",
                 f'sitemaps = ["{base_url}/sitemap.xml"]' if self.sitemap else "sitemaps = []",
                 f'listing = "{base_url}/tin/trang-{{page}}.html"',
                 'article_pattern = "/bai/[a-z0-9-]+\\\\.html$"',
                 f"max_listing_pages = {max_pages}", f"delay = {delay}"]
        return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="session")
def reliability_prefect_env(tmp_path_factory: Any) -> Any:
    """One temporary Prefect API for the whole reliability group: in-process flows use it, and CLI
    subprocesses get its URL (so each does not start its own temporary server).

    Subprocesses also run a frozen copy of the code, taken when the session starts: a reference run and
    the runs compared with it must run the same code even if the checkout changes meanwhile."""
    import shutil

    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    frozen = tmp_path_factory.mktemp("frozen-code")
    for package in ("crawler", "extractors", "storage", "flows", "diendam"):
        shutil.copytree(ROOT / package, frozen / package, ignore=shutil.ignore_patterns("__pycache__"))
    with prefect_test_harness(server_startup_timeout=90):
        # subprocesses also start in `frozen` (see run_cli), so `python -c` does not import the checkout via ''
        yield cli_env({"PREFECT_API_URL": str(PREFECT_API_URL.value()), "PYTHONPATH": str(frozen)})
