"""Personal names: the accent-free matching key, the fullest form of a short name in an article, and the
country a name's form tells (Vietnamese and Korean family names)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from extractors import lexicon

_NAMES = "names.toml"
VN_SURNAMES = set(lexicon.words(_NAMES, "vietnamese_surnames"))
_KR_SURNAMES = set(lexicon.words(_NAMES, "korean_surnames"))
# lower-case words inside a foreign name ("da", "von", "bin"), folded
_PARTICLES = frozenset(w.lower() for w in lexicon.words(_NAMES, "name_particles"))


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Accent- and case-free form of a name (the scorer's matching key)."""
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").replace("\u00d0", "D").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


_READINGS = {name: r["country"] for section in ("readings", "leaders")
             for name, r in lexicon.records("people.toml", section).items()}


# a leader's transliterated name -> the Latin spelling of the same person (people.toml [transliterations])
TRANSLITERATIONS = {fold(name): r["latin"] for name, r in lexicon.records("people.toml", "transliterations").items()}
# a leader's short form in the press -> his full name (people.toml [short_forms]: "Jokowi" -> "Joko Widodo")
SHORT_FORMS = {fold(name): r["full"] for name, r in lexicon.records("people.toml", "short_forms").items()}


def listed_country(name: str) -> str | None:
    """The country people.toml gives a name ([readings], [leaders]): known, not guessed from the name's form. The
    press's initial form ("D.Trump", "V. Putin") is the listed family name."""
    if name in _READINGS:
        return _READINGS[name]
    if "-" in name and (latin := TRANSLITERATIONS.get(fold(name))) in _READINGS:
        return _READINGS[latin]  # "Rê-giép Tai-íp Ê-rô-đô-gan": the leader's transliterated name
    m = _INITIAL_FORM.fullmatch(name)
    if m:
        return _READINGS.get(m.group(1))
    # a two-word name in its home order, family name first ("Kishida Fumio" for the listed "Fumio Kishida", round 87)
    words = name.split()
    return _READINGS.get(f"{words[1]} {words[0]}") if len(words) == 2 else None


_INITIAL_FORM = re.compile(r"[A-Z]\.\s?([A-Z][^\s.]+)")


def vietnamese_syllables(name: str) -> bool:
    """Every word of the name is one Vietnamese syllable ("Văn Hòa", not "Somchai Rattanakul")."""
    return all(_VN_SYLLABLE.fullmatch(w.lower()) for w in name.split())


def middle_name_left_out(x: str, y: str) -> bool:
    """One name the other with its middle words left out ("Charles Brown", "Charles Quinton Brown"), neither written in
    Vietnamese syllables (a Vietnamese name is not shortened so)."""
    short, full = sorted((fold(x).split(), fold(y).split()), key=len)
    return len(short) == 2 and len(full) >= 3 and short == [full[0], full[-1]] \
        and not vietnamese_syllables(x) and not vietnamese_syllables(y)


def name_country_guess(name: str) -> str | None:
    if listed := listed_country(name):
        return listed  # "Vương Nghị" reads like a Vietnamese name; "Trump" has no country (people.toml)
    words = name.split()
    if len(words) >= 2 and words[0] in VN_SURNAMES and all(w[:1].isupper() for w in words) \
            and all(not re.search(r"[fjwz]", w.lower()) for w in words):
        return "VN"
    if len(words) >= 2 and words[0] in _KR_SURNAMES and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        return "KR"
    # a name printed without diacritics ("Pham Minh Chinh"): a common family name and Vietnamese syllables only
    if 2 <= len(words) <= 4 and all(w.isascii() for w in words) and words[0] in _VN_SURNAMES_ASCII \
            and all(_VN_SYLLABLE.fullmatch(w.lower()) and w[:1].isupper() for w in words) \
            and not any(re.match(r"p(?!h)", w.lower()) for w in words):
        return "VN"  # (a Vietnamese name has no word opening on "p" without "h": "Le Pen" is French, round 101)
    # a less common family name: every word one Vietnamese syllable, with Vietnamese letters or tone marks
    # ("Y Thanh Hà Niê Kđăm" is not caught, "Hun Sen" and "Men Sam An" are left alone: plain ASCII)
    if 2 <= len(words) <= 4 and all(_VN_SYLLABLE.fullmatch(w.lower()) and w[:1].isupper() for w in words) \
            and any(not w.isascii() for w in words):
        return "VN"
    return None


_VN_SURNAMES_ASCII = set(lexicon.words(_NAMES, "vietnamese_surnames_ascii"))
# one Vietnamese syllable in lower case (the pattern's text: extractors.countries uses it too)
VN_SYLLABLE = (r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
               r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}"
               r"(?:ng|nh|ch|[cmnpt])?")
_VN_SYLLABLE = re.compile(VN_SYLLABLE)


def _same_tokens(short: list[str], full: list[str]) -> bool:
    """Token lists equal, where a one-letter token of `short` may stand for a word of `full` ("v" ~ "vladimir")."""
    return len(short) == len(full) and all(a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(short, full, strict=True))


def _glued(name: str) -> list[str]:
    """The folded words of a name with the syllables of each hyphened word glued ("Vla-đi-mia Pu-tin" -> "vladimia",
    "putin"): an initial and a family name ("V.Putin") written for the same person compare with it."""
    return fold(name.replace("-", "")).split()


def _spelling_key(tokens: list[str]) -> str:
    """A name's key across the two usual transliterations of a final -y/-i ("Sergey"/"Sergei", "Dmitry"/"Dmitri",
    "Nikolay"/"Nikolai")."""
    return " ".join(t[:-1] + "i" if len(t) >= 4 and t.endswith("y") else t for t in tokens)


# a word of a name this long or longer may be misspelt by one letter and still be told apart from another name
_TYPO_MIN_LETTERS = 6


def _one_letter_keys(tokens: list[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Keys of a name of two or more words, as written and with one letter of one long word left out: two spellings
    are one name when a key as written of one is a key with a letter left out of the other ("takachi sanae" /
    "takaichi sanae"), every other word the same, in any order ("sanae takaichi")."""
    if len(tokens) < 2:
        return [], []
    written, shortened = [tuple(sorted(tokens))], []
    for i, t in enumerate(tokens):
        rest = tuple(sorted(tokens[:i] + tokens[i + 1:]))
        if len(t) >= _TYPO_MIN_LETTERS:
            shortened += [(*rest, "#", t[:j] + t[j + 1:]) for j in range(len(t))]
        if len(t) >= _TYPO_MIN_LETTERS - 1:
            written.append((*rest, "#", t))
    return written, shortened


# the words of an Arabic name saying "son (daughter) of": the name after them is the father's
_PATRONYMIC = frozenset({"bin", "ibn", "binti", "bint"})
# generational suffixes after a family name ("Ferdinand Marcos Jr")
_GENERATIONAL = ("jr", "sr", "ii", "iii", "iv")


# the letters a family name cut short by the end of a page keeps at least, to be taken for the whole one
_CUT_MIN_LETTERS = 5


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words one letter apart, put in or left out ("zelensky" / "zeleynsky")."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:j] + long_[j + 1:] == short for j in range(len(long_)))


class NameIndex:
    """The names of an article, indexed by the first letter of their first and last words, so that finding the
    fullest form of a short name looks at a few candidates instead of every mention (a long text has thousands)."""

    def __init__(self, names: list[str]) -> None:
        self.order: list[tuple[str, list[str]]] = []
        self.by_first: dict[str, list[int]] = {}
        self.by_last: dict[str, list[int]] = {}
        self.cache: dict[str, str] = {}
        # one spelling per person for names the press transliterates two ways ("Sergei"/"Sergey" Shoigu): the first;
        # and for a name misspelt by one letter left out or put in ("Takachi"/"Takaichi"): the one written most
        self.spelling: dict[str, str] = {}
        # (the spelling kept is a leader's as people.toml lists it, else the one whose words the article writes most,
        # a typo being written once)
        count = Counter(names)
        words = Counter(w for n in names for w in fold(n).split())
        by_written: dict[tuple[str, ...], str] = {}
        by_shortened: dict[tuple[str, ...], str] = {}
        for cand in sorted(count, key=lambda n: (listed_country(n) is None, -sum(words[w] for w in fold(n).split()),
                                                 -count[n])):
            toks = fold(cand).split()
            written, shortened = _one_letter_keys(toks)
            other = next((by_written[k] for k in written[:1] if k in by_written), None) or next(
                (by_shortened[k] for k in written if k in by_shortened), None) or next(
                (by_written[k] for k in shortened if k in by_written), None)
            if other is not None and fold(other) != fold(cand):
                self.spelling.setdefault(_spelling_key(toks), other)
            for k in written:
                by_written.setdefault(k, cand)
            for k in shortened:
                by_shortened.setdefault(k, cand)
        seen: set[str] = set()
        for cand in names:
            if cand in seen:
                continue
            seen.add(cand)
            toks = fold(cand).split()
            if not toks:
                continue
            first = self.spelling.setdefault(_spelling_key(toks), cand)
            if first != cand:
                continue
            i = len(self.order)
            self.order.append((cand, toks))
            self.by_first.setdefault(toks[0][0], []).append(i)
            self.by_last.setdefault(toks[-1][0], []).append(i)
            if len(toks) > 2 and toks[-1] in _GENERATIONAL:
                # "Ferdinand Marcos Jr": found from "Marcos" too
                self.by_last.setdefault(toks[-2][0], []).append(i)
            if "-" in cand:
                # a transliteration's syllables glued, so that "V.Putin" finds "Vla-đi-mia Pu-tin"
                self.by_last.setdefault(_glued(cand)[-1][0], []).append(i)

    def add_alias(self, alias: str, name: str) -> None:
        """Another spelling of a name the article writes ("Rishi Sunak" for "Ri-si Xu-nác"): the alias, and its family
        name alone, stand for the name."""
        toks = fold(alias).split()
        for key in (toks, toks[-1:]):
            self.spelling[_spelling_key(key)] = name
        self.cache.clear()

    def expand(self, name: str) -> str:
        """Fullest form of a name used in the article ("Putin" -> "Vladimir Putin", "ông Tập" -> "Tập Cận Bình",
        "V.Putin" -> "Vladimir Putin")."""
        if name in self.cache:
            return self.cache[name]
        asked = name
        t = fold(name).split()
        if t:
            name = self.spelling.get(_spelling_key(t), name)
            t = fold(name).split()
        best = name
        if t:
            idx = sorted(set(self.by_first.get(t[0][0], ())) | set(self.by_last.get(t[-1][0], ())))
            # ("V. Pu-tin" ~ "Vla-đi-mia Pu-tin": the initial's name glued too, round 139)
            tg = t if len(t) == 2 else _glued(name) if "-" in name else t
            best_len = len(t)
            for i in idx:
                cand, c = self.order[i]
                if len(c) < len(t) or (len(c) == len(t) and not any(len(x) == 1 for x in t)):
                    continue
                # "Donald Trump" ~ "Donald J. Trump": a middle initial of the fuller form is left out
                bare = [x for x in c[1:-1] if len(x) > 1]
                c_noinit = [c[0], *bare, c[-1]] if len(c) > 2 else c
                # "Marcos" ~ "Ferdinand Marcos Jr": a generational suffix after the family name
                core = c[:-1] if len(c) > len(t) and c[-1] in _GENERATIONAL else c
                glued = _glued(cand) if "-" in cand and len(tg) == 2 and len(tg[0]) == 1 else None
                # ("Salman" is not "Mohammed bin Salman": the words after "bin" name the father, round 95)
                fathers = len(c) > len(t) and c[-len(t) - 1] in _PATRONYMIC
                if _same_tokens(t, c[:len(t)]) or not fathers and (
                        _same_tokens(t, c[-len(t):]) or _same_tokens(t, core[-len(t):])) or (
                        len(t) >= 2 and len(c_noinit) < len(c) and t == c_noinit) or (
                        glued is not None and _same_tokens(tg, glued)):
                    if len(c) > best_len or (len(c) == best_len and len(cand) > len(best)):
                        best, best_len = cand, len(c)
        if best == name and len(t) == 1:
            # "Lula" ~ "Luiz Inácio Lula da Silva": the word a fuller name is called by, before its particle
            best = next((cand for cand, c in self.order if len(c) > 2 and any(
                x == t[0] and c[i + 1] in _PARTICLES for i, x in enumerate(c[1:-1], 1))), name)
        if best == name and len(t) == 1 and len(t[0]) >= _TYPO_MIN_LETTERS:
            # "Zelensky" ~ "Volodymyr Zeleynsky": the family name of a fuller form, misspelt by one letter put in
            best = next((cand for cand, c in self.order if len(c) >= 2 and _one_letter_apart(t[0], c[-1])), name)
        if best == name and len(t) >= 2 and len(t[-1]) >= _CUT_MIN_LETTERS:
            # "Anutin Charnvirak" ~ "Anutin Charnvirakul": a page cut in the middle of the family name (not a
            # name with the next word glued on: "Pena Nietovì" is no fuller "Pena Nieto")
            best = next((cand for cand, c in self.order if len(c) == len(t) and c[:-1] == t[:-1]
                         and len(c[-1]) > len(t[-1]) and c[-1].startswith(t[-1])
                         and not vietnamese_syllables(c[-1][len(t[-1]):])), name)
        if best != name:  # the fuller form's one spelling ("Zelensky" -> "Volodymyr Zelensky", written "Zeleynsky")
            best = self.spelling.get(_spelling_key(fold(best).split()), best)
        self.cache[asked] = best
        return best
