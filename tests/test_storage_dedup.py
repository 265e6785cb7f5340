"""One record per real-world call, and one person per real official, however the sites write them."""

from __future__ import annotations

from datetime import date

import pytest

from storage import Warehouse, query
from storage.persons import KnownPerson, fold, resolve, similar_foreign_name, spelling_key
from storage.sample import CHINH, SON, TO_LAM, call, make_item, participant
from storage.warehouse import _CallFacts, dates_compatible


# ----------------------------------------------------------------------------------------- persons
@pytest.mark.parametrize("a, b", [
    ("Bùi Thanh Sơn", "Bui Thanh Son"),
    ("Bùi Thanh Sơn", "BÙI THANH SƠN"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Sergei Lavrov", "Xéc-gây La-vrốp"),
    ("Yoon Suk-yeol", "Yoon Suk Yeol"),
    ("Moon Jae-in", "Moon Jae In"),
    ("Tập Cận Bình", "Xi Jinping"),
    ("Vương Nghị", "Wang Yi"),
    ("Donald Trump", "Đô-nan Trăm"),
    ("Đặng Hoàng Giang", "Ðặng Hoàng Giang"),  # Icelandic eth (Ð) typed for đ
])
def test_same_person_same_key(a, b):
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize("a, b", [
    ("Nguyễn Xuân Phúc", "Nguyễn Văn Phúc"),
    ("Phạm Bình Minh", "Phạm Minh Chính"),
    ("Lê Minh Khái", "Lê Minh Hưng"),
])
def test_different_people_different_keys(a, b):
    assert spelling_key(a) != spelling_key(b)


def test_fold():
    assert fold("Xéc-gây La-vrốp") == "xec gay la vrop"
    assert fold("  Đỗ   Hùng ") == "do hung"


def test_resolve_rules():
    known = [KnownPerson("p1", "Sergei Lavrov", "RU", spelling_key("Sergei Lavrov")),
             KnownPerson("p2", "Nguyễn Xuân Phúc", "VN", spelling_key("Nguyễn Xuân Phúc")),
             KnownPerson("p3", "Kim Jong-un", "KP", spelling_key("Kim Jong-un")),
             KnownPerson("p4", "Kim Jong Un", "KR", spelling_key("Kim Jong Un"))]  # a namesake elsewhere
    assert resolve("Sergey Lavrov", "RU", known) == "p1"
    assert resolve("S. Lavrov", "RU", known) == "p1"  # initials
    assert resolve("Sergei Lavrovv", "RU", known) == "p1"
    assert resolve("Sergei Lavrov", "US", known) is None  # another country is another person
    assert resolve("Nguyen Xuan Phuc", "VN", known) == "p2"
    assert resolve("Nguyễn Văn Phúc", "VN", known) is None  # no fuzzy matching of Vietnamese names
    assert resolve("Kim Jong Un", "KP", known) == "p3"
    assert resolve("Kim Jong Un", None, known) is None  # two namesakes and no country: do not guess
    assert resolve("Someone", "RU", known, {("someone", "RU"): "p1"}) == "p1"  # learnt alias
    assert similar_foreign_name("Sergei Lavrov", "Sergej Lavrow")
    assert not similar_foreign_name("John Kerry", "John Kelly")


# ----------------------------------------------------------------------------------------- date rule
D = date.fromisoformat


@pytest.mark.parametrize("new, old, same", [
    ((D("2024-03-04"), None, D("2024-03-05")), (D("2024-03-04"), None, D("2024-03-04")), True),
    ((D("2024-03-05"), None, D("2024-03-05")), (D("2024-03-04"), None, D("2024-03-04")), True),  # time zones
    ((D("2024-03-07"), None, D("2024-03-07")), (D("2024-03-04"), None, D("2024-03-04")), False),
    ((D("2025-03-04"), None, D("2025-03-05")), (D("2024-03-04"), None, D("2024-03-04")), False),
    ((None, "--03-04", D("2024-03-06")), (D("2024-03-04"), None, D("2024-03-05")), True),
    ((None, "--03-04", D("2025-03-06")), (D("2024-03-04"), None, D("2024-03-05")), False),  # a year later
    ((None, "--03-04", None), (D("2024-03-04"), None, D("2024-03-05")), True),  # undated page, day-month agrees
    ((None, "--03-04", D("2024-03-05")), (None, "--03-04", D("2024-03-06")), True),
    ((None, "--03-04", D("2024-03-05")), (None, "--03-04", D("2025-03-06")), False),
    ((None, None, D("2024-03-06")), (D("2024-03-04"), None, D("2024-03-05")), True),  # date missing in one
    ((None, None, D("2024-04-06")), (D("2024-03-04"), None, D("2024-03-05")), False),
    ((None, None, D("2024-03-06")), (None, "--03-04", D("2024-03-05")), True),
    ((None, None, D("2024-03-06")), (None, None, D("2024-03-04")), True),
    ((None, None, D("2024-03-20")), (None, None, D("2024-03-04")), False),
    ((None, None, None), (None, None, D("2024-03-04")), False),
])
def test_date_rule(new, old, same):
    assert (dates_compatible(_CallFacts(*new), _CallFacts(*old)) is not None) is same
    assert (dates_compatible(_CallFacts(*old), _CallFacts(*new)) is not None) is same


# ----------------------------------------------------------------------------------------- calls
@pytest.fixture
def wh(tmp_path) -> Warehouse:
    warehouse = Warehouse(tmp_path / "wh.duckdb")
    warehouse.migrate()
    return warehouse


LAVROV = participant("Sergei Lavrov", "Bộ trưởng Ngoại giao", "foreign_minister", "RU")


def calls_rows(wh):
    return query(wh.path, "SELECT call_date, call_month_day, p1_name, p2_name, n_articles FROM calls_flat "
                          "ORDER BY call_date NULLS LAST, p2_name")[1]


def test_one_call_reported_by_many_sites(wh):
    """Same call: full date on one site, day-month on another, no date on a third, a transliterated name,
    no diacritics and a different title: one call, four mentions."""
    items = [
        make_item("https://baoquocte.vn/1", [call(SON, LAVROV, "2025-01-20")], published=D("2025-01-21")),
        make_item("https://tuoitre.vn/2", [call(participant("Bui Thanh Son", "Pho Thu tuong", "foreign_minister", "VN"),
                                                participant("Xéc-gây La-vrốp", "Ngoại trưởng", "foreign_minister",
                                                            "RU"), "--01-20")],
                  source="tuoitre", published=D("2025-01-22")),
        make_item("https://vnexpress.net/3", [call(SON, participant("Sergey Lavrov", None, "foreign_minister", "RU"),
                                                   None)], source="vnexpress", published=D("2025-01-21")),
        # syndicated copy on a third site, the participants in the other order
        make_item("https://dangcongsan.vn/4", [call(LAVROV, SON, "2025-01-20")], source="dcs",
                  published=D("2025-01-23")),
    ]
    stats = wh.load(items, "r1")
    assert stats.new_calls == 1 and stats.new_mentions == 4
    assert calls_rows(wh) == [(D("2025-01-20"), "--01-20", "Bùi Thanh Sơn", "Sergei Lavrov", 4)]
    assert query(wh.path, "SELECT count(*) FROM persons")[1] == [(2,)]
    aliases = {row[0] for row in query(wh.path, "SELECT alias FROM person_aliases")[1]}
    assert {"Xéc-gây La-vrốp", "Sergey Lavrov", "Bùi Thanh Sơn"} <= aliases
    assert wh.check() == []


def test_order_of_arrival_does_not_matter(tmp_path):
    """The undated report first, the dated one later: the call gets the date when it becomes known."""
    items = [
        make_item("https://vnexpress.net/3", [call(SON, LAVROV, None)], published=D("2025-01-21")),
        make_item("https://tuoitre.vn/2", [call(SON, LAVROV, "--01-20")], published=D("2025-01-22")),
        make_item("https://baoquocte.vn/1", [call(SON, LAVROV, "2025-01-20")], published=D("2025-01-21")),
    ]
    results = []
    for order in (items, items[::-1]):
        wh = Warehouse(tmp_path / f"wh{len(results)}.duckdb")
        for item in order:  # one batch per item, like separate daily runs
            wh.load([item], "r")
        results.append(calls_rows(wh))
    assert results[0] == results[1] == [(D("2025-01-20"), "--01-20", "Bùi Thanh Sơn", "Sergei Lavrov", 3)]


def test_different_calls_stay_apart(wh):
    items = [
        make_item("https://a.vn/1", [call(SON, LAVROV, "2025-01-20")], published=D("2025-01-21")),
        make_item("https://a.vn/2", [call(SON, LAVROV, "2025-06-02")], published=D("2025-06-03")),  # months later
        make_item("https://a.vn/3", [call(TO_LAM, LAVROV, "2025-01-20")], published=D("2025-01-21")),  # other VN side
        make_item("https://a.vn/4", [call(SON, participant("Sergei Lavrov", None, "other", "US"), "2025-01-20")],
                  published=D("2025-01-21")),  # a namesake from another country
        make_item("https://a.vn/5", [call(SON, LAVROV, None)], published=D("2025-03-15")),  # undated, much later
    ]
    wh.load(items, "r1")
    assert len(calls_rows(wh)) == 5


def test_two_calls_in_one_article(wh):
    """An article reporting two calls between the same pair on different days keeps both."""
    item = make_item("https://a.vn/1", [call(SON, LAVROV, "2025-01-20"), call(SON, LAVROV, None)],
                     published=D("2025-01-21"))
    stats = wh.load([item], "r1")
    assert stats.new_calls == 2
    assert wh.check() == []


def test_unrecognised_spelling_matches_on_same_day_and_country(wh):
    """Near miss: one side resolves, the other is a new spelling that sounds alike, and the date, the country
    and the role agree: the same call, and the spelling becomes an alias."""
    johnson = participant("Boris Johnson", "Thủ tướng", "head_of_government", "GB")
    wh.load([make_item("https://a.vn/1", [call(CHINH, johnson, "2021-10-26")])], "r1")
    for url, country, when in (("https://b.vn/1", "GB", "2021-10-26"),  # the same call
                               ("https://c.vn/1", "AU", "2021-10-26"),  # another country
                               ("https://d.vn/1", "GB", "2021-11-20")):  # another day
        wh.load([make_item(url, [call(CHINH, participant("Bô-rít Giôn-xơn", "Thủ tướng", "head_of_government",
                                                          country), when)])], "r2")
    wh.load([make_item("https://e.vn/1", [call(CHINH, participant("Ăng-ghê-la Méc-ken", "Thủ tướng",
                                                                   "head_of_government", "GB"), "2021-10-26")])], "r3")
    assert sorted(row[4] for row in calls_rows(wh)) == [1, 1, 1, 2]
    _, rows = query(wh.path, "SELECT p.canonical_name FROM person_aliases a JOIN persons p USING (person_id) "
                             "WHERE a.alias = 'Bô-rít Giôn-xơn' ORDER BY p.country_code")
    assert rows == [("Bô-rít Giôn-xơn",), ("Boris Johnson",)]  # AU: a new person; GB: Boris Johnson
    assert wh.check() == []


def test_title_changes_over_time_keep_one_person(wh):
    son_fm = participant("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "foreign_minister", "VN")
    son_dpm = participant("Bùi Thanh Sơn", "Phó Thủ tướng, Bộ trưởng Ngoại giao", "foreign_minister", "VN")
    wh.load([make_item("https://a.vn/2", [call(son_dpm, LAVROV, "2025-01-20")], published=D("2025-01-21")),
             make_item("https://a.vn/1", [call(son_fm, LAVROV, "2023-05-02")], published=D("2023-05-02"))], "r1")
    _, rows = query(wh.path, "SELECT person_id, last_title, first_seen, last_seen FROM persons "
                             "WHERE canonical_name = 'Bùi Thanh Sơn'")
    assert len(rows) == 1
    person_id, last_title, first_seen, last_seen = rows[0]
    assert last_title == "Phó Thủ tướng, Bộ trưởng Ngoại giao"
    assert (first_seen, last_seen) == (D("2023-05-02"), D("2025-01-20"))
    _, titles = query(wh.path, "SELECT title, first_seen FROM person_titles WHERE person_id = ? ORDER BY first_seen",
                      params=[person_id])
    assert titles == [("Bộ trưởng Ngoại giao", D("2023-05-02")), ("Phó Thủ tướng, Bộ trưởng Ngoại giao", D("2025-01-20"))]
    # the participants keep the title as written at the time
    _, written = query(wh.path, "SELECT p1_title FROM calls_flat ORDER BY call_date")
    assert written == [("Bộ trưởng Ngoại giao",), ("Phó Thủ tướng, Bộ trưởng Ngoại giao",)]
