"""Error classes read on the reworded blind set of stop 21 (issue 14, extractor 1.67.0). Every sentence is written
for these tests (other people, countries and days): it reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

from extract_helpers import calls_of, pairs


def test_an_appositive_title_after_tan_names_the_partner():
    text = "Tối 22-8, Thủ tướng Campuchia Sok Dara đã gọi điện chúc mừng ông Anan Chai, tân Thủ tướng Thái Lan."
    (call,) = calls_of(text, date(2023, 8, 25))
    partner = call.participants[1]
    assert (partner.name, partner.title, partner.role, partner.country) == (
        "Anan Chai", "Thủ tướng", "head_of_government", "TH")


def test_a_papers_report_day_before_the_calls_own_day_is_not_the_calls():
    text = ("Tờ Bangkok Post ngày 24-8 đưa tin, tối 22-8, Thủ tướng Campuchia Sok Dara đã gọi điện chúc mừng "
            "Thủ tướng Thái Lan Anan Chai.")
    (call,) = calls_of(text, date(2023, 8, 25))
    assert str(call.date) == "2023-08-22"


def test_a_line_opening_on_va_goes_on_the_line_before():
    text = ("Ngoại trưởng hai nước điện đàm\n"
            "(Báo Thời Sự) - Ngày 16/2 vừa qua, Bộ trưởng Ngoại giao Lê Văn Hòa\n"
            "và Ngoại trưởng Hoa Kỳ John Stone đã có cuộc điện đàm. Hai bên trao đổi về quan hệ song phương trong "
            "bối cảnh mới và các vấn đề cùng quan tâm.\n"
            "Bộ trưởng Lê Văn Hòa cảm ơn Ngoại trưởng John Stone đã gọi điện ngay trong những ngày đầu năm.")
    (call,) = calls_of(text, date(2013, 2, 18))
    assert pairs([call]) == {frozenset({"Lê Văn Hòa", "John Stone"})}
    assert str(call.date) == "2013-02-16"


def test_a_person_of_another_event_after_the_call_wording_is_no_partner():
    text = ("NGOẠI TRƯỞNG ẤN ĐỘ, MỸ ĐIỆN ĐÀM TRƯỚC CHUYẾN THĂM NEW DELHI CỦA ÔNG PETROV\n"
            "Ngoại trưởng Ấn Độ Raj Kumar đã có cuộc điện thoại với Ngoại trưởng Mỹ Paul Hale hôm thứ Tư, 30/3.\n"
            "Cuộc trao đổi diễn ra khi Ngoại trưởng Nga Ivan Petrov bắt đầu chuyến thăm New Delhi.")
    assert pairs(calls_of(text, date(2022, 3, 31))) == {frozenset({"Raj Kumar", "Paul Hale"})}


def test_an_adverbial_clause_before_the_partner_keeps_the_partner():
    text = ("Bộ Ngoại giao Nhật Bản cho biết Ngoại trưởng Sato Kenji chiều ngày 13/7 đã có cuộc điện đàm đầu tiên sau "
            "khi nhậm chức với người đồng cấp Việt Nam Lê Văn Hòa.")
    assert pairs(calls_of(text, date(2022, 7, 14))) == {frozenset({"Sato Kenji", "Lê Văn Hòa"})}


def test_an_online_connection_between_two_deputy_ministers_is_a_video_call():
    text = ("Ngày 16/7, Thứ trưởng Bộ Ngoại giao Lê Văn Hòa đã kết nối trực tuyến từ trụ sở Bộ Ngoại giao với Thứ "
            "trưởng Ngoại giao Nhật Bản Sato Kenji, đồng chủ tịch phía Nhật Bản của Ủy ban hợp tác.")
    (call,) = calls_of(text, date(2021, 7, 17))
    assert call.medium == "video"
    assert pairs([call]) == {frozenset({"Lê Văn Hòa", "Sato Kenji"})}


def test_a_sentence_opening_in_the_call_names_its_two_people():
    text = ("HÀ NỘI - Trong cuộc gọi hôm thứ Bảy (10/7), Thủ tướng Lê Văn Hòa và Thủ tướng Ấn Độ Raj Kumar đã bàn các "
            "biện pháp đưa quan hệ hai nước lên tầm cao mới.")
    (call,) = calls_of(text, date(2021, 7, 12))
    assert str(call.date) == "2021-07-10"
    assert pairs([call]) == {frozenset({"Lê Văn Hòa", "Raj Kumar"})}


def test_two_callers_of_separate_calls_each_call_the_one_after_voi():
    text = ("Ngày 5/6, Thủ tướng Lê Văn Hòa và Chủ tịch nước Trần Minh Đức đã có các cuộc điện đàm với ông Sato "
            "Kenji, tân Thủ tướng Nhật Bản.")
    assert pairs(calls_of(text, date(2025, 6, 6))) == {frozenset({"Lê Văn Hòa", "Sato Kenji"}),
                                                        frozenset({"Trần Minh Đức", "Sato Kenji"})}
