"""Error classes of stop 29 (issue 14, extractor 1.103.0 and on), read on the blind sets of round 65 and later, each a
general rule. Every sentence is written for these tests (invented people, other days): it reproduces the shape of a
class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

from extractors.roles import role_and_title

# (text, published, each call's day and two names); found while the helpers wrote round 65 (1.102.0)
_CALLS_65 = [
    # wishes received by phone from a list of leaders introduced by "trong đó có"
    pytest.param("Ngày 8/5, Tổng thống Chile Ana Ferrer đã nhận lời chúc mừng qua điện thoại từ nhiều nhà lãnh đạo, "
                 "trong đó có Thủ tướng Úc Mark Ellis và Tổng thống Peru Luis Soto.", date(2024, 5, 9),
                 {("2024-05-08", frozenset({"Ana Ferrer", "Mark Ellis"})),
                  ("2024-05-08", frozenset({"Ana Ferrer", "Luis Soto"}))}, id="wishes_received_by_phone_from_a_list"),
    # a group of partners, then the ones named among them
    pytest.param("Ngày 8/5, Tổng thống Chile Ana Ferrer đã điện đàm với nhiều lãnh đạo khu vực, trong đó có Tổng thống "
                 "Peru Luis Soto và Tổng thống Colombia Carlos Vega.", date(2024, 5, 9),
                 {("2024-05-08", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2024-05-08", frozenset({"Ana Ferrer", "Carlos Vega"}))}, id="partners_named_among_a_group"),
    # "after the call with B, A went on to call C": the same day
    pytest.param("Chiều 9/5, Thủ tướng Úc Mark Ellis điện đàm với Thủ tướng Nhật Bản Sato Kenji. Sau cuộc điện đàm với "
                 "ông Sato, ông Ellis tiếp tục điện đàm với Tổng thống Chile Ana Ferrer.", date(2024, 5, 10),
                 {("2024-05-09", frozenset({"Mark Ellis", "Sato Kenji"})),
                  ("2024-05-09", frozenset({"Mark Ellis", "Ana Ferrer"}))}, id="after_the_call_with_b_the_same_day"),
    # a pronoun subject receiving the call ("bà nhận cuộc điện thoại của C"), its holder named in the sentence before
    pytest.param("Ngoại trưởng Chile Ana Ferrer có một tuần làm việc dày đặc. Sáng 27/5, bà nhận cuộc điện thoại của "
                 "Ngoại trưởng Úc Mark Ellis; hai bên bàn về thương mại.", date(2020, 5, 28),
                 {("2020-05-27", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="a_pronoun_receives_the_call"),
    # "earlier in the same day": a call of the report, not a past one
    pytest.param("Ngày 25/3, Tổng thống Chile Ana Ferrer đã điện đàm với Tổng thống Peru Luis Soto. Trước đó trong cùng "
                 "ngày, bà Ferrer cũng đã trao đổi qua điện thoại với Thủ tướng Úc Mark Ellis.", date(2020, 3, 26),
                 {("2020-03-25", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2020-03-25", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="earlier_in_the_same_day"),
    # "half an hour later": the day of the call told just before
    pytest.param("Ngày 18/9, Thủ tướng Úc Mark Ellis đã điện đàm với Thủ tướng Nhật Bản Sato Kenji. Nửa giờ sau, ông Ellis "
                 "tiếp tục gọi điện cho Tổng thống Chile Ana Ferrer.", date(2015, 9, 19),
                 {("2015-09-18", frozenset({"Mark Ellis", "Sato Kenji"})),
                  ("2015-09-18", frozenset({"Mark Ellis", "Ana Ferrer"}))}, id="half_an_hour_later"),
    # a headline whose subject is "Lãnh đạo COUNTRY": the two after the verb are his two partners, not a pair
    pytest.param("Lãnh đạo Chile điện đàm với Tổng thống Peru và Thủ tướng Úc\nTổng thống Chile Ana Ferrer vừa có cuộc "
                 "điện đàm với Tổng thống Peru Luis Soto về dịch bệnh.\nCũng trong dịp này, bà Ferrer đã trao đổi qua "
                 "điện thoại với Thủ tướng Úc Mark Ellis về thương mại.", date(2020, 4, 3),
                 {(None, frozenset({"Ana Ferrer", "Luis Soto"})), (None, frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="a_headline_subject_lanh_dao_country"),
    # a spokesman's quote: the call "will soon be arranged"
    pytest.param("Người phát ngôn Bộ Ngoại giao Chile Pablo Rojas ngày 28/1 cho biết: \"Ngoại trưởng đã chúc mừng người "
                 "đồng cấp Mark Ellis. Cuộc điện đàm giữa hai ông sẽ sớm được sắp xếp\", ông Rojas nói.",
                 date(2021, 1, 28), set(), id="a_call_to_be_arranged_soon"),
]

# read on round 66 (1.103.0)
_CALLS_66 = [
    # a region's head (Scotland is of the United Kingdom) with his country's prime minister: one country's two
    pytest.param("Thủ hiến Scotland Mary Dunn và Thủ tướng Anh Mark Ellis đã có cuộc điện đàm ngắn tối 25/10.",
                 date(2022, 10, 26), set(), id="a_region_head_with_his_countrys_prime_minister"),
    pytest.param("Tối 25/10, Thủ hiến Quebec Paul Roy đã điện đàm với Tổng thống Chile Ana Ferrer.", date(2022, 10, 26),
                 {("2022-10-25", frozenset({"Paul Roy", "Ana Ferrer"}))}, id="a_region_head_with_a_foreign_leader"),
    # the day of the call told before: "Trong buổi tối ...", "Ông còn ...", "cuộc điện đàm trong ngày", "Trong ngày,"
    pytest.param("Tối 25/10, Thủ tướng Úc Mark Ellis đã điện đàm với Tổng thống Chile Ana Ferrer.\nTrong buổi tối bận "
                 "rộn, ông Ellis cũng điện đàm với Tổng thống Peru Luis Soto. Ông còn điện đàm với Thủ tướng Nhật Bản Sato "
                 "Kenji.", date(2022, 10, 26),
                 {("2022-10-25", frozenset({"Mark Ellis", "Ana Ferrer"})),
                  ("2022-10-25", frozenset({"Mark Ellis", "Luis Soto"})),
                  ("2022-10-25", frozenset({"Mark Ellis", "Sato Kenji"}))}, id="the_evening_and_a_pronoun_going_on"),
    pytest.param("Ngày 24/3, Thủ tướng Úc Mark Ellis đã điện đàm với Tổng thống Chile Ana Ferrer. Ông Ellis cũng có cuộc "
                 "điện đàm trong ngày với Thủ tướng Nhật Bản Sato Kenji.", date(2020, 3, 25),
                 {("2020-03-24", frozenset({"Mark Ellis", "Ana Ferrer"})),
                  ("2020-03-24", frozenset({"Mark Ellis", "Sato Kenji"}))}, id="a_call_of_the_day"),
    # a pronoun subject's calls with two partners: one with each, not the two with each other
    pytest.param("Ngày 24/3, Ngoại trưởng Úc Mark Ellis đã điện đàm với Ngoại trưởng Chile Ana Ferrer.\nTrong ngày, ông "
                 "cũng có các cuộc điện đàm với Ngoại trưởng Peru Luis Soto và Ngoại trưởng Nhật Bản Sato Kenji.",
                 date(2020, 3, 25),
                 {("2020-03-24", frozenset({"Mark Ellis", "Ana Ferrer"})),
                  ("2020-03-24", frozenset({"Mark Ellis", "Luis Soto"})),
                  ("2020-03-24", frozenset({"Mark Ellis", "Sato Kenji"}))}, id="a_pronoun_with_two_partners"),
    # "xác nhận ông và B đã ...": the teller is one of the two; a headline denying a second call leaves the first
    pytest.param("Ông Rojas bác tin đồn về cuộc điện đàm thứ hai với ông Carter\nTổng thống Peru Luis Rojas xác nhận ông "
                 "và Tổng thống Mỹ John Carter đã có một cuộc trao đổi qua điện thoại vào ngày 21/11 vừa qua.",
                 date(2025, 11, 25), {("2025-11-21", frozenset({"Luis Rojas", "John Carter"}))},
                 id="a_denial_of_a_second_call"),
    # the first call of a term "hồi tháng 1", recalled in an article about a meeting to come
    pytest.param("Tổng thống Mỹ John Carter sẽ hội đàm trực tuyến với Thủ tướng Úc Mark Ellis vào thứ Ba tới. Cuộc điện "
                 "đàm đầu tiên của ông sau khi nhậm chức hồi tháng 1 cũng là với ông Ellis.", date(2021, 2, 20), set(),
                 id="the_first_call_of_a_term_recalled"),
]

# read on round 67 (1.104.0)
_CALLS_67 = [
    # West Germany is Germany; "45 phút sau" is the day of the call told before
    pytest.param("Chiều 6/3/1983, Tổng thống Mỹ John Carter đã gọi điện cho Thủ tướng Tây Đức Hans Weber. Khoảng 45 phút "
                 "sau cuộc gọi của ông Carter, Ngoại trưởng Mỹ Paul Hale cũng điện thoại cho Ngoại trưởng Tây Đức Karl "
                 "Braun.", date(2023, 3, 6),
                 {("1983-03-06", frozenset({"John Carter", "Hans Weber"})),
                  ("1983-03-06", frozenset({"Paul Hale", "Karl Braun"}))}, id="west_germany_and_minutes_later"),
    # a side's post written elsewhere with the other side's country (and another's too): compatriots, no call
    pytest.param("Chủ tịch Quốc hội Chile nhận lời thăm hỏi\nChủ tịch Thượng viện Chile Ana Ferrer đã điện thoại cho Chủ "
                 "tịch Quốc hội Luis Soto, chúc ông sớm bình phục.\nChủ tịch Quốc hội Peru cũng gửi thông điệp chúc ông "
                 "Soto mau khỏe.", date(2020, 4, 4), set(), id="a_post_written_with_the_other_sides_country"),
    # a series of calls with a group, those named in it after "trong đó có" (one with no country), the day of the
    # statement after them and the day of an operation in the next sentence
    pytest.param("Quốc vương Maroc Hassan Idrissi đã có một loạt cuộc điện đàm với các nhà lãnh đạo Arab, trong đó có Quốc "
                 "vương Jordan Faisal Nasser, Thái tử Khalid Rahman và Quốc vương Bahrain Salman Hamad, theo thông cáo "
                 "của Hoàng gia Maroc tối thứ Ba.\nTrong các cuộc trao đổi, các nhà lãnh đạo chúc ông Idrissi sớm bình "
                 "phục sau ca phẫu thuật hôm Chủ nhật 14/6.", date(2020, 6, 17),
                 {(None, frozenset({"Hassan Idrissi", "Faisal Nasser"})),
                  (None, frozenset({"Hassan Idrissi", "Khalid Rahman"})),
                  (None, frozenset({"Hassan Idrissi", "Salman Hamad"}))}, id="a_series_with_a_group_named_after"),
    # a call taken
    pytest.param("Tổng thống Chile Ana Ferrer hôm 8/11 đã tạm dừng bài phát biểu để nghe điện thoại của Tổng thống Mỹ John "
                 "Carter.", date(2012, 11, 9), {("2012-11-08", frozenset({"Ana Ferrer", "John Carter"}))},
                 id="a_call_taken"),
]

# read on round 68 (1.105.0) and on round 67's second call of a pair
_CALLS_68 = [
    # "hai nhà lãnh đạo ... cuộc điện đàm thứ hai": the two of the call told before, a second call of theirs (not the
    # two people named in the sentence before)
    pytest.param("Cuộc điện đàm đầu tiên giữa Tổng thống Chile Ana Ferrer và Tổng thống đắc cử Mỹ John Carter diễn ra "
                 "ngày 19/12/2020.\nBà Ferrer đáp rằng Chile đã có quan hệ tốt với Tổng thống Paul Hale.\nHôm thứ Sáu "
                 "tuần trước, hai nhà lãnh đạo đã có cuộc điện đàm thứ hai.", date(2021, 1, 26),
                 {("2020-12-19", frozenset({"Ana Ferrer", "John Carter"})),
                  ("2021-01-22", frozenset({"Ana Ferrer", "John Carter"}))}, id="the_pairs_second_call"),
    # what two others discussed in an earlier call, carried on
    pytest.param("Ngày 14/9, Ngoại trưởng Chile Ana Ferrer đã điện đàm với Ngoại trưởng Peru Luis Soto. Hai bên tiếp nối "
                 "những gì Tổng thống Chile Pablo Rojas và Tổng thống Peru Carlos Vega đã bàn trong cuộc điện đàm hôm "
                 "11/9.", date(2017, 9, 15), {("2017-09-14", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="an_earlier_call_carried_on"),
]

# read on round 69 (1.106.0)
_CALLS_69 = [
    # a look back at a year's calls, each item a call with its year: the calls are the news
    pytest.param("NHÌN LẠI 2021\nNhững cuộc điện thoại đáng chú ý của năm 2021\nBáo điểm lại hai cuộc điện đàm tiêu "
                 "biểu.\n1. Chile - Peru\nNgày 25/2/2021, Ngoại trưởng Chile Ana Ferrer và Ngoại trưởng Peru Luis Soto "
                 "đã điện đàm.\n2. Úc - Nhật Bản\nNgày 24/7/2021, Thủ tướng Úc Mark Ellis đã điện đàm với Thủ tướng "
                 "Nhật Bản Sato Kenji.", date(2021, 12, 30),
                 {("2021-02-25", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2021-07-24", frozenset({"Mark Ellis", "Sato Kenji"}))}, id="a_look_back_at_a_years_calls"),
    # an aside on the subject then, in a sentence dating its call
    pytest.param("Ngày 1/1/2023, Ngoại trưởng Chile Ana Ferrer, lúc đó vẫn đang ở Lima, trao đổi qua điện thoại với "
                 "Ngoại trưởng Peru Luis Soto.", date(2023, 1, 10), {("2023-01-01", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="an_aside_on_the_subject_then"),
    # a call asked for by the other side and taken; the next of a round with an aside before "là với"
    pytest.param("Ngày 9/1, Ngoại trưởng Chile Ana Ferrer điện đàm với Ngoại trưởng Peru Luis Soto. Cùng ngày, bà cũng "
                 "nhận lời đề nghị điện đàm của Ngoại trưởng Úc Mark Ellis. Cuộc gọi thứ ba, cũng trong ngày 9/1, là với "
                 "Ngoại trưởng Nhật Bản Sato Kenji.", date(2023, 1, 10),
                 {("2023-01-09", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2023-01-09", frozenset({"Ana Ferrer", "Mark Ellis"})),
                  ("2023-01-09", frozenset({"Ana Ferrer", "Sato Kenji"}))}, id="a_call_asked_for_and_the_next_of_a_round"),
    # two separate calls received, one from each
    pytest.param("Ngoại trưởng Chile Ana Ferrer hôm 17/5 đã nhận hai cuộc điện thoại riêng rẽ từ người đồng cấp Peru Luis "
                 "Soto và người đồng cấp Úc Mark Ellis.", date(2021, 5, 18),
                 {("2021-05-17", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2021-05-17", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="two_calls_received_one_from_each"),
]

# read on round 70 (1.107.0)
_CALLS_70 = [
    # a headline announcing a series of calls: each of its list is the news, however old
    pytest.param("Tổng thống Chile công bố loạt cuộc điện đàm trước thềm hội nghị\nDanh sách các cuộc trao đổi như sau.\n"
                 "Ngày 7/3/2022, Tổng thống Chile Ana Ferrer đã trao đổi qua điện thoại với Thủ tướng Úc Mark Ellis.\n"
                 "Ngày 22/4, bà Ferrer nói chuyện qua điện thoại với Tổng thống Peru Luis Soto; ngày 25/4 với Thủ tướng "
                 "Nhật Bản Sato Kenji; và ngày 27/4 với Tổng thống Colombia Carlos Vega.", date(2022, 4, 29),
                 {("2022-03-07", frozenset({"Ana Ferrer", "Mark Ellis"})),
                  ("2022-04-22", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2022-04-25", frozenset({"Ana Ferrer", "Sato Kenji"})),
                  ("2022-04-27", frozenset({"Ana Ferrer", "Carlos Vega"}))}, id="a_series_each_day_after_a_semicolon"),
    # a partner, then a group under one title, each with his country
    pytest.param("Ngày 6/11, Tổng thống Chile Ana Ferrer nói chuyện qua điện thoại với Thủ tướng Úc Mark Ellis cùng các "
                 "Tổng thống Peru Luis Soto và Colombia Carlos Vega.", date(2008, 11, 8),
                 {("2008-11-06", frozenset({"Ana Ferrer", "Mark Ellis"})),
                  ("2008-11-06", frozenset({"Ana Ferrer", "Luis Soto"})),
                  ("2008-11-06", frozenset({"Ana Ferrer", "Carlos Vega"}))}, id="a_partner_then_a_group_under_one_title"),
    # an impostor at the other end; what an earlier call agreed, carried out
    pytest.param("Ngày 7/6, Ngoại trưởng Chile Ana Ferrer có một cuộc gọi video ngắn với một người tự xưng là cựu Tổng "
                 "thống Peru Luis Soto.", date(2024, 6, 8), set(), id="an_impostor_at_the_other_end"),
    pytest.param("Phó Thủ tướng Lê Văn Hòa tiếp Đại sứ Úc Mark Ellis ngày 5/5. Ông cho biết Việt Nam sẵn sàng cụ thể hóa "
                 "những nội dung đã được trao đổi trong cuộc điện đàm ngày 4/4 giữa Thủ tướng Trần Minh Đức và Thủ tướng "
                 "Úc Paul Hale.", date(2025, 5, 6), set(), id="what_an_earlier_call_agreed_carried_out"),
    # what was exchanged between the verb and its medium
    pytest.param("Ngày 5/3, Tổng thống Chile Ana Ferrer trao đổi ý kiến qua điện thoại với Tổng thống Peru Luis Soto.",
                 date(2024, 3, 6), {("2024-03-05", frozenset({"Ana Ferrer", "Luis Soto"}))}, id="views_exchanged_by_phone"),
]

# read on round 71 (1.108.0)
_CALLS_71 = [
    # "nhận cuộc điện đàm từ B"
    pytest.param("Tổng thống Chile Ana Ferrer ngày 15/10 đã nhận cuộc điện đàm từ Tổng thống Mỹ John Carter.",
                 date(2018, 10, 16), {("2018-10-15", frozenset({"Ana Ferrer", "John Carter"}))},
                 id="a_call_received_as_dien_dam"),
    # "Trong cuộc điện đàm với C, hai bên ...": the next call of the caller told just before
    pytest.param("Sáng 13/5, Tổng thống Chile Ana Ferrer điện đàm với Tổng thống Peru Luis Soto. Trong cuộc điện đàm với "
                 "Thủ tướng Úc Mark Ellis, hai bên đề cập tình hình khu vực.", date(2021, 5, 14),
                 {("2021-05-13", frozenset({"Ana Ferrer", "Luis Soto"})), (None, frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="in_the_call_with_c_the_callers_next"),
]


def test_the_spokesman_of_a_titled_leader_gives_the_leader_his_title() -> None:
    [call] = calls_of("Người phát ngôn của Thủ tướng Úc Mark Ellis cho biết ông đã điện đàm với Tổng thống Mỹ John Carter "
                      "tối 17/3.", date(2025, 3, 18))
    assert {(p.name, p.title, p.role) for p in call.participants} == {
        ("Mark Ellis", "Thủ tướng", "head_of_government"), ("John Carter", "Tổng thống", "head_of_state")}


def test_the_words_of_a_contrast_are_no_post() -> None:
    [call] = calls_of("Ngoại trưởng Chile Ana Ferrer cho biết cuộc điện đàm giữa bà với Ngoại trưởng Mỹ John Carter hôm "
                      "3/3 rất thân thiện. \"Ngoại trưởng Mỹ, không chỉ ông Carter mà cả người tiền nhiệm, thường xuyên "
                      "nói chuyện với các nước\", bà nói.", date(2024, 3, 4))
    assert {(p.name, p.title) for p in call.participants} == {("Ana Ferrer", "Ngoại trưởng"), ("John Carter", "Ngoại trưởng")}


def test_an_offices_name_before_the_post_is_not_the_title() -> None:
    [call] = calls_of("Theo thông báo của Văn phòng Truyền thông Tổng thống Chile, Tổng thống Ana Ferrer đã có cuộc điện "
                      "đàm với Tổng thống Peru Luis Soto.", date(2024, 1, 5))
    assert {(p.name, p.title, p.country) for p in call.participants} == {
        ("Ana Ferrer", "Tổng thống", "CL"), ("Luis Soto", "Tổng thống", "PE")}


def test_the_chair_of_a_capitals_government_is_no_head_of_state() -> None:
    assert role_and_title("Bí thư Thành ủy Viêng Chăn kiêm Chủ tịch chính quyền thủ đô")[0] == "other"
    assert role_and_title("Chủ tịch Chính quyền Palestine")[0] == "head_of_state"


def test_a_deputy_minister_of_the_foreign_ministry_named_after_his_brief() -> None:
    assert role_and_title("Thứ trưởng phụ trách châu Âu của Bộ Ngoại giao Chile")[0] == "deputy_foreign_minister"
    assert role_and_title("Thứ trưởng Bộ Công Thương phụ trách xuất khẩu")[0] == "other"


@pytest.mark.parametrize(("text", "published", "expected"), [*_CALLS_65, *_CALLS_66, *_CALLS_67, *_CALLS_68, *_CALLS_69, *_CALLS_70, *_CALLS_71])
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads the text."""
    assert dated_pairs(calls_of(text, published)) == expected
