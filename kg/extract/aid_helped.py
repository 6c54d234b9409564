"""Aid named as the means of an action: "Kenya built the railway with China's help", "With Chinese
loans, Laos finished the line", "set up with the help of US intelligence services".

The actor that owns the help gives; the subject of the clause (else the discourse context) gets it.
The item is what the clause says was done with the help, else the help itself.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_slots import status_cues
from kg.extract.cues import needs
from kg.extract.lexicon import AidLexicon, Entry
from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

# Nouns that name a transfer whenever an actor owns them after "with".
_MEANS = frozenset("help assistance aid funding financing funds money loan loans credit credits grant grants "
                   "technology expertise equipment weapons arms".split())
# Nouns that name a transfer only with a modifier that says what kind: "with Chinese financial support".
_BACKING = frozenset("support backing".split())
_KINDS = frozenset("financial military technical material logistical economic".split())
_ENTRY = Entry(("help",), "give", "delivered")
_AUXILIARIES = frozenset("will would shall can could may might must has have had is are was were be been being "
                         "plans plan planned intends intend to also already then later now".split())
_OBJECT_WORDS = frozenset("a an the its their his her our this that these those".split())


def _object_start(view: SentenceView, first: int, last: int) -> int:
    """"will build the bridge": skip the auxiliaries and the verb to the object."""
    while first < last and (view.lower[first] in _AUXILIARIES or view.lower[first].endswith("ly")):
        first += 1
    if first + 1 < last and view.lower[first].isalpha() and view.lower[first] not in _OBJECT_WORDS \
            and not view.lower[first][:1].isdigit():
        first += 1
    return first


def _helper_at(view: SentenceView, at: int) -> tuple[EntityRef, int] | None:
    """The actor of a help phrase opened by "with" at *at*, and the token after the phrase."""
    n = len(view.tokens)
    k = at + 1 + (at + 1 < n and view.lower[at + 1] == "the")
    words: list[str] = []
    if k < n and view.lower[k] in _MEANS and k + 1 < n and view.lower[k + 1] == "of":
        # "with the help of the United States"
        spot = k + 2 + (k + 2 < n and view.lower[k + 2] == "the")
        if spot in view.actor_at and view.actor_at[spot].how != "demonym":  # not "of Chinese specialists"
            return view.actor_at[spot].entity, view.actor_at[spot].last
        return None
    if k not in view.actor_at:
        return None
    mention = view.actor_at[k]
    j = mention.last
    possessive = j < n and view.lower[j] in ("'s", "’s", "'")
    if not possessive and mention.how != "demonym":
        return None
    j += possessive
    while j < n and len(words) < 3:
        words.append(view.lower[j])
        if view.lower[j] in _MEANS or (view.lower[j] in _BACKING and set(words) & _KINDS):
            return mention.entity, j + 1
        if not view.lower[j].isalpha() or j in view.actor_at:
            return None
        j += 1
    return None


_MATCHING = frozenset("compatibility compatible interoperability interoperable familiarity familiar comparison "
                      "compared par".split())
_BROKERED = frozenset("ceasefire ceasefires truce swap exchange talks deal agreement accord peace release".split())


@needs("with", nothing=[])  # "with Chinese help"
def helped_frames(view: SentenceView, context: Context, lexicon: AidLexicon) -> list[Frame]:
    """One frame per help phrase of the sentence."""
    frames = []
    for at, word in enumerate(view.lower):
        if word != "with" or (at > 0 and view.lower[at - 1] in _MATCHING) or (found := _helper_at(view, at)) is None:
            continue  # ("compatibility with American weapons": a match, not a means)
        donor, end = found
        fronted = all(view.lower[x] in ("and", "but", "so", "yet", "then") for x in range(at))
        if fronted:  # "With Chinese help, Pakistan built two reactors": the subject follows the comma
            comma = next((x for x in range(end, len(view.tokens)) if view.lower[x] == ","), None)
            if comma is None or end != comma:
                continue
            after = [m for m in view.actors_in(comma + 1, len(view.tokens)) if not view.in_pp(m)]
            subject = unique(m.entity for m in view.group(after[0])) if after and after[0].first == comma + 1 \
                + (view.lower[comma + 1] == "the") else ()
            item_first, item_last = comma + 1, len(view.tokens)
            quote_first, quote_last = at, len(view.tokens)
        else:
            subject, subject_at = view.subject(at)
            start = subject_at if subject_at is not None else 0
            item_first = _object_start(view, next((m.last for m in view.actors if m.first == start), start), at)
            item_last = at
            quote_first, quote_last = start, end
        recipients = tuple(r for r in subject if r != donor and r.kind == "state")
        if recipients and set(view.lower[item_first:item_last]) & _BROKERED:
            continue  # "Russia and Ukraine agreed a ceasefire with the help of the UAE": mediation, not a supply
        used_context = False
        if not recipients:
            tail = next((x for x in range(end, min(end + 4, len(view.tokens))) if not view.lower[x].isalpha()),
                        min(end + 4, len(view.tokens)))
            if subject or not lexicon.categorise([t.text for t in view.tokens[at:tail]])[0]:
                continue  # "talks held with the help of Qatar": no goods named, no one named to get them
            # the one who acted with the help: the last named subject, else the state the article is about
            recipients = tuple(r for r in context.subject or context.document_topic if r != donor and r.kind == "state")
            item_first, item_last, used_context = at + 1, tail, True
        status = status_cues(view, item_first, "delivered", lexicon) or "delivered"
        frame = Frame(_ENTRY, at, end, (donor,), [(item_first, max(item_last, item_first + 1), recipients)],
                      status, min(quote_first, at), max(quote_last, end), used_context=used_context)
        frames.append(frame)
    return frames


def drop_reversed(frames: list[Frame], helped: list[Frame]) -> list[Frame]:
    """Leave out frames that make the helper a recipient of its own help ("built X with China's help"), and
    keep the help frames only where the sentence states no other supply."""
    if not helped:
        return frames
    kept = []
    for frame in frames:
        reversed_ = any(h.donors[0] in (rs or ()) and frame.quote_first <= h.first < max(frame.quote_last, h.last)
                        for h in helped for _, _, rs in frame.segments)
        if not reversed_:
            kept.append(frame)
    givers = {d for f in kept for d in f.donors if any(rs for _, _, rs in f.segments)}
    pairs = {(d, r) for f in kept for d in f.donors for _, _, rs in f.segments for r in rs or ()}
    # "India promised wheat to Afghanistan, to be handed out with the help of the WFP": where another
    # giver's supply is stated, the help is its means of delivery, not a flow of its own
    return kept + [h for h in helped if not givers - {h.donors[0]}
                   and not all((h.donors[0], r) in pairs for r in h.segments[0][2])]
