"""Error classes of stop 39 (issue 14), read on rounds measured once before (148 on 1.168.0, then the rounds of this
stop), each a general rule. Every sentence is written for these tests (invented people, other days): it reproduces the
shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, name, (title, role, country))
_PEOPLE_149 = [
    # (round 148) re-elected, between the country and the name: he holds the post, the words are no part of the title
    pytest.param("Ngày 2/6, Chủ tịch nước Lê Văn Hòa đã điện đàm chúc mừng Tổng thống Chile vừa tái đắc cử Ana Ferrer.",
                 date(2023, 6, 3), "Ana Ferrer", ("Tổng thống", "head_of_state", "CL"), id="re_elected_before_the_name"),
    # (a guard) elected, not yet in office: an elect's title
    pytest.param("Ngày 2/6, Chủ tịch nước Lê Văn Hòa đã điện đàm chúc mừng Tổng thống đắc cử Chile Ana Ferrer.",
                 date(2023, 6, 3), "Ana Ferrer", ("Tổng thống đắc cử", "other", "CL"), id="an_elect_before_the_name"),
]

# (written round 149) acting, capitalised further along a chain of appositive titles; the province stays in the title
_PEOPLE_149.append(pytest.param(
    "Sáng 5/11, đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Quyền Chủ tịch UBND tỉnh Cao Bằng đã có cuộc điện đàm với đồng chí "
    "Vương Minh, Bí thư Khu ủy Quảng Tây, Trung Quốc.", date(2024, 11, 5), "Lê Văn Hòa",
    ("Phó Bí thư Tỉnh ủy, Quyền Chủ tịch UBND tỉnh Cao Bằng", "other", "VN"), id="acting_further_along_a_chain"))
# (real pages of round 149) "tối cao" (supreme) inside a body's name is no evening: the chain goes on to the state post
_PEOPLE_149.append(pytest.param(
    "Chiều 5-4, Chủ tịch Quốc hội Lê Văn Hòa đã điện đàm trực tuyến với ông Sok Vanna, Chủ tịch Đảng Nhân dân Campuchia, Chủ "
    "tịch Hội đồng Cố vấn tối cao của Quốc vương Campuchia, Chủ tịch Thượng viện Vương quốc Campuchia.", date(2024, 4, 5),
    "Sok Vanna", ("Chủ tịch Đảng Nhân dân Campuchia, Chủ tịch Hội đồng Cố vấn tối cao của Quốc vương Campuchia, Chủ tịch "
                  "Thượng viện", "parliament_speaker", "KH"), id="a_supreme_council_then_the_senate"))
# (since 1.169.0) a local official's place stays in his title, a foreign one's too
_PEOPLE_149.append(pytest.param(
    "Ngày 14/8, Chủ tịch UBND thành phố Hà Nội Lê Văn Hòa đã hội đàm trực tuyến với Đô trưởng Thủ đô Viêng Chăn Bun Mi Sỉ.",
    date(2024, 8, 15), "Bun Mi Sỉ", ("Đô trưởng Thủ đô Viêng Chăn", "other", "LA"), id="a_capitals_mayor_keeps_the_place"))


@pytest.mark.parametrize(("text", "published", "name", "expected"), _PEOPLE_149)
def test_people(text: str, published: date | None, name: str, expected: tuple[str, str, str]) -> None:
    """The title as written, the role and the country of one participant."""
    person = next(p for c in calls_of(text, published) for p in c.participants if p.name == name)
    assert (person.title, person.role, person.country) == expected


# (text, published, each call's day and two names)
_CALLS_149 = [
    # (a guard) an earlier call with its day, "kể từ khi" after it in the same sentence
    pytest.param("Thủ tướng Lê Văn Hòa điện đàm với Thủ tướng Nhật Bản Sato Kenji\nNgày 10/3, Thủ tướng Lê Văn Hòa đã điện đàm "
                 "với Thủ tướng Nhật Bản Sato Kenji.\nTrước đó, ngày 2/3, Thủ tướng Lê Văn Hòa đã điện đàm với Thủ tướng Úc "
                 "Mark Ellis, lần đầu kể từ khi hai nước nâng cấp quan hệ.", date(2024, 3, 11),
                 {("2024-03-10", frozenset({"Lê Văn Hòa", "Sato Kenji"})), ("2024-03-02", frozenset({"Lê Văn Hòa", "Mark Ellis"}))},
                 id="an_earlier_call_since_an_event"),
    # (written round 149) another event told as a day after an earlier call with its own day: that call is one too
    pytest.param("Tổng thống Chile điện đàm với Tổng thống Mỹ\nNgày 19/3, Tổng thống Chile Ana Ferrer đã điện đàm với Tổng "
                 "thống Mỹ John Carter.\nCuộc điện đàm diễn ra một ngày sau khi ông Carter điện đàm hơn hai giờ với Tổng thống "
                 "Pháp Jean Morel hôm 18/3.", date(2025, 3, 20),
                 {("2025-03-19", frozenset({"Ana Ferrer", "John Carter"})), ("2025-03-18", frozenset({"John Carter", "Jean Morel"}))},
                 id="a_day_after_an_earlier_call_with_its_day"),
    # (a guard) with no day of its own, the earlier call stays told in passing
    pytest.param("Tổng thống Chile điện đàm với Tổng thống Mỹ\nNgày 19/3, Tổng thống Chile Ana Ferrer đã điện đàm với Tổng "
                 "thống Mỹ John Carter.\nCuộc điện đàm diễn ra một ngày sau khi ông Carter điện đàm với Tổng thống Pháp Jean "
                 "Morel.", date(2025, 3, 20), {("2025-03-19", frozenset({"Ana Ferrer", "John Carter"}))},
                 id="a_day_after_an_earlier_call_without_its_day"),
    # (written round 149) a Vietnamese hospital named for a friendship gives no foreign country: a domestic call
    pytest.param("Tối 9/9, Bộ trưởng Bộ Y tế Lê Văn Hòa đã điện thoại cho Chủ tịch UBND tỉnh Yên Bái Trần Minh Đức để nắm tình "
                 "hình.\nBộ Y tế đã cử đoàn công tác của Bệnh viện Việt Đức lên hỗ trợ tỉnh.", date(2024, 9, 10), set(),
                 id="a_friendship_hospital_is_no_country"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_149)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
