"""Cleaning: find what is not the author's article body, without rewriting text.

The cleaner splits the original text into lines and classifies each one: navigation
cruft ("Skip to content", camel-cased menus), a teaser block for other articles at
the end ("Latest" and the headline cards after it), and reader comments at the end.
It returns the kept paragraphs and headings as :class:`Block` spans and the removed
stretches as :class:`Region` spans, both as offsets into the original text.
"""

from __future__ import annotations

import re
import statistics
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import Block, CleanDocument, Region, SourceDocument

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "cleaning.toml"

_MENU = re.compile(r"^(?:[a-z]+)?(?:[A-Z][a-z]+){2,}$")  # "podcastPoliticsNewsMacro"
_PIPE_MENU = re.compile(r"^\s*\S[^|]{0,30}(?:\s*[|•·]\s*[^|•·]{1,30}){2,}$")  # "Home | News | World"
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*-]|\d{1,2}[.)])\s+")  # list markers are layout, not content
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
_STRAIGHT_QUOTE = re.compile(r"(?<=\w)'(?=\w)|\"")
_CURLY_QUOTE = re.compile(r"[’“”]")
_SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_COMMENT_META = re.compile(
    r"\b(reply|replies|likes?|\d+\s+(?:hours?|days?|minutes?|weeks?)\s+ago|says:|wrote:)\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    raw = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    return {
        key: re.compile(r"^(?:" + "|".join(raw[key]) + r")[.:!]?$", re.IGNORECASE)
        for key in ("cruft", "teaser_markers", "comment_markers")
    } | {"reply_openers": re.compile(r"^(?:" + "|".join(raw["reply_openers"]) + r")\b", re.IGNORECASE)}


def _lines(text: str, start: int) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = _BULLET.sub("", content).strip()
        if stripped:
            lead = content.find(stripped)
            begin = offset + lead
            lines.append(_Line(start + begin, start + begin + len(stripped), stripped))
        offset += len(raw)
    return lines


def _is_cruft(line: _Line) -> bool:
    text = line.text
    return bool(_rules()["cruft"].match(text) or _MENU.match(text) or _PIPE_MENU.match(text))


def _is_heading(line: _Line) -> bool:
    return len(line.text) < 120 and not _SENTENCE_END.search(line.text)


def _teaser_start(lines: list[_Line], total: int) -> int | None:
    """Index of the first teaser line: a marker line in the last half of the text."""
    marker = _rules()["teaser_markers"]
    for i, line in enumerate(lines):
        if line.start > total // 2 and marker.match(line.text):
            return i
    # Headline cards without a marker: the same short line twice in a row near the end.
    for i in range(len(lines) - 1):
        if lines[i].start > total * 2 // 3 and lines[i].text == lines[i + 1].text and _is_heading(lines[i]):
            return i
    return None


def _comment_score(line: _Line, body_is_curly: bool, median_length: float) -> int:
    text = line.text
    unquoted = _QUOTED.sub("", text)
    score = 0
    if body_is_curly and _STRAIGHT_QUOTE.search(text) and not _CURLY_QUOTE.search(text):
        score += 2
    if _SECOND_PERSON.search(unquoted):
        score += 2
    if _rules()["reply_openers"].match(text):
        score += 1
    if "..." in text or "!!" in text:
        score += 1
    if len(text) < 0.6 * median_length:
        score += 1
    if _COMMENT_META.search(text):
        score += 3
    return score


def _comment_start(lines: list[_Line], end: int) -> int:
    """Index of the first reader comment among lines[:end] (== end when there is none)."""
    marker = _rules()["comment_markers"]
    for i in range(end):
        if i > len(lines) // 2 and marker.match(lines[i].text):
            return i
    paragraphs = [line for line in lines[:end] if not _is_heading(line)]
    if len(paragraphs) < 6:
        return end
    curly = sum(bool(_CURLY_QUOTE.search(p.text)) for p in paragraphs)
    # (the pattern's look-behind is slow to scan a paragraph without either mark: such a paragraph is passed over)
    straight = sum(bool(("'" in p.text or '"' in p.text) and _STRAIGHT_QUOTE.search(p.text)) for p in paragraphs)
    body_is_curly = curly >= 3 * max(straight, 1)
    median_length = statistics.median(len(p.text) for p in paragraphs)
    start = end
    # Walk back from the end while the paragraphs read like replies; never past a heading.
    for i in range(end - 1, max(end - 12, 0), -1):
        if _is_heading(lines[i]) or _comment_score(lines[i], body_is_curly, median_length) < 2:
            break
        start = i
    return start


def clean(source: SourceDocument) -> CleanDocument:
    """Split *source* into kept blocks and removed regions (offsets into ``source.text``)."""
    text = source.text
    removed: list[Region] = []
    if source.body_start:
        removed.append(Region(0, source.body_start, "cruft", "metadata header lines"))
    lines = _lines(text[source.body_start:], source.body_start)
    teaser = _teaser_start(lines, len(text))
    end = len(lines) if teaser is None else teaser
    comments = _comment_start(lines, end)
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        if i >= end:
            removed.append(Region(line.start, line.end, "teaser", "after teaser marker"))
        elif i >= comments:
            removed.append(Region(line.start, line.end, "comment", "reader comment after the article"))
        elif _is_cruft(line):
            removed.append(Region(line.start, line.end, "cruft", "navigation or widget text"))
        else:
            blocks.append(Block(line.start, line.end, heading=_is_heading(line)))
    return CleanDocument(source=source, blocks=tuple(blocks), removed=_merge(removed))


def _merge(regions: list[Region]) -> tuple[Region, ...]:
    """Join neighbouring regions of the same kind (only whitespace between them)."""
    merged: list[Region] = []
    for region in sorted(regions, key=lambda r: r.start):
        if merged and merged[-1].kind == region.kind and merged[-1].reason == region.reason \
                and region.start - merged[-1].end <= 2:
            last = merged.pop()
            region = Region(last.start, region.end, last.kind, last.reason)
        merged.append(region)
    return tuple(merged)
