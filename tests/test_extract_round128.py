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
    # (round 128) the partner "at the other end of the line", after a count of calls
    pytest.param("Tổng thống Peru Luis Soto tối 4/5 đã có cuộc điện đàm kéo dài 90 phút, lần thứ hai trong tuần.\nNgười ở "
                 "đầu dây bên kia là Tổng thống Chile Ana Ferrer.", date(2023, 5, 5),
                 {("2023-05-04", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_partner_at_the_other_end"),
    # a call told as the day before the news's call is background ...
    pytest.param("Tổng thống Peru điện đàm với Tổng thống Chile\nNgày 19/3, Tổng thống Peru Luis Soto đã điện đàm với Tổng "
                 "thống Chile Ana Ferrer về thương mại. Trước đó một ngày, ông Soto đã điện đàm với Thủ tướng Canada Mark "
                 "Ellis.", date(2025, 3, 20), {("2025-03-19", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="the_day_befores_call_in_passing"),
    # ... unless the headline names its partner's country
    pytest.param("Tổng thống Peru lần lượt điện đàm với lãnh đạo Chile và Canada\nNgày 19/3, Tổng thống Peru Luis Soto đã "
                 "điện đàm với Tổng thống Chile Ana Ferrer về thương mại. Một ngày trước đó, ông Soto cũng điện đàm với Thủ "
                 "tướng Canada Mark Ellis.", date(2025, 3, 20),
                 {("2025-03-19", frozenset({"Luis Soto", "Ana Ferrer"})), ("2025-03-18", frozenset({"Luis Soto", "Mark Ellis"}))},
                 id="the_day_befores_call_in_the_headline"),
    # a call noun after the call verb, as its time, is another call told in passing (when no other sentence with a
    # call wording names its partner: tests/test_extract_round30.py "the_earlier_call_of_the_subject")
    pytest.param("Ông Soto điện đàm với bà Ferrer sau cuộc gọi với ông Ellis\nTổng thống Peru Luis Soto ngày 19/3 đã điện "
                 "đàm với Tổng thống Chile Ana Ferrer, một ngày sau khi ông trao đổi với người đồng cấp Canada.",
                 date(2025, 3, 20), {("2025-03-19", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="a_call_as_the_time_of_another"),
    # a call the paper reported before, recalled at a press briefing
    pytest.param("Người phát ngôn nhắc lại: 'Như đã thông tin, ngày 4/4, Thủ tướng Lê Văn Hòa đã điện đàm với Thủ tướng Úc "
                 "Mark Ellis'.", date(2025, 4, 10), set(), id="a_call_reported_before_recalled"),
    # the day a news agency told of a call is not the call's
    pytest.param("Ngày 8-11, hãng tin Reuters thuật lại khi Tổng thống Chile Ana Ferrer gọi điện cho Tổng thống Peru Luis "
                 "Soto để chúc mừng, một cố vấn đã tham gia cuộc điện đàm này.\nTrong cuộc điện đàm kéo dài 25 phút hôm "
                 "6-11, ông Soto nói với bà Ferrer rằng ông ủng hộ hiệp định.", date(2024, 11, 9),
                 {("2024-11-06", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_day_an_agency_told_of_it"),
    # a count of calls over a time is no call
    pytest.param("Theo Phủ tổng thống, kể từ cuộc gặp tại Lima ngày 7/2, Tổng thống Chile Ana Ferrer đã có 9 cuộc điện đàm "
                 "với Tổng thống Peru Luis Soto.", date(2022, 3, 1), set(), id="a_count_of_calls"),
    # (round 129) a headline telling a visit to come "after" a call: the call is past, and the body's report stands
    pytest.param("Ông Soto nói sẽ thăm Chile vào tháng 4 sau điện đàm với bà Ferrer\nTổng thống Peru Luis Soto hôm qua điện "
                 "đàm với Tổng thống Chile Ana Ferrer, bàn về thương mại.", date(2025, 11, 25),
                 {("2025-11-24", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="a_visit_to_come_after_a_call"),
    # the head of a national steering committee chairing an online meeting with the provinces calls no one
    pytest.param("Sáng 31/7, Thủ tướng Lê Văn Hòa, Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch chủ trì cuộc họp trực tuyến "
                 "với các tỉnh, thành phố.", date(2021, 7, 31), set(), id="a_steering_committee_head"),
    # a company's chief executive named only by his company is no official
    pytest.param("Bộ trưởng Lê Văn Hòa làm việc trực tuyến với Tổng Giám đốc Orbis\nChiều 24/6, Bộ trưởng Y tế Lê Văn Hòa làm "
                 "việc trực tuyến với ông Peter Grant, Tổng Giám đốc tập đoàn Orbis, về vắc xin.", date(2021, 6, 24), set(),
                 id="a_companys_chief_executive"),
    # a domestic call: a comment counter ("Ý kiến") and a byline ("Lê Nga") name no foreign country
    pytest.param("Bộ trưởng Y tế gọi điện cho Chủ tịch tỉnh lúc nửa đêm\nTối 17/5, Bộ trưởng Y tế Lê Văn Hòa đã gọi điện cho "
                 "Chủ tịch UBND tỉnh Bắc Giang Trần Văn Bình về các ổ dịch.\nLê Nga\nÝ kiến (45)", date(2021, 5, 18), set(),
                 id="a_domestic_call_over_a_byline"),
    # the content of a call told to a third is that call's, in passing: no call of the third with its partner
    pytest.param("Theo Phủ tổng thống, ông Soto đã thông báo cho Thủ tướng Canada Mark Ellis về nội dung cuộc điện đàm với "
                 "Tổng thống Chile Ana Ferrer một ngày trước đó.", date(2025, 3, 20), set(), id="a_calls_content_told_a_third"),
    # a weekly digest lists the week's calls without reporting them one by one
    pytest.param("Điểm tin đối ngoại tuần từ 15-21/11\n- Ngày 16/11, Bộ trưởng Y tế Lê Văn Hòa điện đàm với Bộ trưởng Y tế "
                 "Australia Mark Ellis về vắc xin.\n- Ngày 18/11, Thủ tướng Trần Minh Đức tiếp Đại sứ Nhật Bản.",
                 date(2021, 11, 22), set(), id="a_weekly_digest"),
    # a call as the time of a visit's announcement, in the news of the visit
    pytest.param("Ngoại trưởng Peru tới Santiago\nNgoại trưởng Peru Luis Soto sáng 18/6 tới Santiago. Chuyến đi được công bố "
                 "sau khi ông Soto điện đàm với Ngoại trưởng Chile Ana Ferrer hôm 14/6.", date(2023, 6, 18), set(),
                 id="a_call_before_a_visits_announcement"),
    # (round 130) a third's talk with the partner, no medium told, is not a call of the story
    pytest.param("Tổng thống Peru Luis Soto và người đồng cấp Chile Ana Ferrer tối 12/2 đã điện đàm về thương mại.\nCùng "
                 "ngày, Thủ tướng Canada Mark Ellis cũng có cuộc trao đổi với bà Ferrer.", date(2022, 2, 13),
                 {("2022-02-12", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="a_thirds_talk_with_the_partner"),
    # a denial of something else (a meeting asked for) does not undo the call
    pytest.param("Tổng thống Peru Luis Soto đã điện đàm trong một giờ với Tổng thống Chile Ana Ferrer vào tối 11/9.\nThông "
                 "cáo cũng bác bỏ thông tin cho rằng bà Ferrer đề nghị gặp ông Soto nhưng bị từ chối.", date(2012, 9, 12),
                 {("2012-09-11", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="a_denied_meeting_beside_a_call"),
    # the official the sentence cites is not on the call
    pytest.param("Theo Ngoại trưởng Peru Carlos Ruiz, Thủ tướng Peru Luis Soto và Tổng thống Chile Ana Ferrer đã điện đàm "
                 "khoảng 35 phút vào tối 17/6.", date(2025, 6, 18),
                 {("2025-06-17", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_cited_official_off_the_call"),
    # an elect named by his title alone
    pytest.param("Tổng thống đắc cử Peru Luis Soto đã điện đàm với Thủ tướng Canada Mark Ellis ngày 7/11.\nSang ngày 8/11, "
                 "Tổng thống đắc cử điện đàm với Tổng thống Chile Ana Ferrer.", date(2008, 11, 9),
                 {("2008-11-07", frozenset({"Luis Soto", "Mark Ellis"})), ("2008-11-08", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="the_elect_by_his_title"),
    # what was agreed at a past call, in the news of a reception
    pytest.param("Thủ tướng đề nghị hai bên triển khai những nhận thức chung đạt được tại cuộc điện đàm giữa Chủ tịch nước "
                 "Trần Minh Đức và Tổng thống Chile Ana Ferrer ngày 29/3 vừa qua.", date(2023, 4, 15), set(),
                 id="what_was_agreed_at_a_past_call"),
    # the two's calls on consecutive days, the second counted ("lần thứ ba"); a first call counted with its day
    pytest.param("Ngày 9/10, Tổng thống Peru Luis Soto và Tổng thống Chile Ana Ferrer điện đàm về con tin.\nNgày 10/10, "
                 "Tổng thống Peru Luis Soto điện đàm lần thứ ba với Tổng thống Chile Ana Ferrer.", date(2023, 10, 11),
                 {("2023-10-09", frozenset({"Luis Soto", "Ana Ferrer"})), ("2023-10-10", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="a_counted_call_the_next_day"),
    pytest.param("Tổng thống Peru Luis Soto ngày 6/3 đã điện đàm với Tổng thống Chile Ana Ferrer.\nCuộc điện đàm đầu tiên "
                 "giữa hai nhà lãnh đạo diễn ra hôm 1/3 và kéo dài 90 phút.", date(2014, 3, 7),
                 {("2014-03-06", frozenset({"Luis Soto", "Ana Ferrer"})), ("2014-03-01", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="the_first_call_with_its_day"),
    # a call as the time of a past one ("từng"), both of its people named after the time word: neither is news
    pytest.param("Tổng thống Peru Luis Soto và Tổng thống Chile Ana Ferrer tranh cãi tại Lima.\nHai nhà lãnh đạo từng điện "
                 "đàm ngày 12/2, ngay sau cuộc gọi giữa ông Soto và Thủ tướng Canada Mark Ellis.", date(2025, 3, 1), set(),
                 id="a_call_as_the_time_of_a_past_one"),
    # "Trước đó, A đã điện đàm với C" with no "also" and no round told: background
    pytest.param("Ông Soto điện đàm với Thủ tướng Canada\nTổng thống đắc cử Peru Luis Soto ngày 11/3 đã điện đàm với Thủ "
                 "tướng Canada Mark Ellis.\nTrước đó, ông Soto đã điện đàm với Tổng thống Chile Ana Ferrer, người mời ông sớm "
                 "thăm Santiago.", date(2022, 3, 11), {("2022-03-11", frozenset({"Luis Soto", "Mark Ellis"}))},
                 id="an_earlier_call_in_passing"),
    # (round 131) the subject goes on to a second call after "đồng thời", received or made
    pytest.param("Trong ngày 13/4, Thủ tướng Lê Văn Hòa đã điện đàm với Thủ tướng Ấn Độ Raj Kumar, đồng thời nhận cuộc "
                 "điện đàm của Thủ tướng Australia Mark Ellis.", date(2020, 4, 14),
                 {("2020-04-13", frozenset({"Lê Văn Hòa", "Raj Kumar"})), ("2020-04-13", frozenset({"Lê Văn Hòa", "Mark Ellis"}))},
                 id="received_at_the_same_time"),
    # a deadline's day is not the call's
    pytest.param("Tổng thống Peru Luis Soto ngày 25/5 tuyên bố lùi hạn áp thuế với Chile tới ngày 9/7, sau cuộc điện đàm với "
                 "Tổng thống Chile Ana Ferrer.", date(2025, 5, 26),
                 {("2025-05-25", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="a_deadline_after_the_call"),
    # ... while "Đến ngày 6/3, ..." opening a clause is the day of the call it tells
    pytest.param("Ngày 1/3, Tổng thống Peru Luis Soto đã điện đàm với Tổng thống Chile Ana Ferrer.\nĐến ngày 6/3, hai nhà "
                 "lãnh đạo tiếp tục điện đàm thêm một giờ.", date(2014, 3, 7),
                 {("2014-03-01", frozenset({"Luis Soto", "Ana Ferrer"})), ("2014-03-06", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="a_day_reached_in_the_story"),
    # a co-chaired online conference of a grouping and a partner is no call
    pytest.param("Ngày 11/9, Bộ trưởng Ngoại giao Lê Văn Hòa và Ngoại trưởng Peru Luis Soto đồng chủ trì Hội nghị Bộ trưởng "
                 "Ngoại giao Mekong - Peru theo hình thức trực tuyến.", date(2020, 9, 11), set(), id="a_groupings_conference"),
    # the leaders of a list of countries with one more, online with a partner: a meeting of many
    pytest.param("Ngày 13/8, lãnh đạo Đức, Pháp, Anh, Italy cùng Tổng thống Chile Ana Ferrer đã họp trực tuyến với Tổng "
                 "thống Peru Luis Soto.", date(2025, 8, 14), set(), id="leaders_of_a_list_online"),
    # a local government's acronyms name no person
    pytest.param("Trưa 7/9, Thủ tướng Lê Văn Hòa đã điện thoại cho Bí thư Tỉnh ủy Quảng Ninh và Chủ tịch UBND TP.",
                 date(2024, 9, 7), set(), id="acronyms_are_no_name"),
    # (round 132) a call told to a third is its teller's, in passing
    pytest.param("Theo trợ lý Kremlin, Tổng thống Peru Luis Soto đã thông báo cho Tổng thống Chile Ana Ferrer về cuộc hội "
                 "đàm trực tuyến với Thủ tướng Canada Mark Ellis hôm 7/12.", date(2021, 12, 16), set(),
                 id="a_call_told_to_a_third"),
    # online talks with two partners joined by "và": one meeting of three
    pytest.param("Tổng thống Peru Luis Soto ngày 8/3 đã có cuộc hội đàm trực tuyến với Tổng thống Chile Ana Ferrer và Thủ "
                 "tướng Canada Mark Ellis.", date(2022, 3, 9), set(), id="online_talks_with_two"),
    # "hai nhà lãnh đạo" after an aide's sentence: not the aide and the one he tells of
    pytest.param("Tin thế giới\nTổng thống Peru Luis Soto và Tổng thống Chile Ana Ferrer đã điện đàm vào chiều 30/12.\nCố vấn Ivan "
                 "Petrov nói ông Soto cảnh báo về thương mại.\nHai nhà lãnh đạo đã có cuộc hội đàm trực tuyến hôm 7/12.",
                 date(2021, 12, 31), {("2021-12-30", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="the_two_after_an_aide"),
    # a count of calls after the wording ("năm lần"), a call that got no answer, a prefecture's governor
    pytest.param("Kể từ khi ông Soto nhậm chức, hai nhà lãnh đạo Peru và Chile Luis Soto và Ana Ferrer đã điện đàm năm lần.",
                 date(2023, 11, 16), set(), id="five_times_since"),
    pytest.param("Ông Soto nói đã gọi cho bà Ferrer nhưng không có hồi âm", date(2022, 2, 24), set(), id="no_answer_came"),
    pytest.param("Thủ tướng Nhật Bản Sato Kenji ngày 1/1 đã điện đàm với Thống đốc tỉnh Ishikawa Hase Hiroshi về trận động "
                 "đất. Ông cũng trao đổi với Tổng thống Mỹ về hỗ trợ.", date(2024, 1, 2), set(), id="a_prefectures_governor"),
    # (round 133) "người đồng cấp X" is the one holding the caller's post, not X's leader named beside him
    pytest.param("Chiều 23/6, Bộ trưởng Ngoại giao Lê Văn Hòa đã có cuộc điện đàm với người đồng cấp Australia.\nNgười đối "
                 "thoại là tân Bộ trưởng Ngoại giao Mark Ellis, người vừa nhậm chức trong Chính phủ của Thủ tướng Anthony "
                 "Albanese.", date(2022, 6, 23), {("2022-06-23", frozenset({"Lê Văn Hòa", "Mark Ellis"}))},
                 id="the_counterpart_holds_the_same_post"),
    # what was achieved in a past call, or told of it to a third, and a year's top events are background
    pytest.param("Bộ trưởng đề nghị triển khai các nhận thức chung đạt được trong cuộc điện đàm giữa Thủ tướng Lê Văn Hòa và "
                 "Tổng thống Chile Ana Ferrer ngày 29/3 vừa qua.", date(2023, 4, 12), set(), id="achieved_in_a_past_call"),
    pytest.param("Theo bà, Tổng thống Peru Luis Soto đã chia sẻ thông tin về cuộc điện đàm giữa ông với Tổng thống Chile Ana "
                 "Ferrer một ngày trước đó.", date(2025, 11, 25), set(), id="information_shared_about_a_call"),
    pytest.param("10 sự kiện đối ngoại nổi bật năm 2025\nThủ tướng Lê Văn Hòa điện đàm với Tổng thống Chile Ana Ferrer ngày "
                 "4/4, mở đường cho thỏa thuận thương mại.", date(2026, 1, 2), set(), id="a_years_top_events"),
    # (round 134) a call put off, a week's top activities, reported claims about a call, a deadline's "mốc"
    pytest.param("Cuộc điện đàm giữa hai Thủ tướng Việt Nam - Anh được lùi lại\nCuộc điện đàm giữa Thủ tướng Lê Văn Hòa và "
                 "Thủ tướng Anh Mark Ellis được lùi lại vì lý do lịch trình.", date(2024, 11, 20), set(), id="a_call_put_off"),
    pytest.param("Hoạt động đối ngoại nổi bật tuần qua\n- Ngày 5/4, Thủ tướng Lê Văn Hòa điện đàm với Thủ tướng Thái Lan "
                 "Somchai Chai về du lịch.", date(2022, 4, 10), set(), id="a_weeks_top_activities"),
    pytest.param("Quyết định được đưa ra sau các thông tin cho rằng trong cuộc điện đàm ngày 25/7, Tổng thống Peru Luis Soto "
                 "đã gây sức ép với Tổng thống Chile Ana Ferrer.", date(2019, 9, 25), set(), id="reported_claims_of_a_call"),
    pytest.param("Ngày 25/5, Tổng thống Peru Luis Soto điện đàm với Tổng thống Chile Ana Ferrer, người đề nghị gia hạn mốc "
                 "1/6.", date(2025, 5, 26), {("2025-05-25", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="a_milestone_day"),
    # a closing quote glued to a name is no part of it
    pytest.param("Tổng thống Soto: 'Cuộc gọi rất hiệu quả với Tổng thống Chile Ana Ferrer'\nTổng thống Chile Ana Ferrer "
                 "điện đàm với Tổng thống Peru Luis Soto tối 4/4.", date(2025, 4, 5),
                 {("2025-04-04", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="a_quote_glued_to_a_name"),
]

# (text, published, name, (title, role, country))
_PEOPLE_129 = [
    pytest.param("Ngày 28/7, Chủ tịch Quốc hội Trần Minh Đức hội đàm trực tuyến với Chủ tịch Đuma Quốc gia Nga Ivan Petrov.",
                 date(2020, 7, 29), "Ivan Petrov", ("Chủ tịch Đuma Quốc gia", "parliament_speaker", "RU"), id="the_duma_chair"),
    # a body named by a country pair: the title whole, the holder's country the pair's first
    pytest.param("Ngày 29/6, ông Lê Văn Hòa, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản đã có cuộc họp trực tuyến với "
                 "ông Sato Kenji, Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam.", date(2022, 6, 30), "Lê Văn Hòa",
                 ("Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản", "other", "VN"), id="a_friendship_group_chair"),
    pytest.param("Ngày 29/6, ông Lê Văn Hòa, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản đã có cuộc họp trực tuyến với "
                 "ông Sato Kenji, Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam.", date(2022, 6, 30), "Sato Kenji",
                 ("Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam", "other", "JP"), id="the_partner_groups_chair"),
]


@pytest.mark.parametrize(("text", "published", "name", "expected"), _PEOPLE_129)
def test_people(text: str, published: date | None, name: str, expected: tuple[str, str, str]) -> None:
    """The title as written, the role and the country of one participant."""
    person = next(p for c in calls_of(text, published) for p in c.participants if p.name == name)
    assert (person.title, person.role, person.country) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_128)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
