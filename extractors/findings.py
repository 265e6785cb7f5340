"""What a call report says besides who and when: topics, frameworks, agreements, invitations, occasion,
and who asked for the call."""

from __future__ import annotations

import re

from extractors.records import Finding
from extractors.sentences import Sentence

_TOPICS = {
    "trade": r"thương mại|xuất khẩu|nhập khẩu|thuế quan|thuế đối ứng|FTA|hàng hóa",
    "investment": r"đầu tư|doanh nghiệp",
    "security": r"an ninh|quốc phòng|quân sự",
    "east_sea": r"Biển Đông|UNCLOS|hàng hải",
    "asean": r"ASEAN",
    "mekong": r"Mekong|Mê Công",
    "labour": r"lao động",
    "education": r"giáo dục|đào tạo|học bổng|sinh viên",
    "health": r"y tế|vắc[- ]?xin|vaccine|COVID|dịch bệnh|đại dịch",
    "climate": r"biến đổi khí hậu|phát thải|tăng trưởng xanh|COP\d*",
    "energy": r"năng lượng|dầu khí|điện hạt nhân",
    "ukraine": r"Ukraine|U-crai-na",
    "middle_east": r"Trung Đông|Iran|Israel|Gaza|Syria",
    "technology": r"công nghệ|chuyển đổi số|kinh tế số|bán dẫn",
    "culture": r"văn hóa|du lịch|giao lưu nhân dân",
    "war_legacy": r"hậu quả chiến tranh|bom mìn|dioxin|MIA",
    "agriculture": r"nông sản|nông nghiệp|thủy sản",
}
_TOPIC_RE = {k: re.compile(v, re.I) for k, v in _TOPICS.items()}
_FRAMEWORK = re.compile(r"(Đối tác\s+(?:Chiến lược\s+Toàn diện|chiến lược toàn diện|Chiến lược|chiến lược|"
                        r"Toàn diện|toàn diện|Hợp tác Chiến lược Toàn diện)(?:\s+(?:đặc biệt|Đặc biệt))?|"
                        r"Quan hệ đặc biệt|quan hệ đặc biệt|Cộng đồng chia sẻ tương lai)")
_AGREE = re.compile(r"\b(nhất trí|thống nhất|đồng ý|thỏa thuận)\b", re.I)
_INVITE = re.compile(r"\bmời\b[^.]{0,80}\b(thăm|sang|tới|đến)\b", re.I)
_OCCASION = re.compile(r"(?:nhân dịp|nhân)\s+([^,.;]{5,120})", re.I)
INITIATOR = re.compile(r"theo (?:đề nghị|yêu cầu|lời mời) của (?:phía )?([^,.;]{2,60})", re.I)


def call_findings(sentences: list[Sentence], ev: Sentence) -> list[Finding]:
    """Topics, frameworks, agreements, invitations and occasion stated in the call's paragraphs."""
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    # the call report runs from the evidence sentence to the end of the article, or the next unrelated call
    scope = [s for s in sentences if s.index >= ev.index][:25]
    for s in scope:
        for topic, rx in _TOPIC_RE.items():
            if rx.search(s.text) and ("topic", topic) not in seen:
                seen.add(("topic", topic))
                out.append(Finding("topic", topic, s.text, s.start, s.end, 0.7))
        fm = _FRAMEWORK.search(s.text)
        if fm:
            val = " ".join(fm.group(1).split())
            if ("framework", val.lower()) not in seen:
                seen.add(("framework", val.lower()))
                out.append(Finding("framework", val, s.text, s.start, s.end, 0.8))
        if _AGREE.search(s.text) and len([f for f in out if f.kind == "agreement"]) < 5:
            am = _AGREE.search(s.text)
            out.append(Finding("agreement", s.text[am.start():am.start() + 160].strip(), s.text, s.start, s.end, 0.6))
        if _INVITE.search(s.text) and ("invitation", s.text) not in seen:
            seen.add(("invitation", s.text))
            out.append(Finding("invitation", _INVITE.search(s.text).group(0), s.text, s.start, s.end, 0.7))
    om = _OCCASION.search(ev.text)
    if om:
        out.append(Finding("occasion", om.group(1).strip(), ev.text, ev.start, ev.end, 0.7))
    return out
