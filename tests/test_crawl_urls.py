"""URL normalisation: one spelling per article, whatever route it came through."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.urls import host_of, normalize_url


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://BaoQuocTe.VN:443/Tin-Tuc/", "https://baoquocte.vn/Tin-Tuc/"),
        ("https://baoquocte.vn/rss_feed//", "https://baoquocte.vn/rss_feed/"),
        ("http://vov.vn:80", "http://vov.vn/"),
        ("http://vov.vn:8080/a", "http://vov.vn:8080/a"),
        ("https://nhandan.vn./a.html#binh-luan", "https://nhandan.vn/a.html"),
        ("https://a.vn/x.html?utm_source=fb&utm_medium=social&fbclid=abc&gclid=1&id=5&zarsrc=30",
         "https://a.vn/x.html?id=5"),
        ("https://a.vn/x?b=2&a=1", "https://a.vn/x?a=1&b=2"),
        ("https://a.vn/a/./b/../c.html", "https://a.vn/a/c.html"),
        ("https://a.vn/%7ehome/%e1%bb%87", "https://a.vn/~home/%E1%BB%87"),
        ("https://a.vn/tin tức/điện-đàm", "https://a.vn/tin%20t%E1%BB%A9c/%C4%91i%E1%BB%87n-%C4%91%C3%A0m"),
        ("  https://a.vn/x  ", "https://a.vn/x"),
    ],
)
def test_normalize(raw, expected):
    assert normalize_url(raw) == expected


def test_relative_with_base_and_errors():
    assert normalize_url("../b.html?utm_campaign=x", base="https://a.vn/tin/a/") == "https://a.vn/tin/b.html"
    assert normalize_url("//cdn.a.vn/x", base="https://a.vn/") == "https://cdn.a.vn/x"
    for bad in ("mailto:x@a.vn", "javascript:void(0)", "ftp://a.vn/f", "https:///nohost"):
        with pytest.raises(ValueError):
            normalize_url(bad)


def test_host_of():
    assert host_of("https://WWW.VietnamPlus.vn.:443/x") == "www.vietnamplus.vn"
    assert host_of("not a url") == ""


@given(st.text(alphabet="abcđêô/.-_?=&%#~ AZ09", max_size=40))
def test_normalization_is_idempotent(path):
    try:
        once = normalize_url("https://a.vn/" + path)
    except ValueError:
        return
    assert normalize_url(once) == once
