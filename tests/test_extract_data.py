"""The extractor's language data (extractors/data/*.toml): every file follows its schema, and every entry's
one-line example goes through the part of the extractor the entry feeds (docs/extraction-data.md)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from extractors import calls, lexicon
from extractors.lexicon import SCHEMA, LexiconError, validate, wording_regex

PUBLISHED = date(2025, 6, 30)


def _first_call_wording(example: str) -> re.Match[str]:
    m = calls._PRIMARY.search(example)
    assert m is not None, f"no call wording of call_wordings.toml [call] in {example!r}"
    return m


def _holds(file: str, section: str, key: str, example: str, flags: int = re.I) -> None:
    assert re.search(wording_regex(key), example, flags), f"{file} [{section}] {key!r}: not in its example"


# --- checkers: (file, section) -> what each entry's example must show -------------------------------------------
def _gate(key: str, example: str) -> None:
    _holds("call_wordings.toml", "gate", key, example)
    assert calls._GATE.search(example)


def _call(key: str, example: str) -> None:
    _holds("call_wordings.toml", "call", key, example)
    ext = calls.extract(example, published=PUBLISHED)
    assert ext.is_call, f"call_wordings.toml [call] {key!r}: its example gives no call"


def _video(key: str, example: str) -> None:
    _holds("call_wordings.toml", "video", key, example)
    assert calls._VIDEO.search(example)


def _multilateral(key: str, example: str) -> None:
    _holds("call_wordings.toml", "multilateral", key, example)
    m = _first_call_wording(example)
    assert calls._skip_trigger(example, m.start(), m.end(), True), f"{key!r}: the online wording is not skipped"


def _not_call(section: str) -> Callable[[str, str], None]:
    def check(key: str, example: str) -> None:
        _holds("non_call_wordings.toml", section, key, example)
        m = _first_call_wording(example)
        assert calls._skip_trigger(example, m.start(), m.end(), True), (
            f"non_call_wordings.toml [{section}] {key!r}: the call wording {m.group(0)!r} of its example is not skipped")
    return check


CHECKS: dict[tuple[str, str], Callable[[str, str], None]] = {
    ("call_wordings.toml", "gate"): _gate,
    ("call_wordings.toml", "call"): _call,
    ("call_wordings.toml", "video"): _video,
    ("call_wordings.toml", "multilateral"): _multilateral,
    **{("non_call_wordings.toml", s): _not_call(s) for s in SCHEMA["non_call_wordings.toml"]},
}


def _cases() -> list:
    return [pytest.param(f, s, k, ex, id=f"{f.removesuffix('.toml')}-{s}-{i}")
            for f, sections in SCHEMA.items() for s in sections for i, (k, ex) in enumerate(lexicon.examples(f, s))]


def test_every_data_file_has_a_schema_and_every_section_a_check() -> None:
    assert lexicon.data_files() == sorted(SCHEMA)
    for file, sections in SCHEMA.items():
        lexicon.load(file)
        for section in sections:
            assert (file, section) in CHECKS, f"no example check for {file} [{section}]"


@pytest.mark.parametrize("file, section, key, example", _cases())
def test_entry_example(file: str, section: str, key: str, example: str) -> None:
    CHECKS[file, section](key, example)


# --- schema errors name the file, the section and the entry -----------------------------------------------------
@pytest.mark.parametrize("data, message", [
    ({"gate": {"điện đàm": ""}}, "[gate] entry 'điện đàm': the value must be a one-line example"),
    ({"gate": {"điện đàm": 3}}, "[gate] entry 'điện đàm': the value must be a one-line example"),
    ({"gate": {}}, "[gate]: missing or empty section"),
    ({"gates": {"x": "y"}}, "unknown section [gates]"),
    ({"gate": {" điện đàm": "Hai bên điện đàm."}}, "without leading or trailing spaces"),
])
def test_malformed_words_entry(data: dict, message: str) -> None:
    full = {s: {"x": "x"} for s in SCHEMA["call_wordings.toml"]} | data
    with pytest.raises(LexiconError) as err:
        validate("call_wordings.toml", full)
    assert "extractors/data/call_wordings.toml" in str(err.value)
    assert message in str(err.value)


def test_unknown_file_is_named() -> None:
    with pytest.raises(LexiconError, match="nowhere.toml"):
        validate("nowhere.toml", {})


def test_wording_notation() -> None:
    assert wording_regex("gọi điện[ thoại] (cho|tới)") == r"gọi điện(?: thoại)? (?:cho|tới)"
    assert wording_regex("(có|tiến hành)_[một_]cuộc_điện đàm") == r"(?:có|tiến hành)\s+(?:một\s+)?cuộc\s+điện đàm"
    assert wording_regex("hãng_*_cho biết") == r"hãng\s+\w+\s+cho biết"
    assert wording_regex("TP.") == r"TP\."
