"""Pages of filler under the fetch cap are not articles, and the cleaner says so without parsing them for long."""

from extractors.clean import clean_html


def test_a_page_of_one_word_repeated_is_not_an_article():
    html = "<html><head><title>Trang</title></head><body>" + "<p>x</p>" * 400_000 + "</body></html>"
    assert clean_html(html, "http://127.0.0.1/bai-rat-dai.html") is None


def test_a_short_real_paragraph_still_is():
    words = ("Chiều 5/3, Bộ trưởng Ngoại giao đã điện đàm với người đồng cấp nước bạn về hợp tác song phương, "
             "thương mại, đầu tư và các vấn đề khu vực cùng quan tâm.")
    html = f"<html><head><title>Điện đàm</title></head><body><article><h1>Điện đàm</h1><p>{words}</p>" \
           f"<p>{words}</p></article></body></html>"
    article = clean_html(html, "http://127.0.0.1/2024/03/dien-dam.html")
    assert article is not None and "điện đàm" in article.text
