"""Provinces, cities and states that local officials' titles name ("Bí thư Tỉnh ủy Lạng Sơn", "Tỉnh trưởng tỉnh
Luang Prabang", "Bí thư Khu ủy Quảng Tây", "Thống đốc bang California"), with the country each belongs to.

Provincial and municipal exchanges (Vietnamese border provinces with Lao, Cambodian and Chinese provinces) are
reported in the same words as state calls; the place closes the title, is never a person's name, and gives the
official's country. Hyphens and spaces between syllables are one separator, as in `extractors.countries`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import lexicon

# name -> ISO code, from extractors/data/places.toml (the first entry of a name wins)
PLACES: dict[str, str] = dict(lexicon.load("places.toml")["places"])
_SEP = re.compile(r"[-\s.]+")


def _key(name: str) -> str:
    return " ".join(p.lower() for p in _SEP.split(name.strip()) if p)


def _flexible(name: str) -> str:
    parts = [p for p in _SEP.split(name) if p]
    return r"[-\s.]*".join(re.escape(p) for p in parts[:1]) + "".join(
        r"(?:\s*-\s*|\s+|\.\s*)" + f"[{re.escape(p[0].upper())}{re.escape(p[0].lower())}]" + re.escape(p[1:])
        for p in parts[1:])


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = {_key(n): c for n, c in PLACES.items()}
    names = sorted(PLACES, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(_flexible(n) for n in names) + r")(?![\w-])"), lookup


def place_pattern() -> re.Pattern[str]:
    """Regex of any known province, city or state (whole words, first letter case-sensitive); group 1 is the name."""
    return _pattern()[0]


def place_country(name: str) -> str | None:
    """Country code of a known place as written ("Lạng Sơn" -> "VN", "Luang Prabang" -> "LA"), None if unknown."""
    return _pattern()[1].get(_key(name))
