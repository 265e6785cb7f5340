"""Perturbation check of the call extractor (issue 14): does the score hold when the TUNING texts are written
another way that keeps their meaning?

Reads ../shared/corpus/dev.jsonl and build/dev2-tune.jsonl (written by benchmarks/split_dev2.py; never the
blind part of dev2, never the whole dev2), applies one meaning-preserving rewrite at a time to every article
(another way of writing dates, "Bộ trưởng Ngoại giao" <-> "Ngoại trưởng", other spellings of country names,
the headline in capitals, hard wraps, page noise lines, the whole article on one line, no-break and double
spaces, decomposed Unicode, old-style tone marks, CR LF line ends, zero-width spaces), rewrites the gold when a
rewrite changes a gold field (the title "Bộ trưởng Ngoại giao" becomes "Ngoại trưởng"), runs
`extractors.batch.extract_record` and scores each rewrite with ../shared/eval/score.py. Prints one row per
rewrite and corpus: article F1, call F1 and the field accuracies, with the drop from the unchanged texts.

Texts are read from ../shared at run time and written only to a temporary directory (never into the repo).
Skips when ../shared or build/dev2-tune.jsonl is absent.

    .venv/bin/python benchmarks/perturb_eval.py             # every rewrite
    .venv/bin/python benchmarks/perturb_eval.py -p nfd -v   # one rewrite, with the ids that changed
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from extractors.batch import extract_record  # noqa: E402

CORPORA = {"dev": SHARED / "corpus" / "dev.jsonl", "dev2-tune": ROOT / "build" / "dev2-tune.jsonl"}
SCORER = SHARED / "eval" / "score.py"
FIELDS = ("article_f1", "call_f1", "date", "medium", "country", "role", "title")
SEED = 14

Rewrite = Callable[[dict, random.Random], tuple[str, Callable[[dict], dict] | None]]


# --- rewrites: each returns the new text and, when gold fields change, a function rewriting a gold call ----------
def identity(rec: dict, rng: random.Random) -> tuple[str, None]:
    return rec["text"], None


_NUM_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})(?![\d%])(?!/\d)")


def date_dash(rec: dict, rng: random.Random) -> tuple[str, None]:
    """ "26/1" -> "26-1" (a date without its year)."""
    return _NUM_DATE.sub(r"\1-\2", rec["text"]), None


def date_words(rec: dict, rng: random.Random) -> tuple[str, None]:
    """ "ngày 26/1" -> "ngày 26 tháng 1"."""
    return re.sub(r"\b(ngày|Ngày)\s+(\d{1,2})/(\d{1,2})(?![\d%])(?!/\d)", r"\1 \2 tháng \3", rec["text"]), None


def date_zero_padded(rec: dict, rng: random.Random) -> tuple[str, None]:
    """ "6/1" -> "06/01"."""
    return _NUM_DATE.sub(lambda m: f"{int(m.group(1)):02d}/{int(m.group(2)):02d}", rec["text"]), None


def _title_swap(old: str, new: str) -> Rewrite:
    def rewrite(rec: dict, rng: random.Random) -> tuple[str, Callable[[dict], dict]]:
        def gold(call: dict) -> dict:
            for p in call["participants"]:
                if p.get("title"):
                    p["title"] = re.sub(rf"(?<![\w-])(?<!Phó )(?<!phó ){old}(?!\w)", new, p["title"])
            return call
        return re.sub(rf"(?<![\w-])(?<!Phó )(?<!phó ){old}(?!\w)", new, rec["text"]), gold
    rewrite.__doc__ = f'"{old}" -> "{new}" (gold titles too)'
    return rewrite


# other spellings of a country, only after a lower-case word ("Tổng thống Mỹ", "phía Mỹ"), so that names are kept
_COUNTRY_FORMS = {"Mỹ": "Hoa Kỳ", "Hoa Kỳ": "Mỹ", "Hàn Quốc": "Hàn", "Úc": "Australia", "Australia": "Úc",
                  "Nhật Bản": "Nhật", "Campuchia": "Cam-pu-chia", "Lào": "CHDCND Lào", "Ấn Độ": "Ấn",
                  "Singapore": "Xin-ga-po", "Trung Quốc": "TQ", "Nga": "Liên bang Nga", "Đức": "CHLB Đức"}
_COUNTRY_RE = re.compile(r"(?<=[a-zà-ỹđ] )(" + "|".join(sorted(map(re.escape, _COUNTRY_FORMS), key=len, reverse=True))
                         + r")(?!\w)")


def country_spellings(rec: dict, rng: random.Random) -> tuple[str, None]:
    """Hoa Kỳ <-> Mỹ, Hàn Quốc -> Hàn, Úc <-> Australia, Nhật Bản -> Nhật, ..."""
    return _COUNTRY_RE.sub(lambda m: _COUNTRY_FORMS[m.group(1)], rec["text"]), None


def headline_caps(rec: dict, rng: random.Random) -> tuple[str, None]:
    """The headline in capitals: the first line, when it is one (under 200 characters, no final full stop; some
    texts open on the lead paragraph)."""
    first, sep, rest = rec["text"].partition("\n")
    if len(first) >= 200 or first.rstrip().endswith("."):
        return rec["text"], None
    return first.upper() + sep + rest, None


def hard_wrap(rec: dict, rng: random.Random) -> tuple[str, None]:
    """Every line wrapped at 70 columns."""
    return "\n".join(textwrap.fill(line, 70) if line.strip() else line for line in rec["text"].split("\n")), None


def page_noise(rec: dict, rng: random.Random) -> tuple[str, None]:
    """Menus, photo credits, timestamps of the publication day and "Xem thêm" lines between the lines."""
    noise = ["Trang chủ | Thời sự | Thế giới | Kinh tế", "Ảnh: TTXVN", "Xem thêm: Tin liên quan",
             "Chia sẻ: Facebook | Zalo | Email", "Theo dõi chúng tôi trên Google News"]
    if rec.get("published"):
        y, m, d = rec["published"][:10].split("-")
        noise.append(f"{d}/{m}/{y} 08:15 GMT+7")
    out = []
    for line in rec["text"].split("\n"):
        out.append(line)
        if line.strip() and rng.random() < 0.35:
            out.append(rng.choice(noise))
    return "\n".join(out), None


def one_line(rec: dict, rng: random.Random) -> tuple[str, None]:
    """The whole article on one line."""
    return re.sub(r"\s*\n\s*", " ", rec["text"]), None


def odd_spaces(rec: dict, rng: random.Random) -> tuple[str, None]:
    """No-break spaces and double spaces in place of one space in three."""
    return re.sub(" ", lambda m: rng.choice([" ", " ", "\u00a0", "  "]), rec["text"]), None


def nfd(rec: dict, rng: random.Random) -> tuple[str, None]:
    """Decomposed Unicode (NFD), as some pages and copy-pastes give."""
    return unicodedata.normalize("NFD", rec["text"]), None


_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ọe": "oẹ",
              "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def old_tones(rec: dict, rng: random.Random) -> tuple[str, None]:
    """Old-style tone placement ("hoà", "Thuỷ", "uỷ ban"), in text only (the scorer folds accents)."""
    pat = re.compile("|".join(_OLD_TONES), re.I)
    return pat.sub(lambda m: _match_case(m.group(0), _OLD_TONES[m.group(0).lower()]), rec["text"]), None


def _match_case(src: str, dst: str) -> str:
    return dst[0].upper() + dst[1:] if src[0].isupper() else dst


def crlf(rec: dict, rng: random.Random) -> tuple[str, None]:
    """Windows line ends."""
    return rec["text"].replace("\n", "\r\n"), None


def zero_width(rec: dict, rng: random.Random) -> tuple[str, None]:
    """Zero-width spaces after one word in five (left by some editors)."""
    return re.sub(r"(?<=\w) ", lambda m: "\u200b " if rng.random() < 0.2 else " ", rec["text"]), None


REWRITES: dict[str, Rewrite] = {
    "unchanged": identity,
    "date 26-1": date_dash,
    "date 'ngày 26 tháng 1'": date_words,
    "date 06/01": date_zero_padded,
    "Bộ trưởng Ngoại giao -> Ngoại trưởng": _title_swap("Bộ trưởng Ngoại giao", "Ngoại trưởng"),
    "Ngoại trưởng -> Bộ trưởng Ngoại giao": _title_swap("Ngoại trưởng", "Bộ trưởng Ngoại giao"),
    "country spellings": country_spellings,
    "headline in capitals": headline_caps,
    "hard wraps at 70": hard_wrap,
    "page noise lines": page_noise,
    "one line": one_line,
    "NBSP / double spaces": odd_spaces,
    "NFD": nfd,
    "old-style tone marks": old_tones,
    "CR LF": crlf,
    "zero-width spaces": zero_width,
}
_KEYS = {"nfd": "NFD", "caps": "headline in capitals", "wrap": "hard wraps at 70", "noise": "page noise lines"}


def perturbed(records: list[dict], rewrite: Rewrite) -> tuple[list[dict], list[dict], int]:
    """The rewritten records, their gold and how many texts the rewrite changed."""
    rng = random.Random(SEED)
    inputs, gold, changed = [], [], 0
    for rec in records:
        text, fix = rewrite(rec, rng)
        changed += text != rec["text"]
        inputs.append({**rec, "text": text})
        g = json.loads(json.dumps({k: rec[k] for k in ("id", "label", "calls")}))
        if fix is not None:
            g["calls"] = [fix(c) for c in g["calls"]]
        gold.append(g)
    return inputs, gold, changed


def score(gold: list[dict], pred: list[dict], tmp: Path) -> dict:
    gp, pp = tmp / "gold.jsonl", tmp / "pred.jsonl"
    gp.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    pp.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(gp), str(pp), "--json"], capture_output=True, text=True,
                         check=False)
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-p", "--perturbation", action="append", help="only these rewrites (name or short key)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the articles whose result changed")
    args = ap.parse_args()
    missing = [str(p) for p in (*CORPORA.values(), SCORER) if not p.is_file()]
    if missing:
        print(f"skipped: not found: {', '.join(missing)} (run benchmarks/split_dev2.py first for dev2-tune)")
        return 0
    names = list(REWRITES)
    if args.perturbation:
        wanted = [_KEYS.get(p, p) for p in args.perturbation]
        names = ["unchanged", *[n for n in names if n in wanted and n != "unchanged"]]
    print(f"{'rewrite':<40} {'corpus':<10} {'changed':>7} " + " ".join(f"{f:>10}" for f in FIELDS))
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for corpus, path in CORPORA.items():
            records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            base_pred: dict[str, dict] = {}
            base: dict | None = None
            for name in names:
                inputs, gold, changed = perturbed(records, REWRITES[name])
                pred = [extract_record(r) for r in inputs]
                s = score(gold, pred, tmp)
                if base is None:
                    base = s
                    base_pred = {p["id"]: p for p in pred}
                cells = []
                for f in FIELDS:
                    drop = s[f] - base[f]
                    cells.append(f"{s[f]:.3f}" + (f"({drop:+.2f})" if abs(drop) >= 0.005 else "       "))
                print(f"{name[:40]:<40} {corpus:<10} {changed:>7} " + " ".join(f"{c:>10}" for c in cells), flush=True)
                if args.verbose and name != "unchanged":
                    for p in pred:
                        if _summary(p) != _summary(base_pred[p["id"]]):
                            print(f"    {p['id']}: {_summary(base_pred[p['id']])} -> {_summary(p)}")
    return 0


def _summary(pred: dict) -> list:
    return [(c["date"], c["medium"], [(x["name"], x["role"], x["country"]) for x in c["participants"]])
            for c in pred["calls"]]


if __name__ == "__main__":
    sys.exit(main())
