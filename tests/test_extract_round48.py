"""Error classes of stop 27 (issue 14, extractor 1.85.0 and on): classes left open at stop 26 and those read on the
blind sets of round 48 and later, each a general rule. Every sentence is written for these tests (invented people,
other days): it reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names)
_CALLS = [
    # a condition: "if A calls B", "unless A calls B" (non_call_wordings.toml [before])
    pytest.param("Ngày 5/5, báo chí cho biết nếu Thủ tướng Lê Văn Hòa điện đàm với Tổng thống Chile Ana Ferrer thì hai "
                 "bên bàn về thuế.", date(2025, 5, 6), set(), id="a_call_on_a_condition"),
    pytest.param("Ngày 5/5, Tổng thống Chile Ana Ferrer giữ nguyên mức thuế trừ khi Thủ tướng Lê Văn Hòa điện đàm với bà "
                 "Ferrer.", date(2025, 5, 6), set(), id="a_call_unless"),
    # a title holding "người" after "và" (Egypt's ministry of foreign affairs, migration and citizens abroad)
    pytest.param("Ngày 5/5, Bộ trưởng Ngoại giao, Di cư và Người Ai Cập ở nước ngoài Karim Fahmy đã điện đàm với Ngoại "
                 "trưởng Chile Ana Ferrer.", date(2025, 5, 6),
                 {("2025-05-05", frozenset({"Karim Fahmy", "Ana Ferrer"}))}, id="a_title_holding_its_citizens_abroad"),
    pytest.param("Ngày 5/5, Thủ tướng Nhật Bản và người đồng cấp Chile Pablo Rojas đã điện đàm.", date(2025, 5, 6), set(),
                 id="and_the_counterpart_is_no_title"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


@pytest.mark.parametrize(("text", "title"), [
    ("Ngày 5/5, người đứng đầu ngành ngoại giao Nga Ivan Petrov đã điện đàm với Ngoại trưởng Chile Ana Ferrer.",
     "người đứng đầu ngành ngoại giao"),
    ("Nhà ngoại giao hàng đầu của Mỹ Tom Harris ngày 5/5 đã điện đàm với Ngoại trưởng Chile Ana Ferrer.",
     "Nhà ngoại giao hàng đầu"),
    ("Ngày 5/5, Bộ trưởng Ngoại giao, Di cư và Người Ai Cập ở nước ngoài Karim Fahmy đã điện đàm với Ngoại trưởng "
     "Chile Ana Ferrer.", "Bộ trưởng Ngoại giao, Di cư và Người Ai Cập ở nước ngoài"),
])
def test_a_foreign_minister_told_by_what_he_heads(text: str, title: str) -> None:
    """ "the head of Russian diplomacy", "America's top diplomat": a foreign minister (titles.toml [roles])."""
    calls = calls_of(text, date(2025, 5, 6))
    minister = next(p for p in calls[0].participants if p.name != "Ana Ferrer")
    assert (minister.title, minister.role) == (title, "foreign_minister")
