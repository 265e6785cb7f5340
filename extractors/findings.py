"""What a call report says besides who and when: topics, frameworks, agreements, invitations, occasion,
and who asked for the call."""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.records import Finding
from extractors.sentences import Sentence

_FINDINGS = "findings.toml"


def _topic_patterns() -> dict[str, str]:
    """topic -> regex of its words, topics in the order they first appear in findings.toml."""
    words: dict[str, list[str]] = {}
    for word, entry in lexicon.records(_FINDINGS, "topics").items():
        words.setdefault(entry["topic"], []).append(lexicon.wording_regex(word))
    return {topic: "|".join(ws) for topic, ws in words.items()}


_TOPICS = _topic_patterns()
_TOPIC_RE = {k: re.compile(v, re.I) for k, v in _TOPICS.items()}
_FRAMEWORK = re.compile("(" + lexicon.alternation(_FINDINGS, "frameworks") + ")")
_AGREE = re.compile(r"\b(" + lexicon.alternation(_FINDINGS, "agreement") + r")\b", re.I)
_INVITE = re.compile(r"\bmời\b[^.]{0,80}\b(" + lexicon.alternation(_FINDINGS, "invitation_verbs") + r")\b", re.I)


def _occasion_pattern() -> re.Pattern[str]:
    """ "nhân dịp X" takes any X; a one-word opener ("nhân") only an X opening on a word of [occasion_after_one_word]."""
    openers = lexicon.words(_FINDINGS, "occasion")
    after_one = lexicon.alternation(_FINDINGS, "occasion_after_one_word")
    alts = [lexicon.wording_regex(w) + r"\s+" + ("" if " " in w else r"(?=(?:" + after_one + r")(?!\w))")
            for w in openers]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")([^,.;]{5,120})", re.I)


_OCCASION = _occasion_pattern()
INITIATOR = re.compile("theo (?:" + lexicon.alternation(_FINDINGS, "request") + r") của (?:phía )?([^,.;]{2,60})", re.I)


def call_findings(sentences: list[Sentence], ev: Sentence) -> list[Finding]:
    """Topics, frameworks, agreements, invitations and occasion stated in the call's paragraphs."""
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    # the call report runs from the evidence sentence to the end of the article, or the next unrelated call
    scope = [s for s in sentences if s.index >= ev.index][:25]
    for s in scope:
        for topic, rx in _TOPIC_RE.items():
            if ("topic", topic) not in seen and rx.search(s.text):
                seen.add(("topic", topic))
                out.append(Finding("topic", topic, s.text, s.start, s.end, 0.7))
        fm = _FRAMEWORK.search(s.text)
        if fm:
            val = " ".join(fm.group(1).split())
            if ("framework", val.lower()) not in seen:
                seen.add(("framework", val.lower()))
                out.append(Finding("framework", val, s.text, s.start, s.end, 0.8))
        am = _AGREE.search(s.text)
        if am and len([f for f in out if f.kind == "agreement"]) < 5:
            out.append(Finding("agreement", s.text[am.start():am.start() + 160].strip(), s.text, s.start, s.end, 0.6))
        im = _INVITE.search(s.text) if ("invitation", s.text) not in seen else None
        if im:
            seen.add(("invitation", s.text))
            out.append(Finding("invitation", im.group(0), s.text, s.start, s.end, 0.7))
    om = _OCCASION.search(ev.text)
    if om:
        out.append(Finding("occasion", om.group(1).strip(), ev.text, ev.start, ev.end, 0.7))
    return out
