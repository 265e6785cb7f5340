"""Batch extraction over JSON lines (what `diendam extract` runs) and the labelled corpus and seeds."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.batch import extract_jsonl

CALL = "Chiều 5/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio."
NOT_CALL = "Thủ tướng Phạm Minh Chính gửi điện chúc mừng Thủ tướng Nhật Bản Kishida Fumio."


def _write(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def test_extract_jsonl_writes_scorer_lines(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [
        {"id": "a", "text": CALL, "published": "2023-06-06", "url": "https://example.vn/a"},
        {"id": "b", "text": NOT_CALL},
        {"id": 3, "text": CALL + "\n(TTXVN/Vietnam+)", "published": None, "title": "Điện đàm"},
    ])
    out = tmp_path / "sub" / "out.jsonl"
    assert extract_jsonl(src, out) == 3
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "3"]
    assert [x["label"] for x in lines] == ["call", "not_call", "call"]
    call = lines[0]["calls"][0]
    assert call["date"] == "2023-06-05" and call["medium"] == "phone"
    assert [p["country"] for p in call["participants"]] == ["VN", "JP"]
    assert set(call["participants"][0]) >= {"name", "title", "role", "country"}
    assert call["evidence"] == CALL and "findings" in call and "confidence" in call
    assert lines[2]["calls"][0]["date"] == "--06-05"
    assert not (tmp_path / "sub" / "out.jsonl.tmp").exists()


def test_extract_jsonl_bad_line_names_it_and_keeps_old_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": CALL}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"in.jsonl:2: not JSON"):
        extract_jsonl(src, out)
    assert out.read_text(encoding="utf-8") == "previous\n"
    src.write_text(json.dumps({"id": "a"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match='"text"'):
        extract_jsonl(src, out)


def test_module_cli_stdout_and_errors(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [{"id": "a", "text": CALL, "published": "2023-06-06"}])
    run = subprocess.run([sys.executable, "-m", "extractors.batch", str(src)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["label"] == "call"
    run = subprocess.run([sys.executable, "-m", "extractors.batch", str(tmp_path / "missing.jsonl")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "error:" in run.stderr


def _score(shared: Path, gold: Path, pred: Path) -> dict:
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(run.stdout)


def test_seeds(shared_dir: Path, tmp_path: Path) -> None:
    seeds = shared_dir / "seeds" / "seeds.jsonl"
    if not seeds.is_file():
        pytest.skip("no seeds")
    pred = tmp_path / "seeds.jsonl"
    extract_jsonl(seeds, pred)
    res = _score(shared_dir, seeds, pred)
    assert res["call_f1"] == 1.0
    assert min(res[k] for k in ("date", "medium", "country", "role", "title")) == 1.0


def test_dev_quality_bounds(shared_dir: Path, tmp_path: Path) -> None:
    """The bounds `make quality` enforces, checked here too so a regression fails close to its cause."""
    dev = shared_dir / "corpus" / "dev.jsonl"
    pred = tmp_path / "dev.jsonl"
    extract_jsonl(dev, pred)
    res = _score(shared_dir, dev, pred)
    bounds = {"article_f1": 0.97, "call_f1": 0.93, "date": 0.95, "medium": 0.97, "country": 0.97, "role": 0.90,
              "title": 0.85}
    low = {k: res[k] for k, v in bounds.items() if res[k] < v}
    assert not low, f"below bound: {low}; missed: {res['missed_ids']}"
