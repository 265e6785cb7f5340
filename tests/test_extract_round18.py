"""Error classes read on the third reworded blind set and the eighteenth round of real pages of stop 21 (issue 14,
extractor 1.67.0). Every sentence is written for these tests (other people, countries and days): it reproduces the
shape of a class, never an article's text."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import calls_of, pairs


def test_a_partys_one_word_name_before_a_title_chain_is_no_person():
    text = ("HÀ NỘI - Tổng Bí thư Lê Văn Hòa và Chủ tịch Đảng Frelimo, Tổng thống Mozambique Carlos Nhaca đã hội đàm "
            "qua hình thức trực tuyến hôm qua (6/6).")
    (call,) = calls_of(text, date(2022, 6, 7))
    assert pairs([call]) == {frozenset({"Lê Văn Hòa", "Carlos Nhaca"})}
    assert str(call.date) == "2022-06-06"


def test_the_leader_of_the_callers_country_goes_on_with_the_next_partner():
    text = ("Theo thông báo của Điện Elysee, sáng 12-8, Tổng thống Pháp Jean Morel đã điện đàm với Thủ tướng Đức Anna "
            "Weber. Nhà lãnh đạo Pháp cũng đã trao đổi qua điện thoại với Thủ tướng Italy Marco Conti về cùng nội dung.")
    assert pairs(calls_of(text, date(2008, 8, 13))) == {frozenset({"Jean Morel", "Anna Weber"}),
                                                         frozenset({"Jean Morel", "Marco Conti"})}


def test_the_call_noun_between_two_leaders_named_before():
    text = ("Thủ tướng Israel David Levy và Tổng thống Nga Ivan Petrov bàn về Trung Đông. Cuộc điện đàm giữa hai nhà "
            "lãnh đạo diễn ra tối 6/10, một ngày trước sinh nhật của ông Petrov.")
    (call,) = calls_of(text, date(2025, 10, 7))
    assert str(call.date) == "2025-10-06"


def test_the_day_of_an_event_after_truoc_khi_is_not_the_calls():
    text = ("Theo RT, Tổng thống Ukraine Petro Bondar đã có cuộc điện đàm với Thủ tướng Ấn Độ Raj Kumar vào ngày 11/8. "
            "Tổng thống Petro Bondar đã có cuộc điện đàm với Thủ tướng Ấn Độ Raj Kumar trước khi cuộc gặp thượng đỉnh "
            "diễn ra vào ngày 15/8.")
    assert [str(c.date) for c in calls_of(text, date(2025, 8, 12))] == ["2025-08-11"]


def test_a_talk_on_the_phone_of_some_minutes_with_a_partner():
    text = "Hôm 20/2, Tổng thống Mỹ John Carter nói chuyện điện thoại 50 phút với Tổng thống Mexico Carlos Ruiz."
    (call,) = calls_of(text, date(2017, 2, 24))
    assert pairs([call]) == {frozenset({"John Carter", "Carlos Ruiz"})}


def test_the_noun_dam_thoai_between_two_leaders():
    text = ("Ngày 25/7, Tổng thống Mỹ John Carter và Tổng thống Ukraine Petro Bondar đã có cuộc đàm thoại kéo dài 30 "
            "phút.")
    (call,) = calls_of(text, date(2019, 7, 26))
    assert pairs([call]) == {frozenset({"John Carter", "Petro Bondar"})}


def test_the_teller_is_the_one_called_when_the_call_goes_to_ong():
    text = ("Ngày 2/12, Tổng thống Mỹ John Carter cho biết Thủ tướng Chile Ana Ferrer đã có cuộc điện đàm với ông để "
            "chúc mừng.")
    assert pairs(calls_of(text, date(2016, 12, 3))) == {frozenset({"Ana Ferrer", "John Carter"})}


def test_a_quoted_call_with_an_adjective_before_its_partner():
    text = "Thủ tướng Úc Mark Ellis nói ông vừa có một 'cuộc gọi khá cởi mở' với Tổng thống Chile Ana Ferrer hôm 28/3."
    (call,) = calls_of(text, date(2025, 3, 29))
    assert str(call.date) == "2025-03-28"


def test_what_two_ministers_agreed_in_their_first_call_after_a_long_predicate():
    text = ("Bộ Quốc phòng Hàn Quốc cho biết Bộ trưởng Quốc phòng nước này Kim Min-su và người đồng cấp Nhật Bản Sato "
            "Kenji đã đạt được sự đồng thuận về hợp tác này trong cuộc điện đàm đầu tiên kể từ khi ông Kim nhậm chức.")
    assert pairs(calls_of(text, date(2025, 8, 8))) == {frozenset({"Kim Min-su", "Sato Kenji"})}


# look-alikes of this set: no call
@pytest.mark.parametrize(("text", "published"), [
    pytest.param("Hợp tác song phương vẫn được đẩy mạnh, thể hiện qua cuộc hội đàm trực tuyến giữa Tổng Bí thư Lê Văn Hòa với "
                 "Tổng thống Mozambique Carlos Nhaca ngày 6/6/2022 và chuyến thăm đang diễn ra của đoàn Quốc hội.",
                 date(2022, 8, 1), id="a_call_shown_as_proof_of_good_ties_is_no_call"),
    pytest.param("Chẳng hạn, khi Thủ tướng Lê Văn Hòa gọi điện cho Thủ tướng Nhật Bản Sato Kenji ngày 3/4, hai bên bàn về "
                 "vaccine.",
                 None, id="a_call_given_as_an_example_is_no_call"),
    pytest.param("Bộ trưởng Tài chính Mỹ Paul Hale cho rằng một cuộc đàm thoại giữa Tổng thống John Carter và Chủ tịch Trung "
                 "Quốc Vương Minh có thể là cần thiết.",
                 date(2025, 5, 30), id="a_call_between_two_leaders_said_to_be_needed_is_no_call"),
])
def test_no_call(text: str, published: date | None) -> None:
    assert calls_of(text, published) == []
