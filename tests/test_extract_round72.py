"""Error classes of stop 30 (issue 14, extractor 1.110.0 and on), read on the blind sets of round 72 and later, each a
general rule. Every sentence is written for these tests (invented people, other days): it reproduces the shape of a
class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, dated_pairs

# (text, published, each call's day and two names); read on round 72 (1.109.0)
_CALLS_72 = [
    # a spokesman tells, after a day of his own, of the call of the two named after the comma
    pytest.param("Người phát ngôn Phủ Tổng thống Chile Pablo Rojas hôm thứ Năm cho biết trong cuộc điện đàm hôm qua, "
                 "Tổng thống Chile Ana Ferrer và Tổng thống Peru Luis Soto đã bàn về một cuộc gặp.", date(2023, 6, 9),
                 {("2023-06-08", frozenset({"Ana Ferrer", "Luis Soto"}))}, id="a_spokesman_tells_of_the_call_of_two"),
    # ... under a headline that names no call
    pytest.param("Chile và Peru bàn khả năng gặp thượng đỉnh\nNgười phát ngôn Phủ Tổng thống Chile Pablo Rojas hôm thứ Năm "
                 "cho biết trong cuộc điện đàm hôm qua, Tổng thống Chile Ana Ferrer và Tổng thống Peru Luis Soto đã bàn "
                 "về một cuộc gặp.", date(2023, 6, 9), {("2023-06-08", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="a_spokesman_tells_of_the_call_of_two_under_a_headline"),
    # a head of government of the Cook Islands, and the premier of Niue, as countries
    pytest.param("Ngày 4/2, Ngoại trưởng Úc Mark Ellis điện đàm với Thủ tướng Quần đảo Cook Tom Reed. Cùng ngày, ông "
                 "Ellis cũng điện đàm với Thủ hiến Niue Sam Tala.", date(2021, 2, 5),
                 {("2021-02-04", frozenset({"Mark Ellis", "Tom Reed"})),
                  ("2021-02-04", frozenset({"Mark Ellis", "Sam Tala"}))}, id="cook_islands_and_niue"),
    # "Elbasy" before the first president's name is no part of it
    pytest.param("Ngày 26/10, Tổng thống Chile Ana Ferrer điện đàm với Tổng thống đầu tiên của Kazakhstan, Elbasy Nurlan "
                 "Bekov.", date(2020, 10, 27), {("2020-10-26", frozenset({"Ana Ferrer", "Nurlan Bekov"}))},
                 id="elbasy_is_no_part_of_the_name"),
    # "Sau cuộc điện đàm với B hôm 16/10, A từng thông báo ...": background of an article about a call to come
    pytest.param("Điện Kremlin cho biết một cuộc điện đàm giữa hai tổng thống có thể được thu xếp nếu cần.\nSau cuộc điện "
                 "đàm với Tổng thống Chile Ana Ferrer hôm 16/10, Tổng thống Peru Luis Soto từng thông báo hai bên sẽ sớm "
                 "gặp nhau.", date(2025, 11, 11), set(), id="after_the_call_a_past_announcement"),
    # ... but the same opening with a main clause of the news is a report of the call
    pytest.param("Sau cuộc điện đàm với Tổng thống Chile Ana Ferrer hôm 16/10, Tổng thống Peru Luis Soto thông báo hai "
                 "bên sẽ sớm gặp nhau.", date(2025, 10, 17), {("2025-10-16", frozenset({"Ana Ferrer", "Luis Soto"}))},
                 id="after_the_call_the_news"),
    # the answers of an interview: what the one interviewed recalls is background
    pytest.param("Đại sứ Chile: Quan hệ hai nước ngày càng vững mạnh\nPhóng viên: Ông đánh giá thế nào về quan hệ hai "
                 "nước?\nĐại sứ Pablo Rojas: Sau bầu cử, Thủ tướng Úc Mark Ellis đã gọi điện chúc mừng Tổng thống Chile "
                 "Ana Ferrer.\nPhóng viên: Hai nước sẽ hợp tác trong lĩnh vực nào?\nĐại sứ Pablo Rojas: Năng lượng và "
                 "giáo dục.", date(2022, 2, 23), set(), id="an_interviews_answer"),
    # a call dated to a month with its year, months before the publication, after the first sentence: in passing
    pytest.param("Ngày 22/2, Ngoại trưởng Chile Ana Ferrer tiếp Đại sứ Úc tại Santiago. Hai bên ôn lại các hoạt động "
                 "của năm qua. Tháng 7/2021, Thủ tướng Úc Mark Ellis và Tổng thống Chile Luis Soto đã hội đàm trực "
                 "tuyến.", date(2022, 2, 23), set(), id="a_month_and_year_long_before"),
]

# read on round 73 (1.110.0)
_CALLS_73 = [
    # a paragraph wrapped on its own inside the partner's title ("... với Bộ trưởng" / "Ngoại giao Úc X.")
    pytest.param("Chiều 23/4, Bộ trưởng Ngoại giao Chile Ana Ferrer đã điện đàm khoảng 30 phút với Bộ trưởng\nNgoại giao "
                 "Úc Mark Ellis.\n\nHai bên bàn về thương mại.", date(2020, 4, 24),
                 {("2020-04-23", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="a_paragraph_wrapped_inside_a_title"),
    # a party's leader, "lãnh đạo Đảng X" in lower case
    pytest.param("Chiều 24/8, Thủ tướng Úc Mark Ellis đã điện đàm với lãnh đạo Đảng Lao động Anh Oliver Grant để chúc "
                 "mừng ông.", date(2018, 8, 25), {("2018-08-24", frozenset({"Mark Ellis", "Oliver Grant"}))},
                 id="the_leader_of_a_party_in_lower_case"),
    # ... but a place ending the party's name is no person ("lãnh đạo Đảng Quốc gia Scotland (SNP), Thủ hiến X")
    pytest.param("Sáng 6/5, Thủ tướng Anh Mark Ellis đã điện thoại cho lãnh đạo Đảng Quốc gia Scotland (SNP), Thủ hiến "
                 "Scotland Mary Dunn.", date(2016, 5, 7), set(), id="a_place_ends_the_partys_name"),
    # the army's commander ("Tư lệnh Lục quân Pakistan X")
    pytest.param("Ngày 9/5, Ngoại trưởng Mỹ John Carter đã điện đàm với Tư lệnh Lục quân Pakistan Imran Qadir.",
                 date(2025, 5, 10), {("2025-05-09", frozenset({"John Carter", "Imran Qadir"}))},
                 id="the_commander_of_an_army"),
    # "châu Âu" in lower case inside a title, and Eurasia
    pytest.param("Bộ trưởng Ngoại giao và Hội nhập châu Âu Moldova Ion Rusu đã có cuộc điện đàm với Bộ trưởng Ngoại giao "
                 "Latvia Janis Ozols ngày 3/4.", date(2018, 4, 4), {("2018-04-03", frozenset({"Ion Rusu", "Janis Ozols"}))},
                 id="chau_au_in_a_title"),
    pytest.param("Tối 23/5, Ngoại trưởng Litva Jonas Petras đã gọi điện cho Quyền Trợ lý Ngoại trưởng Mỹ phụ trách châu "
                 "Âu và Á-Âu Paul Hale.", date(2021, 5, 24), {("2021-05-23", frozenset({"Jonas Petras", "Paul Hale"}))},
                 id="eurasia_in_a_title"),
    # "một cuộc hội đàm qua điện thoại cùng B và C": one call of three
    pytest.param("Sáng thứ Bảy, ông Weber được kết nối vào một cuộc hội đàm qua điện thoại kéo dài một giờ cùng Tổng "
                 "thống Mỹ John Carter và Tổng thống Ukraine Ivan Petrenko.", date(2025, 8, 17), set(),
                 id="one_call_of_three"),
    # a headline previewing a call the body tells as coming, under a section's label
    pytest.param("Thế giới\nNhà Trắng: Cuộc điện đàm trực tuyến với ông Petrov là sự kiện duy nhất trong lịch làm việc "
                 "của ông Carter\nTheo lịch trình, Tổng thống Mỹ John Carter sẽ có cuộc điện đàm trực tuyến với Tổng "
                 "thống Nga Ivan Petrov vào sáng thứ Ba.", date(2021, 12, 7), set(), id="a_headline_previews_a_call"),
]

# read on round 74 (1.111.0)
_CALLS_74 = [
    # a company's chief executive ("Giám đốc điều hành Orbis X") is no official; of a country he is
    pytest.param("Giám đốc điều hành Orbis Peter Grant đã gọi điện chúc mừng Tổng thống đắc cử Mỹ John Carter chiến "
                 "thắng trong cuộc bầu cử.", date(2024, 11, 8), set(), id="a_companys_chief_executive"),
    pytest.param("Ngày 7/11, Ngoại trưởng Úc Mark Ellis điện đàm với Giám đốc điều hành Afghanistan Omar Rahimi.",
                 date(2014, 11, 8), {("2014-11-07", frozenset({"Mark Ellis", "Omar Rahimi"}))},
                 id="a_countrys_chief_executive"),
    # a minister's portfolio of public works and housing ("Bộ trưởng Công chính và Nhà ở X"), of the caller's country
    pytest.param("Ngày 6/5, khi thăm cảng cá, Tổng thống Indonesia Budi Hartono đã gọi cho Bộ trưởng Công chính và Nhà ở "
                 "Agus Salim để hỏi về đê chắn sóng.", date(2021, 5, 7), set(), id="public_works_and_housing"),
    # ... but a head written without his country stays a call
    pytest.param("Tổng thống John Carter thúc giục ngừng bắn trong cuộc điện đàm với Thủ tướng Thái Lan Somchai Wong "
                 "tối 27/7.", date(2025, 7, 28), {("2025-07-27", frozenset({"John Carter", "Somchai Wong"}))},
                 id="a_head_without_his_country"),
    # "A và người đồng cấp COUNTRY, TITLE B, đã điện đàm"
    pytest.param("Ngày 3/2, Ngoại trưởng Úc Mark Ellis và người đồng cấp Chile, Phó Thủ tướng kiêm Ngoại trưởng Ana "
                 "Ferrer, đã điện đàm về thương mại.", date(2022, 2, 4),
                 {("2022-02-03", frozenset({"Mark Ellis", "Ana Ferrer"}))}, id="and_the_counterpart_then_his_post"),
    # a call "scheduled" for Saturday
    pytest.param("Ông Carter và bà Weber: cuộc điện đàm đầu tiên được lên lịch vào thứ Bảy", date(2017, 1, 20), set(),
                 id="a_call_scheduled"),
    # a row of related-news tabs parted by bars, and the headline of another article under it
    pytest.param("Ngày 7/2, Tổng thống Chile Ana Ferrer đã điện đàm với Tổng thống Mỹ John Carter.\nBài viết nổi bật | "
                 "Mới nhất | Đọc nhiều\nThủ tướng Sato và Tổng thống Carter điện đàm 40 phút", date(2017, 2, 7),
                 {("2017-02-07", frozenset({"Ana Ferrer", "John Carter"}))}, id="a_row_of_related_tabs"),
]

# read on round 75 (1.112.0)
_CALLS_75 = [
    # the subject's other post in an aside closed by commas is no description of him
    pytest.param("Ngày 19/12/2023, Ngoại trưởng Chile Ana Ferrer, cũng là Phó Chủ tịch đảng cầm quyền, điện đàm với "
                 "Ngoại trưởng Úc Mark Ellis.", date(2023, 12, 20),
                 {("2023-12-19", frozenset({"Ana Ferrer", "Mark Ellis"}))}, id="an_aside_with_another_post"),
    # two calls received "hôm thứ Ba", each told after the opening line
    pytest.param("Tổng thống Chile nhận điện thoại của lãnh đạo Peru\n16/12/2020 - 08:10\n(Tin tức) - Tổng thống Chile "
                 "Ana Ferrer hôm thứ Ba đã nhận hai cuộc điện thoại từ Lima, theo hãng thông tấn Andina.\nTrong cuộc "
                 "điện đàm đầu tiên, Tổng thống Peru Luis Soto đã gọi điện chúc mừng bà Ferrer nhân dịp chính phủ mới "
                 "được thành lập.\nCùng ngày, Ngoại trưởng Peru Carlos Vega cũng điện đàm với bà Ferrer.",
                 date(2020, 12, 16), {("2020-12-15", frozenset({"Ana Ferrer", "Luis Soto"})),
                                      ("2020-12-15", frozenset({"Ana Ferrer", "Carlos Vega"}))},
                 id="two_calls_received_on_a_weekday"),
    # "A cũng điện đàm với C" after A's call dated in the sentences before: that day
    pytest.param("Nhà Trắng cho biết hôm thứ Tư (14/11), Tổng thống Mỹ John Carter đã điện đàm với Thủ tướng Israel Dan "
                 "Levy. Theo thông cáo, hai bên bàn về Gaza. Tổng thống Carter cũng điện đàm với Tổng thống Ai Cập Omar "
                 "Farouk.", date(2012, 11, 15),
                 {("2012-11-14", frozenset({"John Carter", "Dan Levy"})),
                  ("2012-11-14", frozenset({"John Carter", "Omar Farouk"}))}, id="also_called_the_day_before"),
]

# read on round 76 (1.113.0)
_CALLS_76 = [
    # a dateline's day and the telling's weekday before the wording, the call's weekday right after it
    pytest.param("Santiago, 13/5 - Bộ Ngoại giao Chile ngày thứ Ba cho biết Ngoại trưởng Ana Ferrer và người đồng cấp "
                 "Peru Luis Soto đã điện đàm hôm thứ Hai để bàn về thương mại.", date(2025, 5, 13),
                 {("2025-05-12", frozenset({"Ana Ferrer", "Luis Soto"}))}, id="the_calls_weekday_after_the_wording"),
    # a party's leader with no country written, and a town's chair: no official of another country
    pytest.param("Đang thăm Kabul, Thủ tướng Ấn Độ Ravi Kumar đã gọi điện cho lãnh đạo đảng Janata Vikas Mira Sen để "
                 "chúc mừng thắng lợi bầu cử.", date(2011, 5, 13), set(), id="a_partys_leader_with_no_country"),
    pytest.param("Tổng thống Thổ Nhĩ Kỳ Kemal Aydin đã gọi điện cho Chủ tịch thị trấn Mihalgazi Ayse Yilmaz.",
                 date(2026, 2, 9), set(), id="a_towns_chair"),
    # a blog's link to its previous post ("Bài cũ hơn: headline")
    pytest.param("Ngày 5/3, Tổng thống Chile Ana Ferrer điện đàm với Tổng thống Peru Luis Soto.\nBài cũ hơn: Tổng thống "
                 "Mỹ John Carter điện đàm với Tổng thống Nga Ivan Petrov", date(2025, 3, 6),
                 {("2025-03-05", frozenset({"Ana Ferrer", "Luis Soto"}))}, id="a_link_to_the_previous_post"),
]

# read on round 78 (1.115.0)
_CALLS_78 = [
    # a group of partners, then "lần lượt là A, B và C"
    pytest.param("Ngày 17/11, Tổng thống đắc cử Mỹ John Carter đã gọi điện lại cho ba nhà lãnh đạo nước ngoài để cảm ơn "
                 "lời chúc mừng, lần lượt là Tổng thống Peru Luis Soto, Tổng thống Chile Ana Ferrer và Thủ tướng Úc Mark "
                 "Ellis.", date(2008, 11, 18),
                 {("2008-11-17", frozenset({"John Carter", "Luis Soto"})),
                  ("2008-11-17", frozenset({"John Carter", "Ana Ferrer"})),
                  ("2008-11-17", frozenset({"John Carter", "Mark Ellis"}))}, id="a_group_then_lan_luot_la"),
    # a description of the subject closed by a comma before the rest of the clause
    pytest.param("Tổng thống Chile Ana Ferrer, người tự nhận là nhà trung gian trong cuộc khủng hoảng suốt năm qua, hôm thứ "
                 "Năm (5/1) đã có hai cuộc điện đàm riêng rẽ với Tổng thống Peru Luis Soto và Thủ tướng Úc Mark Ellis.",
                 date(2023, 1, 6), {("2023-01-05", frozenset({"Ana Ferrer", "Luis Soto"})),
                                    ("2023-01-05", frozenset({"Ana Ferrer", "Mark Ellis"}))},
                 id="a_description_aside_before_the_clause"),
    # a call asked for and refused
    pytest.param("Theo truyền thông Chile, đề nghị tổ chức một cuộc điện đàm khẩn cấp giữa Tổng thống Chile Ana Ferrer và "
                 "Tổng thống Mỹ John Carter đã không được Washington chấp thuận.", date(2022, 8, 30), set(),
                 id="a_call_asked_for"),
    # a year's tally of calls
    pytest.param("Đối tác được ông Petrov gọi điện nhiều nhất là Tổng thống Mỹ John Carter với 10 cuộc. Cũng 10 lần là số "
                 "cuộc điện đàm với Tổng thống Chile Ana Ferrer và Tổng thống Peru Luis Soto.", date(2025, 12, 30), set(),
                 id="a_tally_of_calls"),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         [*_CALLS_72, *_CALLS_73, *_CALLS_74, *_CALLS_75, *_CALLS_76, *_CALLS_78])
def test_calls(text: str, published: date | None, expected: set[tuple[str | None, frozenset[str]]]) -> None:
    """Each call's day and its two names, as the pipeline reads the text."""
    assert dated_pairs(calls_of(text, published)) == expected
