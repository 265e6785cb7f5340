"""Error classes of stop 32 (issue 14, extractor 1.123.0 and on), read on the blind sets of rounds 87 to 89 (measured
on 1.122.0 at stop 31) and later, each a general rule. Every sentence is written for these tests (invented people,
other days): it reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names); read on rounds 87 to 89 (1.122.0)
_CALLS_87 = [
    # the passive call with a day among the words before "được"
    pytest.param("Thủ tướng Chile Ana Ferrer ngày 24/5 đã được Tổng thống Peru Luis Soto gọi điện chúc mừng.",
                 date(2019, 5, 25), {("2019-05-24", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="a_day_before_the_passive"),
    # the passive call, another clause after a semicolon naming the two again
    pytest.param("Ngày 24/5, Thủ tướng Chile Ana Ferrer nhận điện thoại của Tổng thống Mỹ John Carter.\nBà Ferrer cũng được "
                 "Quốc vương Jordan Abdullah Hamad gọi điện chúc mừng; Thủ tướng Chile cảm ơn Quốc vương về lời chúc.",
                 date(2019, 5, 25),
                 {("2019-05-24", frozenset({"Ana Ferrer", "John Carter"})),
                  ("2019-05-24", frozenset({"Ana Ferrer", "Abdullah Hamad"}))}, id="the_passive_then_a_semicolon"),
    # the entries of a live page stamped with their day: a relative day counted from the stamp; no day, the stamp's
    pytest.param("TRỰC TIẾP | Ngoại giao Chile cuối hè\nCập nhật 15/09/2023 06:00\n14/09 22:05 - Tân Ngoại trưởng Chile "
                 "Ana Ferrer đã có cuộc điện đàm khoảng 10 phút với Ngoại trưởng Peru Luis Soto.\n29/08 20:30 - Tổng "
                 "thống Chile Pedro Salas cho biết tối nay ông đã điện đàm với Tổng thống Úc Mark Ellis.",
                 date(2023, 9, 15),
                 {("2023-09-14", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2023-08-29", frozenset({"Pedro Salas", "Mark Ellis"}))}, id="a_live_pages_stamped_entries"),
    # the leaders of three countries are no one person
    pytest.param("Thủ tướng ba nước Baltic điện đàm với Thủ tướng Canada\nNgày 8/3, Thủ tướng Litva Ana Ferrer đã có cuộc "
                 "điện đàm chung với Thủ tướng Canada Mark Ellis, Thủ tướng Latvia Luis Soto và Thủ tướng Estonia Pedro "
                 "Salas.", date(2022, 3, 9), set(), id="the_leaders_of_three_countries"),
    # ... but "hai nước" titles the two named after it
    pytest.param("Bộ trưởng Quốc phòng hai nước Pedro Salas và Luis Soto đã hội đàm trực tuyến ngày 20/7.",
                 date(2020, 7, 21), {("2020-07-20", frozenset({"Pedro Salas", "Luis Soto"}))},
                 id="the_ministers_of_two_countries_named"),
    # a call proposed, not held
    pytest.param("Tổng thống Chile Ana Ferrer hôm thứ Ba cho biết Tổng thống Peru Luis Soto đã đề nghị có một cuộc điện "
                 "đàm với bà để bàn các vấn đề hai bên cùng quan tâm.", date(2020, 5, 5), set(), id="a_call_proposed"),
    # a call that did not go through
    pytest.param("Tổng thống Chile Ana Ferrer gọi điện không được cho Tổng thống đắc cử Mỹ John Carter.", date(2008, 11, 9),
                 set(), id="a_call_that_did_not_go_through"),
    # "the call before" between two of the article's leaders dates no other call
    pytest.param("Ngày 28/3, Tổng thống Chile Ana Ferrer đã điện đàm với Thủ tướng Peru Luis Soto.\nVăn phòng Thủ tướng Peru "
                 "cho biết bà Ferrer đã gọi cho ông Soto để chúc mừng.\nNgười phát ngôn cho biết bà Ferrer cũng đã nói "
                 "chuyện qua điện thoại với Thủ tướng Úc Mark Ellis.\nLần điện đàm trước giữa hai nhà lãnh đạo Chile - "
                 "Peru diễn ra hôm 24/1.", date(2017, 3, 29),
                 {("2017-03-28", frozenset({"Ana Ferrer", "Luis Soto"})), (None, frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="the_call_before_dates_no_other_call"),
]


def test_a_listed_leader_in_his_homes_order_takes_his_country() -> None:
    """ "Thủ tướng Kishida Fumio" is the listed "Fumio Kishida" (people.toml), family name first: Japan's, not the
    country the article names most (round 87)."""
    calls = calls_of("Ngày 29/8, Thủ tướng Kishida Fumio đã điện đàm với Tổng thống Chile Ana Ferrer về tình hình Nga, "
                     "Nga và Ukraine.", date(2023, 8, 30))
    assert [p.country for c in calls for p in c.participants if p.name == "Kishida Fumio"] == ["JP"]


# (text, published, a participant's name, the title and role he is given)
_TITLES_32 = [
    # an ambassador's title as stored: without the country he is of and the one he is posted to
    pytest.param("Ngày 12/12, Thứ trưởng Ngoại giao Chile Pedro Salas đã điện đàm với Quyền Đại sứ Peru tại Chile Luis "
                 "Soto.", date(2012, 12, 13), "Luis Soto", ("Quyền Đại sứ", "other"), id="an_acting_ambassador"),
    # an acting assistant secretary as an appositive after the name
    pytest.param("Ngày 1/7, Thứ trưởng Quốc phòng Chile Pedro Salas đã điện đàm với ông Luis Soto, Quyền Trợ lý Bộ trưởng "
                 "Quốc phòng Peru.", date(2020, 7, 2), "Luis Soto", ("Quyền Trợ lý Bộ trưởng Quốc phòng", "other"),
                 id="an_acting_assistant_secretary"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_87)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads the text."""
    assert dated_pairs(calls_of(text, published)) == expected


@pytest.mark.parametrize(("text", "published", "name", "expected"), _TITLES_32)
def test_titles(text: str, published: date | None, name: str, expected: tuple[str, str]) -> None:
    """The title as written and the role of one participant."""
    person = next(p for c in calls_of(text, published) for p in c.participants if p.name == name)
    assert (person.title, person.role) == expected
