"""Person resolution: one `persons` row per real official, however the articles spell the name.

Vietnamese articles write a foreign name in several ways: the original Latin spelling ("Sergei Lavrov"), a
variant ("Sergey Lavrov"), a hyphenated Vietnamese transliteration ("Xéc-gây La-vrốp"), initials
("S. Lavrov"), or, for Chinese officials, the Sino-Vietnamese reading ("Tập Cận Bình" for Xi Jinping). The
resolver folds all of them to one key, so call de-duplication can compare people, not strings.

Pure functions here; the warehouse stores the result in `persons` and `person_aliases`.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Known spellings that no fold can relate: Vietnamese transliterations and Sino-Vietnamese readings.
# key: the folded alias; value: the folded canonical spelling it stands for.
_BUILTIN_ALIASES: dict[str, str] = {
    # Russian names written phonetically
    "xec gay la vrop": "sergei lavrov",
    "xec gay lavrop": "sergei lavrov",
    "vla di mia pu tin": "vladimir putin",
    "vla di mia putin": "vladimir putin",
    "pu tin": "vladimir putin",
    "mi khai in mi su xtin": "mikhail mishustin",
    "dmi tri mi ve dep": "dmitry medvedev",
    "dmi tri medvedev": "dmitry medvedev",
    # English names written phonetically
    "do nan tram": "donald trump",
    "bach o ba ma": "barack obama",
    "ba rac o ba ma": "barack obama",
    "gio bai don": "joe biden",
    "gio bai den": "joe biden",
    # Chinese officials: the Sino-Vietnamese reading is the Vietnamese press form; pinyin is the English one
    "xi jinping": "tap can binh",
    "xi jin ping": "tap can binh",
    "wang yi": "vuong nghi",
    "li qiang": "ly cuong",
    "li keqiang": "ly khac cuong",
    "wang xiaohong": "vuong tieu hong",
    "wei fenghe": "nguy phuong hoa",
    "miao hua": "mieu hoa",
    "dong jun": "dong quan",
    "han zheng": "han chinh",
    "zhao leji": "trieu lac te",
    "wang huning": "vuong ho ninh",
    "hu jintao": "ho cam dao",
    "wen jiabao": "on gia bao",
    "yang jiechi": "duong khiet tri",
    "qin gang": "tan cuong",
    "li shangfu": "ly thuong phuc",
    "ding xuexiang": "dinh tiet tuong",
    "he lifeng": "ha lap phong",
    "liu jianchao": "luu kien sieu",
}

_SPELLING_FOLDS = (
    # common romanisation variants of the same sound
    ("ck", "k"), ("ph", "f"), ("kh", "k"), ("w", "v"), ("y", "i"), ("ij", "i"),
)


def fold(name: str) -> str:
    """Lower case, no diacritics (đ → d), hyphens and punctuation as spaces: "Xéc-gây" → "xec gay"."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D").replace("Ð", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def spelling_key(name: str) -> str:
    """A key that ignores spacing, hyphenation and romanisation variants ("Sergey"/"Sergei",
    "Yoon Suk-yeol"/"Yoon Suk Yeol"). Two names with one key are taken to be one person."""
    folded = fold(name)
    folded = _BUILTIN_ALIASES.get(folded, folded)
    key = folded.replace(" ", "")
    for old, new in _SPELLING_FOLDS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters: "Lavrovv", "Jae-in"/"Jaein"


def canonical_folded(name: str) -> str:
    """The folded canonical spelling a name stands for (through the alias table)."""
    folded = fold(name)
    return _BUILTIN_ALIASES.get(folded, folded)


def person_id_for(key: str, country: str | None) -> str:
    """Deterministic id, so reloading the same articles yields the same ids."""
    digest = hashlib.sha1(f"{key}|{country or ''}".encode()).hexdigest()[:12]
    return f"p_{digest}"


@dataclass
class KnownPerson:
    person_id: str
    canonical_name: str
    country_code: str | None
    key: str  # spelling_key of the canonical name


def _is_initials_of(short: str, full: str) -> bool:
    """"S. Lavrov" / "S Lavrov" against "Sergei Lavrov": same surname, matching first initials."""
    short_tokens, full_tokens = fold(short).split(), canonical_folded(full).split()
    if len(short_tokens) < 2 or len(short_tokens) != len(full_tokens):
        return False
    if short_tokens[-1] != full_tokens[-1]:
        return False
    initials = short_tokens[:-1]
    if not all(len(tok) == 1 for tok in initials):
        return False
    return all(full.startswith(ini) for ini, full in zip(initials, full_tokens[:-1], strict=True))


def _phonetic(key: str) -> str:
    """Coarse sound key for transliterations: Vietnamese spellings of foreign consonants mapped back."""
    for old, new in (("x", "s"), ("c", "k"), ("q", "k"), ("gi", "z"), ("tr", "t"), ("d", "t"), ("p", "v"),
                     ("b", "v"), ("g", "k")):
        key = key.replace(old, new)
    return key


def name_similarity(a: str, b: str) -> float:
    """0..1 likeness of two spellings after folding, aliases and the transliteration sound key."""
    ka, kb = _phonetic(spelling_key(a)), _phonetic(spelling_key(b))
    if not ka or not kb:
        return 0.0
    return difflib.SequenceMatcher(None, ka, kb).ratio()


def similar_foreign_name(a: str, b: str) -> bool:
    """Near-identical spellings of one foreign name (typos, transliteration endings: "Lavrop"/"Lavrov").

    Only used within one country and for non-Vietnamese names: Vietnamese names differ by one syllable
    between different people ("Nguyễn Văn Phúc" vs "Nguyễn Xuân Phúc")."""
    ka, kb = _phonetic(spelling_key(a)), _phonetic(spelling_key(b))
    if min(len(ka), len(kb)) < 6:
        return ka == kb
    if any(ch.isdigit() for ch in ka + kb):
        return False
    return name_similarity(a, b) >= 0.88


def resolve(name: str, country: str | None, known: Iterable[KnownPerson],
            aliases: dict[tuple[str, str | None], str] | None = None) -> str | None:
    """The person_id of an already known person this name (and country) refers to, or None if new.

    Order: an exact alias match, the spelling key, initials, then (foreign names only) a near spelling.
    A country mismatch always means a different person; an unknown country matches a single candidate."""
    folded = fold(name)
    if aliases:
        for alias_country in (country, None):
            if (folded, alias_country) in aliases:
                return aliases[(folded, alias_country)]
    key = spelling_key(name)
    candidates = [p for p in known if country is None or p.country_code in (None, country)]
    exact = [p for p in candidates if p.key == key]
    if len(exact) == 1 or (exact and country is not None):
        return exact[0].person_id
    if exact:
        return None  # ambiguous without a country
    initials = [p for p in candidates if _is_initials_of(name, p.canonical_name)]
    if len(initials) == 1:
        return initials[0].person_id
    if country and country != "VN":
        near = [p for p in candidates if p.country_code == country and similar_foreign_name(name, p.canonical_name)]
        if len(near) == 1:
            return near[0].person_id
    return None
