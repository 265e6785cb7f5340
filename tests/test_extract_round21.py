"""Error classes read on the residual misses of the reworded blind sets and on the sets of stop 22 (issue 14,
extractor 1.68.0). Every sentence is written for these tests (other people, countries and days): it reproduces the
shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

from extract_helpers import calls_of


def test_a_body_only_china_has_gives_its_holder_china():
    # the party's International Department is China's "Ban Liên lạc Đối ngoại" (Viet Nam's is the "Ban Đối ngoại"):
    # its deputy head is Chinese though the name reads as Vietnamese
    text = ("Ngày 10/6, Phó Trưởng Ban Liên lạc Đối ngoại Trung ương Tôn Hải Yến đã trao đổi qua video với Phó Chủ tịch "
            "Đảng Lao động Ireland Michael Collins.")
    (call,) = calls_of(text, date(2024, 6, 20))
    host = next(p for p in call.participants if p.name == "Tôn Hải Yến")
    assert host.country == "CN"


def test_the_national_committee_is_no_name():
    text = ("Ngày 14/6, Chủ tịch Chính hiệp toàn quốc Trung Quốc Vương Hỗ Minh đã hội đàm trực tuyến với Chủ tịch Quốc "
            "hội Lào Xay Phom.")
    (call,) = calls_of(text, date(2024, 6, 20))
    host = next(p for p in call.participants if p.country == "CN")
    assert (host.name, host.title) == ("Vương Hỗ Minh", "Chủ tịch Chính hiệp toàn quốc")


def test_a_labour_party_is_no_name():
    text = ("Ngày 10/6, Phó Trưởng Ban Liên lạc Đối ngoại Trung ương Tôn Hải Yến đã trao đổi qua video với Phó Chủ tịch "
            "Công đảng Ireland Michael Collins.")
    (call,) = calls_of(text, date(2024, 6, 20))
    guest = next(p for p in call.participants if p.country == "IE")
    assert (guest.name, guest.title) == ("Michael Collins", "Phó Chủ tịch Công đảng")


def test_samdech_transliterated_is_no_part_of_the_name():
    text = ("Ngày 29/3, Chủ tịch Quốc hội Lê Văn Hòa đã hội đàm trực tuyến với Chủ tịch Thượng viện Campuchia Xam-đéc "
            "Chea Vanna.")
    (call,) = calls_of(text, date(2022, 4, 1))
    assert call.participants[1].name == "Chea Vanna"


def test_a_day_of_talks_over_the_phone_dates_a_same_day_call():
    text = ("Thủ tướng Na Uy Lars Berg đã dành ngày thứ Bảy (6/7) để trò chuyện qua điện thoại với các nhà lãnh đạo "
            "nước ngoài.\nÔng cảm ơn các đồng minh.\nTối cùng ngày, Thủ tướng Berg điện đàm với Tổng thống Phần Lan "
            "Aino Virtanen.")
    (call,) = calls_of(text, date(2024, 7, 7))
    assert call.date == "2024-07-06"
