"""Probe battery for the call extractor (issue 14): where is the rule-based extractor brittle?

Sentences are generated from templates, crossing five dimensions: call wording (those of
extractors/data/call_wordings.toml and plausible ones it lacks), kind of officials, which side comes first,
date form and sentence shape; a sixth, the shape of the foreign name (Korean, Japanese, Sino-Vietnamese reading,
Russian, Arabic with honorifics, Malay, Lao, Khmer, Western...), rides along. Every person is invented; the
countries are real. Each probe carries its expected record (pair, countries, roles, date, medium); hard
negatives (letters, cables, future calls, in-person talks, multilateral video summits, two officials of one
country, telecom news) expect no call.

Two samples: one-factor-at-a-time (every value of a dimension with the others at their base value) and a
mixed sample (all dimensions drawn at random, fixed seed), so that failures cluster into classes. Prints, per
dimension and value, how many probes pass: "found" (the expected pairs and no other) and "exact" (found, with
countries, roles, date and medium right). Not a timed test, and not a score to tune on alone: it measures how
the rules generalise over wordings and shapes, not how often those occur.

    .venv/bin/python benchmarks/probe_extract.py            # the table
    .venv/bin/python benchmarks/probe_extract.py -v         # and every failing probe
    .venv/bin/python benchmarks/probe_extract.py --dim date # only that dimension's failures with -v
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.calls import extract  # noqa: E402
from extractors.clean import clean_text  # noqa: E402
from extractors.lexicon import words  # noqa: E402

_KEPT_HONORIFICS = set(words("honorifics.toml", "kept_in_name"))
from extractors.names import fold  # noqa: E402

PUBLISHED = date(2024, 1, 27)  # a Saturday; the calls of the probes take place on Friday 26/1
CALL_DAY = "2024-01-26"
MIXED = 700
SEED = 14


# --- people -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Official:
    title: str  # as written before the name ("Thủ tướng", "Bộ trưởng Ngoại giao")
    name: str
    country: str  # ISO code ("EU", "UN" for their officials)
    role: str
    country_word: str = ""  # the country as written after the title ("Nhật Bản"); empty for Vietnamese
    rank: str = ""  # a military rank, written after the title and a comma ("Bộ trưởng Quốc phòng, Đại tướng X")
    honorific: str = ""  # written before the name ("Sheikh", "Datuk Seri"); in the record only if kept (below)
    side_word: str = ""  # how "phía ..." names the side when it is not a country ("EU")

    @property
    def recorded(self) -> str:
        """The name as the record stores it: Gulf and Malay honorifics kept before it (honorifics.toml
        [kept_in_name]), others left out."""
        kept = self.honorific and self.honorific.split()[0] in _KEPT_HONORIFICS
        return f"{self.honorific} {self.name}" if kept else self.name

    def styled(self, appositive: bool = False) -> str:
        """ "Thủ tướng Nhật Bản Tanaka Hiroshi", or with an appositive: "ông Tanaka Hiroshi, Thủ tướng Nhật Bản"."""
        who = " ".join(w for w in (self.rank, self.honorific, self.name) if w)
        title = f"{self.title} {self.country_word}".strip() if "{c}" not in self.title else \
            self.title.format(c=self.country_word)
        if appositive:
            return f"{who if self.rank or self.honorific else 'ông ' + who}, {title}"
        return f"{title}, {who}" if self.rank else f"{title} {who}"


@dataclass(frozen=True)
class Kind:
    """A kind of officials: the Vietnamese one, and the foreign title (with {c} where the country goes, when
    it is not right after the title) and role given to the foreign partner."""

    vn: Official
    foreign_title: str
    foreign_role: str
    foreign_rank: str = ""


KINDS: dict[str, Kind] = {
    "head_of_government": Kind(Official("Thủ tướng", "Hoàng Đức Thắng", "VN", "head_of_government"),
                               "Thủ tướng", "head_of_government"),
    "party_leader": Kind(Official("Tổng Bí thư", "Trần Quang Vinh", "VN", "party_leader"),
                         "Tổng Bí thư Đảng Cộng sản {c}", "party_leader"),
    "party_chair": Kind(Official("Tổng Bí thư", "Trần Quang Vinh", "VN", "party_leader"),
                        "Chủ tịch Đảng Nhân dân {c}", "party_leader"),
    "party_external": Kind(Official("Trưởng Ban Đối ngoại Trung ương", "Đỗ Thị Lan", "VN", "other"),
                           "Trưởng Ban Đối ngoại Đảng Cộng sản {c}", "other"),
    "head_of_state": Kind(Official("Chủ tịch nước", "Lương Văn Bình", "VN", "head_of_state"),
                          "Tổng thống", "head_of_state"),
    "deputy_pm": Kind(Official("Phó Thủ tướng", "Vũ Thanh Hải", "VN", "deputy_head_of_government"),
                      "Phó Thủ tướng", "deputy_head_of_government"),
    "foreign_minister": Kind(Official("Bộ trưởng Ngoại giao", "Ngô Thị Hạnh", "VN", "foreign_minister"),
                             "Ngoại trưởng", "foreign_minister"),
    "deputy_fm": Kind(Official("Thứ trưởng Ngoại giao", "Đặng Minh Quý", "VN", "deputy_foreign_minister"),
                      "Thứ trưởng Ngoại giao", "deputy_foreign_minister"),
    "defence_minister": Kind(Official("Bộ trưởng Quốc phòng", "Phan Hữu Tâm", "VN", "minister", rank="Đại tướng"),
                             "Bộ trưởng Quốc phòng", "minister"),
    "trade_minister": Kind(Official("Bộ trưởng Công Thương", "Lại Văn Khiêm", "VN", "minister"),
                           "Bộ trưởng Thương mại", "minister"),
    "health_minister": Kind(Official("Bộ trưởng Y tế", "Hà Thị Ngọc", "VN", "minister"),
                            "Bộ trưởng Y tế", "minister"),
    "agriculture_minister": Kind(Official("Bộ trưởng Nông nghiệp và Môi trường", "Mai Văn Cường", "VN", "minister"),
                                 "Bộ trưởng Nông nghiệp", "minister"),
    "general": Kind(Official("Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Lê Quang Minh", "VN", "other",
                             rank="Thượng tướng"),
                    "Tổng Tham mưu trưởng Quân đội {c}", "other", foreign_rank="Đại tướng"),
    "speaker": Kind(Official("Chủ tịch Quốc hội", "Trịnh Văn Lực", "VN", "parliament_speaker"),
                    "Chủ tịch Quốc hội", "parliament_speaker"),
    "vice_speaker": Kind(Official("Phó Chủ tịch Quốc hội", "Nguyễn Thị Thu", "VN", "other"),
                         "Phó Chủ tịch Quốc hội", "other"),
    "committee_chair": Kind(Official("Chủ nhiệm Ủy ban Đối ngoại của Quốc hội", "Lê Minh Đạo", "VN", "other"),
                            "Chủ tịch Ủy ban Đối ngoại Quốc hội {c}", "other"),
    "local_leader": Kind(Official("Chủ tịch UBND TP Hồ Chí Minh", "Nguyễn Văn Khải", "VN", "other"),
                         "Thống đốc tỉnh Aranda ({c})", "other"),
}
# EU and UN officials: a kind of their own, the organisation is the country
ORG_PARTNERS = {
    "eu_commission": Official("Chủ tịch Ủy ban châu Âu", "Katrin Vogel", "EU", "head_of_government",
                              side_word="EU"),
    "eu_high_rep": Official("Đại diện cấp cao EU về chính sách đối ngoại và an ninh", "Jonas Berglund", "EU",
                            "foreign_minister", side_word="EU"),
    "un_secretary": Official("Tổng Thư ký Liên hợp quốc", "Pedro Almeida Costa", "UN", "other",
                             side_word="Liên hợp quốc"),
}
ORG_VN = {"eu_commission": KINDS["head_of_government"].vn, "eu_high_rep": KINDS["foreign_minister"].vn,
          "un_secretary": KINDS["head_of_government"].vn}

# foreign name shapes: country as written, code, invented name (the Sino-Vietnamese reading for China) and an
# honorific written before it (the record's name leaves it out, extractors/data/honorifics.toml)
NAME_SHAPES: dict[str, tuple[str, ...]] = {
    "japanese": ("Nhật Bản", "JP", "Tanaka Hiroshi"),
    "korean": ("Hàn Quốc", "KR", "Park Ji-hoon"),
    "chinese_sv": ("Trung Quốc", "CN", "Mạnh Kiến Hoa"),
    "russian": ("Nga", "RU", "Dmitry Orlov"),
    "arabic": ("Qatar", "QA", "Khalid bin Hamad Al Thani", "Sheikh"),
    "malay": ("Malaysia", "MY", "Azman Hashim", "Datuk Seri"),
    "lao": ("Lào", "LA", "Sonexay Phommavong"),
    "khmer": ("Campuchia", "KH", "Keo Ratanak"),
    "thai": ("Thái Lan", "TH", "Somchai Rattanakul"),
    "indonesian": ("Indonesia", "ID", "Budi Santoso"),
    "western_fr": ("Pháp", "FR", "Marc Dubois"),
    "western_de": ("Đức", "DE", "Anna Lindner"),
    "western_us": ("Hoa Kỳ", "US", "James Whitfield"),
    "spanish": ("Chile", "CL", "María José Fuentes"),
    "dutch": ("Hà Lan", "NL", "Pieter van der Berg"),
    "indian": ("Ấn Độ", "IN", "Rajesh Kumar Mehta"),
    "australian": ("Australia", "AU", "Daniel Whitmore"),
    "korean_spaced": ("Hàn Quốc", "KR", "Lee Sang Woo"),
    "russian_vn_transcribed": ("Nga", "RU", "Xéc-gây Oóc-lốp"),
    "arabic_al": ("Ả-rập Xê-út", "SA", "Faisal bin Nasser al-Otaibi"),
    "myanmar_u": ("Myanmar", "MM", "U Min Thein Aung"),
    "singapore_chinese": ("Singapore", "SG", "Tan Wei Ming"),
    "filipino": ("Philippines", "PH", "Maria Cristina Santos"),
    "mongolian": ("Mông Cổ", "MN", "Batbayar Ganzorig"),
    "turkish": ("Thổ Nhĩ Kỳ", "TR", "Mehmet Yıldırım"),
    "hungarian": ("Hungary", "HU", "Szabó Péter"),
    "indonesian_one_word": ("Indonesia", "ID", "Suryadi"),
    "uk_sir": ("Anh", "GB", "Oliver Grant", "Sir"),
    "lao_vn_spelling": ("Lào", "LA", "Xỏn-xay Phôm-ma-vông"),
    "cuban": ("Cuba", "CU", "José Ramírez Cabrera"),
    "us_with_initial": ("Mỹ", "US", "John D. Harrington"),
}
# the other foreign official of a foreign-to-foreign call or a "lần lượt" pair
SECOND_SHAPE = {"western_fr": "indonesian"}
DEFAULT_SECOND = "western_fr"


def foreign(kind: Kind, shape: str) -> Official:
    word, code, name, *honorific = NAME_SHAPES[shape]
    return Official(kind.foreign_title, name, code, kind.foreign_role, word, kind.foreign_rank,
                    honorific[0] if honorific else "")


# --- call wordings ----------------------------------------------------------------------------------------------
# key: (clause with {A} and {B}, medium, listed in call_wordings.toml)
WORDINGS: dict[str, tuple[str, str, bool]] = {
    "điện đàm với": ("{A} điện đàm với {B}", "phone", True),
    "đã điện đàm với": ("{A} đã điện đàm với {B}", "phone", True),
    "có cuộc điện đàm với": ("{A} đã có cuộc điện đàm với {B}", "phone", True),
    "tiến hành điện đàm": ("{A} đã tiến hành điện đàm với {B}", "phone", True),
    "hội đàm trực tuyến": ("{A} hội đàm trực tuyến với {B}", "video", True),
    "hội đàm qua điện thoại": ("{A} hội đàm qua điện thoại với {B}", "phone", True),
    "trao đổi điện thoại": ("{A} trao đổi điện thoại với {B}", "phone", True),
    "có cuộc trao đổi qua điện thoại": ("{A} đã có cuộc trao đổi qua điện thoại với {B}", "phone", True),
    "nói chuyện với ... qua điện thoại": ("{A} nói chuyện với {B} qua điện thoại", "phone", True),
    "gọi điện cho": ("{A} gọi điện cho {B}", "phone", True),
    "điện thoại chúc mừng": ("{A} điện thoại chúc mừng {B}", "phone", True),
    "có cuộc gọi video": ("{A} đã có cuộc gọi video với {B}", "video", True),
    "theo hình thức trực tuyến": ("{A} hội đàm theo hình thức trực tuyến với {B}", "video", True),
    "nhận điện thoại của": ("{A} nhận điện thoại của {B}", "phone", True),
    "nhận cuộc gọi của": ("{A} nhận được cuộc gọi của {B}", "phone", True),
    "gặp trực tuyến": ("{A} gặp trực tuyến với {B}", "video", True),
    "đàm thoại với": ("{A} đàm thoại với {B}", "phone", True),
    # plausible wordings call_wordings.toml did not list when this battery was written
    "điện đàm cùng": ("{A} điện đàm cùng {B}", "phone", False),
    "có cuộc điện đàm trực tuyến": ("{A} có cuộc điện đàm trực tuyến với {B}", "video", False),
    "có cuộc hội đàm trực tuyến": ("{A} đã có cuộc hội đàm trực tuyến với {B}", "video", False),
    "có cuộc hội đàm qua điện thoại": ("{A} đã có cuộc hội đàm qua điện thoại với {B}", "phone", False),
    "có buổi điện đàm": ("{A} đã có buổi điện đàm với {B}", "phone", False),
    "có cuộc gặp trực tuyến": ("{A} đã có cuộc gặp trực tuyến với {B}", "video", False),
    "có cuộc trao đổi trực tuyến": ("{A} có cuộc trao đổi trực tuyến với {B}", "video", False),
    "gọi điện thoại cho": ("{A} đã gọi điện thoại cho {B}", "phone", False),
    "nhận cuộc gọi từ": ("{A} nhận cuộc gọi từ {B}", "phone", False),
    "nhận cuộc điện đàm của": ("{A} nhận cuộc điện đàm của {B}", "phone", False),
    "hội đàm qua video": ("{A} hội đàm qua video với {B}", "video", False),
    "trao đổi trực tuyến": ("{A} trao đổi trực tuyến với {B}", "video", False),
    "điện đàm trực tuyến": ("{A} điện đàm trực tuyến với {B}", "video", False),
    "đã có cuộc nói chuyện điện thoại": ("{A} đã có cuộc nói chuyện điện thoại với {B}", "phone", False),
    "được ... gọi điện": ("{A} đã được {B} gọi điện chúc mừng", "phone", False),
    "điện đàm chúc Tết": ("{A} điện đàm chúc Tết {B}", "phone", False),
    "hội đàm bằng điện thoại": ("{A} hội đàm bằng điện thoại với {B}", "phone", False),
    "hội kiến trực tuyến": ("{A} hội kiến trực tuyến với {B}", "video", False),
    "điện đàm qua video": ("{A} điện đàm qua video với {B}", "video", False),
    "hội đàm trực tuyến cùng": ("{A} hội đàm trực tuyến cùng {B}", "video", False),
    "trao đổi qua điện thoại với": ("{A} trao đổi qua điện thoại với {B}", "phone", False),
    "có cuộc gọi điện thoại với": ("{A} đã có cuộc gọi điện thoại với {B}", "phone", False),
    "có cuộc trao đổi điện thoại": ("{A} có cuộc trao đổi điện thoại với {B}", "phone", False),
    "tham gia cuộc gọi video": ("{A} tham gia cuộc gọi video với {B}", "video", False),
    "tổ chức hội đàm trực tuyến": ("{A} tổ chức hội đàm trực tuyến với {B}", "video", False),
    "hội đàm qua hình thức trực tuyến": ("{A} hội đàm qua hình thức trực tuyến với {B}", "video", False),
    "gọi điện thoại chúc mừng": ("{A} gọi điện thoại chúc mừng {B}", "phone", False),
    "điện đàm ... qua video (after)": ("{A} điện đàm với {B} qua video", "video", False),
    "A và B điện đàm với nhau": ("{A} và {B} đã điện đàm với nhau", "phone", False),
    "A và B có cuộc điện đàm": ("{A} và {B} đã có cuộc điện đàm", "phone", False),
    "A cùng B điện đàm": ("{A} cùng {B} đã điện đàm", "phone", False),
    "trong cuộc điện đàm với": ("trong cuộc điện đàm với {B}, {A} khẳng định quan hệ hai nước đang phát triển tốt",
                                "phone", False),
    "nhận lời mời ... điện đàm": ("nhận lời mời của {B}, {A} đã điện đàm với {B}", "phone", False),
    "cho biết đã điện đàm": ("{A} cho biết đã điện đàm với {B}", "phone", False),
}
BASE_WORDING = "điện đàm với"

# --- dates ------------------------------------------------------------------------------------------------------
# key: (where: open | after | next | none, text, expected date)
DATES: dict[str, tuple[str, str, str | None]] = {
    "Ngày 26/1,": ("open", "Ngày 26/1", CALL_DAY),
    "Tối 26-1,": ("open", "Tối 26-1", CALL_DAY),
    "Sáng 26/01,": ("open", "Sáng 26/01", CALL_DAY),
    "Ngày 26.1,": ("open", "Ngày 26.1", CALL_DAY),
    "Ngày 26/1/2024,": ("open", "Ngày 26/1/2024", CALL_DAY),
    "ngày 26 tháng 1 năm 2024": ("open", "Ngày 26 tháng 1 năm 2024", CALL_DAY),
    "chiều nay": ("open", "Chiều nay", PUBLISHED.isoformat()),
    "tối qua": ("open", "Tối qua", CALL_DAY),
    "hôm qua": ("open", "Hôm qua", CALL_DAY),
    "Thứ Sáu (26/1)": ("open", "Thứ Sáu (26/1)", CALL_DAY),
    "Chiều thứ Sáu": ("open", "Chiều thứ Sáu", CALL_DAY),
    "Chiều 26/1 (giờ Hà Nội)": ("open", "Chiều 26/1 (giờ Hà Nội)", CALL_DAY),
    "after: vào tối 26/1": ("after", "vào tối 26/1", CALL_DAY),
    "after: hôm 26/1": ("after", "hôm 26/1", CALL_DAY),
    "after: ngày 26-1": ("after", "ngày 26-1", CALL_DAY),
    "after: hôm thứ Sáu": ("after", "hôm thứ Sáu", CALL_DAY),
    "next sentence": ("next", "Cuộc điện đàm diễn ra vào tối 26/1.", CALL_DAY),
    "no date": ("none", "", None),
    "Tối 26/1 (giờ địa phương)": ("open", "Tối 26/1 (giờ địa phương)", CALL_DAY),
    "Rạng sáng 26/1": ("open", "Rạng sáng 26/1", CALL_DAY),
    "Trưa 26-1": ("open", "Trưa 26-1", CALL_DAY),
    "Ngày 26/01/2024": ("open", "Ngày 26/01/2024", CALL_DAY),
    "Tối thứ Sáu (26/1)": ("open", "Tối thứ Sáu (26/1)", CALL_DAY),
    "Vào chiều ngày 26/1": ("open", "Vào chiều ngày 26/1", CALL_DAY),
    "Đêm 26/1": ("open", "Đêm 26/1", CALL_DAY),
    "Chiều 26/1 theo giờ Washington": ("open", "Chiều 26/1 theo giờ Washington", CALL_DAY),
    "Hôm 26/1 vừa qua": ("open", "Hôm 26/1 vừa qua", CALL_DAY),
    "Sáng qua (26/1)": ("open", "Sáng qua (26/1)", CALL_DAY),
    "after: chiều 26/1": ("after", "chiều 26/1", CALL_DAY),
    "after: tối qua": ("after", "tối qua", CALL_DAY),
    "after: vào ngày 26 tháng 1": ("after", "vào ngày 26 tháng 1", CALL_DAY),
    "next: hôm qua": ("next", "Cuộc điện đàm diễn ra hôm qua.", CALL_DAY),
    "next: được tiến hành ngày 26-1": ("next", "Cuộc điện đàm được tiến hành ngày 26-1.", CALL_DAY),
}
BASE_DATE = "Ngày 26/1,"

SIDES = ("vn_first", "foreign_first", "foreign_foreign")
SHAPES = ("active", "appositive", "theo đề nghị của", "nhận điện thoại của", "cuộc điện đàm giữa",
          "lần lượt", "hai nhà lãnh đạo", "headline + body", "người đồng cấp", "photo caption + body",
          "dateline + byline", "appositive in brackets", "theo đề nghị (after)", "headline only")
# shapes that bring their own call wording
OWN_WORDING = {"nhận điện thoại của", "cuộc điện đàm giữa", "hai nhà lãnh đạo", "headline + body", "lần lượt",
               "headline only"}


@dataclass
class Probe:
    dims: dict[str, str]
    text: str
    title: str | None
    expected: list[dict]  # {"pair": {name: (country, role)}, "date", "medium"}
    published: date = PUBLISHED
    why: list[str] = field(default_factory=list)


def _expect(a: Official, b: Official, when: str | None, medium: str) -> dict:
    return {"pair": {a.recorded: (a.country, a.role), b.recorded: (b.country, b.role)}, "date": when, "medium": medium}


def _people(kind: str, side: str, shape: str) -> tuple[Official, Official]:
    if kind in ORG_PARTNERS:
        vn, other = ORG_VN[kind], ORG_PARTNERS[kind]
        if side == "foreign_foreign":
            vn = foreign(KINDS["head_of_government"], shape)
    else:
        k = KINDS[kind]
        vn, other = k.vn, foreign(k, shape)
        if side == "foreign_foreign":
            vn = foreign(k, SECOND_SHAPE.get(shape, DEFAULT_SECOND))
    return (other, vn) if side == "foreign_first" else (vn, other)


def build(wording: str, kind: str, side: str, when: str, shape: str, name_shape: str) -> Probe:
    """One probe: the article text (and headline), with its expected record."""
    a, b = _people(kind, side, name_shape)
    dims = {"wording": wording if shape not in OWN_WORDING else "(shape's own)", "kind": kind, "side": side,
            "date": when, "shape": shape, "name": name_shape}
    where, dtext, dexp = DATES[when]
    clause, medium, _ = WORDINGS[wording]
    sa, sb = a.styled(), b.styled()
    title = None
    if shape == "appositive":
        sb = b.styled(appositive=True)
    if shape == "appositive in brackets":
        title_b = b.styled(appositive=True).split(", ", 1)[1]
        sb = f"{' '.join(w for w in (b.rank, b.honorific or 'ông', b.name) if w)} ({title_b})"
    if shape == "người đồng cấp":
        sb = f"người đồng cấp {b.country_word} {b.name}".replace("  ", " ") if b.country_word else sb
    if shape == "nhận điện thoại của":
        clause, medium = WORDINGS["nhận điện thoại của"][:2]
    body = clause.format(A=sa, B=sb)
    side_b = b.side_word or b.country_word or "Việt Nam"
    if shape == "theo đề nghị của":
        body = f"theo đề nghị của phía {side_b}, {body}"
    if shape == "theo đề nghị (after)":
        body = f"{body} theo đề nghị của phía {side_b}"
    extra = []
    if shape == "cuộc điện đàm giữa":
        body, medium = f"cuộc điện đàm giữa {sa} và {sb} đã diễn ra trong không khí thân tình", "phone"
    elif shape == "lần lượt":
        c = _third(a, b, kind, name_shape)
        body, medium = f"{sa} lần lượt điện đàm với {sb} và {c.styled()}", "phone"
        extra = [_expect(a, c, dexp, medium)]
    elif shape == "hai nhà lãnh đạo":
        lead = f"{sa} vừa gửi lời cảm ơn tới {sb} về sự ủng hộ dành cho Việt Nam."
        if a.country != "VN" and b.country != "VN":
            lead = f"{sa} vừa gửi lời cảm ơn tới {sb} về sự ủng hộ của nước này."
        body = "hai nhà lãnh đạo đã điện đàm, trao đổi về hợp tác kinh tế"
        medium = "phone"
        return _finish(dims, [lead], body, where, dtext, dexp, medium, a, b, extra, None)
    elif shape == "headline + body":
        title = f"{sa} điện đàm với {sb}"
        body = "tại cuộc điện đàm, hai bên nhất trí thúc đẩy hợp tác thương mại và đầu tư"
        medium = "phone"
    elif shape == "headline only":
        title = f"{sa} điện đàm với {sb}"
        body = "hai bên nhất trí thúc đẩy hợp tác thương mại và đầu tư"
        medium = "phone"
        if where == "after":
            dexp = None  # a day inside a body sentence that does not speak of the call does not date it (the day
            # opening the lead does: the news of a page whose headline alone tells the call)
    elif shape == "photo caption + body":
        extra_lines = [f"{sa} và {sb}. (Ảnh tư liệu: TTXVN)"]
        return _finish(dims, extra_lines, body, where, dtext, dexp, medium, a, b, [], None, sep="\n")
    elif shape == "dateline + byline":
        extra_lines = ["Thứ Bảy, 27/01/2024 08:15 (GMT+7)", "Minh Anh | Thời sự"]
        return _finish(dims, extra_lines, body, where, dtext, dexp, medium, a, b, [], None, sep="\n")
    return _finish(dims, [], body, where, dtext, dexp, medium, a, b, extra, title)


def _third(a: Official, b: Official, kind: str, name_shape: str) -> Official:
    """A third official, of a country neither side is from."""
    k = KINDS.get(kind, KINDS["head_of_government"])
    for shape in ("thai", "indian", "australian", "lao"):
        o = foreign(k, shape)
        if o.country not in (a.country, b.country):
            return o
    raise AssertionError("no third country")


def _finish(dims: dict, lead: list[str], body: str, where: str, dtext: str, dexp: str | None, medium: str,
            a: Official, b: Official, extra: list[dict], title: str | None, sep: str = " ") -> Probe:
    if where == "open":
        sentence = f"{dtext}, {body}."
    elif where == "after":
        sentence = f"{body[0].upper() + body[1:]} {dtext}."
        if "," in body and dims["shape"] == "hai nhà lãnh đạo":
            head, tail = body.split(",", 1)
            sentence = f"{head[0].upper() + head[1:]} {dtext},{tail}."
    else:
        sentence = f"{body[0].upper() + body[1:]}."
        if where == "next":
            sentence += " " + dtext
    sentence = sentence[0].upper() + sentence[1:]
    text = sep.join([*lead, sentence]) + " Hai bên nhất trí tăng cường hợp tác trong thời gian tới."
    exp = [_expect(a, b, dexp, medium), *extra]
    return Probe(dims, text, title, exp)


# --- hard negatives ---------------------------------------------------------------------------------------------
NEGATIVES: dict[str, str] = {
    "gửi thư": "{D}, {A} gửi thư chúc mừng {B} nhân dịp năm mới; trước đó hai nhà lãnh đạo đã điện đàm hồi tháng 3.",
    "điện mừng": "{D}, {A} gửi điện mừng tới {B}. Văn phòng Chính phủ sau đó điện thoại cho Đại sứ quán.",
    "sẽ điện đàm": "{D}, Người phát ngôn cho biết {A} sẽ điện đàm với {B} vào tối 30/1.",
    "dự kiến điện đàm": "{D}, theo kế hoạch, {A} dự kiến điện đàm với {B} vào tuần tới.",
    "hội đàm tại": "{D}, {A} hội đàm với {B} tại Hà Nội. Trước đó, hai nhà lãnh đạo từng điện đàm hồi tháng 5.",
    "hội nghị trực tuyến ASEAN": "{D}, {A} tham dự hội nghị trực tuyến ASEAN cùng lãnh đạo các nước, trong đó có {B}.",
    "Hội nghị cấp cao trực tuyến": "{D}, {A} và {B} dự Hội nghị Cấp cao G20 theo hình thức trực tuyến.",
    "nhắc lại cuộc điện đàm": "{D}, {A} tiếp Đại sứ, nhắc lại cuộc điện đàm với {B} hồi tháng 5 năm ngoái.",
    "đề nghị một cuộc điện đàm": "{D}, {B} đề nghị một cuộc điện đàm với {A}.",
    "chưa điện đàm": "{D}, báo chí cho biết {A} chưa điện đàm với {B}.",
    "trong năm ... đã điện đàm": "Trong năm 2023, {A} đã điện đàm với {B} và nhiều nhà lãnh đạo khác.",
    "one country": "{D}, Chủ tịch nước Lương Văn Bình gọi điện cho Thủ tướng Hoàng Đức Thắng để trao đổi về tình hình "
                   "bão lũ.",
    "one country (foreign)": "{D}, Tổng thống Hàn Quốc Park Ji-hoon điện đàm với Thủ tướng Hàn Quốc Kim Min-seo về "
                             "ngân sách.",
    "telecom": "{D}, Viettel ra mắt gói cước gọi điện video trực tuyến; Tổng giám đốc Viettel Nguyễn Văn Phong cho "
               "biết khách hàng có thể gọi điện cho người thân ở Nhật Bản với giá rẻ.",
    "lừa đảo": "{D}, Công an cảnh báo đối tượng mạo danh {A} gọi điện cho người dân để lừa đảo.",
    "sẽ có cuộc điện đàm": "{D}, Văn phòng Chính phủ thông báo {A} sẽ có cuộc điện đàm với {B} trong tuần tới.",
    "cuộc điện đàm dự kiến": "{D}, hai bên cho biết cuộc điện đàm giữa {A} và {B} dự kiến diễn ra vào ngày 30/1.",
    "từ chối điện đàm": "{D}, {B} từ chối điện đàm với {A}.",
    "muốn gọi điện": "{D}, trả lời phỏng vấn, {A} nói rằng ông muốn gọi điện cho {B}.",
    "hội nghị trực tuyến với các Bộ trưởng": "{D}, {A} dự hội nghị trực tuyến với các Bộ trưởng ASEAN và {B}.",
    "chủ trì hội nghị trực tuyến": "{D}, {A} chủ trì hội nghị trực tuyến với các địa phương về phòng chống thiên tai.",
    "cách đây hai năm": "{D}, {A} tiếp Đại sứ; cuộc gọi video đầu tiên giữa {A} và {B} diễn ra cách đây hai năm.",
    "hồi tháng (after)": "{D}, {A} gặp {B} tại Tokyo. Hai nhà lãnh đạo đã điện đàm hồi tháng 10 năm ngoái.",
    "điện thăm hỏi + điện thoại": "{D}, {A} gửi điện thăm hỏi tới {B}; Đại sứ quán đã điện thoại cho Bộ Ngoại giao nước bạn.",
}


def negatives(rng: random.Random) -> list[Probe]:
    out = []
    for key, template in NEGATIVES.items():
        for kind in ("head_of_government", "foreign_minister", "head_of_state", "defence_minister"):
            a, b = _people(kind, "vn_first", rng.choice(list(NAME_SHAPES)))
            when = rng.choice([d for d, v in DATES.items() if v[0] == "open"])
            text = template.format(D=DATES[when][1], A=a.styled(), B=b.styled())
            dims = {"negative": key, "kind": kind, "date": when}
            out.append(Probe(dims, text, None, []))
    return out


# --- running ----------------------------------------------------------------------------------------------------
BASE = {"wording": BASE_WORDING, "kind": "head_of_government", "side": "vn_first", "date": BASE_DATE,
        "shape": "active", "name": "japanese"}
VALUES = {"wording": list(WORDINGS), "kind": [*KINDS, *ORG_PARTNERS], "side": list(SIDES), "date": list(DATES),
          "shape": list(SHAPES), "name": list(NAME_SHAPES)}


def probes() -> tuple[list[Probe], list[Probe], list[Probe]]:
    """One-factor-at-a-time probes, the mixed sample and the hard negatives."""
    ofat = []
    for dim, values in VALUES.items():
        for v in values:
            setting = dict(BASE, **{dim: v})
            p = build(**_args(setting))
            p.dims["varied"] = dim
            ofat.append(p)
    rng = random.Random(SEED)
    mixed = [build(**_args({d: rng.choice(v) for d, v in VALUES.items()})) for _ in range(MIXED)]
    return ofat, mixed, negatives(rng)


def _args(s: dict) -> dict:
    return {"wording": s["wording"], "kind": s["kind"], "side": s["side"], "when": s["date"], "shape": s["shape"],
            "name_shape": s["name"]}


NEGATIVE_CONFIDENCE = 0.5


def check(p: Probe) -> tuple[bool, bool]:
    """(found, exact): the expected pairs and no other; and their fields right. Fills p.why."""
    ex = extract(clean_text(p.text), published=p.published, title=p.title)
    # a hard negative passes when no call of confidence NEGATIVE_CONFIDENCE or more is found: a call between two
    # officials of one country is kept as a record of low confidence, not dropped (extractors.assemble.one_country)
    calls = [c for c in ex.calls if p.expected or c.confidence >= NEGATIVE_CONFIDENCE]
    got = {frozenset(fold(x.name) for x in c.participants): c for c in calls}
    want = {frozenset(fold(n) for n in e["pair"]): e for e in p.expected}
    found = set(got) == set(want)
    if not found:
        missing = [" & ".join(e["pair"]) for k, e in want.items() if k not in got]
        extra = [" & ".join(x.name for x in c.participants) for k, c in got.items() if k not in want]
        p.why.append(f"missing {missing}" if missing else "")
        p.why.append(f"extra {extra}" if extra else "")
        return False, False
    for k, e in want.items():
        c = got[k]
        if c.date != e["date"]:
            p.why.append(f"date {c.date} != {e['date']}")
        if c.medium != e["medium"]:
            p.why.append(f"medium {c.medium} != {e['medium']}")
        by_name = {fold(n): v for n, v in e["pair"].items()}
        for x in c.participants:
            country, role = by_name[fold(x.name)]
            if x.country != country:
                p.why.append(f"country of {x.name} {x.country} != {country}")
            if x.role != role:
                p.why.append(f"role of {x.name} {x.role} != {role}")
    exact = not p.why
    return found, exact


def table(title: str, rows: dict[str, list[tuple[bool, bool]]]) -> None:
    print(f"\n{title}")
    for value, results in rows.items():
        n = len(results)
        f = sum(r[0] for r in results)
        e = sum(r[1] for r in results)
        mark = "" if e == n else "  <--"
        print(f"  {value[:52]:<52} {n:>4}  found {f / n:6.1%}  exact {e / n:6.1%}{mark}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failing probe")
    ap.add_argument("--dim", help="with -v: only failures of one-factor probes varying this dimension")
    args = ap.parse_args()
    ofat, mixed, neg = probes()
    failures: list[Probe] = []

    def run(ps: list[Probe]) -> list[tuple[bool, bool]]:
        out = []
        for p in ps:
            r = check(p)
            out.append(r)
            if not r[1]:
                failures.append(p)
        return out

    ofat_r, mixed_r, neg_r = run(ofat), run(mixed), run(neg)
    total = ofat_r + mixed_r
    print(f"probes: {len(ofat)} one-factor, {len(mixed)} mixed (seed {SEED}), {len(neg)} hard negatives; "
          f"published {PUBLISHED}")
    print(f"positives: found {sum(r[0] for r in total) / len(total):.1%}  exact {sum(r[1] for r in total) / len(total):.1%}"
          f"   hard negatives: no call {sum(r[1] for r in neg_r) / len(neg_r):.1%}")
    print("worst value of each dimension (one-factor and mixed probes together, exact):")
    for dim in VALUES:
        by_value: dict[str, list] = defaultdict(list)
        for p, r in zip([*ofat, *mixed], total, strict=True):
            by_value[p.dims[dim]].append(r[1])
        worst = min(by_value, key=lambda v: sum(by_value[v]) / len(by_value[v]))
        rate = sum(by_value[worst]) / len(by_value[worst])
        print(f"  {dim:<8} {worst[:44]:<44} {rate:6.1%} of {len(by_value[worst])}")
    for dim in VALUES:
        base_rows = {f"{v}": [r for p, r in zip(ofat, ofat_r, strict=True) if p.dims["varied"] == dim and p.dims[dim] == v]
                     for v in VALUES[dim]}
        table(f"[{dim}] one-factor (others at base: {', '.join(f'{d}={BASE[d]}' for d in BASE if d != dim)})",
              {k: v for k, v in base_rows.items() if v})
        mixed_rows: dict[str, list] = defaultdict(list)
        for p, r in zip(mixed, mixed_r, strict=True):
            mixed_rows[p.dims[dim]].append(r)
        table(f"[{dim}] mixed sample", dict(sorted(mixed_rows.items())))
    neg_rows: dict[str, list] = defaultdict(list)
    for p, r in zip(neg, neg_r, strict=True):
        neg_rows[p.dims["negative"]].append(r)
    table("[hard negatives] (exact = no call found)", dict(neg_rows))
    if args.verbose:
        print("\nfailures:")
        for p in failures:
            if args.dim and p.dims.get("varied") != args.dim:
                continue
            print(f"- {p.dims}\n  {p.title + ' || ' if p.title else ''}{p.text}\n  -> {'; '.join(w for w in p.why if w)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
