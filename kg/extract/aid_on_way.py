"""Goods said to be under way: "Two field hospitals were on their way to Libya by ship", "More
Turkish tents are on the way", "A second convoy of food is en route to Gaza". Goods already sent
and travelling are delivered (README A3: sent, shipped).

The subject must name goods or aid (a category of the lexicon or an aid noun), not people or
arms alone ("Russian troops are on their way to Kyiv" is an advance, not a supply). The giver is a
demonym or owner in the subject, else the one who says so ("Ankara announced that ..."), else the
giver of the flow in hand; the getter follows "to", else comes from the context.
"""

from __future__ import annotations

from kg.extract.aid_checks import names_aid
from kg.extract.aid_nouns import Context, Frame
from kg.extract.cues import revises
from kg.extract.lexicon import AidLexicon, Entry
from kg.extract.speech_verbs import LEMMAS
from kg.extract.view import CLAUSE_END, SentenceView, unique

_ENTRY = Entry(("send",), "give", "delivered")
_BE = frozenset("is are was were 's".split())
_CARRIERS = frozenset("ships vessels planes aircraft flights boats".split())
_OWNERS = frozenset("its their the".split())
_ADVERBS = frozenset("already now also still reportedly".split())
_PEOPLE = frozenset("troops soldiers forces fighters mercenaries units militants".split())


@revises("way", "route")  # "on its way", "en route"
def on_way_frames(view: SentenceView, frames: list[Frame], lexicon: AidLexicon, context: Context) -> list[Frame]:
    """*frames* with a delivered frame for each clause that puts goods on their way."""
    if "way" not in view.sentence.lower_set and "route" not in view.sentence.lower_set:
        return frames + []  # "on its way", "en route": most sentences have neither
    added = []
    for j in range(1, len(view.tokens) - 1):
        under_way = view.lower[j:j + 3] in (("on", "its", "way"), ("on", "their", "way"), ("on", "the", "way")) \
            or view.lower[j:j + 2] == ("en", "route")
        if not under_way:
            continue
        be = j - 1
        while be > 0 and view.lower[be] in _ADVERBS:
            be -= 1
        if view.lower[be] not in _BE and view.lower[be] != "be":
            continue
        start = _subject_start(view, be)
        if be > 0 and view.lower[be] == "be":  # "were reported to be on their way": the subject before "were"
            be = next((k for k in range(start, be) if view.lower[k] in _BE), be)
        if start >= be or _PEOPLE & set(view.lower[start:be]) or not (names_aid(view, start, be)
                                                                     or _carriers_from(view, start, be, context)):
            continue
        categories = lexicon.categorise([t.text for t in view.tokens[start:be]])[0]
        if categories == ["military"] and not context.donors:
            continue  # "missiles on their way to Kyiv" with no supply in hand: an attack as often as a delivery
        if any(f.quote_first <= start < f.quote_last for f in frames + added):
            continue  # an earlier frame of the sentence already reads this clause
        end = j + (2 if view.lower[j] == "en" else 3)
        donors = _givers(view, start, be)
        used_context = not donors
        donors = donors or context.donors
        recipients = ()
        if end + 1 < len(view.tokens) and view.lower[end] == "to" and (getter := view.actor_at.get(end + 1)):
            recipients = (getter.entity,)
            end = getter.last
        if not donors:
            continue
        recipients = tuple(r for r in recipients if r not in donors)
        added.append(Frame(_ENTRY, j, end, donors, [(start, be, recipients)], "delivered", start, end,
                           used_context=used_context))
    return frames + added


def _subject_start(view: SentenceView, at: int) -> int:
    """Where the subject of the verb at *at* starts: after a clause end, a comma or "that"."""
    j = at
    while j > 0 and view.lower[j - 1] not in (",", "that") and view.lower[j - 1] not in CLAUSE_END:
        j -= 1
    return j


def _carriers_from(view: SentenceView, start: int, be: int, context: Context) -> bool:
    """Are tokens[start:be] ships or planes "from" a named state while a flow to a getter is in hand ("Aid
    reached Tonga. Ships from the United States were reported to be on their way")?"""
    return view.lower[start] in _CARRIERS and bool(_from_states(view, start)) and bool(context.recipients)


def _from_states(view: SentenceView, start: int) -> list:
    """The states listed after "from" right after the subject's head ("Ships from the US and Britain")."""
    k = start + 2 + (view.lower[start + 2:start + 3] == ("the",))
    if view.lower[start + 1:start + 2] != ("from",) or k not in view.actor_at:
        return []
    return [m.entity for m in view.group(view.actor_at[k]) if m.entity.kind == "state"]


def _givers(view: SentenceView, start: int, be: int) -> tuple:
    """Who sends: a demonym, owner or "from" state in the subject, else the actor who says so before "that"."""
    own = [m.entity for m in view.state_in(start, be) if m.how == "demonym" or view.possessive(m)] \
        or _from_states(view, start)
    if own:
        return unique(own)
    if start > 1 and view.lower[start - 1] == "that" and view.lemmas[start - 2] in LEMMAS:
        speaker, _ = view.subject(start - 2)
        return speaker
    return ()
