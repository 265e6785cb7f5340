"""Extract stage: detect phone and online calls between officials and build one record per call."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

EXTRACTOR_VERSION = "0.1.0"


@dataclass
class Participant:
    name: str
    title: str | None
    role: str  # party_leader, head_of_state, ..., other
    country: str | None  # ISO 3166-1 alpha-2, "EU", "UN"


@dataclass
class Finding:
    """Something said about a call (topic, agreement, invitation, framework...) and where it was said."""

    kind: str
    value: str
    evidence: str
    start: int  # character offsets of `evidence` in the cleaned text
    end: int
    confidence: float = 1.0


@dataclass
class Call:
    date: str | None  # "YYYY-MM-DD", "--MM-DD" when the year is unknowable, or None
    medium: str  # "phone" or "video"
    participants: list[Participant]
    evidence: str
    evidence_start: int = -1
    evidence_end: int = -1
    initiator: int | None = None  # 1 or 2 (position in participants) when the article says who called
    confidence: float = 1.0
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Extraction:
    is_call: bool
    calls: list[Call]
    extractor_version: str = EXTRACTOR_VERSION

    def to_gold(self, article_id: str) -> dict:
        """The line format of ../shared/corpus (and of `diendam extract`)."""
        return {"id": article_id, "label": "call" if self.calls else "not_call",
                "calls": [c.to_dict() for c in self.calls]}


def extract(text: str, published: date | None = None, title: str | None = None,
            url: str | None = None) -> Extraction:
    """Calls reported in a cleaned article text."""
    raise NotImplementedError
