"""Error classes read on the blind sets of rounds 31 to 34 (real pages and reworded articles, issue 14, extractor
1.72.0), each a general rule. Every sentence is written for these tests (other people, countries and days): it
reproduces the shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

from extractors.mentions import find_mentions

# (text, published, each call's day and two names)
_CALLS = [
    pytest.param("Muốn Ô-man giữ giá dầu, Tổng thống Mỹ John Carter hôm 3.5 đã điện đàm cho thái tử Faisal bin Khalid "
                 "để bàn về sản lượng.", date(2020, 5, 4), {("2020-05-03", frozenset({"John Carter", "Faisal bin Khalid"}))},
                 id="a_crown_prince_titled_in_lower_case"),
    pytest.param("Ngày 3/5, Tổng thống Mỹ John Carter điện đàm với thủ tướng Lars Berg về giá khí đốt.", date(2020, 5, 4),
                 {("2020-05-03", frozenset({"John Carter", "Lars Berg"}))},
                 id="a_head_of_government_titled_in_lower_case_without_a_country"),
    pytest.param("Giá vàng tăng nhẹ trong phiên sáng nay.\nCuộc điện đàm giữa Macron và Erdogan hôm qua xoay quanh "
                 "xung đột ở Libya.", date(2020, 6, 9), {("2020-06-08", frozenset({"Macron", "Erdogan"}))},
                 id="two_leaders_of_people_toml_named_bare"),
    pytest.param("Thị trường chứng khoán châu Á tăng điểm.\nCuộc gặp qua video giữa hai nhà lãnh đạo Modi và Scholz "
                 "ngày 4/2 kéo dài gần hai giờ.", date(2022, 2, 5), {("2022-02-04", frozenset({"Modi", "Scholz"}))},
                 id="between_the_two_leaders_named_bare"),
    pytest.param("Ngân hàng Trung ương Campuchia và Việt Nam họp thường niên.\nNgày 12/10/2022, Thống đốc Ngân hàng Nhà nước "
                 "Lê Văn Hòa và Thống đốc Ngân hàng Trung ương Campuchia Chea Sophal cùng chủ trì Hội nghị song phương lần thứ "
                 "tư giữa hai ngân hàng theo hình thức trực tuyến.", date(2022, 10, 13),
                 {("2022-10-12", frozenset({"Lê Văn Hòa", "Chea Sophal"}))}, id="two_officials_co_chairing_online"),
    pytest.param("Báo chí Iran ngày 9/8 dẫn lời Bộ Ngoại giao cho biết, trong cuộc điện đàm với Ngoại trưởng Pháp Jean "
                 "Morel, Ngoại trưởng nước này Ali Rezaei khẳng định Tehran sẵn sàng đối thoại.", date(2022, 8, 10),
                 {(None, frozenset({"Jean Morel", "Ali Rezaei"}))},
                 id="this_country_is_not_the_partners_country"),
    pytest.param("Tổng thống Ai Cập Omar Saleh đã chuyển lời chia buồn tới Tổng thống Pháp Jean Morel trong cuộc nói "
                 "chuyện qua điện thoại tối 4/3 về vụ đánh bom.", date(2021, 3, 5),
                 {("2021-03-04", frozenset({"Omar Saleh", "Jean Morel"}))}, id="words_sent_to_the_partner_in_the_call"),
    pytest.param("Pháp, Ý chuẩn bị họp trực tuyến nhóm bốn nước\n15/04/2020 09:05 GMT+7\nẢnh: Ngoại trưởng Pháp Jean "
                 "Morel và người đồng cấp Ý Marco Bianchi đã điện đàm hôm thứ Hai (13/4), bàn các bước chuẩn bị họp nhóm. "
                 "(Nguồn: AFP)\nHai bên cũng bàn việc đưa công dân về nước.", date(2020, 4, 14),
                 {("2020-04-13", frozenset({"Jean Morel", "Marco Bianchi"}))}, id="a_call_told_only_in_a_caption"),
    pytest.param("Tối ngày 2/4, Phó Thủ tướng Lê Văn Hòa đã điện đàm với Đặc phái viên của Tổng thống Mỹ Joe Biden về "
                 "khí hậu, ông Mark Hale.", date(2021, 4, 3), set(), id="the_leader_an_envoy_serves_is_no_partner"),
    pytest.param("Văn phòng Thủ tướng Úc cho biết trong thông cáo báo chí ngày 9/5 rằng ông Mark Ellis đã điện đàm với Thủ "
                 "tướng Nhật Bản Sato Kenji trong 20 phút vào tối hôm qua.", date(2022, 5, 10),
                 {("2022-05-08", frozenset({"Mark Ellis", "Sato Kenji"}))},
                 id="yesterday_counted_from_the_day_of_the_telling"),
    pytest.param("Dinh Tổng thống Chile xem việc Thủ tướng Úc Mark Ellis và Thủ tướng Nhật Bản Sato Kenji lần lượt gọi điện "
                 "cho Tổng thống Pablo Rojas là dấu hiệu của uy tín Chile.", date(2019, 6, 6),
                 {(None, frozenset({"Mark Ellis", "Pablo Rojas"})), (None, frozenset({"Sato Kenji", "Pablo Rojas"}))},
                 id="two_callers_in_turn_each_call_the_third"),
    pytest.param("Phủ Tổng thống Peru thông báo, theo lời mời của Thủ tướng Úc Mark Ellis, tối nay (9/3), Tổng thống "
                 "Peru Luis Soto đã có cuộc điện đàm dài nửa giờ với nhà lãnh đạo Úc.", date(2019, 3, 9),
                 {("2019-03-09", frozenset({"Luis Soto", "Mark Ellis"}))},
                 id="a_partner_with_no_name_after_the_wording"),
    pytest.param("Phía Canada nói chính Bộ trưởng Ngoại giao Canada Paul Martin là người đề nghị cuộc điện đàm với "
                 "Ngoại trưởng Chile Ana Ferrer.", date(2018, 2, 10),
                 {(None, frozenset({"Paul Martin", "Ana Ferrer"}))}, id="the_one_who_asked_for_the_call_is_on_it"),
    pytest.param("Tổng thống Chile Pablo Rojas bỗng rời phiên thảo luận với Thủ tướng Úc Mark Ellis và mấy bộ trưởng "
                 "khác để điện đàm với Thủ tướng Peru Luis Soto.", date(2025, 8, 19),
                 {(None, frozenset({"Pablo Rojas", "Luis Soto"}))}, id="a_call_as_the_subjects_purpose"),
    pytest.param("Trên mạng xã hội hôm 12.12, Thủ tướng Lào Somsak Keo kể ông đã trao đổi qua điện thoại với Tổng thống "
                 "Chile Pablo Rojas vào ngày 11.12 và với Thủ tướng Úc Mark Ellis vào tối 12.12.", date(2025, 12, 13),
                 {("2025-12-11", frozenset({"Somsak Keo", "Pablo Rojas"})),
                  ("2025-12-12", frozenset({"Somsak Keo", "Mark Ellis"}))}, id="the_first_partner_of_a_list_keeps_its_day"),
    pytest.param("Hôm 8/6, Thủ tướng Úc Mark Ellis gọi điện cho Thủ tướng Kosovo Arben Krasniqi để chúc mừng.",
                 date(2021, 6, 9), {("2021-06-08", frozenset({"Mark Ellis", "Arben Krasniqi"}))},
                 id="kosovo_is_a_country_not_a_name"),
    pytest.param("Ngày 5/12, Tổng thống Mỹ John Carter điện đàm với Thủ tướng Úc Mark Ellis. Trước đó, ông Carter "
                 "cũng đã điện thoại cho Thống đốc bang Georgia Laura Finch về việc kiểm phiếu.", date(2020, 12, 6),
                 {("2020-12-05", frozenset({"John Carter", "Mark Ellis"}))},
                 id="a_state_named_like_a_country_is_the_callers_own"),
    pytest.param("Thủ tướng Bồ Đào Nha Rui Costa đã có một loạt cuộc điện đàm với các đối tác trong khối. Đầu tiên, ông "
                 "Costa trao đổi qua điện thoại với Thủ tướng Áo Karl Huber về ngân sách. Kế đến, nhà lãnh đạo Bồ Đào Nha lần "
                 "lượt nói chuyện với Thủ tướng Phần Lan Mikko Virtanen và Thủ tướng Ireland Sean Byrne.", date(2012, 6, 20),
                 {(None, frozenset({"Rui Costa", "Karl Huber"})), (None, frozenset({"Rui Costa", "Mikko Virtanen"})),
                  (None, frozenset({"Rui Costa", "Sean Byrne"}))}, id="the_leader_of_a_round_talking_in_turn"),
    pytest.param("Ngoại trưởng Peru Luis Soto và Ngoại trưởng Chile Ana Ferrer điện đàm vào sáng 4/6. Tới tối, Ngoại "
                 "trưởng Soto lại trao đổi qua điện thoại với Ngoại trưởng Úc Mark Ellis chừng nửa giờ.",
                 date(2021, 6, 5), {("2021-06-04", frozenset({"Luis Soto", "Ana Ferrer"})),
                                    ("2021-06-04", frozenset({"Luis Soto", "Mark Ellis"}))},
                 id="by_the_evening_is_the_same_day"),
    pytest.param("Chile mở rộng kênh ngoại giao\nNgày 2/5/2023, Tổng thống Chile Pablo Rojas điện đàm với Thủ tướng Đức "
                 "Anna Weber. Tới ngày 11/5/2023, ông gọi điện cho Tổng Thư ký Liên hợp quốc Lars Berg.", date(2023, 5, 20),
                 {("2023-05-02", frozenset({"Pablo Rojas", "Anna Weber"})),
                  ("2023-05-11", frozenset({"Pablo Rojas", "Lars Berg"}))}, id="he_called_the_next_partner"),
    pytest.param("Chile mở rộng kênh ngoại giao\nNgày 2/5/2023, Tổng thống Chile Pablo Rojas điện đàm với Thủ tướng Đức "
                 "Anna Weber. Ngày 9/5/2023, Tổng thống Chile lại tiếp tục trao đổi với Thủ tướng Úc Mark Ellis.",
                 date(2023, 5, 20), {("2023-05-02", frozenset({"Pablo Rojas", "Anna Weber"})),
                                     ("2023-05-09", frozenset({"Pablo Rojas", "Mark Ellis"}))},
                 id="the_round_caller_by_his_title_and_country_goes_on"),
    pytest.param("Ngày 3/9, Tổng tham mưu trưởng Quân đội Úc, Tướng Mark Hale, đã điện đàm với Tổng tham mưu trưởng "
                 "Chile, Đại tướng Pablo Rojas.", date(2022, 9, 4),
                 {("2022-09-03", frozenset({"Mark Hale", "Pablo Rojas"}))}, id="a_generals_rank_is_no_part_of_the_name"),
    pytest.param("Trong chuyến công du Ấn Độ, Thủ tướng Úc Mark Ellis hôm thứ Hai trò chuyện qua điện thoại với Tổng "
                 "thống Chile Pablo Rojas, sau thắng lợi của liên minh cầm quyền ở cuộc bầu cử quốc hội ngày 1/11.",
                 date(2015, 11, 3), {("2015-11-02", frozenset({"Mark Ellis", "Pablo Rojas"}))},
                 id="the_day_of_an_election_is_not_the_calls"),
    pytest.param("Theo trợ lý Lee Ho, một cuộc điện đàm riêng giữa ông Kim Min-su và Tổng thống Chile Pablo Rojas sẽ là "
                 "bước đi đối ngoại mở màn của ứng viên.", date(2025, 5, 20), set(),
                 id="a_call_that_will_be_a_first_step"),
    pytest.param("Ông Somsak Keo lên làm Thủ tướng tuần trước; người tiền nhiệm Anan Chai mất ghế vì cuộc điện đàm bị "
                 "rò rỉ với Chủ tịch Thượng viện Campuchia Sok Dara.", date(2025, 9, 19), set(),
                 id="a_leaked_call_is_a_past_scandal"),
    pytest.param("Thủ tướng Úc Mark Ellis và Tổng thống Chile Pablo Rojas điện đàm, sớm nhất là vào đêm mai, theo giới "
                 "chức Canberra.", date(2026, 1, 2), set(), id="a_call_tonight_at_the_earliest"),
    pytest.param("Chiều 27/1, Thủ tướng Ý Marco Bianchi đã điện thoại cho cựu Thủ tướng Paolo Conti, lãnh đạo đảng Tiến lên.",
                 date(2022, 1, 28), set(), id="a_former_leader_with_no_country_is_no_official"),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS)
def test_calls(text: str, published: date, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    assert dated_pairs(calls_of(text, published)) == expected


def test_a_bare_name_the_data_does_not_list_is_still_no_official() -> None:
    """Only the leaders people.toml lists are officials when named bare: any other proper noun needs a title."""
    assert calls_of("Cuộc điện đàm giữa Johnson và Meyer hôm qua kéo dài một giờ.", date(2020, 6, 9)) == []


def test_a_governor_of_a_central_bank_is_a_minister() -> None:
    """A central bank's governor sits in the cabinet (Vietnam's State Bank): the role of a minister."""
    calls = calls_of("Ngày 12/10/2022, Thống đốc Ngân hàng Nhà nước Việt Nam Lê Văn Hòa điện đàm với Thống đốc Ngân hàng "
                     "Trung ương Campuchia Chea Sophal.", date(2022, 10, 13))
    assert [p.role for p in calls[0].participants] == ["minister", "minister"]


def test_an_adviser_to_a_leader_keeps_the_call() -> None:
    """Only a leader people.toml lists is taken for the one a title "... của Tổng thống" names: an adviser stays."""
    calls = calls_of("Ngày 3/2, Ngoại trưởng Úc Mark Ellis gọi điện cho Cố vấn an ninh của Tổng thống Chile Luis Soto.",
                     date(2021, 2, 4))
    assert dated_pairs(calls) == {("2021-02-03", frozenset({"Mark Ellis", "Luis Soto"}))}


def test_the_year_of_a_text_is_not_inferred_when_it_writes_others() -> None:
    """ "năm nay" in a page with no date, one plain year ("thỏa thuận năm 2015") and others in month dates
    ("tháng 4/2021"): which year is this one is unknown."""
    text = ("Ngày 27/7, Ngoại trưởng Iran Ali Rezaei điện đàm với Ngoại trưởng Pháp Jean Morel về thỏa thuận năm 2015.\n"
            "Các cuộc đàm phán bắt đầu tháng 4/2021 nhưng đình trệ từ tháng 3 năm nay.")
    assert dated_pairs(calls_of(text)) == {("--07-27", frozenset({"Ali Rezaei", "Jean Morel"}))}


def test_the_speakers_call_with_two_is_no_call_between_them() -> None:
    """ "Tôi đã điện đàm với B và C" in a quote: the speaker's call with both, never one between B and C."""
    text = ('"Sáng nay tôi đã điện đàm với Tổng thống Chile Pablo Rojas và Quốc vương Na Uy Harald, mọi việc đều tốt", '
            "ông nói.")
    assert calls_of(text, date(2020, 4, 10)) == []


def test_a_party_named_before_its_translation_is_no_person() -> None:
    """ "Chủ tịch đảng Forza Italia (Nước Ý tiến lên) B": the run after "đảng" is the party's name, not a person."""
    calls = calls_of("Ngày 5/6, Thủ tướng Lê Văn Hòa điện đàm với Chủ tịch đảng Avanti Polonia (Ba Lan tiến lên) Jan "
                     "Nowak.", date(2023, 6, 6))
    assert all("Avanti" not in p.name for c in calls for p in c.participants)


def test_a_country_written_with_the_name_beats_the_listed_one() -> None:
    """people.toml lists Ursula von der Leyen as the EU's; "Bộ trưởng Lao động Đức Ursula von der Leyen" is German."""
    calls = calls_of("Ngày 3/2/2011, Bộ trưởng Lao động Pháp Paul Girard điện đàm với Bộ trưởng Lao động Đức Ursula von "
                     "der Leyen.", date(2011, 2, 4))
    assert {p.name: p.country for p in calls[0].participants}["Ursula von der Leyen"] == "DE"


def test_a_sites_name_opening_a_dateline_is_no_sentence_end() -> None:
    """ "VOV.VN - A ...": the dot of the site's name ends no sentence, so the evidence starts with it."""
    calls = calls_of("Tin thế giới\nVOV.VN - Ngoại trưởng Đức Anna Weber và Ngoại trưởng Nga Ivan Sokolov đã có cuộc "
                     "điện đàm đầu tiên.", date(2021, 12, 20))
    assert calls[0].evidence.startswith("VOV.VN - ")


def test_a_seat_of_government_before_a_name_is_no_part_of_it() -> None:
    """ "Người đứng đầu Lầu Năm Góc A": the seat (organisations.toml [seat_heads]) is not the first words of A."""
    names = [m.name for m in find_mentions("Vừa nhận nhiệm vụ, người đứng đầu Lầu Năm Góc Mark Hale (Marc Hale) gọi "
                                           "ngay cho các đồng nhiệm châu Á.")]
    assert not any(n.startswith("Lầu Năm Góc") for n in names)


def test_headlines_run_together_give_no_country_to_the_next_name() -> None:
    """ "Chủ tịch Thượng viện Pháp Chủ tịch Quốc hội X" (two related headlines run together): X's title is the last
    one, and France is not his country."""
    found = [(m.name, m.title, m.country) for m in find_mentions("Ông A gặp Chủ tịch Thượng viện Pháp Chủ tịch Quốc "
                                                                  "hội Lê Văn Hòa.")]
    assert ("Lê Văn Hòa", "Chủ tịch Quốc hội", None) in found


def test_a_vietnamese_name_after_a_governors_title_is_no_place() -> None:
    """ "Phó Thống đốc Lê Văn Hòa": after "Thống đốc" (a local word too: "Thống đốc bang X"), a Vietnamese name of
    three words is the person's, not a place and a shorter name."""
    found = [(m.name, m.title) for m in find_mentions("Sáng 8/9, Phó Thống đốc Lê Văn Hòa tiếp đoàn Ngân hàng Quốc gia "
                                                      "Hungary.")]
    assert ("Lê Văn Hòa", "Phó Thống đốc") in found
