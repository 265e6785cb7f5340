"""`diendam sources match`: real URLs of every shipped source (tests/data/source_urls.toml) come out as the
crawler decides them: articles `article`, home, section, tag, feed, sitemap and paging pages `not-article`."""

from __future__ import annotations

import io
import sys
import tomllib
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from crawler.discover import classify_url
from crawler.sources import load_sources
from diendam.cli import EXIT_OK, EXIT_USAGE, main

DATA = tomllib.loads((Path(__file__).parent / "data" / "source_urls.toml").read_text(encoding="utf-8"))
# these lists must come out `article`; every other (`..._not_articles`) list `not-article`
ARTICLE_LISTS = {"articles", "held_out_articles", "held_out_2_articles", "held_out_3_articles"}
CASES = [(name, url, kind in ARTICLE_LISTS)
         for name, lists in DATA.items() for kind, urls in lists.items() for url in urls]


def match(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["sources", "match", *args])
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def test_every_shipped_source_has_real_urls_of_both_kinds():
    shipped = {s.name for s in load_sources()}
    assert set(DATA) == shipped
    for name, lists in DATA.items():
        assert lists.get("articles") and lists.get("not_articles"), name
    originals = {"baoquocte.vn", "vietnamplus.vn", "baochinhphu.vn", "mofa.gov.vn", "nhandan.vn", "vov.vn", "qdnd.vn"}
    assert originals <= shipped  # the seven first sources stay


@pytest.mark.parametrize(("name", "url", "article"), CASES, ids=[c[1][-60:] for c in CASES])
def test_real_url_is_classified_as_the_crawler_would(name, url, article):
    source, is_article = classify_url(url, load_sources())
    assert source is not None and source.name == name
    assert is_article is article


def test_cli_prints_one_tab_separated_line_per_url():
    urls = [DATA["vov.vn"]["articles"][0], DATA["vov.vn"]["not_articles"][1], "https://example.org/a-b-c-d-12345.html"]
    code, out, _ = match(*urls)
    assert code == EXIT_OK
    assert out.splitlines() == [f"{urls[0]}\tvov.vn\tarticle", f"{urls[1]}\tvov.vn\tnot-article",
                                f"{urls[2]}\t-\tnot-article"]


def test_cli_reads_urls_from_stdin_and_takes_another_sources_file(tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text('[[source]]\nname = "a"\nbase_url = "https://a.vn"\nfeeds = ["https://a.vn/rss"]\n'
                       "article_pattern = '/tin/'\n", encoding="utf-8")
    code, out, _ = match("--sources", str(sources), "-", stdin="https://a.vn/tin/x\n\nhttps://www.a.vn/khac\n")
    assert code == EXIT_OK
    assert out.splitlines() == ["https://a.vn/tin/x\ta\tarticle", "https://www.a.vn/khac\ta\tnot-article"]


@pytest.mark.parametrize("url", ["vov.vn/chinh-tri", "ftp://vov.vn/x"])
def test_cli_refuses_what_is_not_a_url_in_one_line(url):
    code, out, err = match("https://vov.vn/", url)
    assert code == EXIT_USAGE and out == "" and len(err.strip().splitlines()) == 1 and url in err


def test_cli_missing_sources_file_is_a_usage_error():
    with pytest.raises(SystemExit) as info:
        match("--sources", "/no/such.toml", "https://vov.vn/")
    assert info.value.code == EXIT_USAGE


def test_check_of_an_unknown_source_is_a_usage_error_before_any_request():
    err = io.StringIO()
    with redirect_stderr(err), redirect_stdout(io.StringIO()):
        code = main(["sources", "check", "--source", "nope.vn"])
    assert code == EXIT_USAGE and "unknown source nope.vn" in err.getvalue()
