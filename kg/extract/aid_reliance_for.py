"""Reliance on a supplier for goods: "Serbia depends on Russian gas", "Hungary relies on Russia for most of
its gas", "Armenia depends on Moscow for its weapons", "The junta has long depended on Russia and China for
weapons". A standing supply (README A1): the state relied on gives the goods; "depends on Moscow for
political cover" names no goods and gives nothing."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_owed import owed_frames
from kg.extract.aid_slots import ITEM_STOP
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_STOPS = frozenset(". , ; : and but while which that because".split())


def supplier_for(view: SentenceView, on: int):
    """The (supplier mention, goods first, goods last) of "on <actor> for <goods>" after *on*, if any."""
    n = len(view.tokens)
    k = on + 1 + (on + 1 < n and view.lower[on + 1] == "the")
    if k not in view.actor_at:
        return None
    supplier = view.actor_at[k]
    at = view.group(supplier)[-1].last  # "relies on Moscow and Caracas for most of its fuel"
    if at >= n or view.lower[at] != "for" or supplier.how == "demonym":
        return None
    end = at + 1
    while end < n and view.lower[end] not in _STOPS:
        end += 1
    if not load_lexicon().categorise([t.text for t in view.tokens[at + 1:end]])[0]:
        return None
    return supplier, at + 1, end


_RELIANCE_ENTRY = Entry(("rely",), "receive", "delivered")
_AFTER_STRANDED = frozenset(". , ; before after until since during for in".split())  # "relied on before the war"


def reliance_frame_from(view: SentenceView, at: int, origin, end: int, recipients, subject_at) -> Frame:
    """The reliance frame of the later conjunct whose goods *origin* names ("and French Rafale jets")."""
    return Frame(_RELIANCE_ENTRY, at, at + 1, (origin.entity,), [(origin.last, end, recipients)], "delivered",
                 subject_at if subject_at is not None else at, end)


RELYING = frozenset("rely depend lean owe indebted reliant dependent reliance dependence dependency".split())
_VERB_AUXILIARIES = frozenset("has have had is are was were will would".split())  # "reliance on Russian gas has grown"
_RELIANCE_NOUNS = frozenset("reliance dependence dependency".split())  # "Serbia's reliance on Russian gas"


def reliance_frames(view: SentenceView, at: int, context: Context | None = None) -> list[Frame]:
    """"Armenia, which has relied for decades on Russian arms", "Serbia depends on Russian gas", "Chisinau is
    leaning on imports of electricity from neighbouring Romania": a standing supply (README A1) from the
    origin of the goods to the subject."""
    from kg.extract.aid_checks import relative_antecedent  # noqa: PLC0415 -- aid_checks imports this module's peers

    if view.lemmas[at] in ("owe", "indebted"):
        return owed_frames(view, at)  # "Kenya owes more than $6 billion to China"
    n = len(view.tokens)
    on = next((j for j in range(at + 1, min(n, at + 6)) if view.lower[j] in ("on", "upon")), None)
    if on is None:
        return []
    end = on + 1
    while end < n and view.lower[end] not in ITEM_STOP and view.lower[end] not in (".", ",", ";", "for", "to", "with") \
            and view.lower[end] not in _VERB_AUXILIARIES \
            and not (view.lower[end] == "and" and end + 1 < n and view.lower[end + 1] in ("on", "upon")):
        end += 1
    if (on + 1 == n or view.lower[on + 1] in _AFTER_STRANDED) and (fronted := _fronted_reliance(view, at, on)) is not None:
        return [fronted]  # "the Russian gas Italy relied on before the war"
    origin = [m for m in view.state_in(on + 1, end) if m.how == "demonym" or view.possessive(m)
              or view.from_before(m) or view.lower[m.first - 2:m.first] == ("from", "neighbouring")]
    if not origin and (named := supplier_for(view, on)) is not None:
        origin, end = view.group(named[0]), named[2]  # "relies on Russia (and Venezuela) for most of its gas"
    elif not origin or not load_lexicon().categorise([t.text for t in view.tokens[on + 1:end]])[0]:
        return []  # "relies on Chinese goodwill": no goods named
    recipients, subject_at = relative_antecedent(view, at)
    owner = next((m for m in view.actors if m.last == at - 1 and view.possessive(m)), None) \
        if view.lemmas[at] in _RELIANCE_NOUNS else None
    if owner is not None:
        recipients, subject_at = (owner.entity,), owner.first  # "Serbia's reliance on Russian gas"
    elif view.lemmas[at] in _RELIANCE_NOUNS:
        return []  # "the reliance on Russian gas": whose is not said here
    if not recipients:
        recipients, subject_at = view.subject(at)
    if not recipients and context is not None and (view.pronoun_subject(at) or _ruling_body(view, at)
                                                   or _pronoun_opens(view, at)):
        recipients = next((c for c in (context.subject, context.document_topic) if len(c) == 1 and c[0].kind == "state"), ())
    givers = unique(m.entity for m in origin if m.entity.kind in ("state", "organisation"))
    recipients = tuple(r for r in recipients if r not in givers)
    if not recipients:
        return []
    fromed = view.lower[origin[0].first - 1] == "neighbouring" or view.from_before(origin[0])
    if fromed:  # "imports of electricity from Romania", "oil from the Netherlands"
        first, last = on + 1, next(j for j in range(on + 1, end) if view.lower[j] == "from")
    else:
        first, last = origin[0].last, end
    run = [origin[0]]  # "Russian and Chinese weapons": demonyms joined before the goods all give
    for m in origin[1:]:
        if m.how == "demonym" and m.first == run[-1].last + 1 and view.lower[run[-1].last] in ("and", ","):
            run.append(m)
    if origin[0].how == "demonym" and (other := next((m for m in origin if m.first > run[-1].last + 1 and m.how == "demonym"
                                                      and view.lower[m.first - 1] in ("and", ",")), None)):
        # "on American F-16s and French Rafale jets": each conjunct's origin gives its own goods
        later = reliance_frame_from(view, at, other, end, recipients, subject_at)
        first_part = Frame(_RELIANCE_ENTRY, at, at + 1, unique(m.entity for m in run), [(first, other.first - 1, recipients)],
                           "delivered", subject_at if subject_at is not None else at, end)
        return [first_part, later]
    return [Frame(_RELIANCE_ENTRY, at, at + 1, givers if not fromed
                  and not origin[0].how == "demonym" else unique(m.entity for m in run), [(first, last, recipients)],
                  "delivered", subject_at if subject_at is not None else at, end)]


def _fronted_reliance(view: SentenceView, at: int, on: int) -> Frame | None:
    """"the Russian gas Italy relied on": goods named by their origin's demonym, then the state that relies on
    them, then the verb with nothing after "on"."""
    user = next((m for m in view.actors if m.last == at and m.how != "demonym" and m.entity.kind == "state"), None)
    if user is None:
        return None
    origin = next((m for m in view.actors if m.how == "demonym" and user.first - 4 <= m.last < user.first
                   and m.entity != user.entity), None)
    if origin is None or not load_lexicon().categorise([t.text for t in view.tokens[origin.last:user.first]])[0]:
        return None
    return Frame(_RELIANCE_ENTRY, at, at + 1, (origin.entity,), [(origin.last, user.first, (user.entity,))],
                 "delivered", origin.first, on + 1)


def _pronoun_opens(view: SentenceView, at: int) -> bool:
    """Is the verb at *at* a later predicate of a clause that "It" or "They" opens ("It is a member of the
    CSTO and depends on Russian arms")?"""
    return view.lower[0] in ("it", "they") and view.lower[at - 1] == "and" \
        and not {",", ";", ":", "that", "which", "who", "while", "but"} & set(view.lower[1:at])


_RULERS = frozenset("junta regime government authorities".split())


def _ruling_body(view: SentenceView, at: int) -> bool:
    """"The junta has long depended on": a ruling body named by a noun, standing for the state in hand."""
    j = at - 1
    while j > 0 and (view.lower[j] in ("has", "have", "had", "is", "was", "long", "always") or view.lower[j].endswith("ly")):
        j -= 1
    return j > 0 and view.lower[j] in _RULERS and view.lower[j - 1] == "the"
