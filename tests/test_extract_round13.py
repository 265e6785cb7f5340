"""Error classes read on the real-page rounds of stop 20 (issue 14, extractor 1.66.0). Every sentence is written for
these tests (other people, countries and days): it reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

from extract_helpers import calls_of, pairs

from extractors.clean import clean_text
from extractors.mentions import find_mentions
from extractors.sentences import split_sentences


def test_same_day_takes_a_date_set_off_by_commas_after_an_opening_clause():
    text = ("Lãnh đạo Việt Nam gửi điện thăm hỏi Philippines về bão\n"
            "Khi nhận được tin cơn bão đổ bộ, ngày 12/9, Chủ tịch nước Lê Văn Hòa đã gửi điện thăm hỏi tới Tổng "
            "thống Philippines Ramon Cruz.\n"
            "Cùng ngày, Thủ tướng Trần Minh Quang đã điện đàm với Bộ trưởng Ngoại giao Philippines Ana Reyes.")
    (call,) = calls_of(text, date(2023, 9, 12))
    assert str(call.date) == "2023-09-12"


def test_a_digest_days_date_after_a_semicolon_does_not_date_the_call():
    text = ("Điểm tin quốc tế tối 15-3\n"
            "Thủ tướng Ý bất ngờ gọi điện cho Tổng thống Brazil; giá dầu lại tăng; động đất ở Chile ... là các tin "
            "đáng chú ý tối 15-3.\n"
            "Theo hãng Reuters, Thủ tướng Ý Marco Conti ngày 14-3 đã có cuộc điện đàm với Tổng thống Brazil Lucas "
            "Souza về thương mại.")
    (call,) = calls_of(text, date(2025, 3, 15))
    assert str(call.date) == "2025-03-14"


def test_a_listed_leaders_surname_alone_keeps_his_country_in_an_article_about_a_third_country():
    text = ("Sau cuộc điện đàm với ông Carney, Ngoại trưởng Đức Anna Weber cho biết hai bên đã bàn về tình hình "
            "Venezuela và các lệnh trừng phạt Venezuela.")
    calls = calls_of(text)
    assert {p.name: p.country for c in calls for p in c.participants}.get("Carney") == "CA"


def test_a_news_agencys_day_after_the_call_wording_is_not_the_calls():
    text = ("Trong cuộc trò chuyện, ông Carney đã phàn nàn về thuế quan của Brazil, hãng tin AFP ngày 9-4 dẫn báo Le "
            "Monde cho biết.\n"
            "Theo đó, cuộc điện đàm, diễn ra hôm thứ hai (6-4), kéo dài nửa giờ, nhưng ông Lucas Souza đã ngắt máy "
            "giữa chừng, khi ông Carney muốn bàn về Venezuela.\n"
            "Thủ tướng Canada Carney chỉ nói rằng cuộc điện đàm với Tổng thống Brazil Lucas Souza tuần trước là "
            "thẳng thắn.")
    (call,) = calls_of(text)
    assert str(call.date) == "--04-06"


def test_separate_calls_held_in_quotes_with_a_plural_rank_before_two_listed_leaders():
    text = ("Tổng thống Chile Ana Ferrer nói rằng bà đã tổ chức “các cuộc điện đàm kín” với các ông Erdogan và "
            "Netanyahu trong tuần, để đề xuất một kế hoạch hòa giải.")
    assert pairs(calls_of(text)) == {frozenset({"Ana Ferrer", "Erdogan"}), frozenset({"Ana Ferrer", "Netanyahu"})}


def test_two_listed_leaders_of_two_countries_after_one_verb_are_two_calls():
    text = "Thủ tướng Peru Luis Soto hôm qua đã điện đàm với ông Modi và ông Erdogan về thương mại."
    assert pairs(calls_of(text)) == {frozenset({"Luis Soto", "Modi"}), frozenset({"Luis Soto", "Erdogan"})}


def test_a_long_caption_at_the_head_of_a_hard_wrapped_block_does_not_set_its_width():
    text = ("Thủ tướng Đức Anna Weber (trái) và người đồng cấp Ý Marco Conti tại hội nghị ở Lisbon, Bồ Đào Nha năm "
            "ngoái. Ảnh: AFP |\n"
            "Văn phòng Thủ tướng Đức cho biết cuộc điện đàm được tiến hành theo\n"
            "đề nghị của phía Ý. Theo thông cáo của Berlin, trong cuộc điện đàm,\n"
            "Thủ tướng Conti đã thông báo với Thủ tướng Weber về kết quả chuyến\n"
            "công du của ông tới Brazil, nhất là các cuộc trao đổi về thương mại\n"
            "và năng lượng. Hai bên cũng bàn các vấn đề quốc tế khác.")
    assert pairs(calls_of(text)) == {frozenset({"Marco Conti", "Anna Weber"})}


def test_a_province_opening_on_a_word_read_as_a_rank_is_no_person():
    text = ("Sáng 9/11, Bộ trưởng Y tế Lê Văn Hòa họp trực tuyến với lãnh đạo ba tỉnh Long An, Bà Rịa- Vũng Tàu "
            "và Cà Mau về dịch bệnh.")
    assert calls_of(text, date(2021, 11, 9)) == []


def test_a_call_with_the_head_of_a_company_is_no_diplomatic_call():
    text = ("Tối 3/9, Thủ tướng Trần Minh Quang đã điện đàm với Chủ tịch Tập đoàn Orbis Pharma, ông Peter Grant, về "
            "việc cung ứng thuốc.")
    assert calls_of(text, date(2021, 9, 4)) == []


def test_a_name_glued_to_the_next_persons_title_is_cut_before_the_title():
    text = ("Hãng tin DPA cho biết, trong cuộc điện đàm với Thủ tướng Ý Marco ContiChủ tịch Ba Lan Adam Nowak đã "
            "bàn về ngân sách chung.")
    cleaned = clean_text(text)
    assert "Marco Conti Chủ tịch Ba Lan" in cleaned


def test_a_lost_comma_between_a_name_and_the_next_title_keeps_both_people():
    text = "Ông Lý Minh điện đàm với Tổng thống Pháp Jean Morel Thủ tướng Đức Anna Weber hôm qua."
    found = {m.name: (m.title, m.country) for m in find_mentions(text)}
    assert found["Jean Morel"] == ("Tổng thống", "FR") and found["Anna Weber"] == ("Thủ tướng", "DE")


def test_a_lost_comma_before_a_title_of_several_words_cuts_the_name_before_all_of_it():
    text = "Ông Lý Minh điện đàm với Tổng thống Pháp Jean Morel Phó Thủ tướng Đức Anna Weber hôm qua."
    found = {m.name for m in find_mentions(text)}
    assert {"Jean Morel", "Anna Weber"} <= found


def test_the_day_after_the_subject_of_a_lead_dates_a_call_told_later_without_one():
    text = ("Thủ tướng Úc Mark Ellis ngày 14/5 đã nói với người đồng cấp Chile Ana Ferrer rằng hai nước cần sớm ký "
            "hiệp định về khoáng sản.\n"
            "Theo Canberra, trong cuộc điện đàm với nhà lãnh đạo Chile, ông Ellis tỏ ra lạc quan về các vòng đàm "
            "phán ở Lima.")
    (call,) = calls_of(text)
    assert str(call.date) == "--05-14"


def test_two_officials_of_one_written_country_are_no_call_in_an_article_about_another():
    text = ("Ngoại trưởng Pháp Jean Morel đã điện đàm với Bộ trưởng Quốc phòng Pháp Luc Martin lúc 5 giờ sáng về "
            "tình hình ở Mali và Niger.")
    assert calls_of(text) == []


def test_two_ministers_written_with_a_digit_and_the_call_noun_as_an_adverbial():
    text = ("Ngoại trưởng Pháp Jean Morel và Ngoại trưởng Chile Ana Ferrer sẽ gặp nhau tại Lima vào tuần tới.\n"
            "Một quan chức giấu tên của Bộ Ngoại giao Pháp cho biết, 2 ngoại trưởng đã trao đổi thẳng thắn về tình "
            "hình Venezuela trong cuộc điện đàm ngày 1/5.")
    (call,) = calls_of(text)
    assert pairs([call]) == {frozenset({"Jean Morel", "Ana Ferrer"})} and str(call.date) == "--05-01"


def test_three_subjects_listed_before_one_call_are_a_call_of_three():
    text = ("Tối 3/5, Thủ tướng Ý Marco Conti, Thủ tướng Ba Lan Adam Nowak và Thủ tướng Bỉ Jan Peeters đã có cuộc "
            "điện đàm về ngân sách chung.")
    assert calls_of(text, date(2024, 5, 4)) == []


def test_a_name_wrapped_onto_the_line_after_its_title_is_joined_to_it():
    text = ("Văn phòng Thủ tướng Ý cho biết cuộc điện đàm diễn ra theo đề nghị\n"
            "của phía Chile. Tối 3/5, hai bên đã bàn về đồng, lithium và thương mại, còn\n"
            "hôm 1/5, Tổng thống Chile Ana Ferrer, Thủ tướng Ý\n"
            "Marco Conti và Thủ tướng Bỉ Jan Peeters đã họp trực tuyến về các hợp đồng khoáng sản.\n"
            "Theo thông cáo, trong cuộc điện đàm, Thủ tướng Conti và Tổng thống Ferrer cũng bàn\n"
            "về các vấn đề quốc tế khác.")
    assert any("Thủ tướng Ý Marco Conti và" in s.text for s in split_sentences(clean_text(text)))


def test_two_callers_on_separate_calls_congratulating_a_third():
    text = ("Hôm qua, Tổng thống Chile Ana Ferrer và Tổng thống Peru Luis Soto có các cuộc điện đàm chúc mừng ông "
            "Lucas Souza, người vừa thắng cử ở Brazil.")
    assert pairs(calls_of(text)) == {frozenset({"Ana Ferrer", "Lucas Souza"}), frozenset({"Luis Soto", "Lucas Souza"})}


def test_a_bracketed_link_to_another_article_is_no_call():
    text = ("Ai Cập và Ukraine bàn về hòa đàm\n"
            "Chiều 2/4, ông Omar Nabil, Tổng thống Ai Cập, điện đàm với Tổng thống Ukraine Taras Bondar.\n"
            "[Thủ tướng Bỉ Jan Peeters điện đàm với Tổng thống Chile Ana Ferrer]")
    assert pairs(calls_of(text)) == {frozenset({"Omar Nabil", "Taras Bondar"})}


def test_separate_phone_talks_held_by_one_leader_and_a_peer_written_nha_dong_cap():
    text = ("Thủ tướng Bỉ Jan Peeters hôm qua tổ chức các cuộc trò chuyện qua điện thoại riêng rẽ với Thủ tướng Ý Marco "
            "Conti và Tổng thống Chile Ana Ferrer sau vụ tấn công.\n"
            "Tại cuộc điện đàm hôm 8/12, Ngoại trưởng Peru Luis Soto cùng nhà đồng cấp Ba Lan Adam Nowak bàn về "
            "thương mại.")
    assert pairs(calls_of(text)) == {frozenset({"Jan Peeters", "Ana Ferrer"}), frozenset({"Jan Peeters", "Marco Conti"}),
                                     frozenset({"Luis Soto", "Adam Nowak"})}


def test_a_tally_of_calls_so_far_is_no_new_call():
    text = ("Cho đến nay, Lima và Santiago mới công bố hai cuộc điện đàm giữa Tổng thống Chile Ana Ferrer và Tổng "
            "thống Peru Luis Soto.")
    assert calls_of(text) == []


def test_audit_office_heads_in_an_online_talk():
    text = ("Hôm qua, ông Trần Minh Quang, Tổng Kiểm toán Nhà nước, đã trao đổi trực tuyến về đào tạo cùng Chủ tịch "
            "Kiểm toán Nhà nước Campuchia Sok Chea.")
    assert pairs(calls_of(text, date(2023, 8, 3))) == {frozenset({"Trần Minh Quang", "Sok Chea"})}


def test_an_online_conference_chaired_with_one_named_foreign_official_is_a_video_call():
    text = ("Về công tác dân vận, Phó Chủ tịch UBTƯ MTTQ Trần Minh Quang hôm 9/9 chủ trì hội nghị trực tuyến với ông "
            "Bounmy Sith, một Phó Chủ tịch của Mặt trận Lào.")
    (call,) = calls_of(text, date(2022, 9, 10))
    assert call.medium == "video" and pairs([call]) == {frozenset({"Trần Minh Quang", "Bounmy Sith"})}


def test_a_caption_label_after_a_dash_and_a_comma_without_space_do_not_join_two_titles():
    text = ("Trưởng ban Đối ngoại hội đàm qua video với vị Phó Chủ tịch,Trưởng ban Quốc tế Đảng Cộng sản "
            "Pháp - ảnh 2 Trưởng ban Lê Hoài Nam phát biểu.\n"
            "Tối 5/10, ông Lê Hoài Nam, Trưởng ban Đối ngoại, đã hội đàm trực tuyến với ông Pierre Durand, Trưởng ban "
            "Quốc tế Đảng Cộng sản Pháp.")
    (call,) = calls_of(text, date(2021, 10, 6))
    titles = {p.name: p.title for p in call.participants}
    assert set(titles) == {"Lê Hoài Nam", "Pierre Durand"} and "Quốc tế" in (titles["Pierre Durand"] or "")


def test_the_youth_union_named_after_ho_chi_minh_is_no_person():
    text = ("Hôm 7/10, hai đồng chí Trần Minh Quang - Bí thư Đoàn TNCS Hồ Chí Minh và Bounmy Sith - Bí thư Đoàn "
            "Thanh niên Lào đã điện đàm.")
    assert pairs(calls_of(text, date(2020, 10, 8))) == {frozenset({"Trần Minh Quang", "Bounmy Sith"})}


def test_two_listed_leaders_written_as_a_hyphened_pair_are_two_people():
    text = "Các ông Erdogan-Netanyahu tiến hành điện đàm về Gaza"
    found = [m.name for m in find_mentions(text)]
    assert found == ["Erdogan", "Netanyahu"]


def test_the_original_spelling_in_brackets_after_a_transliterated_name_keeps_the_pair():
    text = ("Tối 9/4, Thủ tướng Ý Mác-cô Công-ti (Marco Conti) và Tổng thống Chile A-na Phe-re (Ana Ferrer) đã có "
            "cuộc điện đàm về thương mại.")
    assert pairs(calls_of(text, date(2012, 4, 10))) == {frozenset({"Mác-cô Công-ti", "A-na Phe-re"})}


def test_a_list_of_subjects_ending_on_va_is_a_call_of_many_but_a_comma_alone_is_not_a_list():
    many = ("Tổng thống Chile Ana Ferrer, cùng với Tổng thống Peru Luis Soto, Thủ tướng Ý Marco Conti và Thủ tướng Bỉ "
            "Jan Peeters, có cuộc điện đàm với Tổng thống Brazil Lucas Souza.")
    assert calls_of(many) == []
    two = ("Vài ngày trước cuộc gặp giữa Tổng thống Chile Ana Ferrer và Tổng thống Peru Luis Soto, Ngoại trưởng Chile "
           "Pablo Rojas đã điện đàm với người đồng cấp Peru Diego Ruiz.")
    assert pairs(calls_of(two)) == {frozenset({"Pablo Rojas", "Diego Ruiz"})}


def test_a_quote_told_after_ending_the_call_with_the_partner():
    text = ("Ngày 12-3, Bộ trưởng Quốc phòng Úc Mark Ellis và người đồng cấp Chile mới nhậm chức Pablo Rojas đã nhất trí "
            "mở rộng tập trận chung.\n"
            "\"Hai bên nhất trí trao đổi sĩ quan\" - ông Ellis nói với báo giới sau khi kết thúc cuộc điện đàm với ông Rojas.")
    (call,) = calls_of(text)
    assert pairs([call]) == {frozenset({"Mark Ellis", "Pablo Rojas"})} and str(call.date) == "--03-12"


def test_the_same_pairs_earlier_call_on_a_day_of_its_own_is_a_call_too():
    text = ("Hai bộ trưởng quốc phòng Pháp và Chile liên tục điện đàm\n"
            "Ngày 23/10, Bộ Quốc phòng Pháp thông báo cuộc điện đàm giữa Bộ trưởng Quốc phòng Pháp Luc Martin và người "
            "đồng cấp Chile Pablo Rojas về tình hình biển Đỏ.\n"
            "Trước đó, trong cuộc điện đàm hôm 19/10, Bộ trưởng Quốc phòng hai nước Pháp - Chile đã bàn về các cuộc "
            "tập trận chung.\n"
            "Trước đó nữa, Bộ trưởng Martin cũng đã điện đàm với Bộ trưởng Quốc phòng Peru Diego Ruiz.")
    calls = calls_of(text, date(2023, 10, 24))
    assert sorted(str(c.date) for c in calls) == ["2023-10-19", "2023-10-23"]
    assert pairs(calls) == {frozenset({"Luc Martin", "Pablo Rojas"})}
