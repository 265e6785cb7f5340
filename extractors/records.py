"""The extract stage's output records: one `Call` per call found, its `Participant`s and `Finding`s."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


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
