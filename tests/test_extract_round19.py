"""Error classes read on the fourth reworded blind set of stop 21 (issue 14, extractor 1.67.0). Every sentence is
written for these tests (other people, countries and days): it reproduces the shape of a class, never an article's
text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, pairs


def test_an_appositive_title_after_the_original_spelling_in_brackets():
    text = ("Ngày 9/2, Tổng Bí thư, Chủ tịch nước Lê Văn Hòa và đồng chí Ra-un Mê-đi-na (Raul Medina), Bí thư thứ nhất "
            "Ban Chấp hành Trung ương Đảng Cộng sản Cuba, đã trao đổi qua điện thoại.")
    (call,) = calls_of(text, date(2021, 2, 10))
    partner = call.participants[1]
    assert (partner.name, partner.role, partner.country) == ("Ra-un Mê-đi-na", "party_leader", "CU")


def test_a_talk_over_an_online_television_system_is_a_video_call():
    text = ("Lầu Năm Góc cho biết Bộ trưởng Quốc phòng Mỹ Paul Hale và Bộ trưởng Quốc phòng Trung Quốc Vương Minh đã trao "
            "đổi qua hệ thống truyền hình trực tuyến hôm thứ Ba (16/4).")
    (call,) = calls_of(text, date(2024, 4, 17))
    assert call.medium == "video"


def test_a_congratulation_on_the_occasion_of_a_new_post_named_before():
    text = ("Ngày 9-4, nhân dịp đồng chí Lê Văn Hòa được giao trọng trách Bộ trưởng Ngoại giao nước CHXHCN Việt Nam, Bộ "
            "trưởng Ngoại giao nước CHDCND Lào Bun Phan đã gọi điện thoại chúc mừng.")
    (call,) = calls_of(text, date(2021, 4, 10))
    assert pairs([call]) == {frozenset({"Lê Văn Hòa", "Bun Phan"})}
    assert call.participants[1].title == "Bộ trưởng Ngoại giao"


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("Căng thẳng bắt nguồn từ cuộc điện đàm ngày 15/6 giữa Thủ tướng Thái Lan Anan Chai và Chủ tịch Thượng "
                 "viện Campuchia Sok Dara, trong bối cảnh căng thẳng biên giới.",
                 date(2025, 7, 3), id="a_call_a_crisis_stems_from"),
    pytest.param("Ý tưởng về chuyến công du đã có ngay từ cuộc điện đàm hôm 4/5 giữa Tổng thống Indonesia Budi Santoso "
                 "và Thủ tướng Úc Mark Ellis.",
                 date(2025, 5, 15), id="a_visit_planned_since_a_call"),
])
def test_no_call(text: str, published: date | None) -> None:
    assert calls_of(text, published) == []



def test_a_line_of_tags_is_no_call():
    text = ("Nga và Mỹ chuẩn bị đàm phán về an ninh chiến lược tại Geneva vào tháng tới.\n"
            "Tags: Nga, Mỹ, Putin, Biden, điện đàm")
    assert calls_of(text, date(2021, 12, 30)) == []


def test_a_title_chain_does_not_run_over_the_person_before_it():
    from extractors.mentions import find_mentions

    text = "Tại buổi trao đổi với Quốc vương Ả-rập Xê-út Xan-man, Tổng thống Giôn Ca-tơ cảm ơn phía Ri-át về dầu mỏ."
    found = {m.name: (m.title, m.country) for m in find_mentions(text)}
    assert found["Giôn Ca-tơ"] == ("Tổng thống", None)  # the king's title and country are not his
