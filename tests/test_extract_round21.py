"""Error classes read on the residual misses of the reworded blind sets and on the sets of stop 22 (issue 14,
extractor 1.68.0). Every sentence is written for these tests (other people, countries and days): it reproduces the
shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of

# (sentence, the participant's name as stored, its (title, country))
_PEOPLE = [
    # China's party International Department is the "Ban Liên lạc Đối ngoại" (Viet Nam's is the "Ban Đối ngoại"): its
    # deputy head is Chinese though the name reads as Vietnamese (organisations.toml [national_bodies])
    pytest.param("Ngày 10/6, Phó Trưởng Ban Liên lạc Đối ngoại Trung ương Tôn Hải Yến đã trao đổi qua video với Phó Chủ "
                 "tịch Đảng Lao động Ireland Michael Collins.",
                 "Tôn Hải Yến", ("Phó Trưởng Ban Liên lạc Đối ngoại Trung ương", "CN"), id="a_body_only_china_has"),
    pytest.param("Ngày 14/6, Chủ tịch Chính hiệp toàn quốc Trung Quốc Vương Hỗ Minh đã hội đàm trực tuyến với Chủ tịch "
                 "Quốc hội Lào Xay Phom.",
                 "Vương Hỗ Minh", ("Chủ tịch Chính hiệp toàn quốc", "CN"), id="the_national_committee_is_no_name"),
    pytest.param("Ngày 10/6, Phó Trưởng Ban Liên lạc Đối ngoại Trung ương Tôn Hải Yến đã trao đổi qua video với Phó Chủ "
                 "tịch Công đảng Ireland Michael Collins.",
                 "Michael Collins", ("Phó Chủ tịch Công đảng", "IE"), id="a_labour_party_is_no_name"),
    pytest.param("Ngày 29/3, Chủ tịch Quốc hội Lê Văn Hòa đã hội đàm trực tuyến với Chủ tịch Thượng viện Campuchia "
                 "Xam-đéc Chea Vanna.",
                 "Chea Vanna", ("Chủ tịch Thượng viện", "KH"), id="samdech_transliterated_is_no_part_of_the_name"),
]


@pytest.mark.parametrize(("text", "name", "expected"), _PEOPLE)
def test_participant(text: str, name: str, expected: tuple[str, str]) -> None:
    (call,) = calls_of(text, date(2024, 6, 20))
    found = {p.name: (p.title, p.country) for p in call.participants}
    assert found.get(name) == expected, found


def test_a_day_of_talks_over_the_phone_dates_a_same_day_call():
    text = ("Thủ tướng Na Uy Lars Berg đã dành ngày thứ Bảy (6/7) để trò chuyện qua điện thoại với các nhà lãnh đạo "
            "nước ngoài.\nÔng cảm ơn các đồng minh.\nTối cùng ngày, Thủ tướng Berg điện đàm với Tổng thống Phần Lan "
            "Aino Virtanen.")
    (call,) = calls_of(text, date(2024, 7, 7))
    assert call.date == "2024-07-06"
