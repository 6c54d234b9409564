"""A party rebutting a flow reported earlier in the same sentence: "Kyiv says Iran has delivered
missiles to Russia, a claim Tehran denies", "...; Tehran calls the charge baseless". The claimed flow
keeps its stage and the party's denial is a record of its own (README A4)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.cues import needs
from kg.extract.lexicon import Entry
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

DENY_LEMMAS = frozenset("deny reject dismiss refute".split())  # the verbs of a denial


def confirm_or_deny(view: SentenceView, at: int) -> bool:
    """Is the denial verb at *at* the second half of "neither confirmed nor denied", "would not confirm or deny"?
    Then no one denies: the report stands (README A4)."""
    return at > 1 and view.lower[at - 1] in ("nor", "or") and "confirm" in view.lemmas[max(0, at - 4):at - 1]
_CLAIM_NOUNS = frozenset("claim claims charge charges accusation accusations allegation allegations report reports "
                         "this it which".split())
CALL_WORDS = frozenset("call calls called".split())
# verbs that name reports false as "call" does, with "as": "dismissed reports of ... as baseless", "described the
# reports as fabricated", "termed them false"
_NAMING_FALSE = frozenset("dismiss describe term brand label".split())
_FALSE = frozenset("baseless false groundless unfounded absurd lies lie fabricated fabrication fake nonsense untrue"
                   " inaccurate incorrect misleading".split())
# Verdicts that call a report false only when negated: "were not accurate", "is not true".
_NOT_TRUE = frozenset("accurate true correct".split())
_COPULAS = frozenset("is are was were".split())
_ENTRY = Entry(("deny",), "deny", "denied")
_BOTH = frozenset("both two".split())
_PARTIES = frozenset("governments countries sides capitals states".split())


def rebuttal_frame(view: SentenceView, at: int, frames: list[Frame]) -> Frame | None:
    """The denial at *at* of the last claimed flow before it in the sentence, when the denier is a party."""
    if not _rebuts(view, at):
        return None
    deniers = [m.entity for m in view.actors if m.first < at and m.last >= at - 3]
    claimed = next((f for f in reversed(frames) if f.quote_first < at and f.status in ("delivered", "declined")
                    and any(e > s for s, e, _ in f.segments)), None)
    if claimed is not None and not deniers and _BOTH & set(view.lower[max(0, at - 3):at]) \
            and _PARTIES & set(view.lower[max(0, at - 3):at]):
        # "accused of arming Ethiopian forces, charges both governments deny": each accused giver denies
        return Frame(_ENTRY, at, at + 1, claimed.donors, list(claimed.segments), "denied", claimed.quote_first,
                     max(at + 1, claimed.quote_last))
    if claimed is not None and view.lower[at - 1] in ("it", "they"):
        deniers = list(claimed.donors)  # "accused of arming the RSF, which it denies": the accused giver
    if not deniers or claimed is None:
        return None
    denier = deniers[-1]
    getters = {r for _, _, rs in claimed.segments for r in rs or ()}
    if denier not in claimed.donors and denier not in getters:
        return None  # a third party's view is no party's denial
    return Frame(_ENTRY, at, at + 1, claimed.donors, list(claimed.segments), "denied", claimed.quote_first,
                 max(at + 1, claimed.quote_last))


def _rebuts(view: SentenceView, at: int) -> bool:
    """", a claim Tehran denies", ", which Moscow rejects", ", a claim Minsk dismissed as fabrication", "Tehran
    calls the charge baseless"."""
    if view.lemmas[at] in DENY_LEMMAS:
        before = view.lower[max(0, at - 5):at]
        after = view.lower[at + 1:at + 2]
        if after and after[0] in ("this", "that", "it") and view.lower[at + 2:at + 3] in ((), (".",), (",",), (";",)):
            return bool({"but", ";"} & set(before))  # "..., but Beijing denies this"
        return bool(set(before) & _CLAIM_NOUNS) and (not after or after[0] in (".", ",", ";", "as", "outright"))
    if view.lower[at] in CALL_WORDS:
        window = view.lower[at + 1:at + 5]
        return bool(set(window) & _CLAIM_NOUNS) and bool(set(window) & _FALSE)
    return False


_REPORT_NOUNS = (_CLAIM_NOUNS - {"this", "it", "which"}) | {"suggestion", "suggestions"}  # nouns a report is named by


@needs(lambda: _FALSE | _NOT_TRUE, nothing=[])  # "called the reports baseless", "reports ... are not accurate"
def called_false(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """Denied records for a flow told inside a report its party calls false: "Pyongyang called reports that
    it had sent shells to Russia absurd", "Tehran called the reports of drone sales to Russia baseless". The
    reported flow keeps its own stage (README A4); the party's rebuttal is a record of its own."""
    if not (_FALSE | _NOT_TRUE) & set(view.lower):
        return []
    calls = [j for j, word in enumerate(view.lower) if word in CALL_WORDS or view.lemmas[j] in _NAMING_FALSE]
    denials = _said_false(view, frames)
    for at in calls:
        noun = next((k for k in range(at + 1, min(at + 4, len(view.tokens))) if view.lower[k] in _REPORT_NOUNS), None)
        if noun is None or noun + 1 >= len(view.tokens) or view.lower[noun + 1] not in ("that", "of"):
            continue
        end = next((k for k in range(noun + 2, len(view.tokens)) if view.lower[k] in _FALSE), None)
        deniers = {m.entity for m in view.actors if m.last <= at and m.last >= at - 3}
        if end is None or not deniers:
            continue
        for frame in frames:
            getters = {r for _, _, rs in frame.segments for r in rs or ()}
            if noun < frame.first < end and frame.status != "denied" and deniers & (set(frame.donors) | getters):
                denials.append(Frame(_ENTRY, at, at + 1, frame.donors, list(frame.segments), "denied",
                                     frame.quote_first, max(end + 1, frame.quote_last)))
    return denials


def _said_false(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """"Reports that Serbian factories shipped shells to Ukraine are false, the ministry said": a report that
    opens its sentence and is then called false denies the flow it tells, when no one but its parties is named
    outside it (the speaker is a party or is unnamed)."""
    start = _report_start(view)
    if start is None:
        return []
    end = next((k for k in range(start + 2, len(view.lower) - 1) if view.lower[k] in _COPULAS
                and _called_false(view.lower, k + 1)), None)
    if end is None:
        return []
    outside = {m.entity for m in view.actors if m.last <= start or m.first > end}
    inside = {m.entity for m in view.actors if start < m.first < end}
    denials = []
    for frame in frames:
        parties = set(frame.donors) | {r for _, _, rs in frame.segments for r in rs or ()}
        if start + 1 < frame.first < end and frame.status != "denied" and outside <= parties:
            # givers carried from earlier sentences: those the report names ("with Türkiye's approval")
            donors = tuple(d for d in frame.donors if d in inside) or frame.donors
            denials.append(Frame(_ENTRY, end, end + 1, donors, list(frame.segments), "denied",
                                 frame.quote_first, max(end + 1, frame.quote_last)))
    return denials


# Words that may open a sentence before the report noun: "Media reports that ...", "The latest reports that ...".
_OPENERS = frozenset("the these such media press news recent latest earlier some western".split())


def _report_start(view: SentenceView) -> int | None:
    """Where the report noun of "Reports that X shipped Y ..." is: opening the sentence after at most two
    openers ("Media reports that"), or after a party's saying verb ("Ankara said reports that ...")."""
    words = view.lower
    at = 0
    while at < 2 and words[at:at + 1] and words[at] in _OPENERS:
        at += 1
    if not _report_noun(words, at):
        said = next((k for k in range(min(len(words), 8)) if words[k] in SAID_SAYS), None)
        if said is None or not any(k in view.actor_at for k in range(said)) or not all(k in view.actor_at or view.tokens[k].text[:1].isupper()
                                                or words[k] in ("the", "'s", "’s") for k in range(said)):
            return None  # a party as the speaker: "Ankara said", "India's Foreign Ministry said" ("Analysts said": none)
        at = said + 1 + (words[said + 1:said + 2] == ("that",))
        while words[at:at + 1] and words[at] in _OPENERS:
            at += 1
        if not _report_noun(words, at):
            return None
    return at


def _report_noun(words: tuple[str, ...], at: int) -> bool:
    """A report noun at *at* that opens its content ("reports that", "claims of")."""
    return len(words) > at + 3 and words[at] in _REPORT_NOUNS and words[at + 1] in ("that", "of", "about")


def _called_false(words: tuple[str, ...], at: int) -> bool:
    """Is the predicate from *at* (after its copula) a verdict of falsehood: "false", "not accurate", "untrue"?"""
    window = words[at:at + 3]
    return any(w in _FALSE for w in window) or (window[:1] == ("not",) and window[1:2] != () and window[1] in _NOT_TRUE)
