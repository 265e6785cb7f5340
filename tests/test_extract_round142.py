"""Error classes of stop 38 (issue 14), read on rounds measured once before (142 on 1.160.0, then the rounds of this
stop), each a general rule. Every sentence is written for these tests (invented people, other days): it reproduces the
shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, name, (title, role, country))
_PEOPLE_142 = [
    # a form of address before the name ends a chain of titles ("Bí thư ..., Chủ tịch ... anh X")
    pytest.param("Chiều 9/4, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam anh Lê Văn Hòa đã hội đàm trực tuyến "
                 "với Chủ tịch Hội Sinh viên Lào anh Bun Mi Sỉ.", date(2022, 4, 10), "Lê Văn Hòa",
                 ("Chủ tịch Hội Sinh viên", "other", "VN"), id="a_form_of_address_after_a_chain_of_titles"),
    pytest.param("Chiều 9/4, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam anh Lê Văn Hòa đã hội đàm trực tuyến "
                 "với Chủ tịch Hội Sinh viên Lào anh Bun Mi Sỉ.", date(2022, 4, 10), "Bun Mi Sỉ",
                 ("Chủ tịch Hội Sinh viên", "other", "LA"), id="a_youth_officials_form_of_address"),
]


@pytest.mark.parametrize(("text", "published", "name", "expected"), _PEOPLE_142)
def test_people(text: str, published: date | None, name: str, expected: tuple[str, str, str]) -> None:
    """The title as written, the role and the country of one participant."""
    person = next(p for c in calls_of(text, published) for p in c.participants if p.name == name)
    assert (person.title, person.role, person.country) == expected


# (text, published, the occasion of the first call or None)
_OCCASIONS_142 = [
    # "nhân" opening a word ("Nhân dân", "hạt nhân", "nhân quyền") is no occasion
    pytest.param("Ngày 3/2, Chủ tịch Đảng Nhân dân Campuchia Hun Sokha đã điện đàm với Tổng Bí thư Lê Văn Hòa.",
                 date(2021, 2, 4), None, id="a_party_of_the_people"),
    pytest.param("Ngày 3/2, Bộ trưởng Ngoại giao Lê Văn Hòa đã điện đàm với Ngoại trưởng Hàn Quốc Kim Min-su về vấn đề hạt "
                 "nhân Triều Tiên.", date(2021, 2, 4), None, id="a_nuclear_question"),
    pytest.param("Ngày 3/2, Bộ trưởng Ngoại giao Lê Văn Hòa đã điện đàm với Ngoại trưởng Hàn Quốc Kim Min-su nhân kỷ niệm "
                 "30 năm quan hệ ngoại giao.", date(2021, 2, 4), "kỷ niệm 30 năm quan hệ ngoại giao", id="an_anniversary"),
    pytest.param("Ngày 3/2, Bộ trưởng Ngoại giao Lê Văn Hòa đã điện đàm với Ngoại trưởng Hàn Quốc Kim Min-su nhân dịp năm "
                 "mới.", date(2021, 2, 4), "năm mới", id="a_new_year"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _OCCASIONS_142)
def test_occasions(text: str, published: date | None, expected: str | None) -> None:
    """The occasion a call's sentence names, and none inside a word that opens on "nhân"."""
    (call,) = calls_of(text, published)
    assert next((f.value for f in call.findings if f.kind == "occasion"), None) == expected


# (text, published, each call's day and two names)
_CALLS_142 = [
    # (a guard) youth officials named by their form of address make a call
    pytest.param("Chiều 9/4, Bí thư Trung ương Đoàn anh Lê Văn Hòa đã hội đàm trực tuyến với Bí thư Trung ương Đoàn Thanh niên "
                 "Nhân dân Cách mạng Lào anh Bun Mi Sỉ.", date(2022, 4, 10), {("2022-04-09", frozenset({"Lê Văn Hòa", "Bun Mi Sỉ"}))},
                 id="youth_officials"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_142)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
