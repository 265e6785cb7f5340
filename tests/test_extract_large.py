"""Huge and hostile texts: clean + extract stay near-linear and finish (a 233 KB text once took 42 minutes).

No timing assertions here (the box is shared); a generous pytest-timeout turns a hang into a failure.
Speed figures are printed by benchmarks/bench_extract.py.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.calls import MAX_SEARCH_CHARS, MAX_SENTENCE_CHARS, extract, split_sentences
from extractors.clean import clean_text

# sentences written for these tests (no corpus text)
_CALL = "Chiều 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Ai-len Micheál Martin."
_FILLER = [
    "Hai bên trao đổi về hợp tác thương mại, đầu tư, giáo dục và lao động giữa hai nước.",
    "Ông Martin cảm ơn Việt Nam đã hỗ trợ công dân Ai-len trong thời gian qua.",
    "Theo số liệu của Tổng cục Thống kê, kim ngạch thương mại song phương năm 2023 đạt 1,2 tỷ USD.",
    "Bộ trưởng Bùi Thanh Sơn mời Ngoại trưởng Micheál Martin sớm thăm Việt Nam.",
    "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Yamada Takio tại Hà Nội ngày 5/3.",
    "Chủ tịch Quốc hội Trần Thanh Mẫn gửi điện mừng Chủ tịch Thượng viện Pháp Gérard Larcher.",
]


def _long_article(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts = [_CALL]
    n = len(_CALL)
    while n < size:
        p = rng.choice(_FILLER)
        parts.append(p)
        n += len(p) + 1
    return "\n".join(parts)


@pytest.mark.timeout(180)
def test_one_megabyte_article_finishes_and_keeps_the_call():
    text = clean_text(_long_article(1_000_000))
    assert len(text) > 900_000
    ex = extract(text, published="2024-03-13")
    assert [[p.name for p in c.participants] for c in ex.calls] == [["Bùi Thanh Sơn", "Micheál Martin"]]
    assert ex.calls[0].date == "2024-03-12"


@pytest.mark.timeout(180)
def test_call_past_the_search_cap_is_not_searched():
    filler = _long_article(MAX_SEARCH_CHARS + 20_000).split("\n", 1)[1]
    ex = extract(filler + "\n" + _CALL, published="2024-03-13")
    assert ex.calls == []
    ex = extract(_CALL + "\n" + filler, published="2024-03-13")
    assert len(ex.calls) == 1


@pytest.mark.timeout(180)
@pytest.mark.parametrize("piece", [
    " ", "(", "Ảnh: ", "1-", "4/3 ", "A. ", "Nguyễn ", "Bộ trưởng ", "Hoa Kỳ ", "von ", ", ", "sáng nay ",
    "người đồng cấp ", "điện đàm với Thủ tướng Nhật Bản Ab Cd, ",
])
def test_one_megabyte_line_of_one_repeated_piece_finishes(piece: str):
    # long runs of one token once hit regexes with nested/adjacent "\s*" and the tagger's quadratic features
    text = "Thủ tướng Ab Cd điện đàm với Tổng thống Ef Gh " + piece * (1_000_000 // len(piece))
    extract(clean_text(text))
    extract(text)


def test_long_run_without_full_stop_is_cut_into_bounded_sentences():
    line = "điện đàm " + "Bộ trưởng Ab Cd, " * 2_000
    sents = split_sentences(line)
    assert len(sents) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sents)
    # pieces keep their offsets in the line
    assert all(line[s.start:s.end] == s.text for s in sents)


def test_clean_text_collapses_whitespace_runs_and_still_strips_credits():
    assert clean_text("Hai bên   nhất trí\t\tthúc đẩy hợp tác.   (Ảnh:   TTXVN)") == "Hai bên nhất trí thúc đẩy hợp tác."
    assert clean_text("Thủ tướng điện đàm với Thủ tướng Ấn Độ" + " " * 50_000 + "(TTXVN)") == \
        "Thủ tướng điện đàm với Thủ tướng Ấn Độ"


_TOKENS = ["Thủ tướng", "Bộ trưởng Ngoại giao", "Tổng thống", "điện đàm", "với", "và", "ngày", "4/3", "12-5",
           "Nguyễn Văn A", "Ab Cd", "Hàn Quốc", "Mỹ", "(", ")", ",", ".", "\n", " ", "Ảnh:", "trực tuyến",
           "người đồng cấp", "Cùng ngày", "gọi điện", "A.", "von", "-"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TOKENS), max_size=400))
def test_token_soup_never_crashes(tokens: list[str]):
    text = " ".join(tokens)
    ex = extract(clean_text(text), published="2024-01-01")
    for c in ex.calls:
        assert len(c.participants) == 2
        assert c.medium in ("phone", "video")
