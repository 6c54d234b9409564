"""A giver named by what it is to the getter: "Russia remains the largest supplier of arms to India",
"China and India are the Maldives' two biggest lenders", "Saudi Arabia, Pakistan's biggest lender, rolled
over ...": a standing supply (README A1) from the subject (or the actor before the appositive) to the owner
named with the noun, else the context's getter."""

from __future__ import annotations

from kg.extract.aid_goods_modifier import goods_before
from kg.extract.aid_nouns import SUPPLIER_ENTRY, Context, Frame
from kg.extract.aid_slots import item_segments
from kg.extract.aid_supplier_named import named_suppliers
from kg.extract.lexicon import load_lexicon
from kg.extract.view import BE_FORMS, SentenceView, becoming, unique
from kg.model import EntityRef


_POLITICAL = frozenset("vocal staunch staunchest loudest outspoken diplomatic political steadfast".split())


def supplier_frame(view: SentenceView, at: int, context: Context) -> Frame | None:
    """"China and India are the Maldives' two biggest lenders", "Caracas had been the island's main source
    of crude", "Russia remains the largest supplier of arms to India": the subject gives."""
    if view.lower[at] in ("partner", "partners") and (view.lower[at - 1:at] not in _GIVING_PARTNERS
                                                      or not _RANKING & set(view.lower[max(0, at - 3):at - 1])):
        return None  # "Russia's main trading partner", "our development partners": no supplier (but "the
        # island's main development partner")
    if view.lower[at] in ("backer", "backers") and _POLITICAL & set(view.lower[max(0, at - 3):at]):
        return None  # "one of Azerbaijan's most vocal backers": political backing, no supply
    if view.lower[at] in ("source", "sources") and view.lower[at + 1:at + 2] == ("of",) and not _goods_named(view, at + 2):
        return None  # "Canada, the largest source of tourists,": people, no goods
    if at + 1 < len(view.tokens) and view.lower[at + 1] in _GATHERINGS:
        return None  # "hosted three donor conferences for Syria", "chairs a donor group": an event, no giver named
    if (named := named_suppliers(view, at, context)) is not None:
        return named  # "Zambia's creditors include China and Saudi Arabia"
    j = at - 1
    while j >= 0 and at - j <= 10 and view.lower[j] not in BE_FORMS | {"remain", "remains", "remained", "become",
                                                                      "became"} and not becoming(view, j):
        if view.lower[j] in (",", ".", ";") or (j in view.actor_at and not view.possessive(view.actor_at[j])
                                                and not (j + 1 < at and view.lower[j + 1] in ("'", "'s", "’s"))):
            return appositive_supplier(view, j, at, context) if view.lower[j] == "," else None
        j -= 1
    if j < 0 or at - j > 10:
        return None
    if view.lower[j + 1].endswith("ing") or any(view.lower[x] in _NOT_PREDICATE and view.lower[x:x + 2] != ("by", "far")
                                                for x in range(j + 1, at)):  # ("is by far the largest supplier")
        return None  # "Brussels was trading dependence on one supplier for another": no "X is the supplier"
    donors, subject_at = _antecedent(view, j) or view.subject(j)
    donors = tuple(d for d in donors if d.kind in ("state", "organisation"))
    if not donors:
        return None
    donors = donors + _ranked_alongside(view, at, subject_at, j, donors)
    if view.lower[at] == "source" and not (at + 1 < len(view.tokens) and view.lower[at + 1] == "of"):
        return None  # "a source familiar with the matter"
    owners = [m.entity for m in view.state_in(j + 1, at) if m.entity not in donors
              and (view.possessive(m) or (m.last < len(view.tokens) and view.lower[m.last] == "'"))]
    if not owners and at + 2 < len(view.tokens) and view.lower[at + 1] == "of" and at + 2 in view.actor_at \
            and view.actor_at[at + 2].how != "demonym":
        owners = [view.actor_at[at + 2].entity]  # "the top creditor of Sri Lanka"
    of_goods = at + 1 < len(view.tokens) and view.lower[at + 1] == "of" and at + 2 not in view.actor_at
    item_first = at + 2 if of_goods else goods_before(view, at)  # "supplier of crude", "oil supplier"
    segments, end = item_segments(view, item_first, len(view.tokens), donors)
    recipients = tuple(owners) or unique(r for _, _, rs in segments if rs for r in rs) or (() if _to_others(
        view, at) else tuple(r for r in context.fallback_recipients() if r not in donors))
    if not recipients:
        return None
    item_last = segments[0][1] if segments and item_first > at else at + 1
    item_last = next((x for x in range(item_first, item_last) if view.lower[x] == "after"), item_last)
    # "Donors pledged $9 billion for Pakistan. France was among the other contributors": the pledges in hand
    status = "pledged" if not owners and context.status == "pledged" and view.lower[at] in _GIVERS_OF_THE_DAY \
        else "delivered"
    return Frame(SUPPLIER_ENTRY, at, at + 1, donors, [(item_first, max(item_last, item_first + 1), recipients)],
                 status, subject_at if subject_at is not None else j, max(end, at + 1), used_context=not owners)


_GIVERS_OF_THE_DAY = frozenset("contributor contributors donor donors".split())


def _goods_named(view: SentenceView, first: int) -> bool:
    """Do the words after "source of" (up to a comma or preposition) name goods ("of crude", "of budget
    financing"), not people ("of tourists", "of migrants")?"""
    last = first
    while last < min(first + 4, len(view.tokens)) and view.lower[last] not in _NOT_PREDICATE | {",", ".", ";", "and"}:
        last += 1
    return bool(load_lexicon().categorise([t.text for t in view.tokens[first:last]])[0])


def _antecedent(view: SentenceView, be: int):
    """(the actors, where they start) a relative "which is/was" at *be* refers back to ("accused China, which is
    Zambia's largest lender, of ...": China, not the accuser), or None."""
    if be >= 3 and view.lower[be - 1] == "to" and view.lower[be] in ("become", "remain"):
        # "Algeria, which has overtaken other suppliers since the invasion to become Italy's biggest source"
        be = next((k + 1 for k in range(be - 2, max(1, be - 12), -1) if view.lower[k] in ("which", "who")
                   and "," not in view.lower[k + 1:be]), be)
    if be < 3 or view.lower[be - 1] not in ("which", "who") or view.lower[be - 2] != ",":
        return None
    mention = next((m for m in view.actors if m.last == be - 2), None)
    if mention is None:
        return None
    group = view.group_ending(mention)
    return unique(m.entity for m in group), group[0].first


_PROSPECTIVE = frozenset("prospective potential would-be likely".split())


def _to_others(view: SentenceView, at: int) -> bool:
    """"a key supplier to the region", "the top lender in Africa": the getters named are no state, so the
    context's getter is not meant."""
    k = at + 1
    if k + 1 >= len(view.tokens) or view.lower[k] not in ("to", "in", "for"):
        return False
    k += view.lower[k + 1] == "the"
    return k + 1 not in view.actor_at and view.lower[k + 1].isalpha()


def appositive_supplier(view: SentenceView, comma: int, at: int, context: Context) -> Frame | None:
    """"Saudi Arabia, Pakistan's biggest lender, rolled over ...", "Riyadh, once the army's biggest
    prospective backer": the actor before the comma gives; the owner in the appositive, else "its"
    owner or the context, gets."""
    giver = next((m for m in view.actors if m.last == comma and m.entity.kind in ("state", "organisation")), None)
    if _acting_relative(view, comma, at):
        return None  # "Kuwait, which hosted a donor meeting,": what the giver did, not what it is to a getter
    if giver is None or any(x in view.actor_at and not view.possessive(view.actor_at[x])
                            for x in range(comma + 1, at)):
        return None
    head = next((m for m in view.actors if m.first <= giver.first and giver in view.group(m)), giver)  # "Russia and Iran,"
    donors = unique(m.entity for m in view.group(head) if m.last <= comma)  # not the appositive's owner
    owners = [m.entity for m in view.state_in(comma + 1, at) if view.possessive(m) and m.entity not in donors]
    if not owners and "its" in view.lower[comma + 1:at]:
        subject, _ = view.subject(giver.first)
        owners = [r for r in subject if r not in donors]  # "Pakistan turned to Riyadh, its biggest lender"
    recipients = tuple(owners) or tuple(r for r in context.fallback_recipients() if r not in donors)
    if not recipients:
        return None
    status = "pledged" if set(view.lower[comma + 1:at]) & _PROSPECTIVE else "delivered"
    return Frame(SUPPLIER_ENTRY, at, at + 1, donors, [(goods_before(view, at), at + 1, recipients)], status, giver.first,
                 at + 1, used_context=not owners)


# nouns a supplier noun may modify that name a gathering, not a giver: "donor conference", "creditor group"
_GATHERINGS = frozenset("conference conferences meeting meetings group groups summit summits round rounds forum forums "
                        "platform platforms gathering gatherings session sessions talks event events".split())
_LINKING = BE_FORMS | frozenset("remain remains remained become becomes became has have had long once still now "
                                "also already".split())


def _acting_relative(view: SentenceView, comma: int, at: int) -> bool:
    """Is the appositive after *comma* a relative clause with a verb of its own ("Kuwait, which hosted three
    donor conferences"), not a be-clause naming a role ("Qatar, which has long been a major donor")?"""
    if comma + 2 >= at or view.lower[comma + 1] not in ("which", "who"):
        return False
    k = comma + 2
    while k < at and view.lower[k] in _LINKING - BE_FORMS - {"remain", "remains", "remained", "become", "becomes", "became"}:
        k += 1
    return k < at and view.lower[k] not in _LINKING


_RANKING = frozenset("main largest biggest key top leading principal chief major second third".split())
_GIVING_PARTNERS = frozenset((w,) for w in "development aid donor financing funding".split())
_NOT_PREDICATE = frozenset("on for to from with by in at into than".split())
_OVERTAKING = frozenset("overtake overtook overtaken surpass displace replace edge outstrip".split())


def _ranked_alongside(view: SentenceView, at: int, subject_at: int | None, be: int, donors) -> tuple[EntityRef, ...]:
    """Other suppliers a ranking names: "the second-biggest supplier after Iraq", "Russia overtook Saudi
    Arabia to become India's biggest supplier", "one of its largest creditors, alongside China and India"."""
    found = []
    k = at + 1 + (at + 1 < len(view.tokens) and view.lower[at + 1] == "of")
    while k < len(view.tokens) and k - at < 8 and view.lower[k] not in ("after", ",", ".", ";"):
        k += 1  # "supplier of crude after Iraq", "provider of military aid to Ukraine after the United States"
    k += k + 2 < len(view.tokens) and view.lower[k] == "after" and view.lower[k + 1] == "the"
    if k + 1 < len(view.tokens) and view.lower[k - (view.lower[k] == "the")] == "after" and k + 1 in view.actor_at:
        found.append(view.actor_at[k + 1].entity)
    if subject_at is not None:
        for x in range(subject_at + 1, be):
            if view.lemmas[x] in _OVERTAKING or view.lower[x] in _OVERTAKING:
                y = x + 1 + (view.lower[x + 1] == "the")
                if y in view.actor_at:
                    found.append(view.actor_at[y].entity)
                break
    if k + 2 < len(view.tokens) and view.lower[k] == "," and view.lower[k + 1] in _ALONGSIDE and k + 2 in view.actor_at:
        found += [m.entity for m in view.group(view.actor_at[k + 2])]  # "creditors, alongside China and India"
    owners = {m.entity for m in view.state_in(be, at) if view.possessive(m)}
    return tuple(e for e in unique(found) if e not in donors and e not in owners)


_ALONGSIDE = frozenset(("alongside", "besides"))
