"""Sentences of a cleaned article with their character offsets, and which of them is the headline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import lexicon
from extractors.countries import UPPER_LETTERS, country_pattern


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    index: int


_SENT_END = re.compile(
    r"(?<=[^\W\d_]{2}[.!?])\s+(?=[\"“(]?[^\W\d_])"  # ". Next" (not after a one-letter initial)
    # ".Next" with the space missing, as some pages print (not a site's name, "VOV.VN -", "CAND.VN -")
    r"|(?<=[^\W\d_]{2}[.!?])(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
    r"|(?<=[.!?][\"”)])\s+"
    r"|(?<=[\"”)][.!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ])"  # a quote closed before the full stop: "... kiềm chế”. Còn ..."
    # after a number too ("... hôm 3/6. “Tôi ...", "... tối Chủ nhật 23/2. Ông ...")
    r"|(?<=\d[.!?])\s+(?=[\"“]?[" + UPPER_LETTERS + "])"
    # the same run together after a number or a closing quote ("... COVID-19.Theo người phát ngôn ...",
    # "... bàn đàm phán.\"Về phía mình"), as KBS World and VietnamPlus pages print (issue 14)
    r"|(?<=\d[.!?])(?=[A-ZĐ][a-zà-ỹđ]+\s)"
    r"|(?<=[.!?][\"”])(?=[A-ZĐ][a-zà-ỹđ]+\s)"
    # ... or after a closing bracket ("... (ASEAN+3).Quan chức hai nước ...", KBS World, round 116)
    r"|(?<=[\"”)][.!?])(?=[A-ZĐ][a-zà-ỹđ]+\s)"
    # a page's date header before its first sentence ("date 2018-03 Nhân chuyến thăm ...")
    r"|(?<=\bdate \d{4}-\d{2})\s+(?=[^\W\d_])|(?<=\bdate \d{4}-\d{2}-\d{2})\s+(?=[^\W\d_])"
    # text whose lines were run together (a whole page on one line): a bar between menu items, captions and
    # stamps ("Thời sự | Thế giới"), and a capitalised date opening a sentence after a word with no full stop
    # ("... Ảnh: VGP/Hải Minh Chiều 29/5, Phó Thủ tướng ..."): a sentence starts there
    r"|\s+\|\s+"
    r"|(?<=[^\W\d_])\s+(?=(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Hôm|Rạng sáng)\s+\d{1,2}[/.\-]\d{1,2}\b[^,.;]{0,25},)"
)


# No real sentence is this long; a longer run of text without a full stop (a table flattened into one line,
# a hostile page) is cut into pieces of at most this many characters, so the per-sentence rules stay cheap.
MAX_SENTENCE_CHARS = 1500


def _split_long(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """Pieces of line[a:b] of at most MAX_SENTENCE_CHARS, cut after a comma or a space when there is one."""
    out = []
    while b - a > MAX_SENTENCE_CHARS:
        limit = a + MAX_SENTENCE_CHARS
        cut = line.rfind(", ", a + MAX_SENTENCE_CHARS // 2, limit)
        cut = cut + 1 if cut >= 0 else line.rfind(" ", a + MAX_SENTENCE_CHARS // 2, limit)
        if cut <= a:
            cut = limit
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


# words that never end a Vietnamese sentence (prepositions and conjunctions that want what follows)
_LINKING_WORDS = r"(?:với|và|của|giữa|cùng|cho|tại)"
_NO_SENTENCE_END = re.compile(r"(?<![\w])" + _LINKING_WORDS + r"\s*$")
# a line at least this long, ending on no stop, goes on with a next line that opens in lower case
_LONG_LINE = 40
# auxiliaries that want their verb: a line ending on one, the next opening in lower case, goes on
_AUXILIARY_END = re.compile(r"(?<![\w])(?:đã|sẽ|đang|vừa|mới|được|bị|cũng|không)\s*$")
# ... and that, in lower case, open no sentence: a line opening on one goes on the line before ("... Bộ trưởng Ngoại
# giao A" / "và Ngoại trưởng Hoa Kỳ B đã có cuộc điện đàm.")
_NO_SENTENCE_START = re.compile(r"\s*" + _LINKING_WORDS + r"\s")
# a line ending on a stop, a closing quote or bracket, or a column bar: the end of a sentence or of a page item
_ENDS_A_SENTENCE = re.compile(r"[.!?:;\"”)\]|]\s*$")


# a line ending on a title (and its country) after a comma or "và", with no name after it, the next opening on two
# capitals: a name cut off its title by a line break ("Hôm 29/4, A, Thủ tướng Đức" / "Angela Merkel và ..."); a
# headline ending on a title ("A điện đàm với Thủ tướng Nhật Bản") stays apart from its lead
_TITLE_AT_END = r"((?:\s+[^\W\d_]+){0,3})\s*$"  # (a title head's country words, to the end of the line)
_TITLE_END = re.compile(r"(?:,|\bvà)\s+(?:" + lexicon.capitalised_heads() + r"|người đồng cấp)" + _TITLE_AT_END)
_NAME_START = re.compile(r"\s*[A-ZĐ][^\W\d_]*\s+[A-ZĐ]")
# a long body line ending on two capitalised words (a name begun), the next opening on one capitalised word and a comma
# (the name's end, then the clause after it: "... Tổng thống Nga Vladimir" / "Putin, lần đầu tiên ...", written round
# 151); a headline is shorter and its lead opens otherwise ("Hà Nội, ...", "Sáng 5/6, ...")
_WRAPPED_NAME_LINE = 60
_NAME_RUN_END = re.compile(r"(?<![\w-])[A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*\s*$")
_NAME_END_THEN_COMMA = re.compile(r"\s*[A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)?,\s+[a-zà-ỹđ]")


# a line ending on a part of the day and the next opening on a day: one date phrase cut by a line break
_DAY_PART_END = re.compile(r"(?<![\w])(?:" + lexicon.alternation("datelines.toml", "day_parts") + r")\s*$")
_DAY_START = re.compile(r"\s*\d{1,2}[/.\-]\d{1,2}\b")


# a run of at most this many lines with one line opening in lower case is a wrapped paragraph; a longer run needs
# this share of its lines opening in lower case
_SHORT_BLOCK = 4
_WRAPPED_SHARE = 0.25


# a line of page furniture ("Trang chủ", "Chia sẻ", "icon facebook"): a few words with no sentence end
_FURNITURE_MAX_CHARS = 25


# ... or after "với", in a line that goes on the one before (inside a wrapped paragraph), or in a long line whose next
# line opens on the title's country and a name ("... đã điện đàm với Bộ trưởng Ngoại giao" / "Indonesia Retno
# Marsudi vào thứ Ba"; a headline ending on a title is followed by a dateline, "Hà Nội, 7/4 (TTXVN) - ...")
_TITLE_END_AFTER_WITH = re.compile(r"\bvới\s+(?:" + lexicon.capitalised_heads() + r")" + _TITLE_AT_END)


def _country_then_name(line: str) -> bool:
    """Whether the line opens on a country's name and a capitalised word after it."""
    m = country_pattern().match(line.lstrip())
    return m is not None and re.match(r"\s+[A-ZĐ]", line.lstrip()[m.end():]) is not None


def _title_end(line: str, pattern: re.Pattern[str] = _TITLE_END) -> bool:
    """The line ends on a title after a comma or "và", with only capitalised words (its portfolio, its country)
    after the head, or the lower-case second syllable of a title word ("Bộ trưởng Ngoại giao")."""
    m = pattern.search(line)
    if m is None:
        return False
    words = m.group(1).split()
    return all(w[0].isupper() or (k and f"{words[k - 1]} {w}".lower() in _TITLE_WORDS) for k, w in enumerate(words))


_TITLE_WORDS = set(lexicon.words("titles.toml", "title_words"))


def _furniture(line: str) -> bool:
    """Whether a line is too short to go on a sentence and ends none (on a page cut inside a sentence, the menu
    or share line after the cut is no continuation: the last line of a hard-wrapped paragraph ends on a stop), or
    is a line of page fields or a headline in capitals."""
    line = line.strip()
    # (a line of fields parted by bars, "Minh Hạnh | 07-11-2024 09:22 | Quốc tế", or a headline in capitals, is
    # page furniture whatever its length: no sentence runs into or out of it)
    if " | " in line or (len(line) >= 20 and line.isupper()):
        return True
    return len(line) <= _FURNITURE_MAX_CHARS and not re.search(r"[.!?:;\"”)\]]$", line)


# a line this much shorter than the widest of its block, with room for the next line's first word, was not wrapped
_WRAP_SLACK = 2


def _room_for_next_word(line: str, following: str, width: int) -> bool:
    """Whether the first word of the next line would have fitted on this one: a wrapping program would have put it
    there, so the break is the writer's (a headline before its lead: "... tình hình ở Ukraine / Ông Putin và ...")."""
    word = following.strip().split(" ", 1)[0]
    return len(line.rstrip()) + 1 + len(word) + _WRAP_SLACK <= width


# a line this much longer than the block's median is no wrapped line (a photo caption run into the block, a long
# line the page kept): it does not set the wrapping width
_OUTLIER = 1.25


# a line this much longer than the wrapping width is a paragraph of its own (a headline over its one-line lead)
_PARAGRAPH_LINE = 1.5


# this many lines that go on in lower case on the next line show the width the block was wrapped at
_WRAPPED_LINES_FOR_WIDTH = 3


def _opens_in_lower_case(line: str) -> bool:
    """Whether a line opens in lower case and holds a Vietnamese letter: the rest of a wrapped sentence (a line in
    lower case without one accented letter is a URL slug or a tag)."""
    return line.lstrip()[:1].islower() and not line.isascii()


def _wrap_width(block: list[str]) -> int:
    """The width a block was wrapped at: the longest of its lines that surely were wrapped (the next line goes on in
    lower case) when there are a few, else its longest line, leaving out lines far longer than the others (a
    headline over a wrapped lead is neither)."""
    wrapped = [len(block[k].rstrip()) for k in range(len(block) - 1)
               if _opens_in_lower_case(block[k + 1])]
    if len(wrapped) >= _WRAPPED_LINES_FOR_WIDTH:
        return max(wrapped)
    lengths = sorted(len(x.rstrip()) for x in block)
    median = lengths[len(lengths) // 2]
    return max(n for n in lengths if n <= _OUTLIER * median)


def _join_wrapped(lines: list[str], out: list[str], i: int, j: int, width: int) -> None:
    """Mark the breaks of lines[i:j], wrapped at `width`, that go on the sentence (a NUL at the line's end)."""
    for k in range(i, j - 1):
        # (a line opening in lower case, with a Vietnamese letter in it, goes on the line before whatever the
        # width: wrapped by hand, "... Nguyễn Văn A đã" / "trao đổi qua điện thoại với ...")
        if not _ENDS_A_SENTENCE.search(lines[k]) and not _furniture(lines[k + 1]) and not _furniture(lines[k]) \
                and (_opens_in_lower_case(lines[k + 1])
                     or not _room_for_next_word(lines[k], lines[k + 1], width)
                     and len(lines[k + 1].rstrip()) <= _PARAGRAPH_LINE * width):
            out[k] = lines[k] + "\0"


# in a page that wrapped only some paragraphs, a line of a wrapped paragraph is this close to the paragraph's width
_NEAR_WIDTH = (0.8, 1.1)


def _join_around_lower_case(lines: list[str], out: list[str], i: int, j: int) -> None:
    """In lines[i:j], up to a sentence's end, the paragraph around each line going on in lower case: the lines next
    to it as wide as the lines that surely were wrapped (a headline or a dateline above is not)."""
    wrapped = [len(lines[k].rstrip()) for k in range(i, j - 1) if _opens_in_lower_case(lines[k + 1])]
    if not wrapped:
        return
    width = max(wrapped)

    def wide(k: int) -> bool:
        n = len(lines[k].rstrip())
        return _NEAR_WIDTH[0] * width <= n <= _NEAR_WIDTH[1] * width and not _furniture(lines[k]) \
            and not _ENDS_A_SENTENCE.search(lines[k])

    for k in range(i, j - 1):
        if not _opens_in_lower_case(lines[k + 1]) or _ENDS_A_SENTENCE.search(lines[k]) or _furniture(lines[k]):
            continue
        out[k] = lines[k] + "\0"
        back = k - 1
        while back >= i and wide(back):
            out[back] = lines[back] + "\0"
            back -= 1
        ahead = k + 1
        while ahead < j - 1 and wide(ahead) and not _furniture(lines[ahead + 1]):
            out[ahead] = lines[ahead] + "\0"
            ahead += 1


def _unwrap(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs made spaces (same length, so offsets hold): in a
    run of lines some of which open in lower case ("... Ngoại trưởng Hoa Kỳ / John Kerry đã có cuộc điện đàm. /
    Ngoại trưởng John Kerry / chúc mừng ..."), a break after a line that does not end a sentence is no break."""
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        block = lines[i:j]  # a run of non-empty lines
        # (one such line in a long run of page lines, a menu and captions run together, is no wrapped paragraph:
        # a wrapped one opens a good share of its lines in lower case)
        lower = sum(_opens_in_lower_case(x) for x in block[1:])
        if len(block) >= 2 and lower and (len(block) <= _SHORT_BLOCK or lower >= _WRAPPED_SHARE * (len(block) - 1)):
            _join_wrapped(lines, out, i, j, _wrap_width(block))
        elif lower:
            # a page that wrapped some paragraphs only (its other lines whole): each run of lines up to a sentence's
            # end that goes on in lower case somewhere is a wrapped paragraph, at the width of its own wrapped lines
            # ("... Bộ trưởng Ngoại giao Retno" / "Marsudi và Ngoại trưởng Nga ... về tình" / "hình căng thẳng ...")
            start = i
            for end in range(i, j):
                if _ENDS_A_SENTENCE.search(lines[end]) or end == j - 1:
                    _join_around_lower_case(lines, out, start, end + 1)
                    start = end + 1
        # a line that ends on a word no sentence ends on ("... đã điện đàm với / Thủ tướng Nhật Bản X.")
        for k in range(i, j - 1):
            if _NO_SENTENCE_END.search(lines[k]) and not _furniture(lines[k + 1]):
                out[k] = lines[k] + "\0"
            elif (_AUXILIARY_END.search(lines[k]) or len(lines[k].strip()) >= _LONG_LINE
                  and not _ENDS_A_SENTENCE.search(lines[k])) and _opens_in_lower_case(lines[k + 1]) \
                    and not _furniture(lines[k]):
                # "... Thủ tướng A đã" / "trao đổi qua điện thoại với ...": a verb cut off; "... nhận cuộc điện" /
                # "thoại của B": a long line going on in lower case
                out[k] = lines[k] + "\0"
            elif _NO_SENTENCE_START.match(lines[k + 1]) and not _furniture(lines[k]) \
                    and not _ENDS_A_SENTENCE.search(lines[k]):
                out[k] = lines[k] + "\0"  # "..., Bộ trưởng A" / "và Ngoại trưởng B đã điện đàm": a line cut before "và"
            elif (_title_end(lines[k]) or (k > i and out[k - 1].endswith("\0") or len(lines[k].strip()) >= _LONG_LINE
                                           and _country_then_name(lines[k + 1]))
                  and _title_end(lines[k], _TITLE_END_AFTER_WITH)) \
                    and _NAME_START.match(lines[k + 1]) and not _furniture(lines[k]):
                out[k] = lines[k] + "\0"  # "..., Thủ tướng Đức / Angela Merkel và ...": a name after its title
            elif _DAY_PART_END.search(lines[k]) and _DAY_START.match(lines[k + 1]):
                out[k] = lines[k] + "\0"  # "..., chiều / 24/6, Thủ tướng ...": a date broken after its part of the day
            elif len(lines[k].strip()) >= _WRAPPED_NAME_LINE and _NAME_RUN_END.search(lines[k]) \
                    and _NAME_END_THEN_COMMA.match(lines[k + 1]) and not _ENDS_A_SENTENCE.search(lines[k]) \
                    and not _furniture(lines[k]):
                out[k] = lines[k] + "\0"  # "... Tổng thống Nga Vladimir" / "Putin, lần đầu ...": a name cut in two
        i = j + 1
    return "\n".join(out).replace("\0\n", " ")


_QUOTE_CLOSE = re.compile(r"[\"”]")
_QUOTE_SPAN = 400  # characters: a quotation longer than this is not kept in one piece


def _inside_quote(line: str, a: int, cut: int) -> bool:
    """The cut falls inside a quotation of a few sentences that a teller closes (\"X. Y\", ông A viết hôm 8/8.):
    the quotation and its teller stay one sentence, so the day of the telling stays with what is told."""
    seg = line[a:cut]
    if seg.count('"') % 2 == 0 and seg.count("“") <= seg.count("”"):
        return False
    close = _QUOTE_CLOSE.search(line, cut, cut + _QUOTE_SPAN)
    return close is not None and re.match(r"\s*,\s*[^\W\d_]", line[close.end():]) is not None


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character offsets; lines are never joined, except those of a hard-wrapped paragraph."""
    out: list[Sentence] = []
    pos = 0
    if "\n" in text:
        text = _unwrap(text)
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        last = 0
        cuts = [m for m in _SENT_END.finditer(line)]
        bounds = []
        for m in cuts:
            if line[m.end():m.end() + 1].islower():
                continue  # "Ferdinand Marcos Jr. đã điện đàm": a sentence never opens in lower case
            piece = line[last:m.start()]
            # "A. Manalo": a single capital letter before the dot is an initial, not a sentence end
            if re.search(r"(?:^|\s)[A-ZĐ]\.$", piece[-3:]):
                continue
            if _inside_quote(line, last, m.start()):
                continue
            bounds.append((last, m.start()))
            last = m.end()
        bounds.append((last, len(line)))
        bounds = [piece for a, b in bounds for piece in _split_long(line, a, b)]
        for a, b in bounds:
            seg = line[a:b]
            stripped = seg.strip()
            if not stripped:
                continue
            lead = len(seg) - len(seg.lstrip())
            s0 = line_start + a + lead
            out.append(Sentence(stripped, s0, s0 + len(stripped), len(out)))
    return out


def headline_indices(sentences: list[Sentence], text: str) -> set[int]:
    """Sentences that are the article's headline: the page title kept apart, or a first line with no sentence
    break in it (followed by more lines)."""
    out = {s.index for s in sentences if s.start < 0}
    if len(sentences) > 1 and sentences[0].start >= 0:
        line_end = text.find("\n", sentences[0].start)
        if 0 <= line_end <= sentences[1].start and not text[sentences[0].end:line_end].strip():
            out.add(sentences[0].index)
    return out
