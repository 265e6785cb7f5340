"""Error classes of stop 36 (issue 14), read on rounds measured once before (127 on 1.144.0, then the rounds of this
stop), each a general rule. Every sentence is written for these tests (invented people, other days): it reproduces the
shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names)
_CALLS_128 = [
    # a call told without its partner, the next sentence introducing him ("Người đối thoại là", "Phía X là", "Tham
    # gia từ điểm cầu X là")
    pytest.param("Văn phòng tổng thống cho biết Tổng thống Peru Luis Soto tối 4/5 đã có cuộc điện đàm kéo dài 90 phút.\n"
                 "Người đối thoại là Tổng thống Chile Ana Ferrer, lần thứ ba trong năm nay.\nHai bên bàn về thương mại.",
                 date(2023, 5, 5), {("2023-05-04", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_partner_named_next"),
    pytest.param("Sáng 12/9, Thứ trưởng Ngoại giao Đỗ Minh Quân có cuộc điện đàm. Phía Hàn Quốc là Thứ trưởng Ngoại giao Kim "
                 "Hyun, phụ trách khu vực châu Á.", date(2023, 9, 13),
                 {("2023-09-12", frozenset({"Đỗ Minh Quân", "Kim Hyun"}))}, id="the_partner_side_named_next"),
    pytest.param("Chiều 3/6, đồng chí Lê Văn Hòa, Chủ tịch UBND tỉnh đã có cuộc hội đàm trực tuyến. Tham gia từ điểm cầu "
                 "Luang Namtha là đồng chí Khăm Sỉ Phăn, Tỉnh trưởng tỉnh Luang Namtha (Lào).", date(2021, 6, 4),
                 {("2021-06-03", frozenset({"Lê Văn Hòa", "Khăm Sỉ Phăn"}))}, id="the_partner_joining_from_his_end"),
    # ... but not a next sentence that names someone else without introducing him as the partner
    pytest.param("Sáng 12/9, Thứ trưởng Ngoại giao Đỗ Minh Quân có cuộc điện đàm. Bộ trưởng Ngoại giao Hàn Quốc Kim Hyun "
                 "hôm qua thăm Nhật Bản.", date(2023, 9, 13), set(), id="a_next_sentence_of_another_event"),
    # ... nor one of the caller's own country
    pytest.param("Sáng 12/9, Thứ trưởng Ngoại giao Đỗ Minh Quân có cuộc điện đàm. Phía Việt Nam còn có Vụ trưởng Trần Văn "
                 "Bình.", date(2023, 9, 13), set(), id="a_next_sentence_of_the_same_side"),
    # the call noun opening the lead sentence after a dateline ("TP - Trong cuộc điện đàm tối D, A cáo buộc B ...")
    pytest.param("Bà Weber chỉ trích ông Soto\nTP - Trong cuộc điện đàm tối 2/3, Thủ tướng Đức Anna Weber cáo buộc Tổng thống "
                 "Peru Luis Soto vi phạm cam kết thương mại.", date(2014, 3, 3),
                 {("2014-03-02", frozenset({"Anna Weber", "Luis Soto"}))}, id="a_call_noun_after_a_dateline"),
    # a swindler's claim in a court story is no call
    pytest.param("Theo cáo trạng, bị cáo tự xưng là cán bộ ngoại giao, kể với bị hại rằng mình \"vừa đi cùng Bộ trưởng Lê Văn "
                 "Hòa điện đàm với Ngoại trưởng Singapore Tan Wei\".", date(2024, 10, 3), set(), id="a_swindlers_claim"),
    # (round 128) the partner "at the other end of the line", after a count of calls
    pytest.param("Tổng thống Peru Luis Soto tối 4/5 đã có cuộc điện đàm kéo dài 90 phút, lần thứ hai trong tuần.\nNgười ở "
                 "đầu dây bên kia là Tổng thống Chile Ana Ferrer.", date(2023, 5, 5),
                 {("2023-05-04", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_partner_at_the_other_end"),
    # a call told as the day before the news's call is background ...
    pytest.param("Tổng thống Peru điện đàm với Tổng thống Chile\nNgày 19/3, Tổng thống Peru Luis Soto đã điện đàm với Tổng "
                 "thống Chile Ana Ferrer về thương mại. Trước đó một ngày, ông Soto đã điện đàm với Thủ tướng Canada Mark "
                 "Ellis.", date(2025, 3, 20), {("2025-03-19", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="the_day_befores_call_in_passing"),
    # ... unless the headline names its partner's country
    pytest.param("Tổng thống Peru lần lượt điện đàm với lãnh đạo Chile và Canada\nNgày 19/3, Tổng thống Peru Luis Soto đã "
                 "điện đàm với Tổng thống Chile Ana Ferrer về thương mại. Một ngày trước đó, ông Soto cũng điện đàm với Thủ "
                 "tướng Canada Mark Ellis.", date(2025, 3, 20),
                 {("2025-03-19", frozenset({"Luis Soto", "Ana Ferrer"})), ("2025-03-18", frozenset({"Luis Soto", "Mark Ellis"}))},
                 id="the_day_befores_call_in_the_headline"),
    # a call noun after the call verb, as its time, is another call told in passing (when no other sentence with a
    # call wording names its partner: tests/test_extract_round30.py "the_earlier_call_of_the_subject")
    pytest.param("Ông Soto điện đàm với bà Ferrer sau cuộc gọi với ông Ellis\nTổng thống Peru Luis Soto ngày 19/3 đã điện "
                 "đàm với Tổng thống Chile Ana Ferrer, một ngày sau khi ông trao đổi với người đồng cấp Canada.",
                 date(2025, 3, 20), {("2025-03-19", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="a_call_as_the_time_of_another"),
    # a call the paper reported before, recalled at a press briefing
    pytest.param("Người phát ngôn nhắc lại: 'Như đã thông tin, ngày 4/4, Thủ tướng Lê Văn Hòa đã điện đàm với Thủ tướng Úc "
                 "Mark Ellis'.", date(2025, 4, 10), set(), id="a_call_reported_before_recalled"),
    # the day a news agency told of a call is not the call's
    pytest.param("Ngày 8-11, hãng tin Reuters thuật lại khi Tổng thống Chile Ana Ferrer gọi điện cho Tổng thống Peru Luis "
                 "Soto để chúc mừng, một cố vấn đã tham gia cuộc điện đàm này.\nTrong cuộc điện đàm kéo dài 25 phút hôm "
                 "6-11, ông Soto nói với bà Ferrer rằng ông ủng hộ hiệp định.", date(2024, 11, 9),
                 {("2024-11-06", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_day_an_agency_told_of_it"),
    # a count of calls over a time is no call
    pytest.param("Theo Phủ tổng thống, kể từ cuộc gặp tại Lima ngày 7/2, Tổng thống Chile Ana Ferrer đã có 9 cuộc điện đàm "
                 "với Tổng thống Peru Luis Soto.", date(2022, 3, 1), set(), id="a_count_of_calls"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_128)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
