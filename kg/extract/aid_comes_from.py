"""A standing supply told from the goods' side: "Most of Lebanon's fuel now comes from Iraq", "About
40 percent of Germany's gas came from Russia before the war", "Algerian gas accounts for a third of
Spain's imports".

The subject names goods (a category of the lexicon) and their owner (a possessive state), the state or
body after "from" gives them; a standing supply is delivered (README A1), "will come from" is pledged.
The money behind goods told before comes from its payers to the getter in hand: "Ukraine shipped wheat to
Kenya. ... the money behind it came from the governments of Norway, Belgium and Italy" (each gives, README A1).
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_quoted import speaker_states
from kg.extract.aid_slots import status_cues
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView, unique

_ENTRY = Entry(("come", "from"), "give", "delivered")
_AUXILIARIES = frozenset("will would shall should could may might has have had has is are was were does do".split())
_ADVERBS = frozenset("mainly mostly largely chiefly primarily still now only partly entirely directly".split())
_MONEY = frozenset("money funds funding cash financing".split())


def _goods_subject(view: SentenceView, at: int) -> int | None:
    """The first token of the clause before the verb at *at*, when that subject names goods."""
    start = at
    while start > 0 and view.lower[start - 1] not in (",", ";", ".") and view.lower[start - 1] not in CLAUSE_END:
        start -= 1
    if start == at or not load_lexicon().categorise([t.text for t in view.tokens[start:at]])[0]:
        return None
    return start


def giver_from(view: SentenceView, k: int, adverbs: frozenset[str] = _ADVERBS):
    """("from" token, giver) when "from" and a state or body follow token *k*, past adverbs ("comes mainly
    from Iraq", "is imported from the UAE"); None otherwise."""
    while k < len(view.tokens) and view.lower[k] in adverbs:
        k += 1
    if k + 1 >= len(view.tokens) or view.lower[k] != "from":
        return None
    j = k + 1 + (view.lower[k + 1] == "the")
    if view.lower[j:j + 2] in (("governments", "of"), ("government", "of")):
        j += 2 + (view.lower[j + 2:j + 3] == ("the",))  # "from the governments of the United Kingdom, Norway ..."
    giver = view.actor_at.get(j)
    if giver is None and (named := _named_after(view, j)) is not None:
        giver = named  # "from the landlocked country's two giant neighbours, Russia and China"
    if giver is None or giver.entity.kind not in ("state", "organisation"):
        return None
    return k, giver


_DESCRIBED_REACH = 8  # words of a description before the givers it names: "the landlocked country's two giant neighbours"


def _named_after(view: SentenceView, j: int):
    """The first actor of the list that ends a clause after a description with no actor in it and a comma, or None."""
    comma = next((c for c in range(j, min(j + _DESCRIBED_REACH, len(view.tokens) - 1))
                  if view.lower[c] in (",", ";", ".") or c in view.actor_at), None)
    if comma is None or view.lower[comma] != "," or comma == j or (comma + 1) not in view.actor_at:
        return None
    group = view.group(view.actor_at[comma + 1])
    after = group[-1].last
    return group[0] if after >= len(view.tokens) or view.lower[after] in (".", ";", ",") else None


def comes_from_frame(view: SentenceView, at: int) -> Frame | None:
    """The frame of "<Y's goods> come(s) from <X>" with "come" at token *at*, or "are (mainly) sourced from"."""
    if view.lemmas[at] != "come" and not (view.lemmas[at] == "source" and _after_be(view, at)):
        return None
    found = giver_from(view, at + 1)
    if found is None:
        return None
    k, giver = found
    start = _goods_subject(view, at)
    if start is None:
        return None  # "The decision came from Moscow": no goods
    if money_before(view, start, at):
        return _paid_for(view, at, k, giver)  # "the money behind it came from Norway and Belgium"
    givers = unique(m.entity for m in view.group(giver))
    owners = unique(m.entity for m in view.state_in(start, at)
                    if view.possessive(m) and m.how != "demonym" and m.entity not in givers)
    if not owners and "our" in view.lower[start:at]:
        owners = speaker_states(view, start, at)  # '"Our gas comes from Qatar," the Pakistani minister said'
    status = status_cues(view, at, "delivered", load_lexicon())
    if not owners or status is None:
        return None
    end = at
    while end > start + 1 and (view.lower[end - 1] in _ADVERBS or view.lower[end - 1] in _AUXILIARIES):
        end -= 1  # "Germany's gas will mainly come": the item is "Germany's gas"
    return Frame(_ENTRY, at, k + 1, givers, [(start, end, owners)], status, start, view.group(giver)[-1].last)


def money_before(view: SentenceView, start: int, at: int) -> bool:
    """Is the subject tokens[start:at] "the money (behind it, for the shipment)", with no owner named?"""
    start += view.lower[start] in ("and", "but")  # ", and the money behind it came from ..."
    return view.lower[start] == "the" and bool(_MONEY & set(view.lower[start:at])) \
        and not any(view.possessive(m) for m in view.state_in(start, at))


def _paid_for(view: SentenceView, at: int, k: int, giver) -> Frame | None:
    """"the money behind it came from Norway and Belgium": each payer gives to the getter in hand."""
    status = status_cues(view, at, "delivered", load_lexicon())
    if status is None:
        return None
    start = next(j for j in range(at, -1, -1) if j == 0 or view.lower[j - 1] in (",", ";", ".", "and"))
    return Frame(_ENTRY, at, k + 1, unique(m.entity for m in view.group(giver)), [(start, at, ())], status, start,
                 view.group(giver)[-1].last)


def _after_be(view: SentenceView, at: int) -> bool:
    """Is the word at *at* a passive participle ("is mainly sourced")?"""
    j = at - 1
    while j > 0 and view.lower[j] in _ADVERBS:
        j -= 1
    return j >= 0 and view.lower[j] in ("is", "are", "was", "were", "be", "been")


_IMPORT_WORDS = frozenset("imports purchases supplies deliveries".split())


def accounts_for_frame(view: SentenceView, at: int) -> Frame | None:
    """"Algerian gas accounts for a third of Spain's imports", "Russian oil makes up half of Hungary's
    supply": the origin of the goods in the subject gives to the owner named in the object."""
    if view.lemmas[at] not in ("account", "make") or at + 2 >= len(view.tokens) \
            or view.lower[at + 1] != ("for" if view.lemmas[at] == "account" else "up"):
        return None
    end = at + 2
    while end < len(view.tokens) and view.lower[end] not in (",", ";", ".") and view.lower[end] not in CLAUSE_END:
        end += 1
    start = _goods_subject(view, at)
    if start is None:  # "Russia accounted for more than half of India's arms imports": the state itself
        subject, start = view.subject(at)
        if len(subject) != 1 or start is None or not _IMPORT_WORDS & set(view.lower[at + 2:end]):
            return None
        origin, item = [view.actor_at[start]], (at + 2, end)
    else:
        item = (start, at)
        origin = [m for m in view.state_in(start, at) if m.how == "demonym" or view.possessive(m)]
    owners = unique(m.entity for m in view.state_in(at + 2, end)
                    if view.possessive(m) and m.how != "demonym" and all(m.entity != o.entity for o in origin))
    status = status_cues(view, at, "delivered", load_lexicon())
    if not origin or not owners or status is None:
        return None
    return Frame(_ENTRY, at, at + 2, unique(m.entity for m in origin), [(*item, owners)], status, start, end)


def share_frame(view: SentenceView, at: int) -> Frame | None:
    """A standing supply told from the goods' side, "come from" or "account for"."""
    return comes_from_frame(view, at) or accounts_for_frame(view, at)
