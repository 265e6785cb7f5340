"""Error classes read on the blind sets of rounds 40 and 41 (reworded articles and real pages, issue 14, extractor
1.78.0 and on), each a general rule. Every sentence is written for these tests (other people, countries and days): it
reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

from extractors.dates import find_dates

# (text, published, each call's day and two names)
_CALLS = [
    pytest.param("(TG&VN) - Một ngày sau khi tái đắc cử, Tổng thống Chile Pablo Rojas đã dành cả buổi chiều thứ Năm 8/11 "
                 "để trò chuyện với lãnh đạo nhiều nước.\nTrước hết, ông Rojas đã điện đàm với Thủ tướng Úc Mark Ellis.",
                 date(2018, 11, 9), {("2018-11-08", frozenset({"Pablo Rojas", "Mark Ellis"}))},
                 id="a_round_opened_on_a_weekday_and_its_date"),
    pytest.param("Thủ tướng Úc Mark Ellis cho biết cuộc điện thoại chúc mừng đầu tiên ông nhận được sau bầu cử là từ "
                 "Thủ tướng Fiji Sitiveni Rabuka.", date(2022, 5, 23),
                 {(None, frozenset({"Mark Ellis", "Sitiveni Rabuka"}))}, id="the_first_call_received_is_from_the_partner"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã điện đàm với lãnh đạo ba nước. Người đầu tiên ông nói chuyện qua "
                 "điện thoại là Thủ tướng New Zealand Tom Reid.", date(2022, 5, 5),
                 {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))}, id="the_partner_told_by_rank"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis nhận nhiều lời chúc mừng. Lãnh đạo nước ngoài đầu tiên gọi điện chúc "
                 "mừng ông là Thủ tướng New Zealand Tom Reid.", date(2022, 5, 5),
                 {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))}, id="the_caller_told_by_rank"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã liên lạc qua điện thoại với Thủ tướng New Zealand Tom Reid.",
                 date(2022, 5, 5), {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))}, id="in_touch_by_phone"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã có cuộc liên lạc qua điện thoại với Thủ tướng New Zealand Tom Reid.",
                 date(2022, 5, 5), {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))},
                 id="a_contact_by_phone"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã liên lạc với Thủ tướng New Zealand Tom Reid về vụ bão.",
                 date(2022, 5, 5), set(), id="in_touch_without_a_medium_is_no_call"),
    pytest.param("Lãnh đạo nước ngoài đầu tiên gửi điện mừng ông là Thủ tướng New Zealand Tom Reid.\nThủ tướng Úc Mark "
                 "Ellis cảm ơn.", date(2022, 5, 5), set(), id="a_cable_told_by_rank_is_no_call"),
    # a call weeks before the day the lead tells of, told late in the body: history told in passing
    pytest.param("Chile tiếp đặc phái viên Úc\n(Chinhphu.vn) - Ngày 24/2, tại Santiago, Tổng thống Chile Pablo Rojas đã "
                 "tiếp Bộ trưởng Ngoại giao Úc Anna Weber.\nHai bên bàn về thương mại.\nNgày 24/1 vừa qua, trong cuộc điện "
                 "đàm với Thủ tướng Úc Mark Ellis, Tổng thống Rojas đã nhận lời mời thăm Úc.", date(2026, 2, 24), set(),
                 id="a_call_weeks_before_the_leads_event"),
    pytest.param("Chile tiếp đặc phái viên Úc\n(Chinhphu.vn) - Ngày 24/2, tại Santiago, Tổng thống Chile Pablo Rojas đã "
                 "tiếp Bộ trưởng Ngoại giao Úc Anna Weber.\nHai bên bàn về thương mại.\nNgày 20/2 vừa qua, trong cuộc điện "
                 "đàm với Thủ tướng Úc Mark Ellis, Tổng thống Rojas đã nhận lời mời thăm Úc.", date(2026, 2, 24),
                 {("2026-02-20", frozenset({"Pablo Rojas", "Mark Ellis"}))}, id="a_call_days_before_the_leads_event"),
    pytest.param("24/01/2026 08:00 GMT+7\nNgày 24/1 vừa qua, trong cuộc điện đàm với Thủ tướng Úc Mark Ellis, Tổng thống "
                 "Chile Pablo Rojas đã nhận lời mời thăm Úc.", date(2026, 2, 24),
                 {("2026-01-24", frozenset({"Pablo Rojas", "Mark Ellis"}))}, id="an_old_call_alone_is_kept"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


@pytest.mark.parametrize("text", ["chiều thứ Năm 8/11", "Thứ Sáu 9/11, ông", "vào thứ Năm 8/11 ông"])
def test_a_weekday_before_a_date_is_no_year(text: str) -> None:
    """ "thứ Năm 8/11": "Năm" is the weekday Thursday, not "năm" (year) before a number."""
    assert [(h.day, h.month) for h in find_dates(text) if h.relative is None] in ([(8, 11)], [(9, 11)])
