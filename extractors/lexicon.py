"""The extractor's language data: words and wordings read from the TOML files in `extractors/data/`.

The data files hold the words (call wordings, titles, honorifics, organisation words, dateline words,
places); the code that builds the regexes from them holds the grammar. Every entry carries a one-line
example that `tests/test_extract_data.py` runs through the part of the extractor the entry feeds, so a
linguist can extend a list without reading Python (docs/extraction-data.md).

Two entry shapes, one per section (see `SCHEMA`):
- words: `"word" = "example"`; the key is a word or a wording (see `wording_regex` for its notation).
- records: `"key" = { field = ..., example = "..." }`, with the fields the schema names.
- codes: `"place" = "VN"` (a gazetteer: the entry is its own test case).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"

ROLES = ("party_leader", "head_of_state", "head_of_government", "deputy_head_of_government",
         "parliament_speaker", "foreign_minister", "deputy_foreign_minister", "minister", "other")

# file -> section -> "words", or the record fields and their types (str, int, or a tuple of allowed values)
SCHEMA: dict[str, dict[str, Any]] = {
    "call_wordings.toml": {s: "words" for s in ("gate", "call", "video", "multilateral", "conferences", "about_call",
                                                 "url_words", "separate_calls", "talk_verbs", "media_after",
                                                 "talked_with", "url_pair_wordings", "meeting_nouns", "call_noun_openers", "called_after",
                                                 "round_openers", "each_caller", "addressed_in_the_call", "again",
                                                 "list_continued", "among_them", "asks_what_was_said",
                                                 "relayed_from", "this_is", "partner_named_next", "groupings",
                                                 "chaired_by")},
    "non_call_wordings.toml": {s: "words" for s in ("before", "before_clause_end", "past_in_head", "period", "after",
                                                     "past_after", "remembered", "near", "coming",
                                                     "future_after_pair", "term_of_office", "said_in_the_call", "joint",
                                                     "in_person", "other_event_after", "earlier_of_pair", "denials",
                                                     "failed_after", "past_in_main_clause", "content_denied",
                                                     "posing_before", "present_at_call", "joined_on_the_line",
                                                     "review_headlines", "coming_headlines", "day_before",
                                                     "time_of_another_call", "time_of_a_meeting",
                                                     "recent_after_past_word", "earlier_clause", "led_by",
                                                     "earlier_of_pair_after", "greeting_sent",
                                                     "comments_on_a_call")},
    "datelines.toml": {
        **{s: "words" for s in ("sentence_openers", "sentence_opener_pairs", "day_parts", "reported", "source_dates",
                                "agency_before_date", "agency_verbs", "same_day", "relative_clause_openers",
                                "other_events", "call_clause_openers", "target_year_words", "until_words", "call_noun_days", "weekday_after",
                                "weekday_last_week",
                                "earlier_same_day", "day_part_openings", "announced_before", "undated_past")},
        "relative_days": {"days_back": int, "example": str},
        "days_before_told": {"days_back": int, "example": str},
        "days_after_told": {"days_forward": int, "example": str},
        "month_words": {"month": int, "example": str},
        "english_months": {"month": int, "example": str},
    },
    "people.toml": {**{s: {"country": str, "example": str} for s in ("readings", "leaders")},
                    "transliterations": {"latin": str, "example": str}, "short_forms": {"full": str, "example": str}},
    "findings.toml": {
        **{s: "words" for s in ("frameworks", "agreement", "invitation_verbs", "occasion", "occasion_after_one_word",
                                 "request")},
        "topics": {"topic": str, "example": str},
    },
    "honorifics.toml": {s: "words" for s in ("military_ranks", "services", "ranks", "honorific_words", "honorific_pairs",
                                              "ranks_not_titles", "ranks_before_name", "holy_titles",
                                              "kept_in_name", "address_words", "anaphoric_subjects")},
    "names.toml": {s: "words" for s in ("vietnamese_surnames", "korean_surnames", "vietnamese_surnames_ascii",
                                        "name_particles", "opening_particles", "article_prefixes", "headline_name_ends",
                                        "vietnamese_name_ends")},
    "organisations.toml": {
        **{s: "words" for s in ("org_prefixes", "org_heads", "org_names", "org_tails", "international", "buildings",
                                "region_bodies", "country_bodies", "un_bodies", "companies",
                                "business_posts", "news_agencies")},
        "seats": {"country": str, "example": str},
        "national_bodies": {"country": str, "example": str},
        "seat_heads": {"title": str, "example": str},
    },
    "page_noise.toml": {"related_heads": "words", "image_labels": "words", "tag_heads": "words",
                        "interview_askers": "words", "open_line_ends": "words"},
    "telling.toml": {s: "words" for s in ("announces", "says", "teller_and", "before_both", "tells_of_call",
                                                   "said_to_the_teller")},
    "places.toml": {"regions": "words", "common_words": "words", "local_words": "words", "local_split_words": "words", "place_nouns": "words",
                    "places": "codes"},
    "titles.toml": {
        **{s: "words" for s in ("heads", "topic_heads", "party_posts", "membership_bodies", "predicates", "title_breaks",
                                "two_officials", "title_words", "never_principal", "former", "elect", "optional_prefixes",
                                "chair_parliament", "chair_party", "chair_cabinet", "chair_state", "chair_not_state",
                                "foreign_portfolios", "foreign_portfolio_openers", "bare_title_portfolios",
                                "subject_auxiliaries", "post_nouns", "seat_head_words", "counterpart_words",
                                "appositive_heads", "not_head_after", "new_in_post", "new_before_title", "aside_before_title", "needs_country",
                                "post_taken", "regional_posts", "tenure_after_country", "vietnamese_posts",
                                "not_title_breaks", "rank_like_heads")},
        "title_breaks_not_after": {"not_after": str, "example": str},
        "roles": {"role": (*ROLES, "chair", "minister", "deputy_minister", "minister_of_state"), "example": str},
    },
}


class LexiconError(ValueError):
    """A data file that cannot be read or does not follow its schema; the message names file and entry."""


def validate(file: str, data: dict[str, Any]) -> None:
    """Raise a `LexiconError` naming the file, section and entry when `data` does not follow the schema."""
    schema = SCHEMA.get(file)
    if schema is None:
        raise LexiconError(f"extractors/data/{file}: no schema for this file in extractors/lexicon.py")
    for section in data:
        if section not in schema:
            raise LexiconError(f"extractors/data/{file}: unknown section [{section}] (known: {', '.join(schema)})")
    for section, shape in schema.items():
        table = data.get(section)
        where = f"extractors/data/{file} [{section}]"
        if not isinstance(table, dict) or not table:
            raise LexiconError(f"{where}: missing or empty section")
        for key, value in table.items():
            entry = f"{where} entry {key!r}"
            if not key.strip() or key != key.strip():
                raise LexiconError(f"{entry}: the key must be non-empty, without leading or trailing spaces")
            if shape == "codes":
                if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value):
                    raise LexiconError(f"{entry}: the value must be a two-letter country code such as \"VN\"")
                continue
            try:
                if any(c in key for c in "()[]|"):  # only the notation's brackets can make a bad regex
                    re.compile(wording_regex(key))
            except re.error as exc:
                raise LexiconError(f"{entry}: not a wording ({exc}); see the notation in call_wordings.toml") from exc
            if shape == "words":
                if not isinstance(value, str) or not value.strip() or "\n" in value:
                    raise LexiconError(f"{entry}: the value must be a one-line example sentence (a string)")
                continue
            if not isinstance(value, dict):
                raise LexiconError(f"{entry}: must be an inline table {{ {', '.join(shape)} }}")
            for name, kind in shape.items():
                if name not in value:
                    raise LexiconError(f"{entry}: missing field {name!r}")
                got = value[name]
                if isinstance(kind, tuple):
                    if got not in kind:
                        raise LexiconError(f"{entry}: {name} = {got!r} is not one of {', '.join(map(str, kind))}")
                elif not isinstance(got, kind) or isinstance(got, bool) or (kind is str and not got.strip()):
                    raise LexiconError(f"{entry}: {name} must be a non-empty {kind.__name__}")
            extra = set(value) - set(shape)
            if extra:
                raise LexiconError(f"{entry}: unknown field(s) {', '.join(sorted(extra))}")
            if "\n" in value["example"]:
                raise LexiconError(f"{entry}: the example must be one line")


@cache
def load(file: str) -> dict[str, dict[str, Any]]:
    """One data file, checked against its schema (a `LexiconError` naming file and entry otherwise)."""
    path = DATA_DIR / file
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise LexiconError(f"extractors/data/{file}: cannot read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"extractors/data/{file}: not valid TOML: {exc}") from exc
    validate(file, data)
    return data


def words(file: str, section: str) -> list[str]:
    """The keys of one section, in file order (the order can matter: see the file's comments)."""
    return list(load(file)[section])


def plain_words(file: str, section: str) -> list[str]:
    """The entries of a words section that are plain words, no wording notation ("có thể", not "(sẵn lòng|sẵn sàng)"):
    those that can be compared as text, folded into an address or a folded sentence."""
    return [w for w in words(file, section) if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", w)]


def records(file: str, section: str) -> dict[str, dict[str, Any]]:
    """The entries of a records section: key -> fields."""
    return load(file)[section]


def field_by_word(file: str, section: str, field: str) -> dict[str, Any]:
    """One field of a records section by its lower-case key: {"tháng sáu": 6, ...} for month words."""
    return {key.lower(): fields[field] for key, fields in records(file, section).items()}


def examples(file: str, section: str) -> list[tuple[str, str]]:
    """(key, example) for every entry of a section: what the data test runs."""
    shape = SCHEMA[file][section]
    return [(k, v if shape == "words" else v if shape == "codes" else v["example"]) for k, v in load(file)[section].items()]


_SPECIAL = set(".^$+?{}\\")


def wording_regex(wording: str) -> str:
    """Regex of a wording written in the data files' notation.

    (a|b) one of; [a] optional; _ one or more spaces; * one word; ~ up to fifteen words, each followed by spaces
    (as few as fit); a space is one space; anything else is literal ("gọi điện[ thoại] (cho|tới)",
    "(có|tiến hành)_[một_]cuộc_điện đàm").
    """
    out = []
    for ch in wording:
        if ch == "(" or ch == "[":
            out.append("(?:")
        elif ch == "]":
            out.append(")?")
        elif ch in ")|":
            out.append(ch)
        elif ch == "_":
            out.append(r"\s+")
        elif ch == "*":
            out.append(r"\w+")
        elif ch == "~":
            out.append(r"(?:[\w/-]+\s+){0,15}?")
        elif ch in _SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def alternation(file: str, section: str) -> str:
    """The wordings of a section as one alternation, in file order ("a|b|c")."""
    return "|".join(wording_regex(w) for w in words(file, section))


def by_length(items: list[str]) -> list[str]:
    """Longest first, so that a regex alternation prefers "Phó Thủ tướng" to "Thủ tướng"."""
    return sorted(items, key=len, reverse=True)


def capitalised_heads() -> str:
    """The title heads written with a capital ("Thủ tướng", "Phó Chủ tịch"; not "người đứng đầu"), longest first,
    as one alternation: where a page runs a name into the next title, or a wrapped line ends on a title."""
    return "|".join(wording_regex(w) for w in by_length(words("titles.toml", "heads")) if w[:1].isupper())


def data_files() -> list[str]:
    return sorted(p.name for p in DATA_DIR.glob("*.toml"))
