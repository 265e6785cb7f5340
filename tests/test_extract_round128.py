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
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_128)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
