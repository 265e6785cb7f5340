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

# (written round 149) the US Trade Representative's ambassador rank before the name, his post after it
_PEOPLE_149.append(pytest.param(
    "Tối 11/4, Bộ trưởng Bộ Công Thương Lê Văn Hòa đã hội đàm trực tuyến với Đại sứ Mark Ellis, Đại diện Thương mại Hoa Kỳ "
    "(USTR).", date(2025, 4, 12), "Mark Ellis", ("Đại diện Thương mại", "minister", "US"), id="an_ambassadors_rank_then_the_post"))
# (a guard) an ambassador with no post after the name stays one
_PEOPLE_149.append(pytest.param(
    "Tối 11/4, Thứ trưởng Ngoại giao Lê Văn Hòa đã điện đàm với Đại sứ Úc Mark Ellis, người sắp kết thúc nhiệm kỳ.",
    date(2025, 4, 12), "Mark Ellis", ("Đại sứ", "other", "AU"), id="an_ambassador_alone"))

# (written round 152) a Gulf honorific between the title's country and the name is no part of the title (it stays in the name)
_PEOPLE_149.append(pytest.param(
    "Tối 9/9, Tổng thống Mỹ John Carter đã điện đàm với Emir Qatar Sheikh Hamad Al Rashid để chia buồn.", date(2025, 9, 10),
    "Sheikh Hamad Al Rashid", ("Emir", "head_of_state", "QA"), id="an_emir_and_his_honorific"))


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
    # (real pages of round 149) the pair as the subject right before "trong cuộc điện đàm", no word between
    pytest.param("Chile và Úc bàn về hiệp định đầu tư\nTổng thống Chile Ana Ferrer dự kiến sang Úc gặp Thủ tướng Mark Ellis "
                 "vào năm tới.\nTổng thống Chile và Thủ tướng Úc trong cuộc điện đàm tuần này đã thống nhất sớm ký hiệp định "
                 "đầu tư.", date(2019, 12, 23), {(None, frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="the_pair_right_before_in_the_call"),
    # (real pages of round 150) the call with a group led by the one named after "do": no call of two
    pytest.param("Hôm 4/9, Tổng thống Mỹ John Carter trao đổi qua điện thoại với nhóm các nước bảo trợ hòa bình do Tổng thống "
                 "Pháp Jean Morel đứng đầu.", date(2025, 9, 5), set(), id="a_group_led_by_the_one_named"),
    # (real pages of round 150) what the subject said, with "là", told as said in the call; the partner's lower-case
    # elect title
    pytest.param("Chủ tịch Chile Ana Ferrer nhấn mạnh đối thoại là con đường đúng đắn giữa hai bên, trong cuộc điện đàm với "
                 "tổng thống đắc cử Mỹ John Carter hôm 14/11.", date(2016, 11, 15),
                 {("2016-11-14", frozenset({"Ana Ferrer", "John Carter"}))}, id="a_statement_with_is_said_in_the_call"),
    # (a guard) "là" describing the subject stays a description
    pytest.param("Chủ tịch Chile Ana Ferrer là nhà lãnh đạo đầu tiên điện đàm với tổng thống đắc cử Mỹ John Carter.",
                 date(2016, 11, 15), set(), id="is_the_first_leader_to_call"),
    # (written round 150) the pair's first call told "Lần đầu tiên, ngày 12/2, hai ông ..." beside their news call
    pytest.param("Điện đàm Chile - Mỹ lần thứ hai\nTổng thống Chile Ana Ferrer và Tổng thống Mỹ John Carter đã điện đàm tối thứ "
                 "Ba.\nĐây là cuộc điện đàm thứ "
                 "hai giữa hai nhà lãnh đạo. Lần đầu tiên, ngày 12/2, hai ông đã nói chuyện điện thoại gần 90 phút.",
                 date(2025, 3, 19), {("2025-03-18", frozenset({"Ana Ferrer", "John Carter"})),
                                     ("2025-02-12", frozenset({"Ana Ferrer", "John Carter"}))}, id="their_first_call_told_after"),
    # (written round 150) "Lần gần nhất hai ông điện đàm là ngày 18.3", one of the two named later in the sentence
    pytest.param("Tổng thống Chile Ana Ferrer hôm thứ Năm đã điện đàm với Tổng thống Mỹ John Carter.\nLần gần nhất hai ông điện "
                 "đàm là ngày 18.3, khi bà Ferrer bày tỏ quan ngại về thuế quan.", date(2024, 4, 5),
                 {("2024-04-04", frozenset({"Ana Ferrer", "John Carter"})), ("2024-03-18", frozenset({"Ana Ferrer", "John Carter"}))},
                 id="their_last_call_before"),
    # (written round 150) "..., sau cuộc điện đàm ngày 4/4": the pair's call before, told as a time
    pytest.param("Tối 2/7, Thủ tướng Lê Văn Hòa đã điện đàm với Tổng thống Mỹ John Carter.\nĐây là lần thứ hai trong năm nay hai "
                 "nhà lãnh đạo trao đổi qua điện thoại, sau cuộc điện đàm ngày 4/4 ngay sau khi Mỹ công bố thuế đối ứng.",
                 date(2025, 7, 3), {("2025-07-02", frozenset({"Lê Văn Hòa", "John Carter"})),
                                    ("2025-04-04", frozenset({"Lê Văn Hòa", "John Carter"}))}, id="after_their_call_on_a_day"),
    # (written round 150) "Hồi ngày 3.2, sau cuộc điện đàm giữa A và B, ...": the day opens the sentence
    pytest.param("Tổng thống Chile Ana Ferrer cho biết bà đã điện đàm với Tổng thống Mỹ John Carter hôm qua (6.3).\nĐây không "
                 "phải lần đầu. Hồi ngày 3.2, sau cuộc điện đàm giữa bà Ferrer và ông Carter, Washington cũng đã hoãn áp thuế.",
                 date(2025, 3, 7), {("2025-03-06", frozenset({"Ana Ferrer", "John Carter"})),
                                    ("2025-02-03", frozenset({"Ana Ferrer", "John Carter"}))}, id="their_call_before_on_a_day_opening"),
    # (a guard) with no day of its own, the call before stays told in passing
    pytest.param("Tối 2/7, Thủ tướng Lê Văn Hòa đã điện đàm với Tổng thống Mỹ John Carter.\nĐây là lần thứ hai trong năm nay hai "
                 "nhà lãnh đạo trao đổi qua điện thoại, sau cuộc điện đàm hồi tháng 4.", date(2025, 7, 3),
                 {("2025-07-02", frozenset({"Lê Văn Hòa", "John Carter"}))}, id="after_their_call_without_a_day"),
    # (written round 150) a call being arranged or promoted is not one held
    pytest.param("Hàn Quốc xúc tiến điện đàm giữa Tổng thống Lê Văn Hòa và Chủ tịch Chile Ana Ferrer\nVăn phòng Tổng thống cho "
                 "biết đang phối hợp với phía Chile để sắp xếp cuộc điện đàm giữa Tổng thống Lê Văn Hòa và Chủ tịch Chile Ana "
                 "Ferrer trong thời gian sớm nhất.", date(2025, 6, 10), set(), id="a_call_being_arranged"),
    # (written round 150) "Bộ trưởng Tái thiết kinh tế": a portfolio, no name; a domestic call
    pytest.param("Thủ tướng Nhật Bản Sato Kenji đã điện đàm với Bộ trưởng Tái thiết kinh tế Nhật Bản Akazawa Ryo, người đang "
                 "ở Washington, để nghe báo cáo về đàm phán thuế quan với Mỹ.", date(2025, 5, 2), set(),
                 id="an_economic_revitalization_minister"),
    # (real pages of round 150) the call told as held, then "nhưng" before a denial of something else; a denial of
    # what one did in the call ("trong cuộc điện đàm") leaves the call
    pytest.param("Thủ tướng Chile nói giữ nguyên lập trường về thuế\nThủ tướng Chile Ana Ferrer bác bỏ việc bà đã nhượng bộ về "
                 "thuế đồng trong cuộc điện đàm với Tổng thống Mỹ John Carter.\nTrả lời báo chí, Thủ tướng Chile Ana Ferrer xác nhận bà "
                 "đã nói chuyện với Tổng thống Mỹ John Carter hôm 26-1, nhưng bác bỏ việc bà đã nhượng bộ.", date(2026, 1, 28),
                 {(None, frozenset({"Ana Ferrer", "John Carter"}))},
                 id="held_but_something_else_denied"),  # (the day, told only with "nói chuyện", is not read: a known limit)
    # (a guard) a denial of the call itself still undoes it
    pytest.param("Báo Mỹ đưa tin Thủ tướng Chile Ana Ferrer đã điện đàm với Tổng thống Mỹ John Carter hôm 26-1.\nVăn phòng Thủ "
                 "tướng bác bỏ thông tin về cuộc điện đàm giữa bà Ana Ferrer và ông John Carter.", date(2026, 1, 28), set(),
                 id="the_call_itself_denied"),
    # (real pages of round 150) "Trong cuộc điện đàm tương tự cùng ngày, C xác nhận rằng ông và Carter ...": another call,
    # its partner the one of "ông và X" named in full before, not the partner of the call told before
    pytest.param("Trong cuộc điện đàm đầu tiên hôm 22/1, Tổng thống Mỹ John Carter đã trao đổi với Thủ tướng Úc Mark Ellis "
                 "khoảng 30 phút.\nHai bên nhất trí sớm trao đổi "
                 "lại.\nTrong cuộc điện đàm tương tự cùng ngày, Tổng thống Chile Ana Ferrer xác nhận trên Twitter rằng bà và "
                 "Carter đã bàn về thương mại đồng.", None,
                 {("--01-22", frozenset({"John Carter", "Mark Ellis"})), ("--01-22", frozenset({"John Carter", "Ana Ferrer"}))},
                 id="a_similar_call_the_same_day"),
    # (real pages of round 150) greetings sent through the call told before to someone not on it
    pytest.param("Tổng thống Chile Ana Ferrer đã điện đàm với Hồng y Quốc vụ khanh Pietro Rossi hôm thứ Sáu, ngày 14 tháng Ba.\n"
                 "Trong cuộc điện đàm, bà gửi lời thăm hỏi sức khỏe tới Đức Thánh Cha Gioan.", date(2025, 3, 16),
                 {("2025-03-14", frozenset({"Ana Ferrer", "Pietro Rossi"}))}, id="greetings_sent_through_the_call"),
    # (written round 151) a name cut in two by a hard wrap, the clause after it opening on a comma
    pytest.param("TTO - THẾ GIỚI\nTHỦ TƯỚNG ÚC ĐIỆN ĐÀM VỚI ÔNG ORLOV, BÀ FERRER PHẢN ĐỐI\n16/11/2024 08:10 GMT+7\nThủ tướng Úc "
                 "Mark Ellis ngày 15-11 đã điện đàm với Tổng thống Nga Pavel\nOrlov, lần đầu tiên sau gần hai năm.\nTheo phát "
                 "ngôn viên chính phủ Úc, cuộc điện đàm kéo dài khoảng một giờ; ông Ellis\nkêu gọi Nga rút quân và đàm phán với "
                 "Chile. Điện Kremlin cho biết ông\nOrlov nói mọi thỏa thuận phải tính tới thực tế mới.", date(2024, 11, 16),
                 {("2024-11-15", frozenset({"Mark Ellis", "Pavel Orlov"}))}, id="a_name_wrapped_before_a_comma"),
    # (written round 151) someone's comment on a call with one of the two is no call of his
    pytest.param("Ngày 15/11, Thủ tướng Úc Mark Ellis điện đàm với Tổng thống Nga Pavel Orlov.\nTuy nhiên, ông Ana Ferrer, Tổng "
                 "thống Chile, cho rằng cuộc điện đàm với ông Orlov đã mở \"chiếc hộp Pandora\".", date(2024, 11, 16),
                 {("2024-11-15", frozenset({"Mark Ellis", "Pavel Orlov"}))}, id="a_comment_on_anothers_call"),
    # (written round 151) the partner's appointment day is not a second call's
    pytest.param("Bộ trưởng Quốc phòng Lê Văn Hòa ngày 25/6 đã có cuộc điện đàm với tân Bộ trưởng Quốc phòng Nga Pavel Orlov.\nTại "
                 "cuộc điện đàm, Đại tướng Lê Văn Hòa chúc mừng ông Orlov được Tổng thống bổ nhiệm giữ chức Bộ trưởng Quốc "
                 "phòng từ ngày 14/5.", date(2024, 6, 26), {("2024-06-25", frozenset({"Lê Văn Hòa", "Pavel Orlov"}))},
                 id="an_appointment_day_in_the_call"),
    # (written round 151) a business founder described before his company post: no official, no call
    pytest.param("Chiều 20/11, Thủ tướng Lê Văn Hòa đã có cuộc điện đàm trực tuyến với ông Peter Grant, nhà sáng lập, Chủ tịch "
                 "kiêm Tổng Giám đốc Tập đoàn Novax.", date(2024, 11, 21), set(), id="a_founder_and_his_company"),
    # (real pages of round 151) what the two discussed, a word with digits in it, "trong một cuộc điện đàm"
    pytest.param("Tổng thống Nga Pavel Orlov và Thủ tướng Đức Anna Weber đã bàn về khả năng hợp tác nghiên cứu thuốc H5N1 "
                 "trong một cuộc điện đàm hôm thứ Tư (13/01/2021).", None,
                 {("2021-01-13", frozenset({"Pavel Orlov", "Anna Weber"}))}, id="discussed_in_one_call"),
    # (real pages of round 151) an earlier call told with its day in an article about a meeting, what was said in it
    # told next: reported, a call
    pytest.param("Thủ tướng Nhật Bản Sato Kenji sẽ gặp Tổng thống Hàn Quốc Kim Min-su\nHai ông dự kiến gặp nhau bên lề hội "
                 "nghị ở Viêng Chăn.\nTrước đó, ngày 2/10, Tổng thống Kim Min-su đã điện đàm với Thủ tướng Nhật Bản Sato "
                 "Kenji.\nPhía Hàn Quốc cho biết, trong cuộc điện đàm, hai nhà lãnh đạo đã bàn về chuỗi cung ứng.", date(2024, 10, 4), {("2024-10-02", frozenset({"Kim Min-su", "Sato Kenji"}))},
                 id="an_earlier_call_reported_next"),
    # (a guard) told in passing in an article about a meeting, nothing said of it: background
    pytest.param("Thủ tướng Nhật Bản Sato Kenji sẽ gặp Tổng thống Hàn Quốc Kim Min-su\nHai ông dự kiến gặp nhau bên lề hội "
                 "nghị ở Viêng Chăn.\nTrước đó, ngày 2/10, Tổng thống Kim Min-su đã điện đàm với Thủ tướng Nhật Bản Sato "
                 "Kenji.\nHội nghị khai mạc ngày 8/10.", date(2024, 10, 4), set(),
                 id="an_earlier_call_in_passing"),
    # (written round 152) "gần đây" in a relative clause on the partner says nothing of the call's day
    pytest.param("Tổng thống Chile Ana Ferrer ngày 7/8 đã điện đàm với Thủ tướng Úc Mark Ellis.\nNgày 8/8, bà Ferrer tiếp tục nhận "
                 "điện thoại của Tổng thống Nga Pavel Orlov, người thông báo cho bà về các cuộc tiếp xúc gần đây giữa Nga và Mỹ.",
                 date(2025, 8, 9), {("2025-08-07", frozenset({"Ana Ferrer", "Mark Ellis"})),
                                    ("2025-08-08", frozenset({"Ana Ferrer", "Pavel Orlov"}))}, id="recent_contacts_of_the_partner"),
    # (written round 152) "Một ngày sau, tức 19/3": the day restated after "tức"; "ngay trong ngày": the day told before
    pytest.param("Hôm thứ Ba, Tổng thống Nga Pavel Orlov và Tổng thống Mỹ John Carter đã điện đàm.\nMột ngày sau, tức 19/3, ông "
                 "Carter tiếp tục có cuộc điện đàm với Tổng thống Chile Ana Ferrer.", date(2025, 3, 20),
                 {("2025-03-18", frozenset({"Pavel Orlov", "John Carter"})), ("2025-03-19", frozenset({"John Carter", "Ana Ferrer"}))},
                 id="the_day_restated_after_tuc"),
    pytest.param("Phát biểu tối 9/9, Tổng thống Mỹ John Carter cho biết ông đã điện đàm với Tổng thống Chile Ana Ferrer.\nÔng "
                 "Carter cho biết ông cũng đã nói chuyện điện thoại với Thủ tướng Úc Mark Ellis ngay trong ngày.", date(2025, 9, 10),
                 {("2025-09-09", frozenset({"John Carter", "Ana Ferrer"})), ("2025-09-09", frozenset({"John Carter", "Mark Ellis"}))},
                 id="the_same_day_told_after"),
    # (written round 152) a wish in a letter to talk soon is no call
    pytest.param("Thủ tướng gửi thư chúc mừng\nTrong thư, Thủ tướng Lê Văn Hòa bày tỏ tin tưởng quan hệ hai nước sẽ phát triển, "
                 "và mong sớm có dịp điện đàm, gặp gỡ Thủ tướng Nhật Bản Sato Kenji.", date(2025, 10, 22), set(),
                 id="a_wish_to_talk_in_a_letter"),
    # (real pages of round 152) the topic between the verb and its medium; "TT" for Tổng thống
    pytest.param("TT Carter và TT Orlov đã trao đổi về Bắc Cực bằng điện thoại, Nhà Trắng cho biết.", None,
                 {(None, frozenset({"Carter", "Orlov"}))}, id="talked_about_a_topic_by_phone"),
    # (real pages of round 152) a call being arranged is no call held
    pytest.param("Pháp đã dàn xếp một cuộc điện đàm giữa Tổng thống Mỹ John Carter và Tổng thống Chile Ana Ferrer.",
                 date(2019, 9, 25), set(), id="a_call_being_arranged_by_a_third"),
    # (written round 153) the day of an aside on the subject before the call wording is the aside's
    pytest.param("Tân Thủ tướng Úc Mark Ellis, người nhậm chức ngày 22/10, đã điện đàm với Tổng thống Chile Ana Ferrer tối "
                 "24/10.", date(2022, 10, 27), {("2022-10-24", frozenset({"Mark Ellis", "Ana Ferrer"}))},
                 id="the_day_of_an_aside_on_the_subject"),
    # (a guard) with no day after the wording, the only day written is still read
    pytest.param("Ngày 24/10, Thủ tướng Úc Mark Ellis đã điện đàm với Tổng thống Chile Ana Ferrer.", date(2022, 10, 27),
                 {("2022-10-24", frozenset({"Mark Ellis", "Ana Ferrer"}))}, id="a_day_opening_the_sentence"),
    # (written round 153) a habit of talking online told in passing is no call
    pytest.param("Chủ tịch Chile Ana Ferrer kết thúc chuyến thăm Úc\nChủ tịch Chile Ana Ferrer hôm qua kết thúc chuyến thăm Úc, "
                 "sau các cuộc hội đàm trực tiếp với Thủ tướng Mark Ellis tại Canberra.\nĐây là cuộc gặp trực tiếp đầu tiên "
                 "của hai ông kể từ năm 2019; trong thời gian đại dịch, hai nhà lãnh đạo chủ yếu liên lạc qua các cuộc gặp trực "
                 "tuyến.", date(2023, 3, 22), set(), id="a_habit_of_talking_online"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_149)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
