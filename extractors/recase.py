"""Headlines in capitals: an ALL-CAPS or Title Case line that holds a call wording ("THỦ TƯỚNG ... ĐIỆN ĐÀM VỚI
...", "Thủ Tướng ... Điện Đàm Với ...") hides which words are names, since the mention rules read names from
capitals. Such a line is recased like running text: lower case, except the titles, the countries and the
capitalised words the rest of the article writes ("Lê Văn Hòa", "Nhật Bản", "Sato Kenji"). Case only changes,
never the length, so every offset holds."""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.countries import COUNTRIES
from extractors.names import VN_SURNAMES, vietnamese_syllables
from extractors.triggers import GATE

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a run of capitalised words in running text ("Thủ tướng Nhật Bản Sato Kenji" gives "Thủ", "Nhật Bản Sato Kenji")
_RUN = re.compile(r"(?<![\w'’-])[^\W\d_a-zà-ỹđ][\w'’-]*(?:[ \t]+[^\W\d_a-zà-ỹđ][\w'’-]*)*")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“(]|\n)\s*$")
_HEADS = tuple(lexicon.words("titles.toml", "heads"))
_COUNTRY_FORMS = tuple(dict.fromkeys(form.lower() for c in COUNTRIES for form in c.all_names if form))
# (and the portfolios written capitalised after a title: "QUYỀN BỘ TRƯỞNG NGOẠI GIAO" is "Quyền Bộ trưởng Ngoại giao")
_PORTFOLIOS = tuple(w for w in lexicon.words("titles.toml", "bare_title_portfolios") if w[:1].isupper())
_FIXED = tuple(dict.fromkeys([*_HEADS, *_PORTFOLIOS, *(form for c in COUNTRIES for form in c.all_names if form)]))
_HEAD_KEYS = frozenset(h.lower() for h in _HEADS)
# words a headline goes on with after a name ("... HÒA ĐIỆN ĐÀM VỚI ..."): names.toml [headline_name_ends]
_NAME_ENDS = frozenset(lexicon.words("names.toml", "headline_name_ends"))
_TITLE_WORDS = frozenset(lexicon.words("titles.toml", "title_words"))
_MAX_NAME_WORDS = 4
# words that end a Vietnamese or Sino-Vietnamese name read after a title or a country
_NOT_NAME_WORDS = _NAME_ENDS | frozenset(lexicon.words("names.toml", "vietnamese_name_ends"))


def chars_of(chars: list[str], m: re.Match[str]) -> str:
    """The word of a match as recased so far."""
    return "".join(chars[m.start():m.end()])


def _shouting(line: str) -> bool:
    """ALL CAPS (nine letters in ten upper case), or Title Case (six words or more, nearly all capitalised)."""
    words = _WORD.findall(line)
    if len(words) < 4:
        return False
    letters = [c for c in line if c.isalpha()]
    if sum(c.isupper() for c in letters) >= 0.9 * len(letters):
        return True
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _cased_words(body: str) -> tuple[list[str], set[str]]:
    """Titles, countries and the capitalised runs of the running text, a run's first word left out when it
    opens a sentence ("Tại", "Hai")."""
    runs: list[str] = []
    for m in _RUN.finditer(body):
        run = m.group(0)
        if _SENTENCE_OPENING.search(body[max(0, m.start() - 3):m.start()]) or m.start() == 0:
            parts = run.split(None, 1)
            if len(parts) < 2:
                continue
            run = parts[1]
        if " " not in run and vietnamese_syllables(run):
            continue  # one Vietnamese syllable capitalised alone ("Liên", "Hà") is no name to case a headline word by
        runs.append(run)
    # the foreign words of those runs on their own too: "ông ESPER" is the "Mark Esper" of the body
    foreign = [w for run in runs for w in run.split() if len(w) > 2 and not vietnamese_syllables(w)]
    runs.extend(foreign)
    fixed = set(_FIXED)
    return lexicon.by_length(list(dict.fromkeys([*_FIXED, *runs]))), {r for r in runs if r not in fixed}


def _recase_line(line: str, cased: list[str], runs: set[str]) -> str:
    low = line.lower()
    if len(low) != len(line):
        return line  # a letter whose lower case is longer: leave the line as it is
    chars = list(low)
    taken = [""] * len(chars)  # "fixed" (a title, a country) or "run" (a word the article writes) where cased
    for form in cased:
        key = form.lower()
        if len(key) != len(form) or key not in low:
            continue
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(key) + r"(?![\w'’-])", low):
            if any(taken[m.start():m.end()]):
                continue
            chars[m.start():m.end()] = form
            kind = "run" if form in runs else "title" if key in _HEAD_KEYS else "fixed"
            taken[m.start():m.end()] = [kind] * (m.end() - m.start())
    # a word the article never writes, between a title or country and a name it writes ("Ngoại trưởng Đức
    # anna Weber"), is the rest of that name
    words = list(_WORD.finditer(low))
    for k in range(len(words) - 2, 0, -1):
        w, before, after = words[k], words[k - 1], words[k + 1]
        if not taken[w.start()] and taken[before.start()] in ("fixed", "title") and taken[after.start()] == "run":
            chars[w.start()] = chars[w.start()].upper()
            taken[w.start():w.end()] = ["run"] * (w.end() - w.start())
    # a Vietnamese name the article writes nowhere else, right after a title ("Thủ tướng phạm minh chính đã ...")
    for k in range(len(words) - 1):
        if taken[words[k].start()] not in ("fixed", "title") or taken[words[k + 1].start()]:
            continue
        name = []
        for w in words[k + 1:k + 5]:
            # a country word inside the name stays ("hoàng đức thắng" after "Đức" was cased as Germany)
            inside = name and taken[w.start()] in ("fixed", "title") and " " not in chars_of(chars, w)
            if (taken[w.start()] and not inside) or w.group(0) in _NOT_NAME_WORDS \
                    or not vietnamese_syllables(w.group(0)):
                break
            name.append(w)
        after = low[name[-1].end():].lstrip()[:1] if name else ""
        ends = not after or not after.isalpha() or _NOT_NAME_WORDS.intersection(low[name[-1].end():].split()[:1])
        # a Vietnamese family name first; or, after a country and up to the end of the clause, a Sino-Vietnamese
        # reading ("Chủ tịch nước Trung Quốc tập cận bình")
        if 2 <= len(name) <= 4 and (name[0].group(0).capitalize() in VN_SURNAMES
                                    or (ends and low[:name[0].start()].rstrip().endswith(_COUNTRY_FORMS))):
            for w in name:
                chars[w.start()] = chars[w.start()].upper()
                taken[w.start():w.end()] = ["run"] * (w.end() - w.start())
    # a name of any form after a title, up to a word a headline goes on with
    _name_after_titles(low, words, chars, taken)
    first = next((i for i, c in enumerate(chars) if c.isalpha()), None)
    if first is not None:
        chars[first] = chars[first].upper()
    return "".join(chars)


def _name_after_titles(low: str, words: list[re.Match[str]], chars: list[str], taken: list[str]) -> None:
    """A foreign name the body never writes ("THỦ TƯỚNG NHẬT BẢN KISHIDA FUMIO ĐIỆN ĐÀM ...", the body saying only
    "hai Thủ tướng"): the words after a title (its portfolio words and a country skipped) up to a word a headline
    goes on with (names.toml [headline_name_ends]), at most four, are capitalised when one of them is no
    Vietnamese syllable or the first is a Vietnamese family name ("THỦ TƯỚNG CẢM ƠN ..." is a verb, not a name)."""
    k = 0
    while k < len(words):
        if taken[words[k].start()] != "title":
            k += 1
            continue
        j = k + 1
        while j < len(words) and (taken[words[j].start()] in ("title", "fixed") or words[j].group(0) in _TITLE_WORDS
                                  or " ".join(w.group(0) for w in words[j:j + 2]) in _TITLE_WORDS):
            j += 2 if " ".join(w.group(0) for w in words[j:j + 2]) in _TITLE_WORDS else 1
        name: list[re.Match[str]] = []
        while j < len(words) and len(name) < _MAX_NAME_WORDS and not taken[words[j].start()] \
                and words[j].group(0) not in _NAME_ENDS and "\n" not in low[words[k].end():words[j].start()]:
            name.append(words[j])
            j += 1
        if any(not vietnamese_syllables(w.group(0)) for w in name) or (
                len(name) >= 2 and name[0].group(0).capitalize() in VN_SURNAMES):
            for w in name:
                chars[w.start()] = chars[w.start()].upper()
                taken[w.start():w.end()] = ["run"] * (w.end() - w.start())
        k = max(j, k + 1)


def recase_headlines(text: str, headline: str = "") -> tuple[str, str]:
    """The text and the page title with every shouting line that holds a call wording recased, and the headline
    (the page title, the text's first line) even without one: its countries and names count for the article
    ("... HỘI ĐÀM VỚI LÃNH ĐẠO ĐẢNG ... ALGERIA" gives Algeria)."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), -1)
    loud = {i for i, line in enumerate(lines) if (GATE.search(line) or i == first) and _shouting(line)}
    loud_headline = bool(headline) and _shouting(headline)
    if not loud and not loud_headline:
        return text, headline
    cased, runs = _cased_words("\n".join(line for i, line in enumerate(lines) if i not in loud))
    for i in loud:
        lines[i] = _recase_line(lines[i], cased, runs)
    return "\n".join(lines), _recase_line(headline, cased, runs) if loud_headline else headline


def _title_case_heads() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Titles of two words or more written in Title Case ("Thủ Tướng", "Bộ Trưởng", "Tổng Thống"), and the way
    titles.toml writes them."""
    forms: dict[str, str] = {}
    for head in lexicon.words("titles.toml", "heads"):
        words = head.split()
        titled = " ".join(w[:1].upper() + w[1:] for w in words)
        if len(words) >= 2 and titled != head and len(titled) == len(head):
            forms.setdefault(titled, head)
    if not forms:
        return None, forms
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(" + alternation + r")(?![\w'’-])"), forms


_TITLED_HEADS, _HEAD_FORMS = _title_case_heads()


def recase_titles(text: str) -> str:
    """A title written in Title Case inside running text ("TT Trump nói chuyện với Thủ Tướng Australia X", the
    style of some overseas Vietnamese sites) is written as titles.toml writes it ("Thủ tướng"), so that its second
    syllable is not read as the start of a name. Same length, so every offset holds."""
    if _TITLED_HEADS is None:
        return text
    def fix(m: re.Match[str]) -> str:
        before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[max(0, m.start() - 30):m.start()])
        if before and before.group(1)[0].isupper():
            return m.group(1)  # inside a run of capitals: "Trung Quốc Vương Nghị" is no "Quốc vương"
        return _HEAD_FORMS[m.group(1)]

    return _TITLED_HEADS.sub(fix, text)
