"""Error classes read on the tuned sets of stop 23 and the blind sets of round 30 (real pages and reworded
articles, issue 14, extractor 1.70.0), each a general rule. Every sentence is written for these tests (other
people, countries and days): it reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names)
_CALLS = [
    pytest.param("Tổng thống Estonia Jaan Tamm phát biểu ngày 27/6 về vụ việc.\nLãnh đạo Estonia cho biết ông đã điện "
                 "đàm với Tổng thống Phần Lan Mikko Virtanen vào 10h ngày 24/6.", date(2023, 6, 28),
                 {("2023-06-24", frozenset({"Jaan Tamm", "Mikko Virtanen"}))},
                 id="the_leader_of_a_country_as_the_subject_without_nha"),
    pytest.param("Ngày 18/9, Tổng thống Pháp Jean Morel đã điện đàm với lãnh đạo Armenia-Azerbaijan sau đụng độ biên "
                 "giới.", date(2022, 9, 19), set(), id="two_countries_joined_by_a_hyphen_are_no_name"),
    pytest.param("Thủ tướng Ấn Độ Raj Kumar đã điện đàm với ông Trump ngày 6/11 để chúc mừng.\nỞ trong nước, Tổng "
                 "thống Joe Biden và Phó Tổng thống Kamala Harris, ứng viên của đảng Dân chủ, đều đã gọi điện chúc mừng "
                 "ông Trump.", date(2024, 11, 7), {("2024-11-06", frozenset({"Raj Kumar", "Trump"}))},
                 id="two_callers_of_one_country_each_calling_a_third"),
    pytest.param("Ngày 5/6, Thủ tướng Lê Văn Hòa và Chủ tịch Quốc hội Trần Văn Nam đều đã gọi điện chúc mừng Tổng thống "
                 "Chile Pablo Rojas.", date(2024, 6, 6),
                 {("2024-06-05", frozenset({"Lê Văn Hòa", "Pablo Rojas"})),
                  ("2024-06-05", frozenset({"Trần Văn Nam", "Pablo Rojas"}))}, id="each_of_two_callers"),
    pytest.param("Thủ tướng Anh Tom Reed điện đàm với ông Trump.\nCũng theo Nhà Trắng, trong ngày ông Biden còn gọi "
                 "điện cho Phó Tổng thống Kamala Harris để cảm ơn.", date(2024, 11, 7),
                 {(None, frozenset({"Tom Reed", "Trump"}))}, id="a_vice_president_is_of_her_own_country"),
    pytest.param("Ngày 21/1, Cố vấn An ninh quốc gia Mỹ Mark Hale điện đàm với Ngoại trưởng Anh Tom Reed.\nCũng trong ngày, ông Hale trao đổi "
                 "qua điện thoại với Cố vấn An ninh quốc gia Nhật Bản Sato Kenji.", date(2021, 1, 23),
                 {("2021-01-21", frozenset({"Mark Hale", "Tom Reed"})),
                  ("2021-01-21", frozenset({"Mark Hale", "Sato Kenji"}))}, id="also_on_that_day"),
    pytest.param("Theo các nguồn tin, trong một cuộc điện đàm hôm 2-4, Tổng thống Mỹ John Carter nói với Thủ tướng Na Uy "
                 "Lars Berg về giá dầu.\nKhi được hỏi, ông Carter trả lời phỏng vấn tối 29-4: \"Tôi đã nói chuyện với "
                 "Thủ tướng Berg qua điện thoại\".", date(2020, 4, 30),
                 {("2020-04-02", frozenset({"John Carter", "Lars Berg"}))}, id="the_day_of_a_quote_is_its_telling"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


def test_a_name_opening_with_a_particle_keeps_it() -> None:
    calls = calls_of("Ngày 3/5, Tổng thống Mỹ John Carter điện đàm với Thái tử Ả Rập Saudi Faisal bin Hamid.\nThái tử bin "
                     "Hamid cảm ơn ông Carter.", date(2020, 5, 4))
    assert [(p.name, p.title) for c in calls for p in c.participants if p.country == "SA"] == [("Faisal bin Hamid", "Thái tử")]
