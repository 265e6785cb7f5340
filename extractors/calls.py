"""Extract stage: detect phone and online calls between officials and build one record per call.

The extractor is rule-based and driven by Vietnamese grammar: a cheap keyword gate picks the sentences that
can state a call ("điện đàm", "gọi điện", "hội đàm trực tuyến", "nhận điện thoại của"...), then official
mentions are read as TITLE [COUNTRY] NAME (or RANK NAME, TITLE... appositives), the two principals are taken
around the call verb, and each is completed from the other mentions of the same person in the article
(full name, title, country). Offsets refer to the text given to `extract` after `normalize_text`, which is
the identity on text already produced by `clean_text`.

This module is the stage's entry point; the work is done by modules with one job each:
`sentences` (sentences and offsets), `triggers` (call wordings), `mentions` (officials in a sentence),
`roles` (title -> role), `names` (name keys and full forms), `dates`, `findings`, `candidates` (two officials
around each call wording) and `assemble` (from candidates to `Call` records). The language data they use lives in extractors/data/*.toml (`lexicon`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from extractors.assemble import (
    Article,
    build_call,
    earlier_calls_of_a_pair,
    earlier_calls_told_after,
    group_by_pair,
    one_call_two_spellings,
    resolve_unnamed,
    without_calls_told_in_passing,
    without_comments_on_anothers_call,
    without_denied_calls,
    without_the_day_befores_calls,
)
from extractors.candidates import (
    MAX_TAGGED_SENTENCES,
    a_headlines_coming_call,
    about_a_call,
    called_in_the_url,
    earlier_in_the_story,
    find_candidates,
    heads_a_coming_call,
    reviews_a_period,
    talked_with,
)
from extractors.clean import normalize_text, page_date, publication_month, url_date
from extractors.dates import DateHit, find_dates
from extractors.lexicon import ROLES
from extractors.mentions import Mention, countries_in, find_mentions
from extractors.names import fold
from extractors.recase import recase_headlines, recase_titles
from extractors.records import Call, Finding, Participant
from extractors.roles import role_and_title, split_title
from extractors.sentences import MAX_SENTENCE_CHARS, Sentence, headline_indices, split_sentences
from extractors.triggers import GATE

__all__ = [
    "EXTRACTOR_VERSION", "MAX_SEARCH_CHARS", "MAX_SENTENCE_CHARS", "MAX_TAGGED_SENTENCES", "ROLES", "Call",
    "DateHit", "Extraction", "Finding", "Mention", "Participant", "Sentence", "extract", "find_dates",
    "find_mentions", "fold", "role_and_title", "split_sentences", "split_title",
]

EXTRACTOR_VERSION = "1.174.0"

# Only the first MAX_SEARCH_CHARS characters of a cleaned text are searched for calls: a news article is far
# shorter (the longest labelled one is ~12 KB); a longer text is a digest, a feed dump or a hostile page, and
# its first 100 KB already hold what a reader would take as the article. Offsets stay those of the full text.
MAX_SEARCH_CHARS = 100_000


@dataclass
class Extraction:
    is_call: bool
    calls: list[Call]
    extractor_version: str = EXTRACTOR_VERSION

    def to_gold(self, article_id: str) -> dict:
        """The line format of ../shared/corpus (and of `diendam extract`)."""
        return {"id": article_id, "label": "call" if self.calls else "not_call",
                "calls": [c.to_dict() for c in self.calls]}


def extract(text: str, published: date | str | None = None, title: str | None = None,
            url: str | None = None) -> Extraction:
    """Calls reported in a cleaned article text. `published` is a date (or an ISO string); a "YYYY-MM" string, like
    a /YYYYMM/ URL, gives only the year of calls dated by day and month."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs the article text as str, got {type(text).__name__}")
    text = _searched_part(normalize_text(text))
    # no publication date given: the URL's date or the page's own dateline stands for it (as in extractors.batch)
    month = publication_month(published, url, text)
    published = _publication_date(published) or url_date(url) or page_date(text)
    headline = normalize_text(title).strip() if isinstance(title, str) else ""
    # (a wording cut by a line break, "nhận cuộc điện" / "thoại của B", passes the gate too)
    if not GATE.search(text.replace("\n", " ")) and not GATE.search(headline):
        return Extraction(is_call=False, calls=[])
    text, headline = recase_headlines(text, headline)  # "THỦ TƯỚNG ... ĐIỆN ĐÀM VỚI ...": names need their case
    text, headline = recase_titles(text), recase_titles(headline)  # "Thủ Tướng Australia X" in running text
    sentences = _article_sentences(text, headline)
    candidates, mentions = find_candidates(sentences)
    candidates += talked_with(sentences, text, headline, url, candidates)
    heads = headline_indices(sentences, text)
    candidates += earlier_in_the_story(sentences, candidates, frozenset(
        c for s in sentences if s.index in heads for c, _, _ in countries_in(s.text) if c and c != "VN"))
    candidates += called_in_the_url(sentences, mentions, url, candidates)
    if not candidates:
        return Extraction(is_call=False, calls=[])
    article = Article(text, sentences, mentions, published, None if published else month)
    if a_headlines_coming_call(candidates, sentences, article.headlines) or reviews_a_period(sentences, article.headlines) \
            or heads_a_coming_call(candidates, sentences, article.headlines):
        return Extraction(is_call=False, calls=[])
    has_primary = any(c.primary for c in candidates)
    if not has_primary and not about_a_call(candidates, sentences, text, headline, url):
        return Extraction(is_call=False, calls=[])
    if any(c.a.unnamed or c.b.unnamed for c in candidates):
        candidates = resolve_unnamed(candidates, article.flat, article.person)
    calls = [c for group in group_by_pair(candidates, article, has_primary) if (c := build_call(group, article))]
    earlier = earlier_calls_of_a_pair(article, calls)
    calls += earlier + earlier_calls_told_after(article, calls, earlier)
    calls = without_comments_on_anothers_call(one_call_two_spellings(calls))
    calls = without_calls_told_in_passing(calls, article)
    calls = without_the_day_befores_calls(calls, article)
    calls = without_denied_calls(calls, article)
    return Extraction(is_call=bool(calls), calls=calls)


def _publication_date(published: object) -> date | None:
    """A date, a datetime or an ISO string ("2025-06-30..."); anything else is no date."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, str):
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None
    return published if isinstance(published, date) else None


def _searched_part(text: str) -> str:
    """The first MAX_SEARCH_CHARS characters, cut at the last line break before the cap (else the last space),
    so that no sentence is cut in two."""
    if len(text) <= MAX_SEARCH_CHARS:
        return text
    cut = text.rfind("\n", 0, MAX_SEARCH_CHARS)
    if cut < MAX_SEARCH_CHARS // 2:
        cut = text.rfind(" ", 0, MAX_SEARCH_CHARS)
    return text[:cut if cut > 0 else MAX_SEARCH_CHARS]


def _article_sentences(text: str, headline: str) -> list[Sentence]:
    """The text's sentences, and the page title when the body does not repeat it (clean_html keeps them apart):
    a sentence of its own, outside the text, so its offsets are -1."""
    sentences = split_sentences(text)
    if headline and fold(headline) not in fold(text[:len(headline) + 400]):
        sentences.append(Sentence(headline, -1, -1, len(sentences)))
    return sentences
