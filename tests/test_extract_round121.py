"""Error classes of stop 35 (issue 14, extractor 1.140.0), read on round 121 (real page text of unread pages, measured on
1.139.0), each a general rule. Every sentence is written for these tests (invented people, other days): it reproduces
the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names)
_CALLS_121 = [
    # a headline asking what was said in a call takes the call as told
    pytest.param("Tổng thống Luis và người đồng cấp Ana Ferrer nói gì trong cuộc điện đàm đầu tiên?\nHai nhà lãnh đạo đã "
                 "thảo luận về hiệp ước thương mại và hợp tác y tế.", date(2021, 3, 2),
                 {(None, frozenset({"Luis", "Ana Ferrer"}))}, id="a_headline_asking_what_was_said"),
    pytest.param("Tổng thống Peru Luis Soto và Tổng thống Chile Ana Ferrer đã bàn những gì trong cuộc điện đàm tối 1/3?",
                 date(2021, 3, 2), {("2021-03-01", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="a_question_asking_what_was_discussed"),
    # ... while a question whether a call will be made reports none
    pytest.param("Liệu Tổng thống Peru Luis Soto có điện đàm với Tổng thống Chile Ana Ferrer trong tuần này?",
                 date(2021, 3, 2), set(), id="a_question_whether_a_call_is_made"),
    # the latest of past calls, dated by "là vào", in the report of a call only planned
    pytest.param("Lãnh đạo Peru và Chile lên kế hoạch điện đàm\nTổng thống Peru Luis Soto và Tổng thống Chile Ana Ferrer sẽ "
                 "trao đổi trong vài tuần tới. Cuộc gặp trực tuyến mới nhất giữa hai nhà lãnh đạo này là vào ngày 9/2, khi "
                 "ông Soto đề nghị nối lại đàm phán.", date(2022, 7, 20), set(), id="the_latest_past_call_in_a_plan"),
    # ... and in the report of a new call it neither adds a call nor lends it its day
    pytest.param("Tổng thống Peru Luis Soto và Tổng thống Chile Ana Ferrer đã điện đàm ngày 19/7. Cuộc điện đàm gần nhất "
                 "giữa hai nhà lãnh đạo là vào ngày 9/2.", date(2022, 7, 20),
                 {("2022-07-19", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_latest_past_call_after_a_new_one"),
    # the official whose greetings the caller passes on is on the caller's side, not the one called
    pytest.param("Tại cuộc điện đàm, Thủ tướng Lê Văn Hòa chuyển lời thăm hỏi của Chủ tịch nước Trần Minh Đức và lãnh "
                 "đạo Việt Nam tới Quốc vương và lãnh đạo cấp cao Oman.", date(2026, 3, 10), set(),
                 id="greetings_passed_on_from_the_callers_side"),
    # ... while the one greeted in the call, named after "tới", is
    pytest.param("Tại cuộc điện đàm, Thủ tướng Lê Văn Hòa chuyển lời thăm hỏi tới Quốc vương Oman Haitham Said.",
                 date(2026, 3, 10), {(None, frozenset({"Lê Văn Hòa", "Haitham Said"}))},
                 id="greetings_passed_on_to_the_one_called"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_121)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
