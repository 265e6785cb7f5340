"""Clean stage: trafilatura main text, title and publication date, minus Vietnamese page noise."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urljoin

from extractors import lexicon

__all__ = ["CleanArticle", "clean_html", "clean_text", "normalize_text", "page_date", "publication_month",
           "url_date"]


@dataclass(frozen=True)
class CleanArticle:
    """The readable article: what extraction works on and what the warehouse stores as `text`."""

    url: str | None
    title: str | None
    text: str  # NFC, one tone-mark convention, noise lines removed; paragraphs separated by "\n"
    published: date | None
    canonical_url: str | None = None


# --- tone marks -----------------------------------------------------------------------------------------------
# Vietnamese has two conventions for where the tone mark goes in "oa", "oe", "uy" at the end of a syllable:
# old "hoà, khoẻ, thuỷ" and new "hòa, khỏe, thủy". We use the new one everywhere.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook above, tilde, dot below
_OLD_STYLE = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0309\u0303\u0323])(?![^\W\d_])")


# A closed "oa"/"oe"/"uy" syllable ("thoại", "khoảng", "khuỷu") carries its tone on the second vowel in every
# convention; a tone on the first one is a typing slip seen on real pages ("điện thọai"), mended here.
_MISPLACED_TONE = re.compile(r"([oO])([\u0300\u0301\u0309\u0303\u0323])([aAeE])(?=[a-zA-Z])"
                             r"|([uU])([\u0300\u0301\u0309\u0303\u0323])([yY])(?=[a-zA-Z])")


def _move_tone(m: re.Match[str]) -> str:
    pair, tone = m.group(1), m.group(2)
    return pair[0] + tone + pair[1]


def _move_tone_right(m: re.Match[str]) -> str:
    first, tone, second = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    return first + second + tone


def normalize_text(text: str) -> str:
    """NFC and one tone-mark placement, so "hoà" and "hòa" compare equal."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    if any(t in decomposed for t in _TONES):
        decomposed = _OLD_STYLE.sub(_move_tone, _MISPLACED_TONE.sub(_move_tone_right, decomposed))
    text = unicodedata.normalize("NFC", decomposed)
    # non-breaking and zero-width spaces come from CMS templates
    return text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")


# --- page noise -----------------------------------------------------------------------------------------------
_DROP_LINE = [
    re.compile(r"^\s*theo dõi\b.{0,80}\btrên\b", re.I),  # "Theo dõi VnExpress trên Google News"
    re.compile(r"^\s*\(?\s*ảnh\s*(tư liệu|minh họa|minh hoạ)?\s*[:.]", re.I),  # a credit or file-photo caption line
    re.compile(r"^\s*\(?(TTXVN|VNA|TTXVN/Vietnam\+|Vietnam\+|Nguồn\s*:[^)]*|Theo [^.]{1,40})\)?\s*\.?\s*$"),
    re.compile(r"^\s*[•·|\-–—]*\s*(click để copy|chia sẻ|share|in bài|bình luận|chọn|xem thêm|copy link)\s*$", re.I),
    re.compile(r"^\s*[-|•·]?\s*$"),
    re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*\|?\s*$"),  # markdown image residue
    re.compile(r"^\s*(?:#[^\W\d_][^#]{0,60}){2,}$"),  # a line of hashtags: "#Thủ tướng Nhật Bản #Ukraine"
    # a line of tags or keywords: "Tags: Nga, Mỹ, Putin, điện đàm" (page_noise.toml [tag_heads])
    re.compile(r"^\s*(?:" + lexicon.alternation("page_noise.toml", "tag_heads") + r")\s*:", re.I),
    # a link to another article, its headline in square brackets: "[Thủ tướng X điện đàm với Tổng thống Y]"
    re.compile(r"^\s*\[[^\[\]]{10,300}[^.\[\]]\]\s*$"),
    # a breadcrumb of sections, three or more short parts: "Trang chủ > Thời sự > Đối ngoại", "Lao Động | Công đoàn |
    # Việc làm" (round 137: the headline after it is the article's first line)
    re.compile(r"^\s*[^\s.!?>|›»][^.!?>|›»]{0,40}(?:\s+[>|›»]\s+[^.!?>|›»\s][^.!?>|›»]{0,40}){2,}\s*$"),
    # date/time stamp lines: "01:14 27/01/2017", "Thứ Sáu, 20/02/2026", "20/02/2026 08:15 GMT+7"
    re.compile(r"^\s*((thứ\s+\w+|chủ nhật)\s*,?\s*)?(\d{1,2}:\d{2}\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}"
               r"(\s*[,|-]?\s*\d{1,2}:\d{2}(\s*(GMT|UTC)\s*[+-]?\d*)?)?\s*\|?\s*$", re.I),
]
_STAMP_PARTS = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM|SA|CH)?|\(?(GMT|UTC)\s*[+-]?\d{1,2}(:\d{2})?\)?"
    r"|\b(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|đăng lúc|ngày đăng|lúc)\b|[|,\-–—:]",
    re.I,
)
_STAMP_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2})")


def _is_stamp_line(line: str) -> bool:
    """A dateline like "20:44 | 29/05/2020", "PV - 10:46, 06/04/2021", "Thứ Sáu, 20/02/2026"."""
    if len(line) > 60 or not _STAMP_DATE.search(line):
        return False
    rest = _STAMP_PARTS.sub(" ", line).split()
    return len(rest) <= 3 and not re.search(r"[.!?]\s*$", line)


# a dateline line written out: "Ngày 27 tháng 5 năm 2021," or, on pages translated from English, "Tháng Năm 27, 2021"
# (with its clock, zone and an update note after it: "Ngày D tháng M năm YYYY hh:mm AM GMT+7 Cập nhật N phút trước",
# a wire report's stamp on a real page of round 150)
_LONG_DATE_LINE = re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})\s*,?"
                             r"(?:\s+\d{1,2}:\d{2}(?:\s*(?:AM|PM|SA|CH))?(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?"
                             r"(?:\s+Cập nhật\b[^.!?]{0,40})?)?", re.I)


@lru_cache(maxsize=1)
def _word_month_line() -> tuple[re.Pattern[str], dict[str, int]]:
    months = lexicon.field_by_word("datelines.toml", "month_words", "month")
    return re.compile(r"tháng\s+(" + lexicon.alternation("datelines.toml", "month_words") + r")\s+(\d{1,2}),\s*(\d{4})",
                      re.I), months


@lru_cache(maxsize=1)
def _english_date_line() -> tuple[re.Pattern[str], dict[str, int]]:
    """"August 16, 2025", "Saturday, Aug. 16, 2025 09:15 AM", "16 August 2025" (a dateline line, nothing else)."""
    months = lexicon.field_by_word("datelines.toml", "english_months", "month")
    name = "(" + lexicon.alternation("datelines.toml", "english_months") + r")\.?"
    weekday = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    clock = r"(?:,?\s*(?:-\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s*\(?(?:GMT|UTC|ICT|JST|EST|EDT)[+\d:]*\)?)?)?"
    return re.compile(weekday + r"(?:" + name + r"\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+" + name + r",?\s+(\d{4}))"
                      + clock, re.I), months


def _long_date(line: str) -> date | None:
    m = _LONG_DATE_LINE.fullmatch(line)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        rx, months = _word_month_line()
        m = rx.fullmatch(line)
        if m:
            return date(int(m.group(3)), months[" ".join(m.group(1).lower().split())], int(m.group(2)))
        rx, months = _english_date_line()
        m = rx.fullmatch(line)
        if m and m.group(1):
            return date(int(m.group(3)), months[m.group(1).lower()], int(m.group(2)))
        if m:
            return date(int(m.group(6)), months[m.group(5).lower()], int(m.group(4)))
    except ValueError:
        return None
    return None


# a dateline glued to the end of a headline line: "Ngoại trưởng ... điện đàm ... 19/12/2025 18:05"
_TAIL_STAMP = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/(\d{4})\s+\d{1,2}:\d{2}\s*$")


def page_date(text: str) -> date | None:
    """The publication date printed in a dateline of an extracted text (first or last lines), if any."""
    lines = [x.strip() for x in (text or "").split("\n") if x.strip()]
    for i, line in enumerate(lines[:8] + lines[-4:]):
        long_form = _long_date(line)
        if long_form:
            return long_form
        tail = _TAIL_STAMP.search(line) if i < 3 else None
        if tail:
            try:
                return date(int(tail.group(3)), int(tail.group(2)), int(tail.group(1)))
            except ValueError:
                pass
        if _is_stamp_line(line):
            m = _STAMP_DATE.search(line)
            try:
                if m.group(1):
                    return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                return date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
            except ValueError:
                continue
    return None


_URL_DATES = [
    re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})/"),  # /2023/05/12/
    re.compile(r"[-/a-z](20\d{2})(\d{2})(\d{2})\d{6,9}(?=\D|$)"),  # ...-20241112062154049.htm
    re.compile(r"[-/a-z]\d{3}(\d{2})(\d{2})(\d{2})\d{9}(?=\D|$)"),  # ...-196250702220620884.htm (yymmdd)
]


def url_date(url: str | None) -> date | None:
    """Publication date encoded in an article URL by common Vietnamese CMSs (path date or timestamp id)."""
    if not url:
        return None
    m = re.search(r"[-/a-z](1[3-9]\d{11})(?=\D|$)", url)  # ...-1617680766372.htm: epoch milliseconds
    if m:
        from datetime import datetime, timezone

        found = datetime.fromtimestamp(int(m.group(1)) / 1000, tz=timezone(timedelta(hours=7))).date()
        if found <= date.today() + timedelta(days=2):
            return found
    for i, rx in enumerate(_URL_DATES):
        m = rx.search(url)
        if not m:
            continue
        y, mo, d = (int(x) for x in m.groups())
        if i == 2:
            y += 2000
        try:
            found = date(y, mo, d)
        except ValueError:
            continue
        if date(2000, 1, 1) <= found <= date.today() + timedelta(days=2):
            return found
    return None


# a year and month without a day: "/202201/" as a path segment (seen on baogialai.com.vn, baoquangbinh.vn,
# baonamdinh.vn article URLs, issue 14), or a publication date given as "2022-01"
# (or "/2025/07/" as two segments: Blogger's and WordPress's article URLs, real pages of round 150)
_URL_MONTH = re.compile(r"/(20\d{2})/?(0[1-9]|1[0-2])/")
_ISO_MONTH = re.compile(r"\s*(\d{4})-(0[1-9]|1[0-2])\s*")
# a page's date header printed before its text, known to the month ("date 2020-06 Tổng thống ...": KBS World,
# VOV and VietnamPlus pages as extracted, labelled so in dev2; issue 14)
_HEADER_MONTH = re.compile(r"\A\s*date\s+(\d{4})-(0[1-9]|1[0-2])\b")


def publication_month(published: object, url: str | None = None, text: str | None = None) -> tuple[int, int] | None:
    """(year, month) of a publication known only to the month: a "YYYY-MM" date string, a /YYYYMM/ URL segment or
    a "date YYYY-MM" header opening the text. It gives the year of a call dated by day and month ("ngày 13/1") when
    no full publication date is known."""
    m = _ISO_MONTH.fullmatch(published) if isinstance(published, str) else None
    m = m or (_URL_MONTH.search(url) if url else None)
    m = m or (_HEADER_MONTH.match(text) if text else None)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return (year, month) if date(2000, 1, 1) <= date(year, month, 1) <= date.today() else None


_RELATED_HEADS = lexicon.alternation("page_noise.toml", "related_heads")
# (after a bullet, ">> XEM THÊM", and with the topic of the list after it, "Xem thêm về \"Quan hệ đặc biệt\":", or the
# site, "Đọc thêm trên Nea Selida:", round 82)
# (or a row of such headings, tabs parted by bars: "Bài viết nổi bật | Mới nhất | Đọc nhiều", round 74)
_RELATED_HEAD = re.compile(r"^\s*(?:(?:>>|<<|[»›•«‹])\s*)?(?:[^/:|]{1,30}/\s*)?(" + _RELATED_HEADS
                           + r")(?:\s*\|\s*(?:" + _RELATED_HEADS + r"))*(?:\s+(?:về|trên|từ|of|on|about|from)\s+[^:.!?]{1,60})?\s*:?\s*$",
                           re.I)
# a heading in any language, then two or more bare headlines parted by bars ("संबंधित खबरें: A | B"): a line of links
_HEADLINES_AFTER_A_COLON = re.compile(r"^[^:|\n]{1,40}:\s*[^|\n]{12,200}(?:\s\|\s[^|\n]{12,200})+(?<![.!?…])\s*$")
# the heading with its headlines on the same line, after a colon ("Bài viết cùng chủ đề: A | B"): no stop at its end
# (another language's heading may come first, as before a heading line: "Zobacz też / Xem thêm: ...")
# (or a link to the article before, opening on a guillemet: "« Tin trước: ...", round 90)
_RELATED_LINE = re.compile(r"^\s*(?:[«‹<]+\s*)?(?:[^/:|]{1,30}/\s*)?(?:" + _RELATED_HEADS + r")\s*:\s*[^\n]{10,400}(?<![.!?…])\s*$", re.I)
_BYLINE = re.compile(r"^\s*((PV|CTV|BTV|Phóng viên)\b.{0,40}|[A-ZĐ][\wÀ-ỹ]*(\s+[A-ZĐ][\wÀ-ỹ]*){0,3}"
                     r"(\s*[-/(]\s*(TTXVN|VNA|[A-Z][\w+ ]{1,20})\)?)?)\s*$")
_SOURCE_TAG = re.compile(r"\s*\((TTXVN|VNA|TTXVN/Vietnam\+|Vietnam\+|VOV|VGP|TG&VN)[^)]{0,30}\)\s*$")
# whitespace is collapsed before these run: one optional space between the parts keeps the match linear
# (three adjacent "\s*" took cubic time on a line with a long run of spaces)
# "Ảnh: A và B đã điện đàm hôm thứ Năm (16/4), ... (Nguồn: AFP)": a caption of ten words or more after a plain
# "Ảnh:" (not a file photo's, "Ảnh tư liệu:", whose caption tells of the past); a shorter one is a credit
_CAPTION_SENTENCE = re.compile(r"^\s*\(?\s*Ảnh\s*:\s*((?:\S+\s+){9,}\S+.*)$")
_CAPTION_CREDIT = re.compile(r"( ?[-–(|]? ?\(? ?(Ảnh|Nguồn) ?: ?[^()|]{0,60}\)? ?\|? ?)$")
_LEAD_STAMP = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\s*(?=\S)")
_END_MARK = re.compile(r"\s*\./\.\s*$")


def _sub_tail(rx: re.Pattern[str], repl: str, line: str, window: int = 160) -> str:
    """Replace the match of an end-anchored pattern, searching only the line's last `window` characters: the
    patterns are shorter than that, and a search from every position of a long line is quadratic."""
    m = rx.search(line, max(0, len(line) - window))
    return line[:m.start()] + repl + line[m.end():] if m else line


# a hard-wrapped text: lines cut at one width (50 to 100 characters) inside sentences
_WRAP_WIDTHS = (50, 100)
_WRAP_SLACK = 10  # a wrapped line is at most this much shorter than the width (a word did not fit)
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"”)]\s*$")
_LIST_MARK = re.compile(r"^[-–>•*+·]")  # a line opening a list item


def _unwrapped(lines: list[str]) -> list[str]:
    """The paragraphs of a hard-wrapped text (plain-text feeds, e-mails, PDFs: "...điện đàm với Thủ tướng" /
    "Nhật Bản ..."), each on one line again; any other text as it is. Wrapped: most lines of 30 characters or more
    are within a few characters of the longest, which is 50 to 100 long, and many of them end inside a sentence."""
    lengths = [len(x.rstrip()) for x in lines if len(x.strip()) >= 30]
    if len(lengths) < 4 or not _WRAP_WIDTHS[0] <= max(lengths) <= _WRAP_WIDTHS[1]:
        return lines
    # (the width is that of the lines cut inside a sentence: a caption or a line ending a sentence can run past it)
    width = max((len(x.rstrip()) for x in lines if len(x.strip()) >= 30 and not _ENDS_SENTENCE.search(x)),
                default=max(lengths))
    if width < _WRAP_WIDTHS[0] or sum(n > width + _WRAP_SLACK for n in lengths) * 4 > len(lengths):
        return lines  # (many lines run past it: lines of paragraphs, not a wrapped text)
    full = [x for x in lines if len(x.rstrip()) >= width - _WRAP_SLACK]
    open_ended = [x for x in full if not _ENDS_SENTENCE.search(x)]
    if len(full) < 0.6 * len(lengths) or len(open_ended) < 0.5 * len(full):
        return lines
    out: list[str] = []
    joining = False
    for k, line in enumerate(lines):
        if joining and line.strip():
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        # (the next line's first word would have fitted on this one: the writer broke the line, as after a
        # headline, and a wrapping program did not)
        following = lines[k + 1].strip().split(" ", 1)[0] if k + 1 < len(lines) else ""
        # (a list item is no line of a paragraph: "- Thủ tướng A điện đàm với B" under a headline)
        joining = len(line.rstrip()) >= width - _WRAP_SLACK and not _ENDS_SENTENCE.search(line) \
            and len(line.rstrip()) + 1 + len(following) > width \
            and not _LIST_MARK.match(following) and not _LIST_MARK.match(line.strip())
    return out


# a paragraph wrapped on its own, ragged: its lines long, some cut inside a sentence, one going on in lower case
_BLOCK_LINE_MIN = 40
_BLOCK_RAGGEDNESS = 15  # the longest and the shortest line of the block (the last aside) differ by at most this


def _wrapped_blocks_joined(lines: list[str]) -> list[str]:
    """A paragraph wrapped by hand or at a ragged width, which `_unwrapped` (one width for the whole text) does not
    see, joined into one line (round 80: "... Ngoại trưởng Thổ Nhĩ" / "Kỳ Hakan Fidan. ..."): a block of three lines
    or more with no blank line between, each but the last 40 to 100 characters long and within 15 of each other (the
    last at most 100), none a list item, at least half of them cut inside a sentence, one after the first going on in
    lower case."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end]:
            end += 1
        block = lines[k:end]
        widths = [len(x) for x in block[:-1]]
        if len(block) >= 3 and min(widths) >= _BLOCK_LINE_MIN and max(widths) <= _WRAP_WIDTHS[1] \
                and max(widths) - min(widths) <= _BLOCK_RAGGEDNESS and len(block[-1]) <= _WRAP_WIDTHS[1] \
                and not any(_LIST_MARK.match(x) for x in block) \
                and sum(not _ENDS_SENTENCE.search(x) for x in block[:-1]) * 2 >= len(block) - 1 \
                and any(x[:1].islower() for x in block[1:]):
            out.append(" ".join(block))
        else:
            out.extend(block)
        if end < len(lines):
            out.append(lines[end])
        k = end + 1
    return out


def _continued_lines_joined(lines: list[str]) -> list[str]:
    """A paragraph broken by hand at uneven places, which `_wrapped_blocks_joined` (lines of like widths) does not see
    (round 90: "... Quốc vụ khanh phụ" / "trách Quốc phòng Qatar" / "Sheikh Saud ... hôm qua đã" / "nhận điện thoại
    của ..."): in a run of lines of at most 100 characters none of which but the last ends on a stop, one inside it
    going on in lower case and shorter than 40 (a break at no width: a text wrapped at a width is left to the sentence
    rules), a line is joined to the one before when it goes on in lower case, or when the one before itself went on
    from its own (so a name opening a line inside the paragraph is joined too, a headline over the lead is not)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) - 1 and lines[end] and len(lines[end]) <= _WRAP_WIDTHS[1] \
                and not _ENDS_SENTENCE.search(lines[end]) and lines[end + 1] and not _LIST_MARK.match(lines[end + 1]):
            end += 1
        run = lines[k:end + 1]
        if len(run) >= 3 and any(len(x) < _BLOCK_LINE_MIN and x[:1].islower() and "|" not in x for x in run[1:-1]) \
                and not _LIST_MARK.match(run[0]):
            continued = False  # the line before went on from the one before it
            out.append(run[0])
            for line in run[1:]:
                # (not a bar of links, "print version | send link by email"; nor a long line after a headline of two
                # lines, the lead under it)
                if "|" not in line and (line[:1].islower()
                                        or continued and line[:1].isupper() and len(line) <= _WRAP_WIDTHS[1]):
                    out[-1] += " " + line
                    continued = True
                else:
                    out.append(line)
                    continued = False
        else:
            out.extend(run)
        k = end + 1
    return out


# words a line of a paragraph never ends on (page_noise.toml [open_line_ends]), and the title heads (titles.toml
# [heads]) a line cut inside a title ends on ("... với Bộ trưởng" / "Ngoại giao Australia X.")
_OPEN_END = re.compile(r"(?<!\S)(?:" + lexicon.alternation("page_noise.toml", "open_line_ends") + r")$")
_HEAD_END = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(h) for h in lexicon.by_length(lexicon.words("titles.toml", "heads")))
                       + r")$")
_TITLE_WORD_START = re.compile(r"(?:" + lexicon.alternation("titles.toml", "title_words") + r")\b", re.I)
_OPEN_LINE_MIN = 60  # a line this long is a paragraph's, not a menu's or a label's


def _open_ends_joined(lines: list[str]) -> list[str]:
    """Lines of a paragraph wrapped where no line can end, joined to the next: after "với", "và", "của" (the rest of a
    sentence), or after a title head when the next line goes on with the title ("... với Bộ trưởng" / "Ngoại giao
    Australia X"; round 73). `_unwrapped` reads whole wrapped texts; this, a paragraph wrapped on its own."""
    out: list[str] = []
    for k, line in enumerate(lines):
        prev = out[-1] if out and k > 0 and lines[k - 1] else ""
        if line and len(prev) >= _OPEN_LINE_MIN and not _ENDS_SENTENCE.search(prev) and (
                _OPEN_END.search(prev) or _HEAD_END.search(prev) and _TITLE_WORD_START.match(line)):
            out[-1] = prev + " " + line
        else:
            out.append(line)
    return out


def _related_link(line: str, following: str, body: list[str]) -> bool:
    """A bare headline followed by its time stamp, below a body already read: a link to another article (a
    related-news list printed without its heading), not a line of this one."""
    return (_is_stamp_line(following) and not re.search(r"[.!?…:;\"”)]\s*$", line) and len(line) <= 160
            and any(len(x) >= 60 and re.search(r"[.!?…]\s*$", x) for x in body))


# the bullets pages print before a link or a list item: dashes (a space after them, or they are hyphens), dots, arrows
# and chevrons (which may touch the text: "・Thủ tướng"), and ">>"
_SPACED_BULLETS = "-+–—*"
_TOUCHING_BULLETS = "•・·›»→▸►"
LINK_BULLET = r"(?:>>|[" + re.escape(_SPACED_BULLETS + _TOUCHING_BULLETS) + "])"
# the rest of a line that is a bare headline: 10 to 160 characters, no stop at its end
_BARE_HEADLINE = r"[^\n]{10,160}(?<![.!?…:;\"”)])\s*$"
# a bulleted line that is a bare headline ("- Thủ tướng A điện đàm với Thủ tướng B")
_BULLETED_HEADLINE = re.compile(r"(?:" + LINK_BULLET + r"\s+|[" + _TOUCHING_BULLETS + r"](?=[^\W\d_]))" + _BARE_HEADLINE)


# a bare headline after ">>", even alone: the press prints that chevron before a link to another article only (">> Tổng
# thống A bất ngờ gọi điện thoại cho Tổng thống B" between two paragraphs, thanhnien.vn, round 124)
_CHEVRON_LINK = re.compile(r"\s*>>\s*" + _BARE_HEADLINE)


def _in_a_link_list(lines: list[str], i: int) -> bool:
    """One of two or more bulleted bare headlines in a row: a list of links to other articles printed without its
    heading (real page, round 41: three such lines between a headline and its lead)."""
    if not _BULLETED_HEADLINE.match(lines[i]):
        return False
    if _INTRODUCED_LIST.match(lines[i]):
        first = i
        while first > 0 and _INTRODUCED_LIST.match(lines[first - 1]):
            first -= 1
        intro = lines[first - 1] if first > 0 else ""
        if intro.rstrip().endswith(":") and len(intro.split()) >= 5 and not _RELATED_HEAD.match(intro):
            return False  # a list the text introduces ("Những người ông A đã nói chuyện gồm:"), not links
    return any(0 <= j < len(lines) and _BULLETED_HEADLINE.match(lines[j]) for j in (i - 1, i + 1))


# a bulleted item of a list (its intro line ends on a colon)
_INTRODUCED_LIST = re.compile(r"\s*" + LINK_BULLET + r"\s*\S")


# an image's label glued between a headline and its caption ("... về Triều Tiên ảnh 1Nhà lãnh đạo ..."): a line break
# ("... Nhật Bản - ảnh 1 Trưởng Ban ...": the label after a dash, a space before the caption, too)
_GLUED_IMAGE_MARK = re.compile(r"(?<=\S)\s(?:-\s)?(?:" + lexicon.alternation("page_noise.toml", "image_labels")
                               + r")\s\d{1,2}\s?(?=[A-ZĐ][^\W\d_])")  # (no run of spaces scanned)


# a lower-case Vietnamese syllable run into a capitalised word by a page that lost the space ("Tổng thốngNga X"):
# the syllable must hold a Vietnamese letter, so "McDonald", "iPhone" or "YouTube" stay as they are
_GLUED_WORDS = re.compile(r"(?<![\w])[^\W\d_]*[^\W\d_A-ZĐ][A-ZĐ][^\W\d_]*")


def _unglue(m: re.Match[str]) -> str:
    word = m.group(0)
    cut = next((i for i in range(2, len(word) - 1) if word[i].isupper()), 0)
    head, tail = word[:cut], word[cut:]
    if cut and head.islower() and not head.isascii() and tail[1:].islower():
        return head + " " + tail
    return word


# a name run into the title of the next person by a page that lost the space ("... Emmanuel MacronThủ tướng Đức X",
# "Miguel Diaz-CanelChủ tịch Cuba ..."): a lower-case letter right before a capitalised title head (titles.toml [heads])
_GLUED_HEAD = re.compile(r"(?<=[^\W\d_])(?=(?:" + lexicon.capitalised_heads() + r")(?![\w]))")


# a comma run into the next word ("Phó Chủ tịch,Trưởng ban ..."): a space lost by the page
_COMMA_GLUED = re.compile(r"(?<=[^\W\d_]),(?=[A-ZĐ][^\W\d_])")


def _unglue_heads(line: str) -> str:
    return _GLUED_HEAD.sub(lambda m: " " if line[m.start() - 1].islower() else "", line)


def clean_text(text: str) -> str:
    """Readable body of an already-extracted article text: normalised, noise lines dropped, one paragraph a line."""
    text = _GLUED_IMAGE_MARK.sub("\n", normalize_text(text or ""))
    out: list[str] = []
    in_related = False
    lines = [" ".join(raw.split()).strip("|").strip()
             for raw in _unwrapped(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))]
    lines = [x for x in _open_ends_joined(_continued_lines_joined(_wrapped_blocks_joined(lines))) if x]
    for i, line in enumerate(lines):
        if _RELATED_HEAD.match(line):
            in_related = True
            continue
        if _RELATED_LINE.match(line) or _HEADLINES_AFTER_A_COLON.match(line):
            continue
        if in_related:
            # related-article lists are bare headlines (or bulleted items, a teaser sentence each); a real paragraph
            # ends the list
            if not re.search(r"[.!?…]\s*$", line) or len(line) < 60 or re.match(LINK_BULLET + r"\s", line):
                continue
            in_related = False
        if caption := _CAPTION_SENTENCE.match(line):
            line = caption.group(1)  # a caption told as a sentence is text (a call may be told only there)
        if any(p.match(line) for p in _DROP_LINE) or _is_stamp_line(line):
            continue
        if _related_link(line, lines[i + 1] if i + 1 < len(lines) else "", out) or _in_a_link_list(lines, i) \
                or (out and _CHEVRON_LINK.match(line)):
            continue
        if len(line) < 40 and _BYLINE.match(line) and not re.search(r"\d", line):
            continue
        line = _LEAD_STAMP.sub("", line)
        line = _sub_tail(_END_MARK, ".", line)
        line = _sub_tail(_SOURCE_TAG, "", line)
        line = _sub_tail(_CAPTION_CREDIT, "", line).strip()
        line = re.sub(r" {2,}", " ", line)
        line = _unglue_heads(_GLUED_WORDS.sub(_unglue, _COMMA_GLUED.sub(", ", line)))
        if line:
            out.append(line)
    return "\n".join(out)


# --- HTML -----------------------------------------------------------------------------------------------------
MIN_WORDS = 12  # distinct words; a tag page with a headline and one sentence still has more


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value)
        if not m:
            return None
        d, mo, y = (int(x) for x in m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _metadata_date(tree) -> date | None:
    """Publication date from the page's own metadata, most explicit first."""
    for xp in ('//meta[@property="article:published_time"]/@content',
               '//meta[@itemprop="datePublished"]/@content',
               '//meta[@name="pubdate" or @name="publishdate" or @name="date"]/@content'):
        for v in tree.xpath(xp):
            if (d := _parse_date(v)):
                return d
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if (d := _parse_date(str(item.get("datePublished") or ""))):
                    return d
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    for v in tree.xpath("//time/@datetime"):
        if (d := _parse_date(v)):
            return d
    return None


def clean_html(html: str | bytes, url: str | None = None) -> CleanArticle | None:
    """Main text of an HTML page; None when the page holds no article text."""
    import lxml.html
    import trafilatura

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        return None
    html = html.replace("\x00", "")
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return None
    if len(set(tree.text_content().split())) < MIN_WORDS:
        # a page of a few words repeated (a padded or generated page, up to the fetch cap of 5 MB) holds no
        # article, and trafilatura would spend seconds per megabyte finding that out
        return None
    try:
        # metadata is read below from the page itself: trafilatura's own date search is slow (dateparser)
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=False, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception:  # trafilatura raises assorted errors on hostile markup; no article then
        doc = None
    body = getattr(doc, "text", None) if doc is not None else None
    # photo captions: trafilatura drops them, yet they often name both sides in full ("Thủ tướng X điện đàm
    # với Thủ tướng Y"); they go after the body, as on the page
    captions = []
    for node in tree.xpath('//figcaption | //*[contains(@class, "caption") or contains(@class, "Caption")]'):
        cap = " ".join(" ".join(node.itertext()).split())
        if 20 <= len(cap) <= 400 and cap not in captions and cap not in (body or ""):
            captions.append(cap)
    if body and captions:
        lines = body.split("\n")
        cut = next((i for i, x in enumerate(lines) if _RELATED_HEAD.match(x)), len(lines))  # before "Đọc thêm"
        body = "\n".join(lines[:cut] + captions[:10] + lines[cut:])
    text = clean_text(body or "")
    if len(set(text.split())) < MIN_WORDS:
        return None  # menus, error pages, empty shells and repeated filler, not articles
    title = None
    for xp in ('//meta[@property="og:title"]/@content', "//h1//text()", "//title/text()"):
        found = [t.strip() for t in tree.xpath(xp) if t and t.strip()]
        if found:
            title = found[0]
            break
    title = normalize_text(title).strip() if title else None
    published = _metadata_date(tree)
    if published is None:
        try:
            from htmldate import find_date

            published = _parse_date(find_date(tree, url=url, original_date=True, extensive_search=False))
        except Exception:  # htmldate is best-effort
            published = None
    canonical = None
    for href in tree.xpath('//link[@rel="canonical"]/@href'):
        if href.strip():
            canonical = urljoin(url or "", href.strip())
            break
    return CleanArticle(url=url, title=title, text=text, published=published, canonical_url=canonical)
