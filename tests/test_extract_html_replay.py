"""The HTML path: dev articles rendered as news pages by ../shared/replay, then clean_html + extract."""

import json
import subprocess
import sys
from pathlib import Path

from extractors.calls import extract
from extractors.clean import clean_html


def test_replay_pages_extract_like_the_corpus(shared_dir: Path, tmp_path: Path) -> None:
    dev = shared_dir / "corpus" / "dev.jsonl"
    out = tmp_path / "replay"
    subprocess.run([sys.executable, str(shared_dir / "replay" / "replay.py"), "build", str(dev), str(out),
                    "--sites", "4"], check=True, capture_output=True, timeout=120)
    sites = json.loads((out / "sites.json").read_text(encoding="utf-8"))
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for site, info in sites.items():
            for a in info["articles"]:
                page = (out / site / a["path"].lstrip("/")).read_text(encoding="utf-8")
                art = clean_html(page, url=f"https://{site}{a['path']}")
                assert art is not None, a["id"]
                assert art.published is not None and art.canonical_url.endswith(a["path"])
                assert "Bản quyền" not in art.text and "Tin liên quan" not in art.text
                rec = extract(art.text, art.published, art.title, art.url).to_gold(a["id"])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    run = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), str(dev), str(pred), "--json"],
                         capture_output=True, text=True, timeout=120, check=True)
    res = json.loads(run.stdout)
    # dates are left out: replay invents publication dates for articles that have none
    low = {k: res[k] for k, v in {"article_f1": 0.95, "call_f1": 0.9, "country": 0.95, "role": 0.9,
                                  "title": 0.85, "medium": 0.95}.items() if res[k] < v}
    assert not low, f"below bound: {low}; missed: {res['missed_ids']}"
