"""Error classes of stop 27 (issue 14, extractor 1.85.0 and on): classes left open at stop 26 and those read on the
blind sets of round 48 and later, each a general rule. Every sentence is written for these tests (invented people,
other days): it reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

from extractors.clean import clean_text

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


def test_an_aides_post_of_a_named_leader() -> None:
    """ "ông X, Chánh Văn phòng Nhà Trắng của Tổng thống Y": X's title ends before "của"; Y is not X's partner."""
    calls = calls_of("Chiều 14/3, Thủ tướng Lê Văn Hòa đã trao đổi qua điện thoại với ông Paul Hale, Chánh Văn phòng Nhà "
                     "Trắng của Tổng thống John Carter.", date(2014, 3, 15))
    assert [(p.name, p.title, p.country) for p in calls[0].participants] == [
        ("Lê Văn Hòa", "Thủ tướng", "VN"), ("Paul Hale", "Chánh Văn phòng Nhà Trắng", "US")]


def test_a_lower_case_head_before_a_body_with_a_marked_capital() -> None:
    """ "chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ X": a capital with a tone mark ("Ủ") opens the body too."""
    calls = calls_of("Ngày 10/11, chủ tịch Ủy ban Đối ngoại Thượng viện Mỹ Tom Harris đã điện đàm với Chủ nhiệm Ủy ban "
                     "Đối ngoại Lê Văn Hòa.", date(2020, 11, 11))
    assert dated_pairs(calls) == {("2020-11-10", frozenset({"Tom Harris", "Lê Văn Hòa"}))}


# --- read on round 50 (1.87.0): link lists, page fields, wrapped paragraphs, calls told by others ---------------
_BODY = "Chiều 5/5, Thủ tướng Lê Văn Hòa tiếp Đại sứ Nhật Bản Sato Kenji tại trụ sở Chính phủ ở Hà Nội."


@pytest.mark.parametrize("noise", [
    "Có liên quan\n› Thủ tướng Úc Mark Ellis điện đàm với Tổng thống Chile Ana Ferrer",
    "Read also / Đọc thêm:\n— Thủ tướng Úc Mark Ellis điện đàm với Tổng thống Chile Ana Ferrer",
    "Bài viết cùng chủ đề: Thủ tướng Úc Mark Ellis điện đàm với Tổng thống Chile Ana Ferrer | Tổng thống Chile tiếp khách",
    "→ Thủ tướng Úc Mark Ellis điện đàm với Tổng thống Chile Ana Ferrer\n→ Tổng thống Chile Ana Ferrer thăm Úc",
    "・Thủ tướng Úc Mark Ellis điện đàm với Tổng thống Chile Ana Ferrer\n・Tổng thống Chile Ana Ferrer thăm Úc",
])
def test_links_to_other_articles_are_no_text(noise: str) -> None:
    """Lists of related headlines in the forms pages print them (page_noise.toml [related_heads], bullets)."""
    assert clean_text(f"{_BODY}\n{noise}") == _BODY


def test_a_capitalised_headline_is_not_joined_to_its_byline() -> None:
    """ "... GỌI ĐIỆN CHO ÔNG JOHN CARTER" / "Minh Anh | 07-11-2024 09:22 | Quốc tế": the byline is no part of the name."""
    text = ("soha | Thời sự | Quốc tế\nTỔNG THỐNG CHILE GỌI ĐIỆN CHÚC MỪNG ÔNG JOHN CARTER\nMinh Anh | 07-11-2024 - 09:22 "
            "| Quốc tế\nNgày 6/11, Tổng thống Chile Ana Ferrer đã gọi điện chúc mừng Tổng thống đắc cử Mỹ John Carter.")
    assert {p.name for c in calls_of(text, date(2024, 11, 7)) for p in c.participants} == {"Ana Ferrer", "John Carter"}


def test_a_wrapped_paragraph_under_a_longer_headline() -> None:
    """The wrapping width is read off the lines that go on in lower case, not off a headline longer than them."""
    text = ("Bộ trưởng Ngoại giao điện đàm với người đồng cấp Úc, Chile và Peru về hợp tác kinh tế\n"
            "Chiều 14/4, Bộ trưởng Ngoại giao Lê Văn Hòa đã có các cuộc điện đàm\n"
            "trực tuyến riêng rẽ với Bộ trưởng Ngoại giao Úc Mark Ellis, Bộ\n"
            "trưởng Ngoại giao Chile Ana Ferrer Morales và Bộ trưởng Ngoại giao\n"
            "Peru Luis Soto Ramírez.\n"
            "Tại các cuộc trao đổi, các bên nhất trí thúc đẩy hợp tác thương mại,\n"
            "đầu tư và giáo dục trong thời gian tới.")
    assert {frozenset(p.name for p in c.participants) for c in calls_of(text, date(2021, 4, 15))} == {
        frozenset({"Lê Văn Hòa", "Mark Ellis"}), frozenset({"Lê Văn Hòa", "Ana Ferrer Morales"}),
        frozenset({"Lê Văn Hòa", "Luis Soto Ramírez"})}


_CALLS_50 = [
    pytest.param("Ngày 11/11, Điện Kremlin phủ nhận thông tin cho rằng Tổng thống Chile Ana Ferrer đã điện đàm với Tổng "
                 "thống Peru Luis Soto.", date(2024, 11, 12), set(), id="a_call_denied"),
    pytest.param("Điện Kremlin bác tin Tổng thống Chile Ana Ferrer điện đàm với Tổng thống Peru Luis Soto",
                 date(2024, 11, 12), set(), id="a_call_denied_in_a_headline"),
    pytest.param("Ngày 6/11, Thủ tướng Úc Mark Ellis và Thủ tướng Nhật Bản Sato Kenji cũng có các cuộc gọi riêng với Tổng "
                 "thống Mỹ John Carter.", date(2024, 11, 7),
                 {("2024-11-06", frozenset({"Mark Ellis", "John Carter"})),
                  ("2024-11-06", frozenset({"Sato Kenji", "John Carter"}))}, id="two_callers_each_with_the_one_called"),
    # read on round 51 (1.88.0): the report answered by a denial elsewhere in the article
    pytest.param("Văn phòng Tổng thống: Không có cuộc điện đàm nào giữa bà Ferrer và ông Soto\nVăn phòng Tổng thống Chile "
                 "ngày 11/11 bác bỏ thông tin của báo chí về cuộc gọi.\nTrước đó một ngày, một tờ báo đưa tin Tổng thống "
                 "Chile Ana Ferrer đã gọi cho Tổng thống Peru Luis Soto hôm thứ Năm.", date(2024, 11, 11), set(),
                 id="a_report_the_article_denies"),
    pytest.param("Thủ tướng Úc Mark Ellis cũng có cuộc gọi với Tổng thống Chile Ana Ferrer trong ngày thứ Tư.",
                 date(2024, 11, 7), {("2024-11-06", frozenset({"Mark Ellis", "Ana Ferrer"}))}, id="on_the_day_wednesday"),
    pytest.param("Ngày 18/2, Chủ tịch nước Lê Văn Hòa đã lần lượt điện đàm với Thượng nghị sĩ Tom Harris (đảng Cộng hòa, "
                 "bang Montana), thành viên Ủy ban Đối ngoại Thượng viện Mỹ, và Thượng nghị sĩ Paul Hale (đảng Cộng hòa).",
                 date(2025, 2, 19), {("2025-02-18", frozenset({"Lê Văn Hòa", "Tom Harris"})),
                                     ("2025-02-18", frozenset({"Lê Văn Hòa", "Paul Hale"}))},
                 id="a_list_of_partners_with_asides"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_50)
def test_calls_50(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


def test_a_title_is_not_completed_by_its_holders_name() -> None:
    """ "Ngoại trưởng Ellis nhắc lại Mỹ ...": no title "Ngoại trưởng Ellis nhắc lại" for Mark Ellis."""
    calls = calls_of("Tối 6/1, Bộ trưởng Ngoại giao Lê Văn Hòa đã có cuộc gọi với Ngoại trưởng Mỹ Mark Ellis.\nNgoại trưởng "
                     "Ellis nhắc lại Mỹ muốn mở rộng thương mại song phương.", date(2021, 1, 7))
    assert next(p for p in calls[0].participants if p.name == "Mark Ellis").title == "Ngoại trưởng"


# --- read on round 52 (1.89.0) ------------------------------------------------------------------------------------
def test_an_incoming_officials_title() -> None:
    """ "Thủ tướng sắp nhậm chức của New Zealand X": the title of an incoming official (role other, like an elect),
    and "sắp" there says nothing of the call."""
    calls = calls_of("Thủ tướng sắp nhậm chức của New Zealand Anna Weber đã có cuộc trao đổi đầu tiên với Thủ tướng Úc "
                     "Mark Ellis.\nHai nhà lãnh đạo đã nói chuyện qua điện thoại vào tối thứ Năm (19/10).", date(2017, 10, 20))
    weber = next(p for p in calls[0].participants if p.name == "Anna Weber")
    assert (calls[0].date, weber.title, weber.role, weber.country) == (
        "2017-10-19", "Thủ tướng sắp nhậm chức", "other", "NZ")


@pytest.mark.parametrize("text", [
    "Thủ tướng Lê Văn Hòa sắp có cuộc điện đàm với Thủ tướng Nhật Bản Sato Kenji.",
    "Thủ tướng Lê Văn Hòa sắp tới sẽ gọi điện cho Thủ tướng Nhật Bản Sato Kenji.",
])
def test_a_call_about_to_be_held(text: str) -> None:
    assert not calls_of(text, date(2017, 10, 20))


def test_the_office_of_a_named_leader() -> None:
    """ "Văn phòng Tổng thống Pháp X cho biết ông đã có cuộc điện đàm với B": X keeps the title of his office."""
    calls = calls_of("Ngày 6/11, Văn phòng Tổng thống Chile Pablo Rojas cho biết ông đã có cuộc điện đàm 25 phút với Thủ "
                     "tướng Úc Mark Ellis.", date(2024, 11, 7))
    rojas = next(p for p in calls[0].participants if p.name == "Pablo Rojas")
    assert (rojas.title, rojas.role) == ("Tổng thống", "head_of_state")


def test_the_one_congratulated_in_the_call() -> None:
    """ "A chúc mừng ông B trong cuộc điện đàm": A and B (call_wordings.toml [addressed_in_the_call])."""
    calls = calls_of("Ngày 6/11, Tổng thống Chile Pablo Rojas chúc mừng Thủ tướng Úc Mark Ellis trong cuộc điện đàm và thảo "
                     "luận về thương mại.", date(2024, 11, 7))
    assert dated_pairs(calls) == {("2024-11-06", frozenset({"Pablo Rojas", "Mark Ellis"}))}


# --- read on round 53 (1.90.0) ------------------------------------------------------------------------------------
_CALLS_53 = [
    pytest.param("Ngày 10/9, Tổng thống Mỹ John Carter cho biết ông đã điện đàm với Thống đốc bang Nam Carolina Paul Hale "
                 "về công tác chuẩn bị đối phó bão.", date(2018, 9, 11), set(), id="a_us_state_governor_is_domestic"),
    pytest.param("Ông nói sau cuộc điện đàm giữa Thủ tướng Lê Văn Hòa và Tổng thống Mỹ John Carter, Chính phủ đã giao các "
                 "bộ triển khai kết quả.", date(2023, 9, 11), set(), id="a_call_as_the_time_of_another_event"),
    pytest.param("Cũng sau cuộc điện đàm tháng 10, Tổng thống Mỹ John Carter thông báo sẽ gặp Tổng thống Chile Ana Ferrer.",
                 date(2023, 12, 11), set(), id="an_aside_after_an_earlier_call"),
    pytest.param("Ngay sau cuộc điện đàm giữa Bộ trưởng Lê Văn Hòa và Đại sứ Mỹ John Carter, hai bên sẽ báo cáo các cơ "
                 "quan có thẩm quyền.", date(2023, 9, 11), {(None, frozenset({"Lê Văn Hòa", "John Carter"}))},
                 id="right_after_the_call_reports_it"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_53)
def test_calls_53(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


# --- read on round 54 (1.91.0) ------------------------------------------------------------------------------------
def test_a_bulleted_list_of_calls() -> None:
    """ "A đã lần lượt có các cuộc điện đàm sau:" then "- điện đàm với B;" items: each item is a call of A."""
    text = ("Ngày 5/1, Ngoại trưởng Chile Pablo Rojas đã lần lượt có các cuộc điện đàm sau:\n"
            "- điện đàm với Ngoại trưởng Ai Cập Karim Fahmy;\n- điện đàm với Ngoại trưởng Pháp Jean Morel;\n"
            "- điện đàm với Ngoại trưởng Mali Amadou Traoré;\n- điện đàm với Ngoại trưởng Niger Issa Moussa;\n"
            "- điện đàm với Ngoại trưởng Chad Idriss Mahamat.")
    assert {frozenset(p.name for p in c.participants) for c in calls_of(text, date(2020, 1, 6))} == {
        frozenset({"Pablo Rojas", name}) for name in ("Karim Fahmy", "Jean Morel", "Amadou Traoré", "Issa Moussa",
                                                      "Idriss Mahamat")}


_CALLS_54 = [
    pytest.param("Ngày 30/8, Trưởng Ban Tuyên giáo Trung ương Lê Văn Hòa đã điện đàm với Trưởng Ban Tuyên truyền Trung "
                 "ương Đảng Cộng sản Trung Quốc Vương Minh.", date(2021, 8, 31),
                 {("2021-08-30", frozenset({"Lê Văn Hòa", "Vương Minh"}))}, id="a_party_commission_of_propaganda"),
    pytest.param("Ngày 12/11, người phát ngôn cho biết hai nước đang bàn các sắp xếp cụ thể cho cuộc gặp trực tuyến giữa "
                 "Chủ tịch Trung Quốc Vương Minh và Tổng thống Mỹ John Carter.", date(2021, 11, 13), set(),
                 id="arrangements_for_a_call_to_come"),
    pytest.param("Phát biểu trước cuộc gặp, Ngoại trưởng Mỹ Paul Hale cho biết Tổng thống John Carter đánh giá cao các kênh "
                 "liên lạc với ông Vương Minh, nhất là cuộc điện đàm giữa hai nhà lãnh đạo trước đó.", date(2017, 3, 20),
                 set(), id="above_all_an_earlier_call"),
    pytest.param("Bộ trưởng An ninh Nội địa Anna Weber cũng đã trao đổi qua điện thoại với Thống đốc bang Oklahoma Mary "
                 "Lane trong ngày.", date(2013, 5, 21), set(), id="two_us_officials"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_54)
def test_calls_54(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


def test_double_chevron_links() -> None:
    assert clean_text(f"{_BODY}\n>> Thủ tướng Úc Mark Ellis điện đàm với Tổng thống Chile Ana Ferrer\n>> Tổng thống "
                      "Chile tiếp Đại sứ Úc") == _BODY


def test_the_day_of_a_meeting_agreed_in_the_call() -> None:
    """ "... và hai người thống nhất gặp nhau tại Washington ngày 10/2": the meeting's day, not the call's (read on
    round 55, 1.92.0: the call took that day, and a year before the publication)."""
    calls = calls_of("Ngày 28/1, Tổng thống Mỹ John Carter đã điện đàm với Tổng thống Chile Ana Ferrer.\nTrước cuộc gọi tới "
                     "Santiago, Tổng thống Carter đã điện đàm với Thủ tướng Nhật Bản Sato Kenji và hai người thống nhất gặp "
                     "nhau tại Washington ngày 10/2.", date(2017, 1, 29))
    sato = next(c for c in calls if "Sato Kenji" in {p.name for p in c.participants})
    assert sato.date is None or not sato.date.endswith("-02-10")
