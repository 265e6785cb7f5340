"""Error classes read on the blind sets of rounds 31 to 34 (real pages and reworded articles, issue 14, extractor
1.72.0), each a general rule. Every sentence is written for these tests (other people, countries and days): it
reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names)
_CALLS = [
    pytest.param("Muốn Ô-man giữ giá dầu, Tổng thống Mỹ John Carter hôm 3.5 đã điện đàm cho thái tử Faisal bin Khalid "
                 "để bàn về sản lượng.", date(2020, 5, 4), {("2020-05-03", frozenset({"John Carter", "Faisal bin Khalid"}))},
                 id="a_crown_prince_titled_in_lower_case"),
    pytest.param("Ngày 3/5, Tổng thống Mỹ John Carter điện đàm với thủ tướng Lars Berg về giá khí đốt.", date(2020, 5, 4),
                 {("2020-05-03", frozenset({"John Carter", "Lars Berg"}))},
                 id="a_head_of_government_titled_in_lower_case_without_a_country"),
    pytest.param("Giá vàng tăng nhẹ trong phiên sáng nay.\nCuộc điện đàm giữa Macron và Erdogan hôm qua xoay quanh "
                 "xung đột ở Libya.", date(2020, 6, 9), {("2020-06-08", frozenset({"Macron", "Erdogan"}))},
                 id="two_leaders_of_people_toml_named_bare"),
    pytest.param("Thị trường chứng khoán châu Á tăng điểm.\nCuộc gặp qua video giữa hai nhà lãnh đạo Modi và Scholz "
                 "ngày 4/2 kéo dài gần hai giờ.", date(2022, 2, 5), {("2022-02-04", frozenset({"Modi", "Scholz"}))},
                 id="between_the_two_leaders_named_bare"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


def test_a_bare_name_the_data_does_not_list_is_still_no_official() -> None:
    """Only the leaders people.toml lists are officials when named bare: any other proper noun needs a title."""
    assert calls_of("Cuộc điện đàm giữa Johnson và Meyer hôm qua kéo dài một giờ.", date(2020, 6, 9)) == []
