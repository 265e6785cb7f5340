"""Error classes read on the blind sets of rounds 40 and 41 (reworded articles and real pages, issue 14, extractor
1.78.0 and on), each a general rule. Every sentence is written for these tests (other people, countries and days): it
reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

from extractors.dates import find_dates

# (text, published, each call's day and two names)
_CALLS = [
    pytest.param("(TG&VN) - Một ngày sau khi tái đắc cử, Tổng thống Chile Pablo Rojas đã dành cả buổi chiều thứ Năm 8/11 "
                 "để trò chuyện với lãnh đạo nhiều nước.\nTrước hết, ông Rojas đã điện đàm với Thủ tướng Úc Mark Ellis.",
                 date(2018, 11, 9), {("2018-11-08", frozenset({"Pablo Rojas", "Mark Ellis"}))},
                 id="a_round_opened_on_a_weekday_and_its_date"),
    pytest.param("Thủ tướng Úc Mark Ellis cho biết cuộc điện thoại chúc mừng đầu tiên ông nhận được sau bầu cử là từ "
                 "Thủ tướng Fiji Sitiveni Rabuka.", date(2022, 5, 23),
                 {(None, frozenset({"Mark Ellis", "Sitiveni Rabuka"}))}, id="the_first_call_received_is_from_the_partner"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã điện đàm với lãnh đạo ba nước. Người đầu tiên ông nói chuyện qua "
                 "điện thoại là Thủ tướng New Zealand Tom Reid.", date(2022, 5, 5),
                 {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))}, id="the_partner_told_by_rank"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis nhận nhiều lời chúc mừng. Lãnh đạo nước ngoài đầu tiên gọi điện chúc "
                 "mừng ông là Thủ tướng New Zealand Tom Reid.", date(2022, 5, 5),
                 {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))}, id="the_caller_told_by_rank"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã liên lạc qua điện thoại với Thủ tướng New Zealand Tom Reid.",
                 date(2022, 5, 5), {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))}, id="in_touch_by_phone"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã có cuộc liên lạc qua điện thoại với Thủ tướng New Zealand Tom Reid.",
                 date(2022, 5, 5), {("2022-05-04", frozenset({"Mark Ellis", "Tom Reid"}))},
                 id="a_contact_by_phone"),
    pytest.param("Ngày 4/5, Thủ tướng Úc Mark Ellis đã liên lạc với Thủ tướng New Zealand Tom Reid về vụ bão.",
                 date(2022, 5, 5), set(), id="in_touch_without_a_medium_is_no_call"),
    pytest.param("Lãnh đạo nước ngoài đầu tiên gửi điện mừng ông là Thủ tướng New Zealand Tom Reid.\nThủ tướng Úc Mark "
                 "Ellis cảm ơn.", date(2022, 5, 5), set(), id="a_cable_told_by_rank_is_no_call"),
    # a call weeks before the day the lead tells of, told late in the body: history told in passing
    pytest.param("Chile tiếp đặc phái viên Úc\n(Chinhphu.vn) - Ngày 24/2, tại Santiago, Tổng thống Chile Pablo Rojas đã "
                 "tiếp Bộ trưởng Ngoại giao Úc Anna Weber.\nHai bên bàn về thương mại.\nNgày 24/1 vừa qua, trong cuộc điện "
                 "đàm với Thủ tướng Úc Mark Ellis, Tổng thống Rojas đã nhận lời mời thăm Úc.", date(2026, 2, 24), set(),
                 id="a_call_weeks_before_the_leads_event"),
    pytest.param("Chile tiếp đặc phái viên Úc\n(Chinhphu.vn) - Ngày 24/2, tại Santiago, Tổng thống Chile Pablo Rojas đã "
                 "tiếp Bộ trưởng Ngoại giao Úc Anna Weber.\nHai bên bàn về thương mại.\nNgày 20/2 vừa qua, trong cuộc điện "
                 "đàm với Thủ tướng Úc Mark Ellis, Tổng thống Rojas đã nhận lời mời thăm Úc.", date(2026, 2, 24),
                 {("2026-02-20", frozenset({"Pablo Rojas", "Mark Ellis"}))}, id="a_call_days_before_the_leads_event"),
    pytest.param("24/01/2026 08:00 GMT+7\nNgày 24/1 vừa qua, trong cuộc điện đàm với Thủ tướng Úc Mark Ellis, Tổng thống "
                 "Chile Pablo Rojas đã nhận lời mời thăm Úc.", date(2026, 2, 24),
                 {("2026-01-24", frozenset({"Pablo Rojas", "Mark Ellis"}))}, id="an_old_call_alone_is_kept"),
    # 1.79.0, read on round 41
    pytest.param("Chính phủ | Thủ tướng | Tin hoạt động\nThủ tướng điện đàm với Thủ tướng Chile\nNgày 9 tháng 4 năm 2020, "
                 "Thủ tướng Lê Văn Hòa đã\ntrao đổi qua điện thoại với Thủ tướng Chile\nPablo Rojas về hợp tác trong bối "
                 "cảnh\ndịch bệnh.\nThủ tướng Lê Văn Hòa thông tin về tình hình dịch bệnh tại Việt Nam và các biện pháp phòng "
                 "chống đã triển khai trong thời gian qua.\nThủ tướng Rojas đánh giá cao các biện pháp của Việt Nam và mong hai "
                 "nước duy trì chuỗi cung ứng hàng thiết yếu.\nHai bên nhất trí thúc đẩy hợp tác y tế, thương mại và đầu tư "
                 "trong thời gian tới.\nHai Thủ tướng nhất trí tăng cường hợp tác.\nTin cùng chuyên mục:\n- Thủ tướng chủ "
                 "trì họp Chính phủ thường kỳ", date(2020, 4, 10),
                 {("2020-04-09", frozenset({"Lê Văn Hòa", "Pablo Rojas"}))}, id="a_paragraph_wrapped_by_hand"),
    pytest.param("Tổng thống Mỹ John Carter tối 5/3 (giờ Washington) đã có cuộc điện thoại kéo dài khoảng nửa giờ với "
                 "Tổng thống Chile Pablo Rojas, Nhà Trắng cho biết.", date(2022, 3, 6),
                 {("2022-03-05", frozenset({"John Carter", "Pablo Rojas"}))}, id="a_call_with_its_length_before_the_partner"),
    pytest.param("Tổng thống Carter và Tổng thống Rojas điện đàm\nTổng thống Mỹ John Carter và Tổng thống Chile Pablo Rojas "
                 "đã bàn về hỗ trợ tài chính.\nCuộc điện đàm này là lần thứ ba của hai ông kể từ khi xung đột nổ ra ngày "
                 "24/2.", date(2022, 3, 6), {(None, frozenset({"John Carter", "Pablo Rojas"}))},
                 id="the_day_since_which_is_no_call_day"),
    pytest.param("Thủ tướng Úc Mark Ellis và Tổng thống Pháp Jean Morel hôm thứ Bảy (12/3) đã yêu cầu Tổng thống Nga Ivan "
                 "Sokolov ngừng bắn trong cuộc điện đàm ba bên.\nTrước đó, vào buổi sáng cùng ngày, ông Ellis đã điện đàm "
                 "với Tổng thống Chile Pablo Rojas.", date(2022, 3, 13),
                 {("2022-03-12", frozenset({"Mark Ellis", "Pablo Rojas"}))},
                 id="earlier_the_same_day_as_the_subjects_day"),
    pytest.param("Seoul, 23/12 (Yonhap) - Thứ trưởng Ngoại giao Hàn Quốc Kim Min-jun hôm thứ Tư đã có cuộc hội đàm qua "
                 "video với Thứ trưởng phụ trách phía Tây của Bộ Ngoại giao Ấn Độ Anita Rao.", date(2020, 12, 24),
                 {("2020-12-23", frozenset({"Kim Min-jun", "Anita Rao"}))}, id="a_compass_point_is_no_name"),
    pytest.param("Chủ tịch nước Lê Văn Hòa điện đàm với Tổng thống Chile Pablo Rojas\n- Chủ tịch nước điện đàm với Tổng Thư "
                 "ký Liên hợp quốc\n- Thủ tướng Trần Minh Đức điện đàm với Thủ tướng Peru Luis Soto\nTại cuộc điện đàm, "
                 "Tổng thống Chile chúc mừng Chủ tịch nước Lê Văn Hòa.", None,
                 {(None, frozenset({"Lê Văn Hòa", "Pablo Rojas"}))}, id="a_list_of_links_without_a_heading"),
    pytest.param("Thủ tướng Ấn Độ Ravi Kumar và Thủ tướng Bỉ Jan Peeters hôm thứ Năm (19/11) đã hội đàm trực tuyến, đánh "
                 "dấu cuộc gặp thượng đỉnh song phương chính thức đầu tiên giữa hai nước.", date(2020, 11, 20),
                 {("2020-11-19", frozenset({"Ravi Kumar", "Jan Peeters"}))}, id="an_online_summit_called_bilateral"),
    pytest.param("Tổng thống Peru Luis Soto và Thủ tướng Ấn Độ Ravi Kumar ngày 11.12 đã có cuộc gặp thượng đỉnh theo hình "
                 "thức trực tuyến.", date(2020, 12, 12), {("2020-12-11", frozenset({"Luis Soto", "Ravi Kumar"}))},
                 id="the_summit_the_two_have_online"),
    pytest.param("Ngày 30/3, Tổng thống Chile Pablo Rojas đã điện đàm với Thủ tướng Úc Mark Ellis. Cuối ngày, nhà lãnh đạo "
                 "Chile nói chuyện với Tổng thống Peru Luis Soto.", date(2025, 4, 1),
                 {("2025-03-30", frozenset({"Pablo Rojas", "Mark Ellis"})),
                  ("2025-03-30", frozenset({"Pablo Rojas", "Luis Soto"}))}, id="the_round_leader_by_country_at_days_end"),
    pytest.param("Ngày 30/3, Tổng thống Mỹ John Carter đã gọi điện chúc mừng Thủ tướng Úc Mark Ellis. Cũng trong số những "
                 "người gọi điện chúc mừng ông Ellis có Quốc vương Na Uy Harald.", date(2025, 4, 1),
                 {("2025-03-30", frozenset({"John Carter", "Mark Ellis"})), (None, frozenset({"Mark Ellis", "Harald"}))},
                 id="callers_listed_after_the_one_they_called"),
    pytest.param("Ngày 1/1, Tổng thống Chile Pablo Rojas đã điện đàm với lãnh đạo nhiều nước. Người đầu tiên ông Rojas "
                 "điện đàm là Tổng thống Peru Luis Soto.", date(2025, 1, 2),
                 {("2025-01-01", frozenset({"Pablo Rojas", "Luis Soto"}))}, id="the_first_partner_of_a_named_caller"),
    pytest.param("Ấn Độ, Peru sẽ họp thượng đỉnh trực tuyến\nThủ tướng Ấn Độ Ravi Kumar và Tổng thống Peru Luis Soto sẽ "
                 "thảo luận nhiều vấn đề tại hội nghị trực tuyến ngày 26/9/2020, Bộ Ngoại giao Peru thông báo ngày 23/9.\n"
                 "Sáng kiến được đưa ra trong cuộc điện đàm hôm 6/8/2020, khi Thủ tướng Kumar gọi điện cho ông Soto.",
                 date(2020, 9, 23), set(), id="a_call_of_weeks_ago_with_its_year_told_as_background"),
    # 1.80.0, read on round 42
    pytest.param("Nhà Trắng cho biết, ngày 13/5, Tổng thống Mỹ John Carter đã có cuộc trao đổi qua điện thoại kéo dài "
                 "khoảng 40 phút, cùng lúc với cả Tổng thống Phần Lan Sauli Virtanen và Thủ tướng Thụy Điển Anna Berg.",
                 date(2022, 5, 14), set(), id="one_call_with_two_at_once"),
    pytest.param("Tổng thống Chile Ana Ferrer liên tiếp có các cuộc điện đàm với người đồng cấp Brazil và Colombia trong "
                 "tuần này, giữa lúc ba nước vắng mặt tại hội nghị do Tổng thống Mỹ John Carter triệu tập.\nHôm thứ Tư "
                 "(11/3), bà Ferrer đã trao đổi qua điện thoại với Tổng thống Colombia Gustavo Rojas.", date(2026, 3, 12),
                 {("2026-03-11", frozenset({"Ana Ferrer", "Gustavo Rojas"}))},
                 id="one_named_in_another_clause_after_a_round_is_no_partner"),
    pytest.param("Trong ngày 1/1, ông Ravi Kumar, Thủ tướng Ấn Độ, lần lượt điện đàm với Quốc vương Bhutan Jigme Wang và "
                 "Thủ tướng Nepal Ram Oli. Sau đó, nhà lãnh đạo Ấn Độ tiếp tục gọi điện cho Tổng thống Maldives Ibrahim "
                 "Solih.", date(2020, 1, 2),
                 {("2020-01-01", frozenset({"Ravi Kumar", "Jigme Wang"})), ("2020-01-01", frozenset({"Ravi Kumar", "Ram Oli"})),
                  ("2020-01-01", frozenset({"Ravi Kumar", "Ibrahim Solih"}))}, id="then_is_the_day_of_the_call_before"),
    pytest.param("Rạng sáng thứ ba 3/2 (giờ Seoul), Tổng thống Hàn Quốc Kim Min-jun đã nhận cuộc điện thoại của Tổng "
                 "thống Mỹ John Carter.", date(2009, 2, 4), {("2009-02-03", frozenset({"Kim Min-jun", "John Carter"}))},
                 id="a_weekday_in_lower_case_before_the_date"),
    pytest.param("Tổng thống đắc cử Mỹ John Carter bắt đầu tiếp xúc với lãnh đạo các nước. Ngày 7/11, người phát ngôn "
                 "cho biết những người được ông Carter gọi điện gồm các Thủ tướng Úc Mark Ellis, Ca-na-đa Paul Martin và "
                 "Anh Tom Reid; Tổng thống Chile Pablo Rojas.", date(2008, 11, 8),
                 {("2008-11-07", frozenset({"John Carter", "Mark Ellis"})),
                  ("2008-11-07", frozenset({"John Carter", "Paul Martin"})),
                  ("2008-11-07", frozenset({"John Carter", "Tom Reid"})),
                  ("2008-11-07", frozenset({"John Carter", "Pablo Rojas"}))}, id="the_ones_called_listed_under_one_title"),
    pytest.param("Tokyo (TTXVN) - Trưa 17/12, Thủ tướng Nhật Bản Sato Kenji đã nhận cuộc điện thoại chúc mừng từ Tổng "
                 "thống Mỹ John Carter.", date(2014, 12, 18), {("2014-12-17", frozenset({"Sato Kenji", "John Carter"}))},
                 id="a_congratulating_call_received_from"),
    pytest.param("Ngày 31/3, Tổng thống Chile Pablo Rojas đã điện đàm với Thủ tướng Úc Mark Ellis. Cuộc điện đàm cuối cùng "
                 "trong ngày của nhà lãnh đạo Chile là với Tổng thống Peru Luis Soto.", date(2025, 4, 1),
                 {("2025-03-31", frozenset({"Pablo Rojas", "Mark Ellis"})),
                  ("2025-03-31", frozenset({"Pablo Rojas", "Luis Soto"}))}, id="the_last_call_of_the_leader_told_by_country"),
    # 1.81.0, read on round 42
    pytest.param("Ngày 17/11, Tổng thống đắc cử Mỹ John Carter đã gọi điện cho ba nhà lãnh đạo nước ngoài. Người đầu tiên "
                 "nhận được cuộc gọi là Tổng thống Chile Pablo Rojas. Tiếp đó, ông Carter trao đổi qua điện thoại với Tổng "
                 "thống Peru Luis Soto. Cuộc gọi cuối cùng trong ngày được dành cho Tổng thống Thổ Nhĩ Kỳ Ali Demir.",
                 date(2008, 11, 18),
                 {("2008-11-17", frozenset({"John Carter", "Pablo Rojas"})),
                  ("2008-11-17", frozenset({"John Carter", "Luis Soto"})),
                  ("2008-11-17", frozenset({"John Carter", "Ali Demir"}))}, id="the_first_and_last_called_by_rank"),
    # 1.81.0, read on round 43
    pytest.param("Ngày 28/12, Tổng thống Phần Lan Sauli Virtanen và Tổng thống Nga Ivan Petrov đã có cuộc điện thoại kéo dài "
                 "khoảng một giờ.", date(2018, 12, 29), {("2018-12-28", frozenset({"Sauli Virtanen", "Ivan Petrov"}))},
                 id="the_two_had_a_call_lasting_an_hour"),
    pytest.param("Lãnh đạo Mỹ, Phần Lan, Thụy Điển trao đổi chung về NATO\n14/05/2022 07:10\nTối 13/5, Tổng thống Phần Lan "
                 "Sauli Virtanen cho biết ông vừa có cuộc trao đổi chung với Tổng thống Mỹ John Carter, với sự tham gia "
                 "của Thủ tướng Thụy Điển Anna Berg.\nBa nhà lãnh đạo bàn về việc gia nhập NATO.", date(2022, 5, 14), set(),
                 id="a_joint_talk_with_a_third_taking_part"),
    pytest.param("(Vietnam+) - Nhân dịp sinh nhật của Tổng thống Azerbaijan Ilham Aliyev (24/12), Tổng thống Thổ Nhĩ Kỳ và "
                 "Tổng thống Nga đã lần lượt gọi điện chúc mừng.\nNgày 24/12, Tổng thống Thổ Nhĩ Kỳ Ali Demir đã điện đàm "
                 "với Tổng thống Ilham Aliyev.\nCùng ngày, Tổng thống Nga Ivan Petrov cũng điện đàm với ông Aliyev.",
                 date(2024, 12, 25), {("2024-12-24", frozenset({"Ali Demir", "Ilham Aliyev"})),
                                      ("2024-12-24", frozenset({"Ivan Petrov", "Ilham Aliyev"}))},
                 id="two_callers_in_turn_call_the_one_told_before"),
    pytest.param("Theo thông cáo của Nhà Trắng, sáng 25/1 (giờ Washington), Tổng thống Mỹ John Carter đã gọi điện cho "
                 "Tổng thống Nga Ivan Petrov để chia buồn về vụ tấn công tại sân bay một ngày trước đó.", date(2011, 1, 26),
                 {("2011-01-25", frozenset({"John Carter", "Ivan Petrov"}))}, id="a_day_before_of_another_event"),
    pytest.param("Người phát ngôn cho biết một cuộc điện đàm giữa Tổng thống Nga Ivan Petrov và Tổng thống Ukraine Oleh "
                 "Bondar hiện không nằm trong chương trình thảo luận.", date(2022, 3, 1), set(),
                 id="a_call_not_on_the_agenda"),
    pytest.param("Tổng thống Indonesia Budi Hartono thăm Pháp\n18/06/2025 11:05\nVOV.VN - Tổng thống Indonesia Budi Hartono "
                 "bắt đầu chuyến thăm Pháp, dự kiến hội đàm với Tổng thống Jean Morel.\nChuyến thăm nhằm thúc đẩy hợp tác "
                 "song phương.\nChỉ vài ngày trước, tối 12/6, Tổng thống Hartono đã có cuộc điện đàm khoảng 15 phút với Tổng "
                 "thống Mỹ John Carter.", date(2025, 6, 18), set(), id="a_call_days_before_told_in_a_visit_report"),
    pytest.param("TIN THẾ GIỚI\nIRAQ KHÔNG PHẢI LÀ CHIẾN TRƯỜNG CHO XUNG ĐỘT CỦA BẤT KỲ AI\nTổng thống Iraq Ali Hassan "
                 "ngày 5/1 đã điện đàm với Tiểu vương Qatar Sheikh Tamim bin Hamad Al-Thani, theo thông báo của Phủ Tổng thống "
                 "Iraq.\nHai nhà lãnh đạo trao đổi về những diễn biến mới nhất tại Iraq\nvà trong khu vực, cùng quan hệ "
                 "song phương.", date(2020, 1, 6),
                 {("2020-01-05", frozenset({"Ali Hassan", "Sheikh Tamim bin Hamad Al-Thani"}))},
                 id="a_headline_over_a_one_line_lead_is_no_wrapped_line"),
    # 1.82.0, read on round 44
    pytest.param("TOKYO - Bộ Ngoại giao Nhật Bản cho biết Ngoại trưởng Sato Kenji đã điện đàm với người đồng cấp Ả-rập "
                 "Xê-út, Hoàng tử Faisal bin Khalid, hôm thứ Ba (2/9). Ông Sato thực hiện cuộc điện đàm từ Kuwait, nơi ông "
                 "dự Hội nghị Bộ trưởng Ngoại giao Nhật Bản - Hội đồng Hợp tác vùng Vịnh (GCC).", date(2025, 9, 3),
                 {("2025-09-02", frozenset({"Sato Kenji", "Faisal bin Khalid"}))}, id="the_gulf_is_no_name"),
    pytest.param("Tổng thống Nga Ivan Petrov tiếp tục ngoại giao điện thoại. Mới nhất, trong cuộc điện đàm với Thủ tướng "
                 "Italia Marco Bianchi, ông Petrov đã trình bày quan điểm của Nga. Ông Petrov đã có cuộc trao đổi tương tự "
                 "hôm thứ Tư với Thủ tướng Đức Anna Weber.", date(2008, 8, 31),
                 {(None, frozenset({"Ivan Petrov", "Marco Bianchi"})), ("2008-08-27", frozenset({"Ivan Petrov", "Anna Weber"}))},
                 id="a_similar_exchange_on_a_weekday"),
    # 1.83.0, read on round 45
    pytest.param("Tin thế giới\nTổng thống Thổ Nhĩ Kỳ Ali Demir và người đồng cấp\nNga Ivan Petrov đã trao đổi qua điện "
                 "thoại ngày 2/8 về khả năng\nkhôi phục thỏa thuận ngũ cốc.", date(2023, 8, 3),
                 {("2023-08-02", frozenset({"Ali Demir", "Ivan Petrov"}))}, id="a_counterpart_cut_from_the_name"),
    pytest.param("Tối 30/12, Tổng thống Nga Ivan Petrov nhận cuộc điện\nthoại của Tổng thống Uzbekistan Aziz Karimov, theo "
                 "thông\nbáo của Điện Kremlin.", date(2025, 12, 31),
                 {("2025-12-30", frozenset({"Ivan Petrov", "Aziz Karimov"}))}, id="a_wording_cut_by_a_line_break"),
    pytest.param("Hai quan chức Mỹ cho biết ông John Carter, Tổng thống Mỹ, đã nói với Thủ tướng Canada Paul Martin hãy liên "
                 "lạc với ông qua điện thoại di động.", date(2017, 6, 1), set(), id="a_mobile_phone_is_a_device"),
    pytest.param("Trả lời báo chí, Tổng thống Mỹ John Carter mô tả cuộc điện đàm tuần trước với Chủ tịch Trung Quốc Vương "
                 "Minh là cởi mở.", date(2017, 6, 1), set(), id="a_call_described_is_no_report"),
    pytest.param("Theo Cơ quan báo chí, ông Aziz Karimov, Tổng thống Uzbekistan, đã điện đàm với Tổng thống Kazakhstan "
                 "Nurlan Bekov, dù đang trong kỳ nghỉ phép ngắn ngày bắt đầu từ hôm 5/1.", date(2022, 1, 7),
                 {(None, frozenset({"Aziz Karimov", "Nurlan Bekov"}))}, id="the_day_a_leave_began_is_no_call_day"),
    pytest.param("Thủ tướng Nhật Bản Sato Kenji và Tổng thống Pháp Jean Morel đã trao đổi qua điện thoại trong khoảng 25 "
                 "phút, bắt đầu từ 20h03 tối 1/6 (giờ Tokyo).", date(2022, 6, 2),
                 {("2022-06-01", frozenset({"Sato Kenji", "Jean Morel"}))}, id="the_time_a_call_began_is_its_day"),
    pytest.param("Đại sứ Úc tiếp Thủ tướng Fiji. Ông nhắc lại rằng Thủ tướng Úc Mark Ellis đã gọi điện cho Thủ tướng Fiji "
                 "Sitiveni Rabuka chỉ vài giờ sau lễ tuyên thệ.", date(2022, 6, 1), set(), id="a_call_recalled_that"),
    pytest.param("Người phát ngôn cho biết Tổng thống đắc cử Mỹ John Carter đã cố gắng gọi điện cho Thủ tướng New Zealand Tom "
                 "Reid.", date(2016, 11, 10), set(), id="a_call_only_tried"),
    pytest.param("Ông Hale nói: \"Chúng tôi đã nhất trí rằng Tổng thống Mỹ John Carter và Chủ tịch Trung Quốc Vương Minh cần "
                 "sớm có một cuộc trò chuyện - và họ sẽ nói chuyện qua điện thoại tương đối sớm\".", date(2021, 11, 1), set(),
                 id="the_medium_of_another_clause"),
    # 1.84.0, read on round 46
    pytest.param("Tổ chức Y tế Thế giới ngày 9/5 ra tuyên bố khẳng định thông tin về một cuộc điện đàm giữa Tổng Giám đốc WHO "
                 "Abebe Tesfaye và Chủ tịch Trung Quốc Vương Minh hôm 21/1 là \"vô căn cứ\".", date(2020, 5, 10), set(),
                 id="a_call_denied"),
    pytest.param("Văn phòng Tổng thống Thổ Nhĩ Kỳ ngày 18/7 thông báo, ông Ali Demir, Tổng thống Thổ Nhĩ Kỳ, đã có cuộc nói "
                 "chuyện qua điện thoại với cựu Tổng thống Mỹ John Carter cùng ngày. Trong cuộc gọi, ông Demir lên án vụ ám "
                 "sát hụt tại một cuộc vận động tranh cử hôm 13/7.", date(2024, 7, 19),
                 {("2024-07-18", frozenset({"Ali Demir", "John Carter"}))}, id="the_day_of_an_attack_is_no_second_call"),
    pytest.param("Ngày 25/4, Ngoại trưởng Ấn Độ Ravi Kumar điện đàm với lãnh đạo ngoại giao bốn nước châu Phi. Nói chuyện với "
                 "Ngoại trưởng Uganda Sam Okello, ông Kumar xác nhận lô thuốc sắp được chuyển tới.", date(2020, 4, 26),
                 {("2020-04-25", frozenset({"Ravi Kumar", "Sam Okello"}))}, id="talking_with_the_partner_opens_the_sentence"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


@pytest.mark.parametrize("text", ["chiều thứ Năm 8/11", "Thứ Sáu 9/11, ông", "vào thứ Năm 8/11 ông"])
def test_a_weekday_before_a_date_is_no_year(text: str) -> None:
    """ "thứ Năm 8/11": "Năm" is the weekday Thursday, not "năm" (year) before a number."""
    assert [(h.day, h.month) for h in find_dates(text) if h.relative is None] in ([(8, 11)], [(9, 11)])


def test_a_transliterated_leaders_country_is_listed() -> None:
    """ "Rê-giép Tai-íp Ê-rô-đô-gan" (people.toml [transliterations]) is Turkey's president with no country written."""
    calls = calls_of("Ngày 1/1, Tổng thống Rê-giép Tai-íp Ê-rô-đô-gan đã điện đàm với Tổng thống Peru Luis Soto.",
                     date(2021, 1, 2))
    assert {p.name: p.country for p in calls[0].participants}["Rê-giép Tai-íp Ê-rô-đô-gan"] == "TR"


def test_a_head_of_state_by_the_generic_word() -> None:
    """ "nguyên thủ Ba Lan X" is Poland's head of state; "nguyên" (former) before a title stays "other"."""
    calls = calls_of("Ngày 12/3, Tổng thống Estonia Toomas Ilves điện đàm với nguyên thủ Ba Lan Jan Nowak.",
                     date(2014, 3, 13))
    assert {p.name: p.role for p in calls[0].participants}["Jan Nowak"] == "head_of_state"
