"""Call extraction, one rule family at a time, on sentences written for these tests (not corpus text)."""

from datetime import date

import pytest

from extractors.calls import Extraction, extract, find_dates, role_and_title, split_sentences
from extractors.clean import clean_text
from extractors.countries import COUNTRIES, code_of, country_names, find_country


def only_call(text: str, published: date | None = None):
    ext = extract(clean_text(text), published=published)
    assert isinstance(ext, Extraction)
    assert len(ext.calls) == 1, [c.participants for c in ext.calls]
    return ext.calls[0]


def names(call) -> list[str]:
    return [p.name for p in call.participants]


# --- detection: the verbs that report a call --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, medium", [
    ("Sáng 12/3, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.", "phone"),
    ("Chiều 3/9, Thứ trưởng Ngoại giao Đỗ Hùng Việt trao đổi trực tuyến với Phó Ngoại trưởng Hoa Kỳ Wendy Sherman.",
     "video"),
    ("Ngày 18/7, Phó Thủ tướng, Bộ trưởng Tài chính Hồ Đức Phớc đã hội đàm qua điện thoại với Bộ trưởng Tài chính "
     "Nhật Bản Suzuki Shunichi.", "phone"),
    ("Chiều 12/6, Chủ tịch Quốc hội Trần Thanh Mẫn đã điện đàm trực tuyến với Chủ tịch Quốc hội Lào Xaysomphone "
     "Phomvihane.", "video"),
    ("Thủ tướng Xinh-ga-po Lý Hiển Long đã gọi điện cho Thủ tướng Nguyễn Xuân Phúc hôm 27/5.", "phone"),
    ("Bộ trưởng Bộ Ngoại giao Lê Hoài Trung nhận điện thoại của Ngoại trưởng Vương quốc Anh David Lammy ngày 5/6.",
     "phone"),
    ("Ngày 28/1, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga Vladimir Putin đã tổ chức hội đàm trực tuyến.",
     "video"),
])
def test_call_verbs(sentence: str, medium: str) -> None:
    call = only_call(sentence, date(2023, 9, 5))
    assert call.medium == medium
    assert call.evidence.startswith(sentence[:20])


@pytest.mark.parametrize("text", [
    # cables and letters
    "Nhân dịp Quốc khánh, Thủ tướng Phạm Minh Chính đã gửi điện chúc mừng Thủ tướng Thái Lan Srettha Thavisin.",
    "Ngày 10/2, Tổng Bí thư Nguyễn Phú Trọng gửi điện thăm hỏi Tổng thống Lào Thongloun Sisoulith sau trận lũ.",
    "Chủ tịch nước Võ Văn Thưởng gửi thư chúc mừng Tổng thống Philippines Ferdinand Marcos Jr.",
    # in-person talks and receptions
    "Ngày 10/2, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Úc Anthony Albanese tại Canberra.",
    "Chủ tịch nước Võ Văn Thưởng tiếp Đại sứ Nhật Bản Yamada Takio tại Phủ Chủ tịch.",
    # multilateral video conferences
    "Ngày 10/2, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN trực tuyến cùng các nhà lãnh đạo.",
    # a call only announced
    "Dự kiến ngày 20/9, Thủ tướng Nhật Bản Kishida Fumio sẽ điện đàm với Tổng thống Mỹ Joe Biden.",
    "Hai bên đang chuẩn bị cho cuộc điện đàm sắp tới giữa Thủ tướng Kishida Fumio và Tổng thống Joe Biden.",
    # a past call in passing
    "Trước đó, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.",
    "Tổng thống Mỹ Joe Biden là nhà lãnh đạo đầu tiên điện đàm với Thủ tướng Nhật Bản Kishida Fumio.",
    # telecom news and phone scams
    "Đối tượng gọi điện cho bà Nguyễn Thị Lan, tự xưng là Trưởng Công an phường.",
    "Tổng Giám đốc Viettel Tào Đức Thắng cho biết dịch vụ gọi điện video qua mạng 5G sẽ ra mắt.",
    # places named like calls
    "Điện Kremlin cho biết Tổng thống Nga Vladimir Putin sẽ thăm Điện Biên Phủ.",
    # no named counterpart
    "Trong năm 2020, lãnh đạo cấp cao Việt Nam đã có trên 30 cuộc điện đàm với lãnh đạo các nước.",
])
def test_not_calls(text: str) -> None:
    ext = extract(clean_text(text), published=date(2023, 9, 5))
    assert ext.calls == [] and not ext.is_call


def test_several_calls_in_one_article() -> None:
    text = ("Thủ tướng điện đàm với lãnh đạo Ấn Độ và Úc\n"
            "Sáng 5/4, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Ấn Độ Narendra Modi.\n"
            "Tại cuộc điện đàm, Thủ tướng Phạm Minh Chính đề nghị Thủ tướng Narendra Modi thúc đẩy thương mại.\n"
            "Cũng trong sáng 5/4, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Ô-xtrây-li-a Anthony Albanese.")
    ext = extract(clean_text(text), published=date(2023, 4, 5))
    assert [names(c) for c in ext.calls] == [["Phạm Minh Chính", "Narendra Modi"],
                                            ["Phạm Minh Chính", "Anthony Albanese"]]
    assert [c.participants[1].country for c in ext.calls] == ["IN", "AU"]
    assert all(c.date == "2023-04-05" for c in ext.calls)


def test_vietnamese_side_first_and_initiator() -> None:
    call = only_call("Tối 20/3, Quốc vương Campuchia Norodom Sihamoni gọi điện chúc mừng Chủ tịch nước Võ Văn Thưởng.",
                     date(2024, 3, 21))
    assert names(call) == ["Võ Văn Thưởng", "Norodom Sihamoni"]
    assert call.initiator == 2
    call = only_call("Theo đề nghị của phía Nga, ngày 1/2, Bộ trưởng Quốc phòng Phan Văn Giang đã có cuộc điện đàm "
                     "với Bộ trưởng Quốc phòng Nga Sergei Shoigu.", date(2023, 2, 1))
    assert call.initiator == 2
    assert any(f.kind == "initiator" for f in call.findings)


def test_both_sides_named_before_the_verb() -> None:
    call = only_call("Ngày 14/4, Thủ tướng Anh Rishi Sunak và Tổng thống Pháp Emmanuel Macron đã điện đàm.",
                     date(2023, 4, 15))
    assert names(call) == ["Rishi Sunak", "Emmanuel Macron"]
    assert [p.country for p in call.participants] == ["GB", "FR"]


# --- dates ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lead, published, expected", [
    ("Ngày 4/3", date(2021, 3, 5), "2021-03-04"),
    ("Chiều 16-4", date(2020, 4, 16), "2020-04-16"),
    ("Ngày 16.1", date(2020, 1, 17), "2020-01-16"),
    ("Chiều 16/4/2020", None, "2020-04-16"),
    ("Ngày 27 tháng 5 năm 2021", None, "2021-05-27"),
    ("Ngày 12 tháng 01", date(2021, 1, 13), "2021-01-12"),
    ("Ngày 4/3", None, "--03-04"),
    ("Ngày 31/12", date(2024, 1, 2), "2023-12-31"),  # reported in the new year, held in the old one
    ("Tối qua", date(2023, 3, 13), "2023-03-12"),
    ("Sáng nay", date(2023, 3, 13), "2023-03-13"),
    ("Sáng nay (06/11)", None, "--11-06"),
    ("Tối qua (12/3)", date(2023, 3, 13), "2023-03-12"),
    ("Lúc 20 giờ ngày 2-7 (giờ Việt Nam)", date(2025, 7, 3), "2025-07-02"),
])
def test_call_dates(lead: str, published: date | None, expected: str) -> None:
    call = only_call(f"{lead}, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.", published)
    assert call.date == expected


def test_no_day_no_date() -> None:
    call = only_call("Bộ trưởng Ngoại giao Bùi Thanh Sơn vừa điện đàm với Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar.",
                     date(2021, 4, 17))
    assert call.date is None


def test_report_date_is_not_the_call_date() -> None:
    text = ("Ngày 26-10, hãng NHK đưa tin Thủ tướng Nhật Bản Kishida Fumio đã điện đàm với Tổng thống Mỹ Joe Biden.\n"
            "Cuộc điện đàm được tiến hành ngày 25-10.")
    assert only_call(text, date(2023, 10, 26)).date == "2023-10-25"


def test_find_dates_ignores_anniversary_ranges_and_months() -> None:
    hits = find_dates("kỷ niệm 70 năm quan hệ (18.1.1950 - 18.1.2020), từ tháng 2/2015 đến nay")
    assert hits == []


# --- titles and roles -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("title, role", [
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao", "foreign_minister"),
    ("Phó thủ tướng - Bộ trưởng Bộ Ngoại giao", "foreign_minister"),
    ("Phó Thủ tướng, Bộ trưởng Tài chính", "minister"),
    ("Phó Thủ tướng Thường trực", "deputy_head_of_government"),
    ("Tổng Bí thư, Chủ tịch nước", "head_of_state"),
    ("Tổng Bí thư", "party_leader"),
    ("Chủ tịch Đảng Nhân dân Campuchia", "party_leader"),
    ("Bí thư Trung ương Đảng, Quyền Bộ trưởng Bộ Ngoại giao", "foreign_minister"),
    ("Quyền Bộ trưởng Bộ Công Thương", "minister"),
    ("Tổng thống đắc cử", "other"),
    ("Đại sứ", "other"),
    ("Chủ tịch Quốc hội", "parliament_speaker"),
    ("Chủ tịch Hạ viện", "parliament_speaker"),
    ("Chủ tịch", "head_of_state"),
    ("Thủ tướng Chính phủ", "head_of_government"),
    ("Ngoại trưởng", "foreign_minister"),
    ("Thứ trưởng", "deputy_foreign_minister"),
    ("Thứ trưởng Ngoại giao", "deputy_foreign_minister"),
    ("Thứ trưởng Bộ Quốc phòng", "other"),
    ("Quốc vụ khanh Bộ Ngoại giao", "deputy_foreign_minister"),
    ("Quốc vương", "head_of_state"),
    ("Chủ nhiệm Tổng cục Chính trị", "other"),
])
def test_roles(title: str, role: str) -> None:
    assert role_and_title(title)[0] == role


def test_compound_title_kept_as_written_role_from_the_state_post() -> None:
    # the party post stays in the title (as written) but gives way to the state post for the role
    assert role_and_title("Tổng Bí thư, Chủ tịch nước") == ("head_of_state", "Tổng Bí thư, Chủ tịch nước")
    assert role_and_title("Tổng Bí thư") == ("party_leader", "Tổng Bí thư")
    assert role_and_title("Bí thư thứ nhất, Chủ tịch nước") == ("head_of_state", "Bí thư thứ nhất, Chủ tịch nước")
    # memberships next to a post are not titles of their own; ranks neither
    assert role_and_title("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an") == ("minister", "Bộ trưởng Bộ Công an")
    assert role_and_title("Đại tướng, Bộ trưởng Quốc phòng") == ("minister", "Bộ trưởng Quốc phòng")
    assert role_and_title("Phó Thủ tướng, Bộ trưởng Ngoại giao") == ("foreign_minister",
                                                                     "Phó Thủ tướng, Bộ trưởng Ngoại giao")


def test_titles_and_appositives() -> None:
    call = only_call("Đại tướng Lương Cường, Bí thư Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị Quân đội Nhân dân "
                     "Việt Nam sáng nay (06/11) đã điện đàm với Thượng tướng Miêu Hoa, Chủ nhiệm Bộ Công tác Chính "
                     "trị Quân ủy Trung ương Trung Quốc.")
    a, b = call.participants
    assert (a.name, a.country, a.role) == ("Lương Cường", "VN", "other")
    assert a.title.startswith("Chủ nhiệm Tổng cục Chính trị")
    assert (b.name, b.country) == ("Miêu Hoa", "CN")


def test_counterpart_takes_the_other_title() -> None:
    call = only_call("Ngày 30/1, Ngoại trưởng Nga Sergei Lavrov đã điện đàm với người đồng cấp Mỹ Antony Blinken.")
    assert [p.role for p in call.participants] == ["foreign_minister", "foreign_minister"]
    assert call.participants[1].country == "US"


def test_ambassador_posted_abroad_keeps_home_country() -> None:
    call = only_call("Ngày 15-8, Đại sứ Việt Nam tại Mỹ Nguyễn Quốc Dũng điện đàm với Thượng nghị sĩ Mỹ Patrick Leahy.")
    assert call.participants[0].country == "VN" and call.participants[0].role == "other"


# --- names ------------------------------------------------------------------------------------------------------
def test_short_names_are_completed_from_the_article() -> None:
    text = ("Chủ tịch nước Trần Đại Quang chúc mừng Tổng thống Nga Vladimir Putin tái đắc cử.\n"
            "Trong cuộc điện đàm, Chủ tịch nước Trần Đại Quang mời Tổng thống Putin sang thăm Việt Nam.")
    ext = extract(text, url="https://example.vn/chu-tich-nuoc-dien-dam-voi-tong-thong-nga-123.html")
    assert [names(c) for c in ext.calls] == [["Trần Đại Quang", "Vladimir Putin"]]
    assert ext.calls[0].date is None
    # a call named only as a noun counts when the article is about a call (URL, title, first line, or a
    # sentence opening with "Trong cuộc điện đàm,"), never when it is only remembered
    assert len(extract(text).calls) == 1
    text2 = ("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Yamada Takio.\n"
             "Hai bên nhắc lại cuộc điện đàm ngày 5/6 giữa Thủ tướng Phạm Minh Chính và Thủ tướng Nhật Bản "
             "Kishida Fumio.")
    assert extract(text2, url="https://example.vn/thu-tuong-dien-dam-1.html").calls == []


@pytest.mark.parametrize("sentence, expected", [
    ("Chiều 7/1, Quốc vương Campuchia Norodom Sihamoni điện đàm với Chủ tịch nước Võ Văn Thưởng.",
     ["Võ Văn Thưởng", "Norodom Sihamoni"]),
    ("Ngày 8/3, Chủ tịch Ủy ban châu Âu Ursula von der Leyen đã điện đàm với Thủ tướng Phạm Minh Chính.",
     ["Phạm Minh Chính", "Ursula von der Leyen"]),
    ("Tối 20/3, Thái tử Ả-rập Xê-út Mohammed bin Salman điện đàm với Thủ tướng Phạm Minh Chính.",
     ["Phạm Minh Chính", "Mohammed bin Salman"]),
    ("Ngày 4/8, Tổng thống Hàn Quốc Yoon Suk-yeol đã điện đàm với Chủ tịch Hạ viện Mỹ Nancy Pelosi.",
     ["Yoon Suk-yeol", "Nancy Pelosi"]),
    ("Ngày 3/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Xinh-ga-po Vi-vi-an Ba-la-krit-xnan.",
     ["Bùi Thanh Sơn", "Vi-vi-an Ba-la-krit-xnan"]),
    ("Cũng trong chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã gọi điện chúc mừng Thủ tướng Campuchia Samdech "
     "Techo Hun Sen.", ["Nguyễn Xuân Phúc", "Hun Sen"]),
    ("Ngày 5/5, Bộ trưởng Ngoại giao Philippines Enrique A. Manalo điện đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
     ["Bùi Thanh Sơn", "Enrique A. Manalo"]),
])
def test_names(sentence: str, expected: list[str]) -> None:
    assert names(only_call(sentence)) == expected


# --- countries --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, code", [
    ("Anh", "GB"), ("Vương quốc Anh", "GB"), ("Liên hiệp Vương quốc Anh và Bắc Ireland", "GB"),
    ("Mỹ", "US"), ("Hoa Kỳ", "US"), ("Hàn Quốc", "KR"), ("LB Nga", "RU"), ("Liên bang Nga", "RU"),
    ("Xinh-ga-po", "SG"), ("Singapore", "SG"), ("Ô-xtrây-li-a", "AU"), ("Úc", "AU"), ("Trung Quốc", "CN"),
    ("Cam-pu-chia", "KH"), ("Thổ Nhĩ Kỳ", "TR"), ("Ả-rập Xê-út", "SA"), ("Liên minh châu Âu", "EU"),
    ("Liên hợp quốc", "UN"), ("Hoà Lan", None),
])
def test_country_names(name: str, code: str | None) -> None:
    assert code_of(name) == code


def test_gazetteer_is_thorough_and_well_formed() -> None:
    rows = country_names()
    assert len(rows) >= 195
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 2 and c.isupper() for c in codes)
    assert len(COUNTRIES) == len(rows)


def test_country_words_inside_names_are_not_countries() -> None:
    # "Anh" in "Tô Anh Dũng" and "Đức" in a given name are not countries
    call = only_call("Ngày 4-3, Thứ trưởng Tô Anh Dũng đã điện đàm với Quốc vụ khanh Bộ Ngoại giao Anh Nigel Adams.")
    assert [p.country for p in call.participants] == ["VN", "GB"]
    assert find_country("ông Nguyễn Minh Đức") == ("DE", 16, 19)  # the gazetteer alone cannot tell; the extractor can
    call = only_call("Ngày 5/3, Bộ trưởng Nguyễn Minh Đức điện đàm với Bộ trưởng Tư pháp Nhật Bản Saito Ken.")
    assert call.participants[0].name == "Nguyễn Minh Đức" and call.participants[0].country == "VN"


# --- sentences and findings -------------------------------------------------------------------------------------
def test_sentences_keep_offsets_and_initials() -> None:
    text = "Ông Enrique A. Manalo phát biểu.Hai bên nhất trí.\nDòng mới"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Ông Enrique A. Manalo phát biểu.", "Hai bên nhất trí.", "Dòng mới"]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_findings_and_evidence_offsets() -> None:
    text = clean_text("Ngày 1/2, Bộ trưởng Quốc phòng Phan Văn Giang đã có cuộc điện đàm với Bộ trưởng Quốc phòng "
                      "Nga Sergei Shoigu. Hai bên nhất trí tăng cường hợp tác quốc phòng trong khuôn khổ quan hệ Đối "
                      "tác Chiến lược Toàn diện. Bộ trưởng Phan Văn Giang mời Bộ trưởng Shoigu sang thăm Việt Nam.")
    call = extract(text, published=date(2023, 2, 1)).calls[0]
    assert text[call.evidence_start:call.evidence_end] == call.evidence
    kinds = {f.kind for f in call.findings}
    assert {"topic", "agreement", "invitation", "framework"} <= kinds
    for f in call.findings:
        assert text[f.start:f.end] == f.evidence
        assert 0 < f.confidence <= 1
    assert 0 < call.confidence <= 1


def test_old_and_new_tone_marks_give_the_same_result() -> None:
    old = "Ngày 6/6, Bộ trưởng Công an Trung Quốc Vương Tiểu Hồng đã hội đàm trực tuyến với Bộ trưởng Y tế Mỹ Hoà Bình."
    new = old.replace("Hoà", "Hòa")
    assert extract(old).calls[0].to_dict() == extract(new).calls[0].to_dict()


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="str"):
        extract(b"bytes")  # type: ignore[arg-type]
    assert extract("").calls == []


def test_enumerated_counterparts_are_separate_calls() -> None:
    ext = extract("Ngày 5/6, Thủ tướng Phạm Minh Chính điện đàm với Tổng thống Pháp Emmanuel Macron, Thủ tướng Đức "
                  "Olaf Scholz và Thủ tướng Ý Giorgia Meloni.")
    assert [c.participants[1].name for c in ext.calls] == ["Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"]
    # two officials of one country on one call stay one call
    ext = extract("Ngày 25/1, Thứ trưởng Ngoại giao Hà Kim Ngọc điện đàm với Trợ lý Ngoại trưởng Hoa Kỳ Daniel "
                  "Kritenbrink và Phó Trợ lý Ngoại trưởng Hoa Kỳ Marc Knapper.")
    assert len(ext.calls) == 1


def test_page_title_counts_when_the_body_does_not_repeat_it() -> None:
    body = "Hai bên trao đổi về quan hệ song phương và nhất trí thúc đẩy hợp tác kinh tế."
    ext = extract(body, title="Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio")
    assert [names(c) for c in ext.calls] == [["Phạm Minh Chính", "Kishida Fumio"]]
    assert ext.calls[0].evidence_start == -1


def test_bare_name_with_appositive_title() -> None:
    call = only_call("Ngày 5/6, Antony Blinken, Ngoại trưởng Mỹ, đã điện đàm với ông Vương Nghị, Bộ trưởng Ngoại "
                     "giao Trung Quốc.")
    assert [(p.name, p.country, p.role) for p in call.participants] == [
        ("Antony Blinken", "US", "foreign_minister"), ("Vương Nghị", "CN", "foreign_minister")]
    call = only_call("Hà Nội, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.")
    assert names(call) == ["Phạm Minh Chính", "Kishida Fumio"]


@pytest.mark.parametrize("text", [
    "Trong năm 2023, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.",
    "Tổng thống Mỹ Donald Trump cho biết chưa điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.",
    "Hồi tháng 3, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.",
    "Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin đã điện đàm nhiều lần.",
    "Tổng thống Mỹ Donald Trump từ chối điện đàm với Tổng thống Venezuela Nicolás Maduro.",
])
def test_reviews_refusals_and_past_calls(text: str) -> None:
    assert extract(text).calls == []


@pytest.mark.parametrize("text", [
    "Tối 3/5, Tổng thống Mỹ Donald Trump đã điện thoại cho Tổng thống Nga Vladimir Putin.",
    "Ngày 3/5, Tổng thống Mỹ Joe Biden đã có cuộc gọi điện thoại với Thủ tướng Anh Rishi Sunak.",
    "Tổng thống Nga Vladimir Putin ngày 5/6 đã có cuộc điện đàm với người đồng cấp Mỹ Joe Biden.",
])
def test_more_call_forms(text: str) -> None:
    assert len(extract(text).calls) == 1


def test_article_with_headline_lead_and_noise() -> None:
    text = ("Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Campuchia Hun Manet\n"
            "(Chinhphu.vn) - Tối 5/6, Thủ tướng Chính phủ Phạm Minh Chính đã điện đàm với Thủ tướng Vương quốc "
            "Campuchia Samdech Thipadei Hun Manet.\n"
            "Trước đó, ngày 12/2, hai Thủ tướng cũng đã điện đàm.\n"
            "Hai Thủ tướng nhất trí thúc đẩy thương mại song phương.\nMinh Khôi")
    ext = extract(clean_text(text), published=date(2024, 6, 6))
    # (the two's earlier call, on a day of its own, is a call too since 1.161.0: non_call_wordings.toml [earlier_of_pair])
    assert [c.date for c in ext.calls] == ["2024-06-05", "2024-02-12"]
    call = ext.calls[0]
    assert names(call) == ["Phạm Minh Chính", "Hun Manet"]
    assert call.participants[1].title == "Thủ tướng" and call.participants[1].country == "KH"
    assert call.date == "2024-06-05"
    assert call.evidence.startswith("(Chinhphu.vn) - Tối 5/6")  # the sentence that dates the call


def test_past_call_date_is_not_borrowed() -> None:
    text = ("Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.\n"
            "Trước đó, ngày 12/2, hai Thủ tướng cũng đã điện đàm.")
    assert only_call(text, date(2024, 6, 6)).date is None


def test_initialled_names() -> None:
    text = ("Tổng thống Nga Vladimir Putin nhận lời mời.\n"
            "Tối 5/6, Tổng thống Liên bang Nga V.Putin đã điện đàm với Tổng thống Mỹ D.Trump.")
    call = only_call(text)
    assert [(p.name, p.country) for p in call.participants] == [("Vladimir Putin", "RU"), ("D.Trump", "US")]


def test_bare_names_found_by_the_pos_tagger_need_a_title_elsewhere() -> None:
    intro = "Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump đã có nhiều bất đồng.\n"
    call = only_call(intro + "Tối 5/6, Putin và Trump đã điện đàm về Ukraine.", date(2025, 6, 6))
    assert [(p.name, p.title, p.country) for p in call.participants] == [
        ("Vladimir Putin", "Tổng thống", "RU"), ("Donald Trump", "Tổng thống", "US")]
    assert call.date == "2025-06-05"
    # (named bare with no title anywhere: no officials, unless people.toml lists them as leaders)
    assert extract("Tối 5/6, Johnson và Meyer đã điện đàm về Ukraine.").calls == []
    assert len(extract("Tối 5/6, Putin và Trump đã điện đàm về Ukraine.").calls) == 1


def test_conjunction_inside_a_title() -> None:
    call = only_call("Sáng 17/9, Thứ trưởng Ngoại giao Đỗ Hùng Việt đã có cuộc điện đàm với Quốc vụ khanh phụ trách "
                     "Pháp ngữ và Đối tác quốc tế Pháp Thani Mohamed Soilihi.")
    p = call.participants[1]
    assert (p.name, p.country, p.role) == ("Thani Mohamed Soilihi", "FR", "deputy_foreign_minister")
    assert p.title == "Quốc vụ khanh phụ trách Pháp ngữ và Đối tác quốc tế"


def test_sentence_initial_nominal_call() -> None:
    text = ("Mở đầu cuộc điện đàm, Bộ trưởng Bùi Thanh Sơn chúc mừng ông Cho Tae Yul được bổ nhiệm làm Bộ trưởng "
            "Ngoại giao Hàn Quốc.")
    ext = extract(text, url="https://example.vn/bo-truong-dien-dam-voi-bo-truong-ngoai-giao-han-quoc-1.html")
    assert [names(c) for c in ext.calls] == [["Bùi Thanh Sơn", "Cho Tae Yul"]]


def test_article_stating_its_year() -> None:
    text = ("Điện đàm với Bộ trưởng Tài chính Hoa Kỳ Janet Yellen chiều tối 5/6, Phó Thủ tướng Lê Minh Khái cho biết "
            "kim ngạch thương mại những tháng đầu năm 2024 này tăng mạnh.")
    call = only_call(text, date(2022, 1, 1))
    assert call.date == "2024-06-05"
    assert names(call) == ["Lê Minh Khái", "Janet Yellen"]


def test_both_leaders_named_in_the_sentence_before() -> None:
    call = only_call("Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump.\n"
                     "Hai nhà lãnh đạo đã điện đàm hơn 2 giờ ngày 18/3.", date(2025, 3, 19))
    assert names(call) == ["Vladimir Putin", "Donald Trump"] and call.date == "2025-03-18"
    assert extract("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo. "
                   "Hai nhà lãnh đạo từng điện đàm hồi tháng 3.").calls == []


def test_rank_between_title_and_name_and_predicate_titles() -> None:
    call = only_call("Ngày 5/6, Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang điện đàm với Bộ trưởng An ninh Nội địa "
                     "Hoa Kỳ Kristi Noem.")
    assert [(p.title, p.role) for p in call.participants] == [("Bộ trưởng Bộ Công an", "minister"),
                                                             ("Bộ trưởng An ninh Nội địa", "minister")]
    text = ("Gửi lời chúc mừng ông Pete Hegseth nhận chức Bộ trưởng Quốc phòng Hoa Kỳ, Đại tướng Phan Văn Giang "
            "cho biết Việt Nam coi trọng quan hệ.\n"
            "Ngày 7/2, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng điện đàm với Bộ trưởng Quốc phòng Hoa Kỳ "
            "Pete Hegseth.")
    call = only_call(text)
    assert [(p.name, p.country) for p in call.participants] == [("Phan Văn Giang", "VN"), ("Pete Hegseth", "US")]
    assert call.participants[0].title == "Bộ trưởng Quốc phòng"


def test_sino_vietnamese_foreign_name_next_to_a_vietnamese_one() -> None:
    call = only_call("Ngày 5/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ủy viên Bộ Chính trị, Bộ trưởng Ngoại "
                     "giao Vương Nghị về hợp tác Việt Nam - Trung Quốc.")
    assert [p.country for p in call.participants] == ["VN", "CN"]
    assert call.participants[1].title == "Bộ trưởng Ngoại giao"


def test_published_may_be_a_datetime_or_iso_string() -> None:
    from datetime import datetime

    s = "Ngày 5/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio."
    assert extract(s, published=datetime(2024, 6, 6, 10)).calls[0].date == "2024-06-05"
    assert extract(s, published="2024-06-06T10:00:00+07:00").calls[0].date == "2024-06-05"  # type: ignore[arg-type]
    assert extract(s, published="not a date").calls[0].date == "--06-05"  # type: ignore[arg-type]


def test_conference_held_online_is_not_a_call() -> None:
    assert extract("Chiều 5/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN - "
                   "Trung Quốc với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị theo hình thức trực tuyến.").calls == []
