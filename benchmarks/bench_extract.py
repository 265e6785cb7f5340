"""Clean + extract throughput on one core over the labelled corpus and the seeds (target: >= 50 articles/s, issue 14).

Prints, per file: articles/s for clean_text + extract (the corpus texts are already main text), and for
clean_html + extract on the same texts wrapped in a simple news page (trafilatura included); then the worst
case of clean_text + extract on huge texts (50 KB to 1 MB) built by concatenating the corpus articles and from
random Vietnamese-like text (shuffled word runs of the corpus), and clean_html + extract on the concatenated articles
as one page, in seconds per article: the stage searches only
the first `MAX_SEARCH_CHARS` characters of a text, so the time must stay flat past that. Skips when ../shared
is absent.
"""

from __future__ import annotations

import html
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from extractors.calls import MAX_SEARCH_CHARS, extract  # noqa: E402
from extractors.clean import clean_html, clean_text  # noqa: E402

TARGET = 50.0  # articles per second per core (issue 14: extraction that holds, at speed)
ROUNDS = 3


def _published(v: object) -> date | None:
    try:
        return date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def _page(text: str) -> str:
    lines = [x for x in text.split("\n") if x.strip()]
    title = html.escape(lines[0] if lines else "")
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines[1:])
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Bản quyền</footer></body></html>")


def bench(path: Path) -> tuple[float, float, int]:
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    start = time.perf_counter()
    calls = 0
    for _ in range(ROUNDS):
        for r in recs:
            calls += len(extract(clean_text(r["text"]), published=_published(r.get("published"))).calls)
    text_rate = ROUNDS * len(recs) / (time.perf_counter() - start)
    pages = [_page(r["text"]) for r in recs]
    start = time.perf_counter()
    for p, r in zip(pages, recs, strict=True):
        art = clean_html(p, url=r.get("url"))
        if art is not None:
            extract(art.text, published=art.published or _published(r.get("published")))
    html_rate = len(recs) / (time.perf_counter() - start)
    return text_rate, html_rate, len(recs)


HUGE_SIZES_KB = (50, 100, 250, 1000)


def _concatenated(texts: list[str], size: int) -> str:
    out, n, i = [], 0, 0
    while n < size:
        out.append(texts[i % len(texts)])
        n += len(out[-1]) + 1
        i += 1
    return "\n".join(out)[:size]


def _random_like(texts: list[str], size: int, seed: int = 7) -> str:
    """Runs of 2-6 consecutive corpus words in random order, with sentence and paragraph ends here and there:
    Vietnamese-looking text full of titles, names, dates and call verbs that make no sense together."""
    rng = random.Random(seed)
    words = " ".join(texts).split()
    out, n = [], 0
    while n < size:
        i = rng.randrange(len(words) - 6)
        run = " ".join(words[i:i + rng.randint(2, 6)])
        r = rng.random()
        run += "." if r < 0.08 else "\n" if r < 0.1 else ""
        out.append(run)
        n += len(run) + 1
    return " ".join(out)[:size]


def bench_huge(texts: list[str]) -> float:
    """Seconds for clean_text + extract on huge texts; returns the slowest."""
    worst = 0.0
    for kind, build in (("concatenated articles", _concatenated), ("random Vietnamese-like", _random_like)):
        row = []
        for kb in HUGE_SIZES_KB:
            text = build(texts, kb * 1000)
            best = float("inf")
            for _ in range(2):  # best of two: the box is shared
                start = time.perf_counter()
                extract(clean_text(text), published=date(2024, 1, 1))
                best = min(best, time.perf_counter() - start)
            row.append(f"{kb} KB {best:.2f} s")
            worst = max(worst, best)
        print(f"huge texts, {kind}: " + ", ".join(row))
    row = []
    for kb in HUGE_SIZES_KB:
        page = _page(_concatenated(texts, kb * 1000))
        start = time.perf_counter()
        art = clean_html(page, url="https://example.vn/bai-dai.html")
        if art is not None:
            extract(art.text, published=art.published, title=art.title)
        took = time.perf_counter() - start
        row.append(f"{kb} KB {took:.2f} s")
        worst = max(worst, took)
    print("huge pages, clean_html + extract (concatenated articles in one page): " + ", ".join(row))
    print(f"huge texts: max {worst:.2f} s per article (calls searched in the first {MAX_SEARCH_CHARS:,} characters)")
    return worst


def main() -> int:
    files = [SHARED / "corpus" / "dev.jsonl", SHARED / "corpus" / "dev2.jsonl", SHARED / "seeds" / "seeds.jsonl"]
    if not files[0].is_file():
        print("bench_extract: ../shared is absent, skipped")
        return 0
    # warm up imports and regex compilation
    extract(clean_text("Ngày 4/3, Thủ tướng A B đã điện đàm với Thủ tướng Nhật Bản C D."))
    clean_html(_page("x\n" + "Ngày 4/3, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio. " * 3))
    worst = float("inf")
    for f in files:
        if not f.is_file():
            continue
        text_rate, html_rate, n = bench(f)
        worst = min(worst, text_rate, html_rate)
        print(f"{f.relative_to(SHARED)}: {n} articles  clean_text+extract {text_rate:.0f} articles/s  "
              f"clean_html+extract {html_rate:.0f} articles/s  (target >= {TARGET:.0f})")
    print(f"slowest: {worst:.0f} articles/s -> {'OK' if worst >= TARGET else 'BELOW TARGET'}")
    texts = [json.loads(x)["text"] for x in files[0].read_text(encoding="utf-8").splitlines() if x.strip()]
    bench_huge(texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
