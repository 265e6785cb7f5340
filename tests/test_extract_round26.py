"""Error classes read on the residual misses of the blind sets and on the sets of stop 23 (issue 14, extractor
1.69.0). Every sentence is written for these tests (other people, countries and days): it reproduces the shape of a
class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of


def _dated(text: str, published: date) -> set[tuple[str | None, frozenset[str]]]:
    return {(c.date, frozenset(p.name for p in c.participants)) for c in calls_of(text, published)}


# (text, published, each call's day and two names)
_CALLS = [
    pytest.param("Ngoại trưởng Chile Ana Ferrer nhậm chức ngày 10/5.\nHôm 13/5, bà đã có cuộc điện đàm đầu tiên với "
                 "Ngoại trưởng Peru Luis Soto.", date(2024, 5, 20),
                 {("2024-05-13", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="a_pronoun_subject_is_the_official_opening_the_sentence_before"),
    pytest.param("Ngoại trưởng Chile Ana Ferrer ngày 10/5 đã tiếp Đại sứ Peru tại Santiago.\nHôm 13/5, bà điện đàm với "
                 "Ngoại trưởng Peru Luis Soto.", date(2024, 5, 20),
                 {("2024-05-13", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="an_unnamed_official_after_the_subject_is_no_subject"),
    pytest.param("Chiều 12/4, theo hình thức trực tuyến, Thứ trưởng Ngoại giao Lê Văn Hòa và Thứ trưởng Ngoại giao "
                 "Campuchia Sok Dara đã đồng chủ trì cuộc tham vấn chính trị lần thứ 5 giữa Bộ Ngoại giao hai nước.",
                 date(2023, 4, 13), {("2023-04-12", frozenset({"Lê Văn Hòa", "Sok Dara"}))},
                 id="the_day_before_an_opening_medium"),
    pytest.param("Sáng 5/6, qua hình thức trực tuyến, Thứ trưởng Bộ Công Thương Lê Văn Hòa đã có cuộc gặp với người "
                 "đồng cấp Lào, Thứ trưởng Bộ Công Thương Lào Bun Phan.", date(2023, 6, 6),
                 {("2023-06-05", frozenset({"Lê Văn Hòa", "Bun Phan"}))},
                 id="the_day_before_an_opening_medium_and_the_counterpart_s_side"),
    # not calls
    pytest.param("Ngoại trưởng Chile Ana Ferrer nhậm chức ngày 10/5.\nHôm 13/5, bà điện đàm với Bộ trưởng Tài chính "
                 "Chile Luis Soto.", date(2024, 5, 20), set(), id="a_pronoun_subject_and_a_partner_of_her_country"),
    pytest.param("Báo chí Peru đưa tin Ngoại trưởng Chile Ana Ferrer nhậm chức ngày 10/5.\nHôm 13/5, ông điện đàm "
                 "với Ngoại trưởng Bolivia Luis Soto.", date(2024, 5, 20), set(),
                 id="a_pronoun_subject_with_no_official_opening_the_sentence_before"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert _dated(text, published) == expected


@pytest.mark.parametrize(("text", "name", "title"), [
    pytest.param("Ngày 3/9, Bộ trưởng Bộ Y tế Lê Văn Hòa điện đàm với Bộ trưởng Bộ Y tế Lào Bun Phan.",
                 "Bun Phan", "Bộ trưởng Bộ Y tế", id="the_minister_of_a_ministry_then_the_country"),
    pytest.param("Ngày 3/9, Thứ trưởng Ngoại giao Lê Văn Hòa điện đàm với Thứ trưởng Thường trực Bộ Ngoại giao Thái Lan "
                 "Somchai Chan.", "Somchai Chan", "Thứ trưởng Thường trực Bộ Ngoại giao",
                 id="the_standing_deputy_minister_of_a_ministry"),
    pytest.param("Ngày 3/9, Thứ trưởng Ngoại giao Lê Văn Hòa điện đàm với Quốc vụ khanh Bộ Ngoại giao Đức Hans Weber.",
                 "Hans Weber", "Quốc vụ khanh Bộ Ngoại giao Đức", id="the_country_names_the_ministry_of_its_official"),
])
def test_title_without_the_trailing_country(text: str, name: str, title: str) -> None:
    (call,) = calls_of(text, date(2022, 9, 4))
    assert {p.name: p.title for p in call.participants}[name] == title
