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


# "nguyên Thủ tướng": a former Prime Minister, not the head "nguyên thủ"
_PEOPLE_142.append(pytest.param(
    "Chiều 7/11, Thủ tướng Lê Văn Hòa đã nói chuyện qua điện thoại với nguyên Thủ tướng Úc Mark Ellis, Chủ tịch Nhóm nghị sĩ "
    "hữu nghị Úc - Việt.", date(2023, 11, 8), "Mark Ellis", ("nguyên Thủ tướng", "other", "AU"), id="a_former_prime_minister"))
_PEOPLE_142.append(pytest.param(
    "Ngày 5/9, Bộ trưởng Tài chính Lê Văn Hòa hội đàm qua video với Bộ trưởng Ngân khố Úc Mark Ellis.", date(2023, 9, 6),
    "Mark Ellis", ("Bộ trưởng Ngân khố", "minister", "AU"), id="a_treasurer"))
_PEOPLE_142.append(pytest.param(
    "Ngày 27.10, Thứ trưởng Lê Văn Hòa đã hội đàm trực tuyến với Bộ trưởng Nguồn nhân lực Malaysia Datuk Seri Ahmad Rizal.",
    date(2021, 10, 28), "Datuk Seri Ahmad Rizal", ("Bộ trưởng Nguồn nhân lực", "minister", "MY"), id="a_human_resources_minister"))
_PEOPLE_142.append(pytest.param(
    "Sáng 28/5, Chủ tịch Quốc hội Lê Văn Hòa và Chủ tịch Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc Vương Minh đã hội "
    "đàm trực tuyến.", date(2020, 5, 28), "Vương Minh",
    ("Chủ tịch Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc", "parliament_speaker", "CN"), id="the_npc_standing_committee"))
# a title's second syllables in Title Case before the name
_PEOPLE_142.append(pytest.param(
    "Chiều 22/6, Thủ tướng Chính Phủ Lê Văn Hòa đã điện đàm với Thủ tướng Đức Anna Weber.", date(2021, 6, 23), "Lê Văn Hòa",
    ("Thủ tướng Chính Phủ", "head_of_government", "VN"), id="a_title_case_government"))
# a border guard command's head
_PEOPLE_142.append(pytest.param(
    "Sáng 5/2, Đại tá Lê Văn Hòa, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Cao Bằng đã điện đàm qua đường dây nóng với ông "
    "Vương Minh, Cục trưởng Cục Quản lý xuất nhập cảnh Bách Sắc (Trung Quốc).", date(2024, 2, 6), "Lê Văn Hòa",
    ("Chỉ huy trưởng Bộ đội Biên phòng tỉnh Cao Bằng", "other", "VN"), id="a_border_guard_commands_head"))
# "Xam-đéc Tê-chô": the Cambodian honorifics in Vietnamese spelling, no part of the name
_PEOPLE_142.append(pytest.param(
    "Ngày 3/4, Thủ tướng Lê Văn Hòa đã nhận điện thoại của Thủ tướng Vương quốc Campuchia Xam-đéc Tê-chô Hun Sô-kha.",
    date(2020, 4, 3), "Hun Sô-kha", ("Thủ tướng", "head_of_government", "KH"), id="samdech_techo_in_vietnamese_spelling"))


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
    # (round 147) the pair's earlier call told with "Trước đó" and its day, three months before the news's call
    pytest.param("Thủ tướng Lê Văn Hòa điện đàm với Tổng thống Chile Ana Ferrer\nThứ Năm, 03/07/2025 06:30 (GMT+7)\nTối 2/7, "
                 "Thủ tướng Lê Văn Hòa đã điện đàm với Tổng thống Chile Ana Ferrer, hai bên ra tuyên bố chung.\nThủ tướng đánh "
                 "giá quan hệ hai nước đang phát triển tích cực.\nTrước đó, ngày 4/4, Thủ tướng Lê Văn Hòa cũng đã có cuộc điện "
                 "đàm với Tổng thống Ana Ferrer ngay sau khi Chile công bố mức thuế mới.", date(2025, 7, 3),
                 {("2025-07-02", frozenset({"Lê Văn Hòa", "Ana Ferrer"})), ("2025-04-04", frozenset({"Lê Văn Hòa", "Ana Ferrer"}))},
                 id="the_pairs_earlier_call_months_before"),
    # a first-person quote told by a bare title after it
    pytest.param("Phát biểu tại hội nghị, Thủ tướng Lê Văn Hòa cho biết quan hệ hai nước đang tốt đẹp. \"Sáng nay tôi vừa điện "
                 "đàm với Thủ tướng Úc Mark Ellis\", Thủ tướng chia sẻ.", date(2024, 11, 21),
                 {("2024-11-21", frozenset({"Lê Văn Hòa", "Mark Ellis"}))}, id="a_bare_title_after_a_quote"),
    # (round 146) "hai bên" as the subject of a sentence opening on its own day, after a paragraph naming the two
    pytest.param("Bộ trưởng Ngoại giao Lê Văn Hòa và Bộ trưởng Ngoại giao Chile Ana Ferrer từng gặp nhau hồi tháng 7.\nTối "
                 "14/11, hai bên đã điện đàm nhằm trao đổi về quan hệ song phương.", date(2024, 11, 15),
                 {("2024-11-14", frozenset({"Lê Văn Hòa", "Ana Ferrer"}))}, id="the_two_sides_on_their_day"),
    # (a guard) "hai bên" with no day of its own stays the sides of any talk
    pytest.param("Tổng thống Chile Ana Ferrer thăm Peru.\nNgay sau khi Tổng thống Peru Luis Soto được bầu, hai bên đã điện đàm.",
                 date(2024, 11, 15), set(), id="the_two_sides_without_a_day"),
    # a bare title telling a first-person quote: the official so titled earlier
    pytest.param("Phát biểu sáng 14/2, Thủ tướng Lê Văn Hòa yêu cầu các bộ khẩn trương.\nThủ tướng cho biết: \"Tối qua, tôi "
                 "vừa điện đàm với Thủ tướng Úc Mark Ellis về kết nối hạ tầng\".", date(2025, 2, 14),
                 {("2025-02-13", frozenset({"Lê Văn Hòa", "Mark Ellis"}))}, id="a_bare_title_telling_a_quote"),
    # an acting title opening an appositive
    pytest.param("Tối 24.7, ông Luis Soto, Thủ tướng Peru, đã điện đàm với bà Ana Ferrer, Thủ tướng Chile.\nCùng tối, ông Soto "
                 "cũng trao đổi qua điện thoại với ông Somchai Wongsakul, Quyền Thủ tướng Thái Lan.", date(2025, 7, 25),
                 {("2025-07-24", frozenset({"Luis Soto", "Ana Ferrer"})), ("2025-07-24", frozenset({"Luis Soto", "Somchai Wongsakul"}))},
                 id="an_acting_title_in_an_appositive"),
    # a list of past contacts dating its items by a month in brackets: background
    pytest.param("Hai nước trao đổi điện mừng.\nTừ năm 2020, tiếp xúc cấp cao vẫn được duy trì: Tổng Bí thư Lê Văn Hòa điện "
                 "đàm với Tổng thống Chile Ana Ferrer (tháng 4/2021); Chủ tịch Quốc hội Trần Minh Đức điện đàm với Chủ tịch "
                 "Thượng viện Chile Pablo Rojas (tháng 6/2021).", None, set(), id="a_list_of_past_contacts"),
    # (round 145) a list announced after "đã có loạt cuộc điện đàm", each item opening on its day
    pytest.param("Ngoại trưởng Lê Văn Hòa trao đổi với người đồng cấp các nước ASEAN\nTừ cuối tháng 4 đến đầu tháng 5/2021, "
                 "Bộ trưởng Ngoại giao Lê Văn Hòa đã có loạt cuộc điện đàm với Bộ trưởng Ngoại giao các nước ASEAN.\nCụ thể, "
                 "Bộ trưởng Lê Văn Hòa đã:\n- Ngày 28/4: điện đàm với Bộ trưởng Ngoại giao Singapore Tan Wei Ming;\n- Ngày 29/4: "
                 "điện đàm với Bộ trưởng Ngoại giao Indonesia Sri Wahyuni.", date(2021, 5, 7),
                 {("2021-04-28", frozenset({"Lê Văn Hòa", "Tan Wei Ming"})), ("2021-04-29", frozenset({"Lê Văn Hòa", "Sri Wahyuni"}))},
                 id="a_list_of_dated_items"),
    pytest.param("Bộ trưởng Ngoại giao Lê Văn Hòa đã có các cuộc điện đàm sau:\n- Chiều 28/4: điện đàm với Bộ trưởng Ngoại giao "
                 "Singapore Tan Wei Ming;\n- Ngày 29/4: điện đàm với Bộ trưởng Ngoại giao Indonesia Sri Wahyuni.", date(2021, 5, 7),
                 {("2021-04-28", frozenset({"Lê Văn Hòa", "Tan Wei Ming"})), ("2021-04-29", frozenset({"Lê Văn Hòa", "Sri Wahyuni"}))},
                 id="a_list_announced_by_sau"),
    # (round 145) a caller named by a bare title in a headline, two partners after "với ... và": no call of the two
    pytest.param("Tân tổng thống Peru điện đàm với Ferrer và Ellis\nTối 10-5, Tổng thống Peru Luis Soto đã điện đàm với Tổng "
                 "thống Chile Ana Ferrer.\nNgày 11-5, ông Soto nhận điện thoại của Thủ tướng Úc Mark Ellis.", date(2017, 5, 11),
                 {("2017-05-10", frozenset({"Luis Soto", "Ana Ferrer"})), ("2017-05-11", frozenset({"Luis Soto", "Mark Ellis"}))},
                 id="two_partners_in_a_headline"),
    # the object of a first verb is not the subject of the second ("A hội đàm với B, điện đàm với C")
    pytest.param("Chủ tịch Quốc hội Lê Văn Hòa hội đàm trực tuyến với Chủ tịch Quốc hội Lào, điện đàm với Chủ tịch Quốc hội "
                 "Campuchia\nSáng 20/5, Chủ tịch Quốc hội Lê Văn Hòa hội đàm trực tuyến với Chủ tịch Quốc hội Lào Bun Mi "
                 "Sỉ.\nTiếp đó, vào buổi chiều, ông Lê Văn Hòa điện đàm với Chủ tịch Quốc hội Campuchia Chea Sokha.",
                 date(2021, 5, 21), {("2021-05-20", frozenset({"Lê Văn Hòa", "Bun Mi Sỉ"})),
                                     ("2021-05-20", frozenset({"Lê Văn Hòa", "Chea Sokha"}))}, id="an_object_then_a_second_verb"),
    # another pair's earlier call with a day of its own, in an article about a call
    pytest.param("Ngày 12/3, Thủ tướng Lê Văn Hòa hội đàm trực tuyến với Thủ tướng Úc Mark Ellis.\nTrước đó, ngày 5/3, Bộ "
                 "trưởng Ngoại giao Trần Minh Đức cũng đã điện đàm với người đồng cấp Úc Anna Weber.", date(2013, 3, 13),
                 {("2013-03-12", frozenset({"Lê Văn Hòa", "Mark Ellis"})), ("2013-03-05", frozenset({"Trần Minh Đức", "Anna Weber"}))},
                 id="another_pairs_earlier_dated_call"),
    # (a guard) in an article about something else, it stays background
    pytest.param("Hai nước trao đổi điện mừng nhân kỷ niệm quan hệ ngoại giao.\nTrước đó, ngày 5/3, Bộ trưởng Ngoại giao Trần "
                 "Minh Đức đã điện đàm với người đồng cấp Úc Anna Weber.", date(2013, 3, 13), set(),
                 id="an_earlier_dated_call_in_an_article_about_cables"),
    # (round 144) a length of five words between "cú điện thoại" and the partner
    pytest.param("Ngày 6/3, Tổng thống Chile Ana Ferrer đã có cú điện thoại kéo dài gần hai tiếng với Tổng thống Peru Luis "
                 "Soto.", date(2022, 3, 7), {("2022-03-06", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="a_long_cu_dien_thoai"),
    # a police rank's service in lower case before a foreign minister's name
    pytest.param("Chiều 8/4, Bộ trưởng Bộ Công an Lê Văn Hòa có cuộc trao đổi qua điện thoại với Đại tướng cảnh sát Ivan "
                 "Petrov, Bộ trưởng Bộ Nội vụ Liên bang Nga.", date(2021, 4, 9),
                 {("2021-04-08", frozenset({"Lê Văn Hòa", "Ivan Petrov"}))}, id="a_police_rank_in_lower_case"),
    # (round 143) an opening phrase naming the partner with his post and country, then the subject's own post: the
    # partner's country is not the subject's
    pytest.param("Tối 5/5, trao đổi qua điện thoại với ông Pablo Rojas, Thứ trưởng Ngoại giao Chile, Thứ trưởng Ngoại giao "
                 "Lê Văn Hòa đề nghị phía Chile hỗ trợ công dân.", date(2023, 5, 6),
                 {("2023-05-05", frozenset({"Lê Văn Hòa", "Pablo Rojas"}))}, id="a_partners_post_before_the_subjects"),
    # a description saying the caller's country stands for him a paragraph after his first call
    pytest.param("Ngày 13/6, ông Vương Minh, Bộ trưởng Ngoại giao Trung Quốc, đã điện đàm với ông Ali Rezaei, Ngoại trưởng "
                 "Iran.\nHai bên trao đổi về tình hình khu vực. Ông Vương Minh kêu gọi kiềm chế. Ông Rezaei thông báo về thiệt "
                 "hại. Hai bên nhất trí giữ liên lạc. Ông Vương Minh nhấn mạnh vai trò của Liên hợp quốc.\nCũng trong ngày, "
                 "người đứng đầu ngành ngoại giao Trung Quốc đã nói chuyện qua điện thoại với ông David Levi, Ngoại trưởng "
                 "Israel.", date(2025, 6, 14),
                 {("2025-06-13", frozenset({"Vương Minh", "Ali Rezaei"})), ("2025-06-13", frozenset({"Vương Minh", "David Levi"}))},
                 id="a_description_of_the_callers_country_further_off"),
    # "hồi đầu tuần": the week's call, not one told in passing
    pytest.param("Bộ trưởng Ngoại giao Lê Văn Hòa hồi đầu tuần đã có cuộc điện đàm với Bộ trưởng Ngoại giao Nhật Bản Sato "
                 "Kenji.", None, {(None, frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id="hoi_dau_tuan"),
    # (round 142) a bare title as the subject, "có cuộc" before the wording: the official of that title told before
    pytest.param("Ngày 26/7, Bộ trưởng Lê Văn Hòa điện đàm với Bộ trưởng Y tế Chile Pablo Rojas.\nHôm sau (27/7), Bộ trưởng "
                 "tiếp tục có cuộc trao đổi trực tuyến với Bộ trưởng Y tế Úc Mark Ellis.", date(2021, 7, 29),
                 {("2021-07-26", frozenset({"Lê Văn Hòa", "Pablo Rojas"})), ("2021-07-27", frozenset({"Lê Văn Hòa", "Mark Ellis"}))},
                 id="a_bare_title_then_co_cuoc"),
    # a talk of two bodies, its two chairs named after "dưới sự chủ trì của"
    pytest.param("Ngày 9/3, UBND tỉnh Long An tổ chức hội đàm trực tuyến với chính quyền tỉnh Svay Rieng (Vương quốc Campuchia) "
                 "dưới sự chủ trì của ông Trần Minh Đức, Chủ tịch UBND tỉnh và ông Chea Sokha, Tỉnh trưởng tỉnh Svay Rieng.",
                 date(2021, 3, 10), {("2021-03-09", frozenset({"Trần Minh Đức", "Chea Sokha"}))}, id="the_chairs_of_a_talk"),
    # (a guard) chairs of one country: no call
    pytest.param("Ngày 9/3, Sở Y tế hội đàm trực tuyến với Sở Công Thương dưới sự chủ trì của ông Trần Minh Đức, Giám đốc Sở Y "
                 "tế tỉnh Long An và ông Lê Văn Hòa, Giám đốc Sở Công Thương tỉnh Long An.", date(2021, 3, 10), set(),
                 id="the_chairs_of_one_country"),
    # (round 142) a term of office opening the sentence, then the call's own weekday: a report, not a call in passing
    pytest.param("Hai ngày sau khi nhậm chức, hôm thứ Ba, tân Thủ tướng Úc Mark Ellis đã có cuộc điện đàm đầu tiên với Tổng "
                 "thống Chile Ana Ferrer.", date(2024, 10, 3), {("2024-10-01", frozenset({"Mark Ellis", "Ana Ferrer"}))},
                 id="a_term_of_office_then_a_weekday"),
    # a weekday in the call's clause after the partner, the day before the verb of telling the telling's
    pytest.param("Bộ Công Thương Chile ngày 10/6 thông báo Bộ trưởng Pablo Rojas đã có cuộc điện đàm với Bộ trưởng Thương mại "
                 "Úc Mark Ellis vào chiều thứ Năm.", date(2023, 6, 11),
                 {("2023-06-08", frozenset({"Pablo Rojas", "Mark Ellis"}))}, id="a_weekday_after_the_partner"),
    # "tức thứ Tư": the weekday a count of days after the last call names
    pytest.param("Hôm thứ Hai, Tổng thống Chile Ana Ferrer điện đàm với Tổng thống Peru Luis Soto.\nMột ngày sau, tức thứ "
                 "Ba, đến lượt Thủ tướng Úc Mark Ellis nhận điện thoại của bà Ferrer.", date(2025, 3, 13),
                 {("2025-03-10", frozenset({"Ana Ferrer", "Luis Soto"})), ("2025-03-11", frozenset({"Mark Ellis", "Ana Ferrer"}))},
                 id="a_weekday_after_tuc"),
    # a weekday of the week before: that week's day, not the last such weekday
    pytest.param("Tổng thống Chile Ana Ferrer đã điện đàm với Thủ tướng Úc Mark Ellis vào tối thứ Sáu tuần trước.",
                 date(2025, 6, 21), {("2025-06-13", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="a_weekday_of_last_week"),
    # the two of the call just told, called on an earlier day of their own: two calls
    pytest.param("Thủ tướng Úc và Tổng thống Chile điện đàm\nThủ tướng Úc Mark Ellis và Tổng thống Chile Ana Ferrer điện đàm "
                 "tối 2/7.\nHai nhà lãnh đạo hoan nghênh kết quả đàm phán.\nTrước đó, ngày 4/4, hai nhà lãnh đạo đã trao "
                 "đổi qua điện thoại lần đầu tiên.", date(2025, 7, 3),
                 {("2025-07-02", frozenset({"Mark Ellis", "Ana Ferrer"})), ("2025-04-04", frozenset({"Mark Ellis", "Ana Ferrer"}))},
                 id="the_pairs_earlier_call_told_as_the_two"),
    # one already on a call named again by the first word of the name, in an earlier call of the headline's country
    pytest.param("Tổng thống Peru điện đàm với lãnh đạo Chile và Úc\nTối qua, Tổng thống Peru Luis Soto Vargas đã có cuộc "
                 "điện đàm với Tổng thống Chile Ana Ferrer.\nTrước đó, ngày 7/8, ông Luis cũng đã điện đàm với Thủ tướng Úc Mark "
                 "Ellis.", date(2025, 8, 12),
                 {("2025-08-11", frozenset({"Luis Soto Vargas", "Ana Ferrer"})), ("2025-08-07", frozenset({"Luis Soto Vargas", "Mark Ellis"}))},
                 id="a_caller_named_again_by_the_first_word"),
    # (a guard) youth officials named by their form of address make a call
    pytest.param("Chiều 9/4, Bí thư Trung ương Đoàn anh Lê Văn Hòa đã hội đàm trực tuyến với Bí thư Trung ương Đoàn Thanh niên "
                 "Nhân dân Cách mạng Lào anh Bun Mi Sỉ.", date(2022, 4, 10), {("2022-04-09", frozenset({"Lê Văn Hòa", "Bun Mi Sỉ"}))},
                 id="youth_officials"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_142)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
