"""Clean stage: tone-mark normalisation, Vietnamese page noise, HTML main text and metadata."""

import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.calls import extract
from extractors.clean import CleanArticle, clean_html, clean_text, normalize_text


def test_normalize_text_nfc_and_one_tone_convention() -> None:
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    assert normalize_text(decomposed) == "Việt Nam"
    assert normalize_text("hoà bình, thuỷ sản, hoá chất, khoẻ") == "hòa bình, thủy sản, hóa chất, khỏe"
    assert normalize_text("Hoà Bình") == normalize_text("Hòa Bình")
    # a tone typed on the first vowel of a closed oa/oe/uy syllable goes to the second (the length stays)
    assert normalize_text("điện thọai, khỏang, ngòeo, khủyu") == "điện thoại, khoảng, ngoèo, khuỷu"
    assert normalize_text("hoạt động, toàn, khuyên, thuyết") == "hoạt động, toàn, khuyên, thuyết"
    # the tone stays where both conventions put it
    assert normalize_text("hoàn thành, quý, thuyền, khoảng") == "hoàn thành, quý, thuyền, khoảng"
    assert normalize_text("a\u00a0b\u200bc") == "a bc"
    assert normalize_text("") == ""


def test_clean_text_drops_page_noise() -> None:
    raw = "\n".join([
        "Thứ Sáu, 20/02/2026",
        "01:14 27/01/2017",
        "Thủ tướng điện đàm với Thủ tướng Nhật Bản",
        "Chiều 5/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio./.",
        "Thủ tướng Phạm Minh Chính tại cuộc điện đàm. (Ảnh: Dương Giang/TTXVN)",
        "Ảnh: VGP",
        "Ảnh tư liệu: Thủ tướng Phạm Minh Chính và Thủ tướng Kishida Fumio tại Tokyo năm 2023.",
        "Theo dõi Báo Quốc tế trên Google News",
        "(TTXVN/Vietnam+)",
        "Minh Anh",
        "![]() |",
        "Tin liên quan",
        "Thủ tướng dự Hội nghị ASEAN",
        "Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản",
    ])
    out = clean_text(raw).split("\n")
    assert out == [
        "Thủ tướng điện đàm với Thủ tướng Nhật Bản",
        "Chiều 5/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio.",
        "Thủ tướng Phạm Minh Chính tại cuộc điện đàm.",
    ]


def test_clean_text_keeps_paragraphs_and_strips_source_tags() -> None:
    raw = "Đoạn một kết thúc ở đây.\r\n\r\n\r\nĐoạn hai. (TTXVN)\n   \n| Dòng có khung |"
    assert clean_text(raw) == "Đoạn một kết thúc ở đây.\nĐoạn hai.\nDòng có khung"


PAGE = """<!doctype html><html lang="vi"><head>
<meta charset="utf-8"><title>Thủ tướng điện đàm với Thủ tướng Nhật Bản | Báo Mẫu</title>
<meta property="article:published_time" content="2023-06-05T18:30:00+07:00">
<link rel="canonical" href="/thoi-su/thu-tuong-dien-dam-123.html">
</head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav></header>
<article>
<h1>Thủ tướng điện đàm với Thủ tướng Nhật Bản</h1>
<p>Chiều 5/6, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Kishida Fumio, trao đổi về quan hệ
Đối tác Chiến lược Toàn diện giữa hai nước và các vấn đề quốc tế cùng quan tâm.</p>
<p>Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại, đầu tư và lao động; thúc đẩy các dự án hợp tác lớn,
tăng cường giao lưu nhân dân và hợp tác giữa các địa phương hai nước trong thời gian tới.</p>
<p>Thủ tướng Phạm Minh Chính mời Thủ tướng Kishida Fumio sớm thăm Việt Nam; Thủ tướng Kishida vui vẻ nhận lời./.</p>
<p>Theo dõi Báo Mẫu trên Google News</p>
</article>
<footer>Bản quyền thuộc về Báo Mẫu. Liên hệ quảng cáo.</footer>
</body></html>"""


def test_clean_html_main_text_title_date_canonical() -> None:
    art = clean_html(PAGE, url="https://example.vn/thoi-su/thu-tuong-dien-dam-123.html?utm_source=x")
    assert isinstance(art, CleanArticle)
    assert art.published == date(2023, 6, 5)
    assert art.canonical_url == "https://example.vn/thoi-su/thu-tuong-dien-dam-123.html"
    assert art.title and "điện đàm" in art.title
    assert "Kishida Fumio" in art.text
    assert "Theo dõi" not in art.text and "Bản quyền" not in art.text
    assert "./." not in art.text
    call = extract(art.text, published=art.published).calls[0]
    assert call.date == "2023-06-05"


def test_clean_html_json_ld_date_and_time_element() -> None:
    body = "<p>" + "Chiều 5/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Úc Penny Wong. " * 4 + "</p>"
    ld = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
          '"2024-06-06T09:00:00+07:00"}</script></head><body><article>' + body + "</article></body></html>")
    assert clean_html(ld).published == date(2024, 6, 6)
    tm = '<html><body><article><time datetime="2022-03-04">4/3</time>' + body + "</article></body></html>"
    assert clean_html(tm).published == date(2022, 3, 4)


def test_clean_html_without_article_is_none() -> None:
    assert clean_html("") is None
    assert clean_html("<html><body><nav>Trang chủ</nav></body></html>") is None
    assert clean_html(b"\x00\xff\xfe not html at all") is None


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_clean_and_extract_never_crash_on_any_text(text: str) -> None:
    cleaned = clean_text(text)
    assert isinstance(cleaned, str)
    ext = extract(cleaned, published=date(2024, 1, 1))
    for call in ext.calls:
        assert cleaned[call.evidence_start:call.evidence_end] == call.evidence


_VI = st.sampled_from(["điện đàm", "với", "Thủ tướng", "Bộ trưởng Ngoại giao", "Nhật Bản", "Mỹ", "Anh", "ngày",
                       "4/3", "Chiều", "trực tuyến", "Nguyễn", "Văn", "An", ",", ".", "\n", "(", ")", "gọi điện",
                       "Tổng Bí thư", "và", "Kishida", "Fumio", "Trong cuộc điện đàm", "Ảnh:", "./.", "nhận điện thoại của"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_VI, max_size=40).map(" ".join))
def test_extract_never_crashes_on_call_like_word_salad(text: str) -> None:
    ext = extract(clean_text(text))
    for call in ext.calls:
        assert len(call.participants) == 2
        assert call.medium in ("phone", "video")


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000)))
def test_clean_html_never_crashes(data) -> None:
    art = clean_html(data)
    assert art is None or isinstance(art.text, str)


def test_datelines_are_dropped_and_read() -> None:
    from extractors.clean import page_date

    raw = "20:44 | 29/05/2020\nPV - 10:46, 06/04/2021\nThứ Hai, 05/06/2023 - 18:30\nNgày 4/3, hai bên đã gặp nhau."
    assert clean_text(raw) == "Ngày 4/3, hai bên đã gặp nhau."
    assert page_date(raw) == date(2020, 5, 29)
    assert page_date("Không có ngày đăng.\nNgày 4/3/2021, hai bên đã gặp nhau tại Hà Nội.") is None


def test_url_dates() -> None:
    from extractors.clean import url_date

    assert url_date("https://dantri.com.vn/xa-hoi/tong-bi-thu-dien-dam-20241112062154049.htm") == date(2024, 11, 12)
    assert url_date("https://nld.com.vn/tong-bi-thu-dien-dam-196250702220620884.htm") == date(2025, 7, 2)
    assert url_date("https://example.vn/lanh-dao-chuc-mung-1617680766372.htm") == date(2021, 4, 6)
    assert url_date("https://example.vn/2023/05/12/dien-dam") == date(2023, 5, 12)
    assert url_date("https://vnexpress.net/chu-tich-nuoc-dien-dam-3729258.html") is None
    assert url_date(None) is None


def test_a_wire_stamp_with_its_clock_and_a_blogs_month_url() -> None:
    # (real pages of round 150: a translated wire report's stamp line; Blogger's /YYYY/MM/ article URLs)
    from extractors.clean import page_date, publication_month

    assert page_date("Kính mời bạn đọc\nNgày 14 tháng 3 năm 2024 09:05 PM GMT+7 Cập nhật 12 phút trước\nBài dịch") \
        == date(2024, 3, 14)
    assert publication_month(None, "https://example.blogspot.com/2025/07/putin-va-macron.html?m=1") == (2025, 7)
    assert publication_month(None, "https://example.vn/202507/dien-dam.html") == (2025, 7)
    assert publication_month(None, "https://example.vn/tin/2025/13/x.html") is None


def test_clean_html_keeps_photo_captions_before_related_lists() -> None:
    page = ("<html><body><article><h1>Tổng thống Pháp điện đàm với Tổng thống Nga</h1>"
            "<p>" + "Ông Macron cho biết cuộc điện đàm kéo dài hai giờ và đề cập nhiều vấn đề quốc tế. " * 3 + "</p>"
            "<figure><img src='/a.jpg'><figcaption>Tổng thống Nga Vladimir Putin (trái) và Tổng thống Pháp Emmanuel "
            "Macron. (Ảnh: AFP)</figcaption></figure><p>Đọc thêm</p></article></body></html>")
    art = clean_html(page)
    assert art is not None
    assert "Tổng thống Nga Vladimir Putin (trái) và Tổng thống Pháp Emmanuel Macron." in art.text.split("\n")
    assert "AFP" not in art.text


def test_a_headline_with_its_time_stamp_below_the_body_is_a_related_link():
    # a related-news list printed without its heading: bare headlines, each followed by its time stamp
    text = ("Thủ tướng tiếp Đại sứ Nhật Bản\n04/05/2025 18:30\n"
            "Chiều 5/5, tại trụ sở Chính phủ, Thủ tướng Lê Văn Hòa tiếp Đại sứ Nhật Bản Sato Kenji.\n"
            "Thủ tướng Lê Văn Hòa điện đàm với Thủ tướng Úc Mark Ellis\n04/05/2025 18:30\n"
            "Chủ tịch nước tiếp Đại sứ Pháp\n03/05/2025 10:00")
    from extractors.clean import clean_text
    assert clean_text(text).split("\n") == [
        "Thủ tướng tiếp Đại sứ Nhật Bản",
        "Chiều 5/5, tại trụ sở Chính phủ, Thủ tướng Lê Văn Hòa tiếp Đại sứ Nhật Bản Sato Kenji."]


def test_a_bulleted_teaser_sentence_under_a_related_heading_is_part_of_the_list() -> None:
    body = "Thủ tướng Lê Văn Hòa đã điện đàm với Thủ tướng Cuba Luis Pérez về hợp tác vaccine."
    text = (f"{body}\nTin liên quan\n- Ngày 29/6/2021, Bộ trưởng Ngoại giao Phạm Thu Hà đã điện đàm với Bộ trưởng "
            "Ngoại giao Na Uy Anna Berg về hợp tác tại Hội đồng Bảo an.\n- Chuyện tình hữu nghị hai nước")
    assert clean_text(text) == body
