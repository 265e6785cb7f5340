"""Error classes of stop 27 (issue 14, extractor 1.85.0 and on): classes left open at stop 26 and those read on the
blind sets of round 48 and later, each a general rule. Every sentence is written for these tests (invented people,
other days): it reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names)
_CALLS = [
    # a condition: "if A calls B", "unless A calls B" (non_call_wordings.toml [before])
    pytest.param("Ngày 5/5, báo chí cho biết nếu Thủ tướng Lê Văn Hòa điện đàm với Tổng thống Chile Ana Ferrer thì hai "
                 "bên bàn về thuế.", date(2025, 5, 6), set(), id="a_call_on_a_condition"),
    pytest.param("Ngày 5/5, Tổng thống Chile Ana Ferrer giữ nguyên mức thuế trừ khi Thủ tướng Lê Văn Hòa điện đàm với bà "
                 "Ferrer.", date(2025, 5, 6), set(), id="a_call_unless"),
    # a title holding "người" after "và" (Egypt's ministry of foreign affairs, migration and citizens abroad)
    pytest.param("Ngày 5/5, Bộ trưởng Ngoại giao, Di cư và Người Ai Cập ở nước ngoài Karim Fahmy đã điện đàm với Ngoại "
                 "trưởng Chile Ana Ferrer.", date(2025, 5, 6),
                 {("2025-05-05", frozenset({"Karim Fahmy", "Ana Ferrer"}))}, id="a_title_holding_its_citizens_abroad"),
    pytest.param("Ngày 5/5, Thủ tướng Nhật Bản và người đồng cấp Chile Pablo Rojas đã điện đàm.", date(2025, 5, 6), set(),
                 id="and_the_counterpart_is_no_title"),
    # read on round 48 (1.85.0)
    pytest.param("Ngày 10/11, bộ trưởng Quốc phòng Chile Pablo Rojas đã điện đàm với Bộ trưởng Quốc phòng Úc Mark Ellis.",
                 date(2020, 11, 11), {("2020-11-10", frozenset({"Pablo Rojas", "Mark Ellis"}))},
                 id="a_lower_case_head_before_a_capitalised_portfolio"),
    pytest.param("Ngày 10/11, thư ký Hội đồng An ninh Chile Pablo Rojas đã có cuộc điện đàm với Đại tướng Lê Văn Hòa, Bộ "
                 "trưởng Bộ Công an Việt Nam.", date(2020, 11, 11),
                 {("2020-11-10", frozenset({"Pablo Rojas", "Lê Văn Hòa"}))}, id="a_lower_case_head_before_a_body"),
    pytest.param("Bộ trưởng Quốc phòng hai nước Lê Văn Hòa và Mark Ellis đã hội đàm trực tuyến ngày 20/7.",
                 date(2020, 7, 21), {("2020-07-20", frozenset({"Lê Văn Hòa", "Mark Ellis"}))},
                 id="one_title_for_the_two_countries_ministers"),
    pytest.param("Ngày 20/7, Thủ tướng hai nước Lê Văn Hòa và Mark Ellis đã điện đàm.", date(2020, 7, 21),
                 {("2020-07-20", frozenset({"Lê Văn Hòa", "Mark Ellis"}))}, id="one_title_for_the_two_countries_leaders"),
    pytest.param("Mỹ và Chile nối lại đối thoại\nBộ trưởng Tài chính Mỹ Anna Weber và Bộ trưởng Kinh tế Chile Pablo Rojas "
                 "ngày 26/10 đã có cuộc điện đàm qua video.\nĐầu tháng này, Đại diện Thương mại Mỹ John Carter cũng đã "
                 "điện đàm với ông Rojas về thuế quan.", date(2021, 10, 27),
                 {("2021-10-26", frozenset({"Anna Weber", "Pablo Rojas"}))}, id="early_this_month_told_in_passing"),
    # read on round 49 (1.86.0)
    pytest.param("Ngày 16/4, Bộ trưởng Ngoại giao Lê Văn Hòa đã điện đàm với Bộ trưởng Ngoại giao, Hợp tác châu Phi và "
                 "Người Maroc ở nước ngoài Karim Alami.", date(2021, 4, 17),
                 {("2021-04-16", frozenset({"Lê Văn Hòa", "Karim Alami"}))}, id="a_countrys_people_in_a_title"),
    pytest.param("Ngày 5/5, Ngoại trưởng Iran Reza Karimi đã có hai cuộc điện đàm riêng rẽ, lần lượt với Ngoại trưởng Đức "
                 "Anna Weber và Ngoại trưởng Pháp Jean Morel.", date(2024, 5, 6),
                 {("2024-05-05", frozenset({"Reza Karimi", "Anna Weber"})),
                  ("2024-05-05", frozenset({"Reza Karimi", "Jean Morel"}))}, id="two_separate_calls_then_their_partners"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


@pytest.mark.parametrize(("text", "title"), [
    ("Ngày 5/5, người đứng đầu ngành ngoại giao Nga Ivan Petrov đã điện đàm với Ngoại trưởng Chile Ana Ferrer.",
     "người đứng đầu ngành ngoại giao"),
    ("Nhà ngoại giao hàng đầu của Mỹ Tom Harris ngày 5/5 đã điện đàm với Ngoại trưởng Chile Ana Ferrer.",
     "Nhà ngoại giao hàng đầu"),
    ("Ngày 5/5, Bộ trưởng Ngoại giao, Di cư và Người Ai Cập ở nước ngoài Karim Fahmy đã điện đàm với Ngoại trưởng "
     "Chile Ana Ferrer.", "Bộ trưởng Ngoại giao, Di cư và Người Ai Cập ở nước ngoài"),
])
def test_a_foreign_minister_told_by_what_he_heads(text: str, title: str) -> None:
    """ "the head of Russian diplomacy", "America's top diplomat": a foreign minister (titles.toml [roles])."""
    calls = calls_of(text, date(2025, 5, 6))
    minister = next(p for p in calls[0].participants if p.name != "Ana Ferrer")
    assert (minister.title, minister.role) == (title, "foreign_minister")


@pytest.mark.parametrize("title", ["Phó Bộ trưởng Ngoại giao", "Quyền Phó Bộ trưởng Ngoại giao"])
def test_a_deputy_minister_written_as_vice_minister(title: str) -> None:
    """ "Phó Bộ trưởng Ngoại giao Úc X": a deputy foreign minister, not the minister (the "Phó" was lost)."""
    calls = calls_of(f"Ngày 6/4, Thứ trưởng Ngoại giao Lê Văn Hòa đã trao đổi qua điện thoại với {title} Úc Mark Ellis.",
                     date(2020, 4, 7))
    ellis = next(p for p in calls[0].participants if p.name == "Mark Ellis")
    assert (ellis.title, ellis.role) == (title, "deputy_foreign_minister")


def test_two_calls_had_are_firm() -> None:
    """ "A đã có hai cuộc điện đàm ..., lần lượt với B và C" reports both calls (call_wordings.toml [call])."""
    calls = calls_of("Ngày 5/5, Ngoại trưởng Iran Reza Karimi đã có hai cuộc điện đàm, lần lượt với Ngoại trưởng Đức "
                     "Anna Weber và Ngoại trưởng Pháp Jean Morel.", date(2024, 5, 6))
    assert len(calls) == 2 and all(c.confidence >= 0.9 for c in calls)


def test_a_lower_case_head_with_a_second_post() -> None:
    """ "thủ tướng kiêm Bộ trưởng Tài chính Singapore X": the head of government, not the finance minister."""
    calls = calls_of("Ngày 8/5, thủ tướng kiêm Bộ trưởng Tài chính Singapore Tan Wei Ming đã nhận cuộc điện thoại chúc "
                     "mừng của Thủ tướng Việt Nam Lê Văn Hòa.", date(2025, 5, 9))
    tan = next(p for p in calls[0].participants if p.name == "Tan Wei Ming")
    assert tan.role == "head_of_government"


def test_the_un_named_in_a_headline_is_no_ministers_country() -> None:
    """A minister with no country written does not take "LHQ" (the UN) from the article's countries."""
    calls = calls_of("Ngoại trưởng Jordan vận động nghị quyết tại LHQ\nBộ Ngoại giao Chile hôm thứ Sáu cho biết Ngoại "
                     "trưởng Pablo Rojas đã nhận cuộc điện thoại của Ngoại trưởng Jordan Omar Nasser.\nHai bên bàn về "
                     "Liên hợp quốc.", date(2023, 10, 28))
    rojas = next(p for p in calls[0].participants if p.name == "Pablo Rojas")
    assert rojas.country != "UN"
