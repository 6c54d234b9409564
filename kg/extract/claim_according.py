"""Attributions with "according to": the source right after it ("according to Finance Minister Ishaq Dar",
"according to India's foreign ministry", "according to the minister") or at the end of a longer phrase
("according to documents released by the Kremlin", "according to a senior Indian government official":
a state's official speaks for the state, gold rule C2)."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_cues import GROUP_SPEAKERS, group, source_name
from kg.extract.claim_told import knowing_phrase
from kg.extract.claim_according_group import group_source
from kg.extract.claim_office_of import office_named
from kg.extract.claim_outlet_by import outlet_by
from kg.extract.claim_according_staff import staff_source
from kg.extract.claim_descriptor_source import descriptor_source
from kg.extract.claim_body_of_state import with_state_after
from kg.extract.institutions import institution
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_STOPS = frozenset(", . ; : ( ) that who which".split())
_SPAN = 12
# the actor only qualifies the source: a person of it ("the Commission chief") or its media
_QUALIFIED = frozenset("chief head president director spokesman spokeswoman spokesperson minister secretary envoy "
                       "ambassador media press outlets outlet newspaper newspapers television radio".split())
# what an accord, a law or a plan lays down is no one's statement ("according to the deal between X and Y")
_NOT_SOURCES = frozenset("agreement agreements deal deals accord treaty pact contract terms law laws plan rules "
                         "resolution memorandum schedule data figures estimates".split())


def phrase_actor(view: SentenceView, start: int,
                 speaker: Callable[[Mention], EntityRef]) -> tuple[EntityRef, int, int] | None:
    """The first state, organisation or person named in the phrase from *start* to the next break:
    (speaker, its first token, the phrase's end), or None."""
    end = start
    while end < min(len(view.tokens), start + _SPAN) and view.lower[end] not in _STOPS:
        end += 1
    if end < len(view.tokens) and view.lower[end] not in _STOPS:
        return None  # a phrase too long to read as one source
    if start > 4 and end < len(view.tokens) - 1 and view.lower[end] == "," and view.lower[end + 1] not in ("which", "who"):
        return None  # a parenthetical mid-sentence: where its statement starts and ends is unclear
    if any(view.lower[k] in _NOT_SOURCES for k in range(start, end)):
        return None
    for k in range(start, end):
        mention = view.actor_at.get(k)
        if mention is not None:
            if any(view.lower[x] in _QUALIFIED for x in range(mention.last, end)):
                return None
            return speaker(mention), k, end
    return None


_DOCUMENTS = frozenset("statement statements report reports figures data estimates study survey assessment "
                        "analysis document documents letter tally count readout transcript communique "
                        "communiqué release releases bulletin notice filing segment broadcast footage".split())
# "a press release from", "a segment aired by Korean Central Television"


def by_source(view: SentenceView, start: int,
              speaker: Callable[[Mention], EntityRef]) -> tuple[EntityRef, int, int] | None:
    """"according to a statement by the manufacturer, Saab", "according to figures cited by aid agencies",
    "according to a report by UN experts": the one who issued the document (speaker, first token, end)."""
    k = start + (view.lower[start] in ("a", "an", "the", "new", "its", "their", "his", "her"))
    while k < len(view.tokens) and view.lower[k] not in _DOCUMENTS and k - start < 4 and (
            view.tokens[k].text.isalpha() or view.lower[k] == "-"):
        k += 1  # "a joint statement", "the latest figures", "flight-tracking data"
    if k >= len(view.tokens) or view.lower[k] not in _DOCUMENTS:
        return None
    k += 1
    if k < len(view.tokens) and view.lower[k] in ("released", "issued", "cited", "published", "compiled", "seen",
                                                  "aired", "broadcast", "analysed", "analyzed", "reviewed",
                                                  "obtained", "gathered"):
        k += 1
    if k + 1 >= len(view.tokens) or view.lower[k] not in ("by", "from", "in") \
            or view.lower[k] == "in" and view.lower[k - 1] not in ("report", "reports"):
        return None  # ("according to reports in US media": the media)
    at = k + 1
    end = next((x for x in range(at, len(view.tokens)) if view.lower[x] in (".", ";", ",", "seen", "obtained",
                                                                            "reviewed", "that", "which", "who", "on")),
               len(view.tokens))  # "by UN experts seen by AFP on Monday"
    if view.lower[at] == "the" and end == at + 2 and end + 1 < len(view.tokens) and view.lower[end] == "," \
            and at + 1 not in view.actor_at:  # not "from the Kremlin, Putin and Xi discussed": a name is no description
        found = source_name(view, end + 1, 1)  # "by the manufacturer, Saab": the name in apposition
        mention = view.actor_at.get(end + 1)
        if mention is not None:
            return speaker(mention), end + 1, mention.last
        return found
    if (outlet := outlet_by(view, at)) is not None:  # "according to a report by the state-run broadcaster VTV"
        return outlet.entity, outlet.first, outlet.last
    if (office := office_named(view, at)) is not None:
        return office  # "according to a statement from the Prime Minister's Office"
    if (firm := descriptor_source(view, at)) is not None:
        return firm  # "according to data from the trade intelligence firm Kpler"
    first = at + (view.lower[at] == "the")
    while first + 1 < end and (view.lower[first] in _OUTLET_ADJECTIVES or view.lower[first] in ("-", "run", "owned")
                               and view.lower[first - 1] in ("-", "state")):
        first += 1  # "aired by the state-run Korean Central Television": the name after the adjective
    body = institution(view, view.actor_at[first]) if first in view.actor_at else None
    if body is not None:  # "according to a statement from the Jordanian army": the body, not its state
        return body[0], first, body[1]
    mention = view.actor_at.get(first)
    if mention is not None and mention.entity.kind == "organisation" and mention.last == end:
        return speaker(mention), first, end  # "according to figures from the IMF": the body that issued them
    if end - 1 > at and (view.lower[end - 1] in GROUP_SPEAKERS or view.lower[end - 1] == "authorities"):
        return group(view, end - 1), at, end  # "by aid agencies", "by the Turkish authorities": a group as written
    if first not in view.actor_at and view.tokens[first].text[:1].isupper():
        return with_state_after(view, source_name(view, first, 1))  # "according to a readout released by
        # Xinhua", "figures from the National Bank of Ethiopia"
    return None  # "by the Kremlin": read as before, by the first actor of the phrase (reading it here lowered dev half B)


# lower-case title words between a body and its person: "according to Dassault chief executive Eric Trappier"
_TITLE_WORDS = frozenset("chief executive officer head director spokesman spokeswoman spokesperson chairman "
                         "chairwoman president minister secretary general adviser envoy ambassador deputy".split())


_OUTLET_ADJECTIVES = frozenset("official state state-run state-owned government semi-official".split())


def _past_adjectives(view: SentenceView, k: int) -> int | None:
    """The capitalised name after "the official", "the state-run" at *k*, not in a gazetteer, or None."""
    k += view.lower[k] == "the" if k < len(view.tokens) else 0
    start = k
    while k < len(view.tokens) and view.lower[k] in _OUTLET_ADJECTIVES:
        k += 1
    return k if start < k < len(view.tokens) and view.tokens[k].text[:1].isupper() and k not in view.actor_at \
        else None


def _owner_mark(view: SentenceView, k: int) -> bool:
    """"'s" after a state: "according to Egypt's Foreign Minister Badr Abdelatty"."""
    return view.lower[k] in ("'s", "’s") and k - 1 in view.actor_at and view.actor_at[k - 1].entity.kind == "state"


def spoke_to(view: SentenceView, start: int) -> EntityRef | None:
    """Unnamed sources "who spoke to Reuters" or "speaking to the BBC" in the phrase from *start*: the
    outlet they spoke to, which is the claimant (gold rule C2)."""
    for k in range(start, min(start + _SPAN, len(view.tokens) - 2)):
        if view.lower[k] in (",", ".", ";"):
            return None
        if view.lower[k] in ("spoke", "speaking", "talked", "talking") and view.lower[k + 1] == "to":
            mention = view.actor_at.get(k + 2)
            if mention is not None:
                return mention.entity if mention.entity.kind == "organisation" else None
            found = source_name(view, k + 2, 1)
            return found[0] if found is not None else None
    return None


def _cue(speaker: EntityRef) -> str:
    """A person's own words relayed by the author are asserted; a document's, an outlet's or a body's
    figures come second-hand (C5 "reported")."""
    return "neutral" if speaker.kind == "person" else "reported"


def according_to(view: SentenceView, described_at: Callable[[int], EntityRef | None],
                 speaker_of: Callable[[Mention], EntityRef]):
    """"..., according to X" / "According to X, ...": (speaker, first, last, cue) of the first
    such attribution in the sentence, or None. *described_at* reads "the minister" at a token."""
    if "according" not in view.sentence.lower_set:
        return None  # most sentences
    for j in range(len(view.tokens) - 2):
        if view.lower[j] != "according" or view.lower[j + 1] != "to":
            continue
        outlet = spoke_to(view, j + 2)
        if outlet is not None:  # "according to four Iraqi officials who spoke to Reuters": Reuters (C2)
            n = len(view.tokens)
            end = next((k for k in range(j + 2, n) if view.lower[k] in (",", ".", ";")), n)
            return (outlet, 0, j, "reported") if j > 2 else (outlet, end + 1, n, "reported")
        if (staff := staff_source(view, j + 2)) is not None:  # "according to an AFP correspondent at the scene"
            end = next((k for k in range(staff[2], len(view.tokens)) if view.lower[k] in (",", ".", ";")), len(view.tokens))
            if j > 2:
                return staff[0], 0, j, "reported"
            if end + 1 < len(view.tokens):
                return staff[0], end + 1, len(view.tokens), "reported"
        if (outlet_named := outlet_by(view, j + 2)) is not None:  # "according to the Hungarian news portal Telex"
            speaker, end = outlet_named.entity, outlet_named.last
            if j > 2:
                return speaker, 0, j, "reported"
            if end + 1 < len(view.tokens) and view.lower[end] == ",":
                return speaker, end + 1, len(view.tokens), "reported"
        named = _past_adjectives(view, j + 2)  # "according to the official SPA news agency": SPA, no official
        described = next((d for d in (described_at(k) for k in (j + 3, j + 4) if k < len(view.tokens))
                          if d is not None), None) if named is None else None
        titled = next((k for k in range(j + 2, min(j + 7, len(view.tokens))) if k in view.actor_at
                       and view.actor_at[k].entity.kind == "person"
                       and all(view.tokens[x].text[:1].isupper() or _owner_mark(view, x)
                               or view.lower[x] in _TITLE_WORDS for x in range(j + 2, k))), None)
        if titled is not None and titled > j + 2:  # "according to Finance Minister Ishaq Dar"
            mention = view.actor_at[titled]
            if j > 2:
                return mention.entity, 0, j, "neutral"
            return mention.entity, mention.last + 1, len(view.tokens), "neutral"
        at = j + 2 + (view.lower[j + 2] == "the" and j + 3 in view.actor_at)
        body = institution(view, view.actor_at[at]) if at in view.actor_at else None
        crowd = group_source(view, j + 2) if body is None else None
        if crowd is not None:  # "according to officials", "according to New Zealand media"
            speaker, _, end = crowd
        elif body is not None:  # "according to India's foreign ministry"
            speaker, end = body
        elif (j + 2) in view.actor_at:
            # "according to Gazprom": the company speaks (C2), not its state
            speaker, end = speaker_of(view.actor_at[j + 2]), view.actor_at[j + 2].last
        elif described is not None:  # "according to the minister", "according to the Saudi agency"
            speaker, end = described, j + 4 + (j + 4 < len(view.tokens) and view.lower[j + 4] not in (",", "."))
        else:
            found = knowing_phrase(view, j + 2) or by_source(view, j + 2, speaker_of) \
                or descriptor_source(view, j + 2) \
                or source_name(view, named or j + 2 + (view.lower[j + 2] == "the"), 1) \
                or phrase_actor(view, j + 2, speaker_of)
            if found is None:
                continue
            speaker, _, end = found
        if j > 2:
            return speaker, 0, j, _cue(speaker)
        while end < len(view.tokens) and view.lower[end] != ",":
            end += 1
        if end + 1 >= len(view.tokens):
            continue  # the source runs to the sentence's end: nothing is left that it says
        return speaker, end + 1, len(view.tokens), _cue(speaker)
    return None


def opens_with_source(view: SentenceView, according) -> bool:
    """Does "According to X," open the sentence with X an outlet or a body named outright (*according* as
    according_to gives it)? Then a person's words inside are X's report ("According to Xinhua, Trump told Xi
    that ...", "According to the Ukrainian presidency, Zelensky briefed Yoon ..."), unlike "Kishida told
    reporters that ..., according to The Japan Times" or "According to a statement from his ministry, the
    minister said ...", where the person speaks."""
    if according is None or view.lower[:2] != ("according", "to") or according[0].kind != "organisation":
        return False
    comma = next((k for k in range(2, len(view.tokens)) if view.lower[k] == ","), len(view.tokens))
    return not any(view.lower[k] in _DOCUMENTS or view.lower[k] in ("readout", "readouts") for k in range(2, comma))
