"""Batch extraction over JSON lines: what `diendam extract IN -o OUT` runs.

Input lines: {"id", "text", "published"?, "url"?, "title"?}. Output lines: {"id", "label", "calls": [...]},
the format of ../shared/corpus and of the scorer; each call carries its evidence, findings and confidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from extractors.calls import EXTRACTOR_VERSION, extract
from extractors.clean import clean_text, page_date, url_date

__all__ = ["extract_jsonl", "extract_record", "main"]


def _published(value: object) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def extract_record(rec: dict) -> dict:
    """One output line for one input record."""
    raw = rec.get("text") or ""
    text = clean_text(raw)
    # no publication date given: the page's own dateline, when the extracted text kept one
    # ("2022-01", a publication known only to the month, is passed on as written: it gives the year of the calls)
    published = _published(rec.get("published")) or page_date(raw) or url_date(rec.get("url")) or rec.get("published")
    ext = extract(text, published=published, title=rec.get("title"), url=rec.get("url"))
    out = ext.to_gold(str(rec.get("id")))
    out["extractor_version"] = EXTRACTOR_VERSION
    return out


def _write(lines, fh: TextIO) -> int:
    n = 0
    for line in lines:
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        n += 1
    return n


def extract_jsonl(in_path: str | Path, out_path: str | Path | None = None) -> int:
    """Extract every article of a JSON-lines file; writes to `out_path` (stdout when None). Returns the count.

    A line that is not a JSON object with an "id" and a string "text" raises ValueError naming the line; the
    output file is written to a temporary name and renamed at the end, so a failure never leaves a half file.
    """
    in_path = Path(in_path)

    def records():
        with in_path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{in_path}:{n}: not JSON: {e}") from e
                if not isinstance(rec, dict) or "id" not in rec or not isinstance(rec.get("text"), str):
                    raise ValueError(f'{in_path}:{n}: expected an object with "id" and a string "text"')
                yield extract_record(rec)

    if out_path is None:
        return _write(records(), sys.stdout)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            n = _write(records(), fh)
        tmp.replace(out_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractors.batch", description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSON lines with id, text, published?, url?, title?")
    ap.add_argument("-o", "--output", help="output JSON lines (stdout when omitted)")
    a = ap.parse_args(argv)
    try:
        n = extract_jsonl(a.input, a.output)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    if a.output:
        print(f"{n} articles -> {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
