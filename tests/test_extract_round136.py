"""Error classes of stop 37 (issue 14), read on rounds measured once before (136 on 1.152.0, then the rounds of this
stop), each a general rule. Every sentence is written for these tests (invented people, other days): it reproduces the
shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names)
_CALLS_136 = [
    # a short form of a country that is also a family name opens a Sino-Vietnamese name after another country
    pytest.param("Ngày 18/2, Bộ trưởng Trần Văn Bình đã điện đàm trực tuyến với Bộ trưởng Bộ Nông nghiệp Trung Quốc Hàn "
                 "Minh Phúc về nông sản.", date(2020, 2, 20),
                 {("2020-02-18", frozenset({"Trần Văn Bình", "Hàn Minh Phúc"}))}, id="a_family_name_like_a_country"),
    pytest.param("Ngày 18/2, Phó Thủ tướng Trần Văn Bình điện đàm với Phó Thủ tướng Trung Quốc Hàn Phúc.", date(2020, 2, 20),
                 {("2020-02-18", frozenset({"Trần Văn Bình", "Hàn Phúc"}))}, id="a_family_name_like_a_country_two_words"),
    # ... but before a Korean name it is Korea's short form
    pytest.param("Ngày 18/2, Bộ trưởng Ngoại giao Trần Văn Bình điện đàm với Ngoại trưởng Hàn Park Min-ho.", date(2020, 2, 20),
                 {("2020-02-18", frozenset({"Trần Văn Bình", "Park Min-ho"}))}, id="koreas_short_form_before_a_name"),
    # two officials of offices only Viet Nam has, in an article naming a foreign market: a domestic call
    pytest.param("Tối 14-9, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Văn Hòa đã gọi điện cho Chủ tịch UBND tỉnh "
                 "Bạc Liêu Trần Minh Đức để nắm tình hình giá tôm.\nBộ trưởng đề nghị tìm thị trường mới tại Nhật Bản.",
                 date(2022, 9, 15), set(), id="two_vietnamese_offices"),
    # ... while a Sino-Vietnamese name with a title of any country beside a Vietnamese office still takes the foreign one
    pytest.param("Tối 14-9, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Văn Hòa đã điện đàm với Bộ trưởng Lưu Minh "
                 "Phúc.\nHai bên bàn về xuất khẩu nông sản sang Trung Quốc.", date(2022, 9, 15),
                 {("2022-09-14", frozenset({"Lê Văn Hòa", "Lưu Minh Phúc"}))}, id="a_vietnamese_office_and_a_foreign_reading"),
    # an in-person meeting told as the call's time: the person after it is the meeting's, not the call's partner
    pytest.param("Tổng thống Peru điện đàm với lãnh đạo Chile, Úc trước thượng đỉnh với ông Vương Minh\nNgày 20/10, Tổng thống "
                 "Peru Luis Soto đã điện đàm với Tổng thống Chile Ana Ferrer và Thủ tướng Úc Mark Ellis.", date(2025, 10, 21),
                 {("2025-10-20", frozenset({"Luis Soto", "Ana Ferrer"})), ("2025-10-20", frozenset({"Luis Soto", "Mark Ellis"}))},
                 id="a_meeting_as_the_calls_time_in_a_headline"),
    pytest.param("Ngày 20/10, Tổng thống Peru Luis Soto đã điện đàm với Tổng thống Chile Ana Ferrer trước cuộc gặp với Chủ tịch "
                 "Trung Quốc Vương Minh.", date(2025, 10, 21), {("2025-10-20", frozenset({"Luis Soto", "Ana Ferrer"}))},
                 id="a_meeting_as_the_calls_time_after_the_partner"),
    # a call told with a month only, in a list of exchanges in the news of a visit: background (no publication date)
    pytest.param("Ngoại trưởng Chile Rojas sang Hà Nội từ ngày 5-6/7.\nDù đi lại còn khó khăn vì đại dịch, hai nước vẫn giữ nhịp "
                 "tiếp xúc ở mọi cấp, trong đó có chuyến công du Chile của Chủ tịch nước Trần Minh Đức vào tháng 11/2021, Bộ "
                 "trưởng Ngoại giao Lê Văn Hòa điện đàm với Bộ trưởng Ngoại giao Pablo Rojas vào tháng 3 năm nay.", None, set(),
                 id="a_call_of_a_month_in_a_list"),

    # (round 137) a denial of a call "between the two leaders", after one side's claim, undoes the article's one pair
    # (leaders of people.toml, so that "Tổng thống Mỹ" in the lead is the one named later)
    pytest.param("Trung Quốc Phủ Nhận Ông Tập Gọi Điện Cho Ông Trump\nBắc Kinh khẳng định không có cuộc điện đàm nào giữa lãnh "
                 "đạo hai nước gần đây, sau khi Tổng thống Mỹ nói Chủ tịch Tập Cận Bình đã gọi cho ông.\nTrong cuộc phỏng vấn "
                 "công bố ngày 25/4, ông Donald Trump nói ông Tập \"đã gọi điện\" cho ông, nhưng không nói rõ thời điểm.",
                 date(2025, 4, 26), set(), id="a_denial_of_the_two_leaders_call"),
    # a breadcrumb line before the headline: the headline is still the article's, and names the day before's partner
    pytest.param("Bộ Ngoại giao  >  Tin hoạt động  >  Hoạt động của Lãnh đạo Bộ\nThứ trưởng Đỗ Minh Quân điện đàm với Thứ "
                 "trưởng Ngoại giao Lào và Hàn Quốc\nNgày 15/9, Thứ trưởng Ngoại giao Đỗ Minh Quân đã điện đàm với Thứ trưởng "
                 "Ngoại giao Lào Khăm Sỉ.\nTrước đó một ngày, Thứ trưởng Đỗ Minh Quân cũng đã có cuộc điện đàm với Thứ trưởng "
                 "thứ nhất Bộ Ngoại giao Hàn Quốc Kim Hyun-su.", date(2021, 9, 16),
                 {("2021-09-15", frozenset({"Đỗ Minh Quân", "Khăm Sỉ"})), ("2021-09-14", frozenset({"Đỗ Minh Quân", "Kim Hyun-su"}))},
                 id="a_breadcrumb_before_the_headline"),
    # a region and the country in brackets after a local title; the two sides "continue" on a later day
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Hà Giang Lê Văn Hòa đã điện đàm với Thị trưởng thành phố Bách Sắc (Quảng Tây, Trung "
                 "Quốc) Lý Minh Phúc về thông quan.\nĐến chiều 8/1, hai bên tiếp tục hội đàm trực tuyến để thống nhất phương "
                 "án.", date(2022, 1, 9), {("2022-01-06", frozenset({"Lê Văn Hòa", "Lý Minh Phúc"})),
                                          ("2022-01-08", frozenset({"Lê Văn Hòa", "Lý Minh Phúc"}))},
                 id="a_region_and_country_in_brackets"),
    # ... but "hai bên" alone is no pair calling again: a past call recalled at a visit
    pytest.param("Chủ tịch Quốc hội Lào Somsak thăm Việt Nam\nSáng 8/12, Chủ tịch Quốc hội Trần Minh Đức hội đàm với Chủ tịch "
                 "Quốc hội Lào Somsak Keo.\nChủ tịch Quốc hội Trần Minh Đức nhắc lại rằng, ngay sau khi đồng chí Somsak được bầu, "
                 "hai bên đã điện đàm.", date(2021, 12, 8), set(), id="the_two_sides_in_a_recalled_call"),
    # a report "the same afternoon" as an event told before, then the pair "continuing" on its own day: two calls
    pytest.param("Sáng 3/3, Bí thư Tỉnh ủy Lê Văn Hòa đã hội đàm trực tuyến với Bí thư Thành ủy thành phố Sùng Tả (Quảng Tây, "
                 "Trung Quốc) Lưu Minh.\nChiều cùng ngày, Chủ tịch UBND tỉnh Trần Minh Đức điện đàm với Thị trưởng thành phố "
                 "Bằng Tường Hoàng Phúc.\nNgày 4/3, ông Trần Minh Đức tiếp tục gọi điện cho Thị trưởng Hoàng Phúc để thống "
                 "nhất thời gian.", date(2022, 3, 5),
                 {("2022-03-03", frozenset({"Lê Văn Hòa", "Lưu Minh"})), ("2022-03-03", frozenset({"Trần Minh Đức", "Hoàng Phúc"})),
                  ("2022-03-04", frozenset({"Trần Minh Đức", "Hoàng Phúc"}))}, id="the_same_afternoon_then_again"),
    # (round 138) a lead in which one official addresses another, then "Trong cuộc điện đàm, ông A ...": their call
    pytest.param("Ngày 10/3, Ngoại trưởng Peru Luis Soto kêu gọi Tổng Thư ký Liên hợp quốc Amina Bello cử đoàn giám sát tới "
                 "biên giới.\nTrong cuộc điện đàm, ông Soto cũng nói về nạn buôn lậu.", date(2026, 3, 11),
                 {("2026-03-10", frozenset({"Luis Soto", "Amina Bello"}))}, id="addressed_then_in_the_call"),
    # (round 139) a digest whose headline tells its calls: they are its news
    pytest.param("Điểm tin đối ngoại tuần: Thủ tướng điện đàm với lãnh đạo Chile và Peru\nNgày 21/4, Thủ tướng Lê Văn Hòa điện "
                 "đàm với Tổng thống Chile Ana Ferrer.\nNgày 23/4, Thủ tướng tiếp tục điện đàm với Tổng thống Peru Luis Soto.",
                 date(2025, 4, 26), {("2025-04-21", frozenset({"Lê Văn Hòa", "Ana Ferrer"})),
                                     ("2025-04-23", frozenset({"Lê Văn Hòa", "Luis Soto"}))}, id="a_digest_headline_telling_calls"),
    # ... but not one that only names its period
    pytest.param("Điểm tin đối ngoại tuần từ 21-26/4\nNgày 21/4, Thủ tướng Lê Văn Hòa điện đàm với Tổng thống Chile Ana "
                 "Ferrer.", date(2025, 4, 26), set(), id="a_digest_headline_of_a_period"),
    # a weekday said to be past, after the day of a communiqué, is the call's own
    pytest.param("Theo thông cáo của Ban Đối ngoại công bố sáng 21.11, hôm thứ Hai vừa qua Tổng Bí thư Lê Văn Hòa đã trao đổi "
                 "qua điện thoại với Tổng thống Chile Ana Ferrer.", date(2024, 11, 21),
                 {("2024-11-18", frozenset({"Lê Văn Hòa", "Ana Ferrer"}))}, id="a_past_weekday_after_a_communiques_day"),
    # the two of a two-word post calling again
    pytest.param("Ngày 24/7, Phó Thủ tướng Lê Văn Hòa đã điện đàm với Phó Thủ tướng Chile Ana Ferrer.\nSáng 26/7, hai Phó Thủ "
                 "tướng tiếp tục điện đàm lần thứ hai.", date(2025, 7, 26),
                 {("2025-07-24", frozenset({"Lê Văn Hòa", "Ana Ferrer"})), ("2025-07-26", frozenset({"Lê Văn Hòa", "Ana Ferrer"}))},
                 id="two_deputy_pms_again"),
    # the call's day after an aside on the partner with a day of its own
    pytest.param("Thủ tướng Lê Văn Hòa đã điện đàm với Thủ tướng Nhật Bản Sato Kenji, người vừa nhậm chức ngày 4/10, vào tối "
                 "12/10.", date(2021, 10, 13), {("2021-10-12", frozenset({"Lê Văn Hòa", "Sato Kenji"}))},
                 id="the_day_after_an_aside"),
    # a foreign leader's call with a city's official of no written country: his own country's
    pytest.param("Tổng thống Peru Luis Soto ngày 8/1 đã điện đàm với Thống đốc vùng Lima Ana Ruiz về cháy rừng.\nCùng ngày, ông "
                 "Soto cũng gọi điện cho Thị trưởng Cusco Pablo Rojas. Ông đã hủy chuyến thăm Italy.", date(2025, 1, 9), set(),
                 id="a_citys_official_of_the_leaders_country"),
    # "trong một cuộc gọi"; a call received named by its sender in an opening phrase
    pytest.param("Tổng thống Chile Ana Ferrer và Tổng thống Peru Luis Soto đã thống nhất lộ trình giảm thuế trong một cuộc gọi "
                 "dài vào thứ Ba.", date(2025, 3, 19), {("2025-03-18", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="in_a_call"),
    pytest.param("Sau cuộc gọi chúc mừng năm mới từ Tổng thống Chile Ana Ferrer, Tổng thống Peru Luis Soto nói hai nước sẽ mở "
                 "thêm đường bay.", date(2025, 6, 15), {(None, frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="a_call_of_wishes_from"),
    # a call said to have taken place on a day, after its two people and a hedge
    pytest.param("Báo El Pais ngày 11.8 viết rằng cuộc điện đàm giữa Tổng thống Peru Luis Soto và Thủ tướng Chile Ana Ferrer, "
                 "được cho là diễn ra vào ngày 28.7, kết thúc không có thỏa thuận.", date(2025, 8, 12),
                 {("2025-07-28", frozenset({"Luis Soto", "Ana Ferrer"}))}, id="said_to_have_taken_place"),
    # (round 140) a spokesman tells of his principal's call: not his own
    pytest.param("Tổng thư ký LHQ Amina Bello đã điện đàm với Ngoại trưởng Peru Luis Soto.\nNgười phát ngôn LHQ Paul Hale cho "
                 "biết trong cuộc điện đàm với ông Soto, Tổng thư ký Bello lên án vụ tấn công.", date(2025, 4, 30),
                 {(None, frozenset({"Amina Bello", "Luis Soto"}))}, id="a_spokesman_telling_of_the_call"),
    pytest.param("Người phát ngôn Nhà Trắng Mary Lane cho biết trong cuộc điện thoại, Tổng thống Mỹ John Carter bày tỏ mong "
                 "muốn làm việc với Tổng thống đắc cử Peru Luis Soto.", date(2008, 3, 4), set(),
                 id="a_spokesman_and_an_unnamed_partner"),
    # a province whose name holds a country's is no country before a name
    pytest.param("Thủ tướng gọi điện cho Bí thư Lào Cai, chỉ đạo tìm kiếm người mất tích\nTối 10-9, Thủ tướng Lê Văn Hòa đã "
                 "gọi điện cho Bí thư Tỉnh ủy Lào Cai Trần Minh Đức để nắm tình hình.", date(2024, 9, 10), set(),
                 id="a_province_named_like_a_country"),
    # an earlier call with a day of its own, its partner's country in the headline: a call of the news
    pytest.param("Bộ trưởng Ngoại giao Lê Văn Hòa điện đàm với người đồng nhiệm Chile và Peru\nNgày 4/5, Bộ trưởng Ngoại giao "
                 "Lê Văn Hòa điện đàm với Bộ trưởng Ngoại giao Chile Ana Ferrer.\nTrước đó, chiều 30/4, Bộ trưởng Lê Văn Hòa đã "
                 "điện đàm với Bộ trưởng Ngoại giao Peru Luis Soto.", date(2021, 5, 5),
                 {("2021-05-04", frozenset({"Lê Văn Hòa", "Ana Ferrer"})), ("2021-04-30", frozenset({"Lê Văn Hòa", "Luis Soto"}))},
                 id="an_earlier_call_in_the_headline"),
    # ... and, since 1.165.0, when the headline names only the news's partner (an earlier call with a day of its own in
    # an article reporting calls is a call, as the labelled sets of stop 38 have it)
    pytest.param("Bộ trưởng Ngoại giao Lê Văn Hòa điện đàm với người đồng nhiệm Chile\nNgày 4/5, Bộ trưởng Ngoại giao Lê Văn "
                 "Hòa điện đàm với Bộ trưởng Ngoại giao Chile Ana Ferrer.\nTrước đó, chiều 30/4, Bộ trưởng Lê Văn Hòa đã điện "
                 "đàm với Bộ trưởng Ngoại giao Peru Luis Soto.", date(2021, 5, 5),
                 {("2021-05-04", frozenset({"Lê Văn Hòa", "Ana Ferrer"})), ("2021-04-30", frozenset({"Lê Văn Hòa", "Luis Soto"}))},
                 id="an_earlier_call_not_in_the_headline"),
    # "..., và một ngày sau gọi cho C": a day counted on inside the sentence
    pytest.param("Tổng thống Mỹ John Carter đã điện đàm với Tổng thống Peru Luis Soto hôm 24/11, và một ngày sau gọi cho Thủ "
                 "tướng Nhật Bản Sato Kenji, giữa lúc căng thẳng.\nThủ tướng Sato Kenji cho biết ông đã nói chuyện qua điện "
                 "thoại với ông Carter theo đề nghị của phía Mỹ.", date(2025, 11, 26),
                 {("2025-11-24", frozenset({"John Carter", "Luis Soto"})), ("2025-11-25", frozenset({"John Carter", "Sato Kenji"}))},
                 id="a_day_after_inside_the_sentence"),
    # a call told as some time before the day of its telling has no day (not the telling's)
    pytest.param("Trả lời báo chí ngày 3/12, Tổng thống Chile Ana Ferrer nói bà và Tổng thống Mỹ John Carter đã điện đàm "
                 "khoảng 10 ngày trước.", date(2025, 12, 4), {(None, frozenset({"Ana Ferrer", "John Carter"}))},
                 id="a_call_some_days_before_its_telling"),
    pytest.param("Ngày 18/11, Thủ tướng Peru Luis Soto kể lại nội dung cuộc điện đàm gần đây với Tổng thống Mỹ John Carter về "
                 "thuế quan.", date(2025, 11, 19), {(None, frozenset({"Luis Soto", "John Carter"}))},
                 id="a_recent_call_told"),
    # ... but a span before an event is no "ago"
    pytest.param("Ngày 5/3, Thủ tướng Lê Văn Hòa điện đàm với Thủ tướng Nhật Bản Sato Kenji, 10 ngày trước chuyến thăm Tokyo.",
                 date(2025, 3, 6), {("2025-03-05", frozenset({"Lê Văn Hòa", "Sato Kenji"}))}, id="days_before_a_visit"),
    # a call told in the headline, its day opening the lead after the paper's tag
    pytest.param("Chủ tịch Quốc hội Trần Minh Đức điện đàm với Chủ tịch Quốc hội Hàn Quốc Park Min-ho\n(Chinhphu.vn) - Chiều "
                 "14/10, hai Chủ tịch Quốc hội đã trao đổi về quan hệ hai nước.\nHai bên nhất trí phối hợp tại IPU.",
                 date(2021, 10, 15), {("2021-10-14", frozenset({"Trần Minh Đức", "Park Min-ho"}))},
                 id="the_leads_day_after_the_papers_tag"),
]

# (round 139) a page cut before its headline: the call its address names between two people of its text; not one the
# address names as possible; not the meeting after "Tiếp sau cuộc điện đàm," (text, address, each call's day and names)
_PAGE_CUT = ("Tổng thống Mỹ John Carter. Ảnh: AFP\nVăn phòng tổng thống cho biết cuộc trao đổi diễn ra trong 40 phút.\nTrong "
             "cuộc điện đàm, lãnh đạo Mỹ và lãnh đạo Peru bàn về thương mại và di cư. Tổng thống Peru Luis Rojas mời ông "
             "Carter sang thăm Lima.\nTiếp sau cuộc điện đàm, Tổng thống John Carter đã có cuộc gặp với người đồng cấp Chile "
             "Ana Ferrer.")
_CALLS_BY_ADDRESS = [
    pytest.param(_PAGE_CUT, "https://example.vn/ong-carter-dien-dam-voi-tong-thong-rojas-truoc-khi-gap-lanh-dao-chile-1.html",
                 {(None, frozenset({"John Carter", "Luis Rojas"}))}, id="the_call_the_address_names"),
    pytest.param(_PAGE_CUT, "https://example.vn/ong-carter-co-the-dien-dam-voi-tong-thong-rojas-1.html", set(),
                 id="a_call_the_address_names_as_possible"),
    pytest.param(_PAGE_CUT, None, set(), id="no_address"),
]


@pytest.mark.parametrize(("text", "url", "expected"), _CALLS_BY_ADDRESS)
def test_calls_by_address(text: str, url: str | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """A page's address names the call its text tells without both names."""
    assert dated_pairs(calls_of(text, date(2025, 12, 29), url=url)) == expected


# (text, published, name, (title, role, country))
_PEOPLE_136 = [
    pytest.param("Sáng 5/11, Bộ trưởng Trần Văn Bình đã có cuộc điện đàm với người đồng cấp Hàn Quốc về lao động. Bộ trưởng "
                 "Việc làm và Lao động Hàn Quốc Kim Min-su cho biết sẽ xem xét.", date(2020, 11, 5), "Kim Min-su",
                 ("Bộ trưởng Việc làm và Lao động", "minister", "KR"), id="a_ministry_of_employment"),
    pytest.param("Chiều 10/5, Tổng Giám đốc Tác chiến quân sự Pakistan Imran Qadir đã gọi điện cho người đồng cấp Ấn Độ Arjun "
                 "Rao.", date(2025, 5, 13), "Imran Qadir", ("Tổng Giám đốc Tác chiến quân sự", "other", "PK"),
                 id="a_military_operations_chief"),
    # (round 138) a leader of people.toml named bare, titled only unnamed elsewhere ("Tổng thống Mỹ cho biết ...")
    pytest.param("Chủ tịch Trung Quốc Tập Cận Bình chiều 5/6 đã điện đàm với ông Donald Trump theo đề nghị của phía Mỹ.\n"
                 "Trên mạng xã hội, Tổng thống Mỹ cho biết cuộc trao đổi kéo dài 90 phút.", date(2025, 6, 6), "Donald Trump",
                 ("Tổng thống", "head_of_state", "US"), id="a_leader_titled_unnamed"),
    # (round 139) the US Department of War; an initial and a transliteration's syllables glued
    pytest.param("Bộ trưởng Chiến tranh Mỹ John Carter và Bộ trưởng Quốc phòng Trung Quốc Vương Minh hôm thứ Ba đã có cuộc điện "
                 "đàm qua video.", date(2025, 9, 10), "John Carter", ("Bộ trưởng Chiến tranh", "minister", "US"),
                 id="the_department_of_war"),
    pytest.param("Tối 9-5, Chủ tịch nước Lê Văn Hòa đã điện đàm với ông Xéc-gây Mi-rô-nốp.\nTổng thống Nga X. Mi-rô-nốp cảm ơn "
                 "lời chúc mừng.", date(2012, 5, 10), "Xéc-gây Mi-rô-nốp", ("Tổng thống", "head_of_state", "RU"),
                 id="an_initial_of_a_transliteration"),
    # a newspaper opening the lead run into a headline is no part of the name before it
    pytest.param("Kết quả cuộc điện đàm giữa Tổng Bí thư Lê Văn Hòa và Tổng thống Mỹ John Carter Tờ Bưu điện Hoa Nam đã có "
                 "bài viết.\nTối 4/4, Tổng thống Mỹ John Carter cho biết ông vừa có cuộc điện đàm với Tổng Bí thư Lê Văn Hòa.",
                 date(2025, 4, 5), "John Carter", ("Tổng thống", "head_of_state", "US"), id="a_newspaper_after_a_name"),
    # a half Title Case headline's word glued to a leader of people.toml ("Thảo" of "Thảo luận")
    pytest.param("Chủ Tịch Trung Quốc Tập Cận Bình Thảo luận qua điện thoại với Tổng Thống Trump về thuế\nCuộc gọi "
                 "giữa hai nhà lãnh đạo kéo dài 90 phút.", None, "Tập Cận Bình", ("Chủ tịch", "head_of_state", "CN"),
                 id="a_headline_word_glued_to_a_leader"),
    # (round 140) a news agency's or a broadcaster's head
    pytest.param("Sáng 6/11, Tổng Giám đốc Thông tấn xã Việt Nam Lê Văn Hòa đã hội đàm trực tuyến với Tổng Giám đốc Đài Phát "
                 "thanh Truyền hình Trung ương Trung Quốc Vương Minh.", date(2021, 11, 6), "Vương Minh",
                 ("Tổng Giám đốc Đài Phát thanh Truyền hình Trung ương", "other", "CN"), id="a_broadcasters_head"),
    # (round 137) a friendship group named by a pair of short forms: the holder's country is the pair's first
    pytest.param("Chiều 22.6, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Trần Minh Đức đã hội đàm trực tuyến với Chủ tịch Liên "
                 "minh Nghị sĩ hữu nghị Nhật - Việt Sato Kenji.", date(2022, 6, 23), "Sato Kenji",
                 ("Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt", "other", "JP"), id="a_friendship_group_of_short_forms"),
    pytest.param("Chiều 22.6, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Trần Minh Đức đã hội đàm trực tuyến với Chủ tịch Liên "
                 "minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam Sato Kenji.", date(2022, 6, 23), "Sato Kenji",
                 ("Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật Bản - Việt Nam", "other", "JP"), id="a_friendship_group_partner_first"),
    # a youth union's central committee: "Đoàn" is no family name there, and its first secretary leads no party
    pytest.param("Chiều 18/7, Bí thư thứ nhất Trung ương Đoàn Lê Văn Hòa đã hội đàm trực tuyến với Bí thư thứ nhất Trung ương "
                 "Đoàn Thanh niên Cộng sản Trung Quốc Vương Minh.", date(2023, 7, 18), "Lê Văn Hòa",
                 ("Bí thư thứ nhất Trung ương Đoàn", "other", "VN"), id="a_youth_unions_first_secretary"),
]


@pytest.mark.parametrize(("text", "published", "name", "expected"), _PEOPLE_136)
def test_people(text: str, published: date | None, name: str, expected: tuple[str, str, str]) -> None:
    """The title as written, the role and the country of one participant."""
    person = next(p for c in calls_of(text, published) for p in c.participants if p.name == name)
    assert (person.title, person.role, person.country) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _CALLS_136)
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads it."""
    assert dated_pairs(calls_of(text, published)) == expected
