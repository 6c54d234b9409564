"""A giver or buyer named after the noun that ranks it: "Pakistan's largest lender is China", "The biggest
supplier of arms to Nigeria is China", "Egypt's main wheat supplier remains Russia", "The largest buyer of
Russian oil is now India". The forward order ("China is Pakistan's largest lender") is aid_supplier's and
aid_receive's; as there, a standing supply is a delivered flow (README A1).

The ranking noun heads the subject; a form of "be" or "remain" follows it, and then the one actor (or a list
of actors) that ends the clause is the giver (for a supplier noun) or the buyer (for a buyer noun). The
getter of a supplier is the owner before the noun ("Pakistan's") or the state after "to"/"of"; the seller
to a buyer is the owner or the origin of the goods after "of" ("of Russian oil").
"""

from __future__ import annotations

from kg.extract.aid_nouns import SUPPLIER_ENTRY, Frame
from kg.extract.lexicon import AidLexicon
from kg.extract.view import BE_FORMS, CLAUSE_END, SentenceView, unique

_LINKS = BE_FORMS | frozenset("remain remains remained become becomes became".split())
_BEFORE_PREDICATE = frozenset("now still been also again once by far the neighbouring neighboring".split())
_AFTER_PREDICATE = frozenset(". , ; : which who with followed ahead according at in for and".split())
_OPENINGS = frozenset(", ; : that but and".split())


def inverted_giver(view: SentenceView, at: int, lexicon: AidLexicon, context=None) -> Frame | None:
    """The frame of "<owner>'s <rank> <supplier or buyer noun> is <actor>" at the noun at *at*, else None; an
    owner "its"/"their" is the giver in hand (*context*): "Israel began exporting gas in 2017. Its first customer
    was neighbouring Jordan"."""
    begin = at
    while begin > 0 and view.lower[begin - 1] not in _OPENINGS and view.lower[begin - 1] not in CLAUSE_END:
        begin -= 1
        if view.lower[begin] in _LINKS:
            return None  # "China is Pakistan's largest lender": the forward order
    link = next((j for j in range(at + 1, min(at + 9, len(view.tokens))) if view.lower[j] in _LINKS
                 or view.lower[j] in (",", ";", ".") or view.lower[j] in CLAUSE_END), None)
    if link is None or view.lower[link] not in _LINKS:
        return None
    k = link + 1
    while k < len(view.tokens) and view.lower[k] in _BEFORE_PREDICATE:
        k += 1
    predicate = view.actor_at.get(k)
    if predicate is None or predicate.how == "demonym" or view.possessive(predicate) \
            or predicate.entity.kind not in ("state", "organisation"):
        return None
    group = view.group(predicate)
    after = group[-1].last
    if after < len(view.tokens) and view.lower[after] not in _AFTER_PREDICATE:
        return None  # "The largest lender is China Development Bank's arm": not the actor alone
    named = unique(m.entity for m in group)
    owners = unique(m.entity for m in view.state_in(begin, at) if view.possessive(m) and m.how != "demonym")
    after_noun = [m for m in view.state_in(at + 1, link) if m.entity not in named]
    if view.lower[at] in lexicon.buyer_nouns:
        sellers = owners or unique(m.entity for m in after_noun if m.how == "demonym" or view.lower[m.first - 1] == "from")
        if not sellers and context is not None and view.lower[begin] in ("its", "their"):
            sellers = tuple(s for s in (context.subject or context.donors) if s.kind == "state")
        donors, recipients = tuple(s for s in sellers if s not in named), named
    else:
        getters = owners or unique(m.entity for m in after_noun if m.how != "demonym"
                                   and view.lower[m.first - 1 - (view.lower[m.first - 1] == "the")] in ("to", "of"))
        donors, recipients = named, tuple(g for g in getters if g not in named)
    if not donors or not recipients:
        return None
    return Frame(SUPPLIER_ENTRY, at, at + 1, donors, [(begin, link, recipients)], "delivered", begin, after)
