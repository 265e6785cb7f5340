"""The role a title maps to (head_of_state, foreign_minister, ...) and the title as stored. Title prefixes,
chair bodies and portfolios come from extractors/data/titles.toml, ranks from honorifics.toml."""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.countries import code_of

_TITLES = "titles.toml"
_HONORIFICS = "honorifics.toml"
_PARTY_PART = re.compile(r"^(" + lexicon.alternation(_TITLES, "party_posts") + ")", re.I)


def clean_title(raw: str) -> str:
    """A title as stored: no separators at its ends, single spaces, no editor's brackets ("[Tổng thống] X" in a
    quote)."""
    raw = raw.strip(" ,-–|")
    if raw.startswith("[") and raw.endswith("]"):
        raw = raw[1:-1]
    raw = raw.strip(" ,-–|[]")
    raw = re.sub(r"\s+", " ", raw)
    return raw


_NOT_PRINCIPAL = (*(w + " " for w in lexicon.words(_TITLES, "former")), *lexicon.words(_TITLES, "never_principal"))
_ELECT = lexicon.words(_TITLES, "elect")
_OPTIONAL_PREFIX = re.compile(r"^(" + lexicon.alternation(_TITLES, "optional_prefixes") + r")\s+")
_CHAIR_PARLIAMENT = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_parliament") + ")")
_CHAIR_PARTY = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_party") + ")")
_CHAIR_CABINET = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_cabinet") + r")\b")
_CHAIR_STATE = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_state") + r")\b")
_CHAIR_NOT_STATE = re.compile(r"\s*(" + lexicon.alternation(_TITLES, "chair_not_state") + ")")
_FOREIGN_MINISTER = re.compile(
    r"bộ trưởng\s+(bộ\s+)?(" + "|".join(lexicon.wording_regex(w) + r"\s+" for w in lexicon.words(_TITLES, "foreign_portfolio_openers"))
    + r"){0,2}(" + lexicon.alternation(_TITLES, "foreign_portfolios") + ")")  # ("phụ trách các vấn đề đối ngoại")


def _chair_role(part: str, low: str, prefix: str) -> str:
    rest = low[len(prefix):]
    if _CHAIR_PARLIAMENT.match(rest):
        return "parliament_speaker"
    if _CHAIR_PARTY.match(rest):
        return "party_leader"
    if _CHAIR_CABINET.match(rest) and not _CHAIR_NOT_STATE.match(rest):
        return "head_of_government"
    # the chair of a state ("Chủ tịch", "Chủ tịch nước", "Chủ tịch Hội đồng Nhà nước", "Chủ tịch Chính quyền
    # Palestine"); the chair of anything else (a front, a committee, a union, a bank) is not a head of state
    # ("Chủ tịch Chính quyền Nhân dân Khu tự trị ...", "Chủ tịch UBND tỉnh": local government, other)
    if _CHAIR_STATE.match(rest) and not _CHAIR_NOT_STATE.match(rest):
        return "head_of_state"
    if not rest.strip() or (code_of(part[len(prefix):]) not in (None, "EU", "UN")):
        return "head_of_state"
    return "other"


def _minister_role(part: str, low: str, prefix: str) -> str:
    return "foreign_minister" if _FOREIGN_MINISTER.match(low) else "minister"


# a ministry other than the foreign one named in a title ("Thứ trưởng Bộ Công Thương")
_OTHER_MINISTRY = re.compile(r"\bbộ\s+(?!ngoại giao)")


def _deputy_minister_role(part: str, low: str, prefix: str) -> str:
    rest = re.sub(r"^(?:thứ trưởng|phó bộ trưởng)\s*(thường trực|thứ nhất|thứ hai)?\s*", "", low)
    if not rest or re.match(r"(bộ\s+)?ngoại giao", rest):
        return "deputy_foreign_minister"
    # the foreign ministry named after his brief ("Thứ trưởng phụ trách phía Đông của Bộ Ngoại giao Ấn Độ"), no other
    if re.search(r"\bbộ\s+ngoại giao\b", rest) and not _OTHER_MINISTRY.search(rest):
        return "deputy_foreign_minister"
    return "other"


def _minister_of_state_role(part: str, low: str, prefix: str) -> str:
    # a Minister of State is a foreign-office junior minister unless another ministry is named
    other_ministry = _OTHER_MINISTRY.search(low)
    return "other" if other_ministry else "deputy_foreign_minister"


# roles decided by the rest of the title (titles.toml [roles] names them)
_ROLE_RULES = {"chair": _chair_role, "minister": _minister_role, "deputy_minister": _deputy_minister_role,
               "minister_of_state": _minister_of_state_role}
_ROLE_PREFIXES = [(prefix, r["role"]) for prefix, r in lexicon.records(_TITLES, "roles").items()]


_HEAD_OF_STATE_WORD = re.compile(r"nguyên thủ(?!\s+tướng)")


def _part_role(part: str) -> str:
    p = part.strip()
    low = p.lower()
    # ("nguyên thủ", head of state, is no "nguyên" (former) before a title: "nguyên Thủ tướng")
    if any(w in low for w in _ELECT) or low.startswith(_NOT_PRINCIPAL) and not _HEAD_OF_STATE_WORD.match(low):
        return "other"
    # the title as written first ("Nữ hoàng" is a title of its own), then without an optional prefix
    # ("Quyền Thủ tướng", "Nữ Thủ tướng" take the role of "Thủ tướng")
    for candidate in dict.fromkeys((low, _OPTIONAL_PREFIX.sub("", low))):
        for prefix, role in _ROLE_PREFIXES:
            if candidate.startswith(prefix):
                rule = _ROLE_RULES.get(role)
                return rule(p, candidate, prefix) if rule else role
    return "other"


_ROLE_RANK = ["head_of_state", "head_of_government", "parliament_speaker", "foreign_minister", "minister",
              "deputy_head_of_government", "deputy_foreign_minister", "party_leader", "other"]


_RANK_ONLY = re.compile("(" + lexicon.alternation(_HONORIFICS, "ranks_not_titles") + ")", re.I)


_MEMBERSHIP = re.compile(r"(Ủy viên\s+(?:dự khuyết\s+|chính thức\s+)?(?:" + lexicon.alternation(_TITLES, "membership_bodies")
                         + r")|Bí thư Trung ương Đảng|Bí thư Trung ương)\b", re.I)

def split_title(title: str) -> list[str]:
    """The posts of a compound title ("Phó Thủ tướng, Bộ trưởng Ngoại giao", "X kiêm Y")."""
    return [p.strip() for p in re.split(r",\s*|\s+-\s+|\s+kiêm\s+|;\s*", title) if p.strip()]


def role_and_title(title: str | None) -> tuple[str, str | None]:
    """Role from a title as written (party posts count only when no state post is held with them) and the
    title to store: the whole compound as written, without ranks."""
    if not title:
        return "other", title
    parts = [p for p in split_title(title) if not _RANK_ONLY.fullmatch(p)] or split_title(title)
    # party posts ("Tổng Bí thư", "Bí thư Trung ương Đảng", "Ủy viên Bộ Chính trị") give way to any state,
    # government or military post held with them; they count only when they are all there is
    state = [p for p in parts if not _PARTY_PART.match(p)]
    kept = state if state else [p for p in parts if not p.lower().startswith("ủy viên")] or parts
    roles = [_part_role(p) for p in kept]
    elect = [any(w in p.lower() for w in _ELECT) for p in kept]
    held = [r for r, e in zip(roles, elect, strict=True) if not e and r != "other"]
    if any(elect):
        # an elect is "other" until he takes office, unless he holds another post meanwhile ("Tổng thống đắc cử kiêm
        # Thủ tướng", round 103)
        role = min(held, key=_ROLE_RANK.index) if held else "other"
    else:
        role = min(roles, key=_ROLE_RANK.index) if roles else "other"
    # the title as written, compound included ("Tổng Bí thư, Chủ tịch nước"); left out are military and
    # academic ranks and, next to a post, mere memberships ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng")
    posts = [p for p in parts if not _MEMBERSHIP.match(p)] or parts
    if len(posts) == len(split_title(title)):
        return role, clean_title(title)  # nothing left out: exactly as written ("Phó Thủ tướng kiêm Bộ trưởng ...")
    sep = " - " if " - " in title and "," not in title else ", "
    return role, sep.join(posts)
