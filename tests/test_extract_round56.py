"""Error classes of stop 28 (issue 14, extractor 1.94.0 and on), read on the blind sets of round 56 and later, each a
general rule. Every sentence is written for these tests (invented people, other days): it reproduces the shape of a
class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

from extractors.clean import clean_text

_BODY = ("Hà Nội (TTXVN) - Ngày 5/5, Thủ tướng Lê Văn Hòa đã điện đàm với Thủ tướng Nhật Bản Sato Kenji.\n"
         "Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại.")

# (text, published, each call's day and two names); read on round 56 (1.93.0)
_CALLS_56 = [
    # a list of the most read articles under a heading with a word before it, or in another language
    *(pytest.param(f"{_BODY}\n{head}\n1. Tổng thống Chile Ana Ferrer điện đàm với Tổng thống Mỹ John Carter về thuế\n"
                   "2. Giá vàng tăng mạnh trong phiên sáng", date(2025, 5, 6),
                   {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id=f"most_read_list_{i}")
      for i, head in enumerate(["BÀI ĐỌC NHIỀU", "Lo más leído", "Gerelateerd / Liên quan", "Tin xem nhiều nhất"])),
    # a travel verb ends a title: "mời Tổng thống Chile sang Hà Nội" names no one "Hà Nội"
    pytest.param("Thủ tướng Lê Văn Hòa mời Tổng thống Chile sang Paris trong cuộc điện đàm tối qua\n"
                 "Tối 4/3, Thủ tướng Lê Văn Hòa đã điện đàm với Tổng thống Chile Ana Ferrer.", date(2025, 3, 5),
                 {("2025-03-04", frozenset({"Lê Văn Hòa", "Ana Ferrer"}))}, id="a_travel_verb_ends_a_title"),
    # those present beside one side during the call are not its other side
    pytest.param("Tối 4/3, Tổng thống Chile Ana Ferrer đã điện đàm với Thủ tướng Lê Văn Hòa.\nCó mặt bên cạnh bà Ferrer "
                 "trong lúc điện đàm có Bộ trưởng Nội vụ Pablo Rojas và cố vấn Carlos Vega.", date(2025, 3, 5),
                 {("2025-03-04", frozenset({"Lê Văn Hòa", "Ana Ferrer"}))}, id="those_present_beside_a_side"),
    # a call tried that did not go through
    pytest.param("Đêm 7/11, Thị trưởng Lima Carlos Vega đã gọi cho Tổng thống Chile Ana Ferrer nhưng không liên lạc được.",
                 date(2024, 11, 8), set(), id="a_call_that_did_not_go_through"),
    pytest.param("Ngày 7/11, Tổng thống Chile Ana Ferrer gọi điện cho Thủ tướng Lê Văn Hòa nhưng bất thành.",
                 date(2024, 11, 8), set(), id="a_call_that_failed"),
    # a question about a call ("hỏi A đã nói chuyện với B chưa")
    pytest.param("Trong bữa trưa ngày 7/11, Thủ tướng Úc Mark Ellis hỏi Tổng thống Chile Ana Ferrer đã nói chuyện với "
                 "Thủ tướng Lê Văn Hòa chưa.", date(2024, 11, 8), set(), id="a_question_about_a_call"),
    # a call being prepared, weighed or arranged; a call that may happen
    pytest.param("Độc quyền / Lê Văn Hòa - Ana Ferrer: Một cuộc điện đàm được chuẩn bị như thế nào\nMột cuộc điện đàm "
                 "giữa Thủ tướng Lê Văn Hòa và Tổng thống Chile Ana Ferrer là điều có thể xảy ra, nhưng chưa có ngày cụ thể.", date(2024, 11, 8), set(), id="a_call_being_prepared"),
    pytest.param("Ngày 7/11, một cuộc điện đàm giữa Thủ tướng Lê Văn Hòa và Tổng thống Chile Ana Ferrer đang được Văn "
                 "phòng Chính phủ cân nhắc cho tuần này.", date(2024, 11, 8), set(), id="a_call_being_weighed"),
    # the day of the meeting a call was about is not the call's
    pytest.param("Tổng thống Chile Ana Ferrer hôm thứ Hai đã điện đàm với Thủ tướng Lê Văn Hòa về cuộc gặp giữa hai người "
                 "dự kiến diễn ra ngày 6/5.", None, {(None, frozenset({"Lê Văn Hòa", "Ana Ferrer"}))},
                 id="the_day_of_the_meeting_the_call_was_about"),
]


# read on round 57 (1.94.0)
_CALLS_57 = [
    # the same two called again, told with "hai nhà lãnh đạo lại có cuộc điện đàm" on a day of its own
    pytest.param("Ngày 19/9/2011, Tổng thống Chile Ana Ferrer và Thủ tướng Úc Mark Ellis điện đàm về nợ công.\nChưa đầy "
                 "một tháng sau, chiều 14/10/2011, hai nhà lãnh đạo lại có cuộc điện đàm về thị trường tài chính.",
                 date(2011, 10, 20), {("2011-09-19", frozenset({"Ana Ferrer", "Mark Ellis"})),
                                      ("2011-10-14", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="the_two_called_again"),
    # the call as a noun opening a clause after the spokesman's telling, in an article with no verb of the call
    pytest.param("Tổng thống Chile xác nhận đã nói chuyện với tân Thủ tướng Úc\nNgười phát ngôn Phủ Thủ tướng Úc cho "
                 "biết, trong cuộc điện đàm, Thủ tướng Mark Ellis và Tổng thống Ana Ferrer đã bàn về thương mại và khí "
                 "hậu.\nHai nhà lãnh đạo sẽ gặp nhau vào tháng tới.", date(2019, 7, 26),
                 {(None, frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="in_the_call_opening_a_clause"),
    # "gọi điện cho ông B để chúc mừng ông trở thành <post>": B is titled by the post he has just taken
    pytest.param("Ngoại trưởng Úc Mark Ellis hôm 6/5 đã gọi điện cho ông Anan Chai để chúc mừng ông trở thành Bộ trưởng "
                 "Ngoại giao mới của Thái Lan.", date(2022, 5, 7), {("2022-05-06", frozenset({"Mark Ellis", "Anan Chai"}))},
                 id="titled_by_the_post_just_taken"),
    # an entry of a live page under a headline naming the page's day
    pytest.param("TRỰC TIẾP: Diễn biến ngày 20/10\nCập nhật 23:55\n10:15 - Liên hợp quốc kêu gọi mở hành lang nhân đạo."
                 "\n22:40 - Thủ tướng Úc Mark Ellis đã điện đàm với Tổng thống Chile Ana Ferrer về tình hình khu vực.",
                 date(2023, 10, 21), {("2023-10-20", frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="an_entry_of_a_live_page_under_its_day"),
]


def test_the_post_just_taken_is_the_title() -> None:
    [call] = calls_of("Ngoại trưởng Úc Mark Ellis hôm 6/5 đã gọi điện cho ông Anan Chai để chúc mừng ông trở thành Bộ "
                      "trưởng Ngoại giao mới của Thái Lan.", date(2022, 5, 7))
    assert {p.name: (p.title, p.role, p.country) for p in call.participants}["Anan Chai"] == (
        "Bộ trưởng Ngoại giao", "foreign_minister", "TH")


# read on round 58 (1.95.0)
_CALLS_58 = [
    # a list heading with a bullet before it and the list's topic after it
    pytest.param(f"{_BODY}\n>> XEM THÊM VỀ \"QUAN HỆ VIỆT - NHẬT\":\n- Ông Sato khen ông Lê Văn Hòa \"rất cởi mở\"\n- Thủ tướng "
                 "Sato Kenji điện đàm với Thủ tướng Úc Mark Ellis", date(2025, 5, 6),
                 {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id="more_about_a_topic_heading"),
    pytest.param(f"{_BODY}\nTài liệu khác: Tổng thống Chile Ana Ferrer điện đàm với Thủ tướng Úc Mark Ellis | Giá gạo tăng",
                 date(2025, 5, 6), {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id="other_documents_line"),
    # unlikely, intended, not answered
    pytest.param("Ngoại trưởng Úc Mark Ellis: Khó có điện đàm với Ngoại trưởng Chile Ana Ferrer trong hôm nay\nNgày 28/7, "
                 "ông Ellis cho biết lịch làm việc dày đặc.", date(2022, 7, 29), set(), id="a_call_unlikely"),
    pytest.param("Ngày 20/1, báo chí đưa tin Tổng thống Chile Ana Ferrer có ý định tổ chức cuộc điện đàm với Thủ tướng Lê "
                 "Văn Hòa.", date(2025, 1, 21), set(), id="a_call_intended"),
    pytest.param("Một nguồn tin cho biết Tổng thống Chile Ana Ferrer đã gọi cho Thủ tướng Úc Mark Ellis tuần trước, nhưng ông "
                 "Ellis không nhận cuộc gọi.", date(2019, 9, 30), set(), id="a_call_not_taken"),
    # the teller of a quote in the third person is no side of the call
    pytest.param("Người phát ngôn Điện Kremlin Oleg Sidorov cho biết Tổng thống Nga Ivan Petrov đã điện đàm với người đồng cấp Pháp.\n\"Tổng thống vừa "
                 "kết thúc cuộc nói chuyện qua điện thoại với Tổng thống Pháp Jean Morel\", ông Oleg Sidorov nói với báo "
                 "giới.", date(2017, 9, 16), {(None, frozenset({"Ivan Petrov", "Jean Morel"}))},
                 id="the_teller_of_a_quote_is_no_side"),
    # "Với B, A nhấn mạnh ...": a round's next partner, the caller named by his family name
    pytest.param("Chiều 23/1, Tổng thống Chile Ana Ferrer đã thực hiện một loạt cuộc điện đàm với lãnh đạo nước ngoài.\n"
                 "Với Quốc vương Jordan Abdullah Hassan, Tổng thống Ferrer nhấn mạnh quan hệ hai nước.", date(2009, 1, 24),
                 {("2009-01-23", frozenset({"Ana Ferrer", "Abdullah Hassan"}))}, id="with_b_the_caller_by_family_name"),
    # a bulleted list of people the text introduces, under a round's opening line
    pytest.param("Ngày 19/11, Tổng thống Chile Ana Ferrer đã gọi điện cho ba nhà lãnh đạo thế giới để cảm ơn họ.\n"
                 "Những người bà Ferrer đã nói chuyện gồm:\n• Tổng thống Colombia Carlos Vega\n• Thủ tướng Úc Mark Ellis\n"
                 "• Tổng thống Peru Luis Ramos", date(2008, 11, 20),
                 {("2008-11-19", frozenset({"Ana Ferrer", n})) for n in ("Carlos Vega", "Mark Ellis", "Luis Ramos")},
                 id="a_list_of_people_under_a_round"),
]


# read on round 59 (1.96.0)
_CALLS_59 = [
    pytest.param("Ngày 27/10, Bộ trưởng Ngoại giao Thái Lan Anan Chai nhận cuộc gọi điện từ Ngoại trưởng Úc Mark Ellis.",
                 date(2023, 10, 28), {("2023-10-27", frozenset({"Anan Chai", "Mark Ellis"}))},
                 id="a_call_received_as_cuoc_goi_dien"),
    pytest.param("Ngày 5/5, Thủ tướng Úc Mark Ellis cho biết ông vừa có cuộc điện thoại \"rất nồng ấm\" với Tổng thống Chile "
                 "Ana Ferrer.", date(2025, 5, 6), {("2025-05-05", frozenset({"Mark Ellis", "Ana Ferrer"}))},
                 id="a_quoted_word_between_the_call_and_the_partner"),
    pytest.param("Ngày 2/1, Ngoại trưởng Đức Anna Weber đã hội đàm qua điện thoại theo hình thức hội nghị bốn bên với các "
                 "Ngoại trưởng Chile Ana Ferrer, Úc Mark Ellis và Pháp Jean Morel.", date(2015, 1, 3), set(),
                 id="a_phone_conference_of_four"),
    pytest.param("Ngày 8/11, Nhà Trắng cho biết Tổng thống Chile Ana Ferrer đã điện đàm với Thủ tướng Úc Mark Ellis và "
                 "Thủ tướng Nhật Bản Sato Kenji.\nDanh sách còn có Tổng thống Pháp Jean Morel và Thủ tướng Thái Lan Anan Chai.",
                 date(2012, 11, 9), {("2012-11-08", frozenset({"Ana Ferrer", n}))
                                     for n in ("Mark Ellis", "Sato Kenji", "Jean Morel", "Anan Chai")},
                 id="the_list_continued"),
    pytest.param("Ngày 5/7, Thủ tướng Hy Lạp Nikos Pappas điện đàm với Chủ tịch Eurogroup Jan de Vries.", date(2015, 7, 6),
                 {("2015-07-05", frozenset({"Nikos Pappas", "Jan de Vries"}))}, id="the_eurogroup_is_no_name"),
]


def test_a_title_written_with_one_country_elsewhere_gives_the_country() -> None:
    """ "Ngoại trưởng Thổ Nhĩ Kỳ ..." in the headline, "Ngoại trưởng X" in the body (a second country named as often):
    X is Turkish; a title written with a name after it ("Ngoại trưởng Nga Y") or in the plural is no such hint."""
    [call] = calls_of("Ngoại trưởng Thổ Nhĩ Kỳ dồn dập kết nối trực tuyến\nNgày 19/3, Ngoại trưởng Mehmet Kaya đã hội đàm "
                      "trực tuyến với Ngoại trưởng Hungary Peter Nagy về EU và các vấn đề của EU.", date(2020, 3, 20))
    assert {p.name: p.country for p in call.participants} == {"Mehmet Kaya": "TR", "Peter Nagy": "HU"}


# read on round 60 (1.97.0)
_CALLS_60 = [
    # a page that hard-wrapped some paragraphs only: a name cut at the line's end
    pytest.param("Ngoại trưởng Chile điện đàm với Ngoại trưởng Úc\nHãng tin Reuters đưa tin trước tiên, người phát ngôn "
                 "xác nhận với báo giới.\nTheo Bộ Ngoại giao Chile, chiều 5/1, Bộ trưởng Ngoại giao Chile Ana\nFerrer và "
                 "Ngoại trưởng Úc Mark Ellis đã có cuộc điện đàm về tình\nhình căng thẳng ở Trung Đông.\nHai ngoại trưởng "
                 "nhất trí không để tình hình leo thang thêm và cho rằng các bên cần giải quyết bất đồng qua đối thoại.",
                 date(2016, 1, 6), {("2016-01-05", frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="a_name_cut_by_a_hard_wrap_in_a_page_wrapped_in_part"),
    # ... and a title's country and the name on the next line, after a long line
    pytest.param("Ngoại trưởng Úc điện đàm với Ngoại trưởng Chile\nNgoại trưởng Úc Mark Ellis đã điện đàm với Bộ trưởng "
                 "Ngoại giao\nChile Ana Ferrer vào thứ Ba (16/2/2021). Hai bên bàn về thương mại.", date(2021, 2, 17),
                 {("2021-02-16", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="a_title_cut_before_its_country"),
    # "khen ngợi" ends a title
    pytest.param("Ngoại trưởng Úc điện đàm với Ngoại trưởng Chile, khen ngợi vai trò của bà Ferrer\nNgày 16/2, Ngoại trưởng "
                 "Úc Mark Ellis đã điện đàm với Ngoại trưởng Chile Ana Ferrer.", date(2021, 2, 17),
                 {("2021-02-16", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="praise_ends_a_title"),
    # an old call that is the whole article's subject, named in its headline
    pytest.param("Thế giới › Chính trị\nLỘ TOÀN VĂN CUỘC GỌI ELLIS - FERRER: \"TÔI MUỐN ÔNG THẮNG\"\nBáo chí hôm nay công bố "
                 "toàn văn biên bản một cuộc điện đàm của hai nhà lãnh đạo.\nCuộc điện đàm giữa Tổng thống Chile Ana Ferrer "
                 "và Thủ tướng Úc Mark Ellis diễn ra ngày 27/1/2017, xoay quanh thương mại.", date(2017, 8, 3),
                 {("2017-01-27", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="an_old_call_the_headline_is_about"),
    pytest.param("Ngày 10/10, Tổng thống Chile Ana Ferrer đã gọi lại cho Thủ tướng Úc Mark Ellis.", date(2009, 10, 11),
                 {("2009-10-10", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="a_call_returned"),
    pytest.param("Ngày 10/1, Thủ tướng Úc Mark Ellis đã gọi điện cho Chủ tịch Hạ viện Ấn Độ (Lok Sabha) Meera Rao.",
                 date(2010, 1, 11), {("2010-01-10", frozenset({"Mark Ellis", "Meera Rao"}))},
                 id="a_bodys_own_name_in_brackets"),
    pytest.param("Ngày 1/9, Thủ tướng Úc Mark Ellis và Thủ tướng Nepal KP Ram Thapa đã nói chuyện qua điện thoại.",
                 date(2020, 9, 2), {("2020-09-01", frozenset({"Mark Ellis", "KP Ram Thapa"}))},
                 id="two_initials_open_a_name"),
    pytest.param("Tổng thống Chile Ana Ferrer đã gọi điện trong đêm cho Thủ tướng Úc Mark Ellis, nhưng cuộc nói chuyện đã "
                 "không diễn ra.", date(2009, 9, 18), set(), id="a_call_that_did_not_take_place"),
    pytest.param(f"{_BODY}\nMás información\n- Tổng thống Chile Ana Ferrer điện đàm với Thủ tướng Úc Mark Ellis",
                 date(2025, 5, 6), {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id="more_information"),
]


def test_an_acronym_in_brackets_stays_in_the_title() -> None:
    [call] = calls_of("Ngày 24/6, Thủ tướng Lê Văn Hòa điện đàm với Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) Karim Alami.",
                      date(2021, 6, 25))
    assert {p.name: p.title for p in call.participants}["Karim Alami"] == "Tổng Giám đốc Tổ chức Y tế Thế giới (WHO)"


# read on round 61 (1.98.0)
_CALLS_61 = [
    pytest.param("Tối 20/9, Thủ tướng Nhật Bản Sato Kenji điện đàm với Tổng thống Chile Ana Ferrer. Trước đó cùng tối, ông "
                 "Sato cũng điện đàm với Thủ tướng Úc Mark Ellis.", date(2020, 9, 21),
                 {("2020-09-20", frozenset({"Sato Kenji", n})) for n in ("Ana Ferrer", "Mark Ellis")},
                 id="earlier_the_same_evening"),
    pytest.param("Ngày 18/4, Tổng thống Chile Ana Ferrer cho biết Thủ tướng Úc Mark Ellis cũng vừa gọi điện chúc mừng bà.",
                 date(2019, 4, 18), {("2019-04-18", frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="congratulated_the_teller"),
    pytest.param("Ellis, Ferrer điện đàm trước thềm hội nghị APEC\nThủ tướng Úc Mark Ellis và Tổng thống Chile Ana Ferrer "
                 "đã thảo luận về hội nghị thượng đỉnh APEC - Mỹ Latinh sắp tới trong cuộc điện đàm hôm thứ Sáu (7/3).",
                 date(2008, 3, 8), {("2008-03-07", frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="discussed_in_the_call_with_a_dash_between"),
    pytest.param("Ngày 10/2, ông Carter cho biết: Kể từ khi nhậm chức ngày 20/1, ông đã trao đổi qua điện thoại với nhiều "
                 "lãnh đạo, kể cả Tổng thống Chile Ana Ferrer.", date(2021, 2, 11), set(),
                 id="the_day_of_taking_office_is_not_the_calls"),
    pytest.param("Chưa có kế hoạch liên lạc nào giữa Thủ tướng Úc Mark Ellis và Tổng thống Chile Ana Ferrer, dù một cuộc điện "
                 "đàm có thể diễn ra nếu cần thiết.", date(2020, 9, 10), set(), id="a_call_that_may_take_place"),
    pytest.param("Ngày 30/1, Quốc vương Jordan Ali Hassan lần lượt điện đàm với Thủ tướng Úc Mark Ellis và Tổng thống Chile "
                 "Ana Ferrer.\nNhà vua cũng gọi điện cho Tổng thống Ai Cập Omar Farouk.", date(2011, 1, 31),
                 {("2011-01-30", frozenset({"Ali Hassan", "Mark Ellis"})), ("2011-01-30", frozenset({"Ali Hassan", "Ana Ferrer"})),
                  (None, frozenset({"Ali Hassan", "Omar Farouk"}))}, id="the_king_is_the_king"),
    pytest.param("Ngày 15/7, Thủ tướng Ấn Độ Ravi Kumar đã điện đàm với Thủ hiến bang Assam Arun Mehta về lũ lụt.",
                 date(2019, 7, 16), set(), id="a_states_official_of_the_one_country_named"),
]


# read on round 62 (1.99.0)
_CALLS_62 = [
    pytest.param("Thủ tướng Úc Mark Ellis cho biết trong cuộc điện đàm kéo dài khoảng 20 phút sáng thứ Ba (5/10), Tổng thống "
                 "Chile Ana Ferrer đã gửi thông điệp mạnh mẽ về thương mại.", date(2021, 10, 5),
                 {("2021-10-05", frozenset({"Mark Ellis", "Ana Ferrer"}))}, id="the_teller_tells_what_was_said_in_his_call"),
    pytest.param("Người phát ngôn Văn phòng Chính phủ Úc Tom Baker cho biết trong cuộc điện đàm sáng thứ Ba (5/10), Tổng "
                 "thống Chile Ana Ferrer đã gửi thông điệp mạnh mẽ về thương mại.", date(2021, 10, 5), set(),
                 id="a_spokesman_tells_of_anothers_call"),
    pytest.param(f"{_BODY}\nसंबंधित खबरें: Tổng thống Chile Ana Ferrer điện đàm với Thủ tướng Úc Mark Ellis | Giá gạo xuất "
                 "khẩu tăng mạnh", date(2025, 5, 6), {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))},
                 id="headlines_parted_by_bars_after_any_heading"),
    pytest.param("Ngoại trưởng Mỹ John Carter hôm 25/3 đã chủ trì cuộc họp trực tuyến Ngoại trưởng Nhóm các nước công nghiệp "
                 "phát triển hàng đầu thế giới (G7) với sự tham gia của các đồng cấp Canada, Đức, Pháp.", date(2020, 3, 26),
                 set(), id="a_meeting_of_a_group_of_countries"),
]


# read on round 63 (1.100.0)
_CALLS_63 = [
    pytest.param(f"{_BODY}\nXem thêm video: Tổng thống Chile Ana Ferrer điện đàm với Thủ tướng Úc Mark Ellis về thương mại",
                 date(2025, 5, 6), {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id="more_videos_line"),
    pytest.param("Điện Kremlin chưa chuẩn bị cuộc gọi nào giữa hai nhà lãnh đạo.\nCuộc điện đàm gần nhất giữa Tổng thống "
                 "Chile Ana Ferrer và Thủ tướng Úc Mark Ellis diễn ra vào tháng 7/2020.", date(2020, 12, 1), set(),
                 id="the_most_recent_call_told_as_background"),
]


# read on round 64 (1.101.0)
_CALLS_64 = [
    pytest.param("\"Hôm qua, tôi đã điện đàm với Ngoại trưởng Ba Lan Jan Nowak, Ngoại trưởng Litva Tomas Petraitis, cũng như với "
                 "Tổng Thư ký Liên hợp quốc Karim Alami\", Ngoại trưởng Chile Ana Ferrer nói.", date(2021, 11, 15),
                 {("2021-11-14", frozenset({"Ana Ferrer", n})) for n in ("Jan Nowak", "Tomas Petraitis", "Karim Alami")},
                 id="the_first_person_after_an_opening_of_time"),
    pytest.param("Cách đây vài tuần, một kẻ tự xưng là Tổng thống Chile Ana Ferrer đã gọi điện được tới Thủ tướng Lê Văn Hòa.",
                 date(1990, 3, 20), set(), id="a_caller_passing_himself_off"),
    pytest.param(f"{_BODY}\nVideo liên quan: Ngoại trưởng Chile Ana Ferrer điện đàm với Ngoại trưởng Úc Mark Ellis",
                 date(2025, 5, 6), {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id="related_video_line"),
    pytest.param(f"{_BODY}\nZobacz też / Xem thêm: Tổng thống Chile Ana Ferrer điện đàm với Thủ tướng Úc Mark Ellis",
                 date(2025, 5, 6), {("2025-05-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))},
                 id="a_link_line_headed_in_two_languages"),
]


def test_the_spokesman_of_a_named_leader_is_not_his_title() -> None:
    """ "Người phát ngôn của ông X cho biết Thủ tướng Anh ...": X is not the spokesman; his title and his country
    are those the article gives him elsewhere (the title written with one country and no name)."""
    calls = calls_of("Thủ tướng Anh điện đàm với lãnh đạo Chile và Peru\nNgười phát ngôn của ông John Carter cho biết Thủ "
                     "tướng Anh vẫn theo dõi sát tình hình.\nHôm thứ Sáu (11/8), Thủ tướng John Carter đã điện đàm với "
                     "Tổng thống Chile Ana Ferrer.", date(2006, 8, 14))
    assert [{p.name: (p.title, p.country) for p in c.participants} for c in calls] == [
        {"John Carter": ("Thủ tướng", "GB"), "Ana Ferrer": ("Tổng thống", "CL")}]


def test_a_side_of_no_country_beside_the_only_country_named_is_a_compatriot() -> None:
    """The king of the one country named and a prime minister written without a country: likely one country's two
    officials, a domestic call of low confidence."""
    [call] = calls_of("Ngày 23/3, Quốc vương Hà Lan Willem Janssen đã trao đổi qua điện thoại với Thủ tướng Pieter de "
                      "Vries về dịch bệnh.", date(2020, 3, 24))
    assert call.confidence < 0.5


def test_a_side_of_no_country_beside_another_country_keeps_its_confidence() -> None:
    [call] = calls_of("Ngày 23/3, Quốc vương Hà Lan Willem Janssen đã trao đổi qua điện thoại với Thủ tướng Pieter de "
                      "Vries về quan hệ với Đức.", date(2020, 3, 24))
    assert call.confidence >= 0.5


def test_a_list_the_text_introduces_is_kept_and_a_bare_link_list_is_not() -> None:
    intro = "Ngày 19/11, bà Ana Ferrer đã gọi điện cho hai nhà lãnh đạo.\nNhững người bà Ferrer đã nói chuyện gồm:"
    items = "• Tổng thống Colombia Carlos Vega\n• Thủ tướng Úc Mark Ellis"
    assert clean_text(f"{intro}\n{items}") == f"{intro}\n{items}"
    assert clean_text(f"{_BODY}\nTin khác\n{items}") == _BODY


@pytest.mark.parametrize(("text", "published", "expected"),
                         [*_CALLS_56, *_CALLS_57, *_CALLS_58, *_CALLS_59, *_CALLS_60, *_CALLS_61, *_CALLS_62, *_CALLS_63,
                          *_CALLS_64])
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads the text."""
    assert dated_pairs(calls_of(text, published)) == expected
