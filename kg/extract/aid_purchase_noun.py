"""A purchase named by a noun: "India's purchase of Russian S-400 systems", "Hungarian imports of gas from Russia",
"agreed to double imports of Azerbaijani gas". The owner of the noun buys, the seller (the origin of the goods or
the state after "from") gives; a sale is a flow from the seller (README A1)."""

from __future__ import annotations

from kg.extract.aid_goods_modifier import goods_before
from kg.extract.aid_nouns import Frame, noun_owner, received_item_end
from kg.extract.aid_order_noun import purchase_stage
from kg.extract.aid_slots import ITEM_STOP, status_cues
from kg.extract.aid_stopped_nouns import calls_off
from kg.extract.lexicon import load_lexicon
from kg.extract.view import CLAUSE_END, SCALE_WORDS, unique

_CANCELLING = frozenset("cancel scrap drop abandon halt suspend freeze shelve ditch".split())
_FINITE = frozenset("is are was were has have had will would".split())  # the noun phrase's own verb follows

_VOLUME_CHANGES = frozenset("double triple increase boost raise expand halve".split())


# the subject that completes or makes a purchase is the buyer: "Argentina completed the purchase of 24 F-16s from Denmark"
_COMPLETING = frozenset("complete finalise finalize conclude make seal".split())


def purchase_frame(view, first, last, entry, context) -> Frame | None:
    """"India's purchase of Russian S-400 systems", "Hungarian imports of gas from Russia": the owner of
    the noun receives, the actor named in its object (or after "from") gives."""
    j = noun_owner(view, first)
    if j is not None and last + 1 < len(view.tokens) and view.lower[last] == "from" \
            and (seller := view.actor_at.get(last + 1 + (view.lower[last + 1] == "the"))) is not None \
            and seller.entity != view.actor_at[j].entity:
        # "Cuba's fuel imports from Mexico", "Chinese imports from Iran": the owner buys, from the state after "from"
        return Frame(entry, first, last, unique(m.entity for m in view.group(seller)),
                     [(goods_before(view, first), first + 1, (view.actor_at[j].entity,))], "delivered", j,
                     view.group(seller)[-1].last)
    window = _noun_phrase_start(view, first)  # "scrapped a multibillion-dollar order for French submarines"
    cancelled = any(view.lemmas[k] in _CANCELLING or calls_off(view, k)
                    for k in range(max(0, window - 3), first))  # ("called off the purchase of 16 helicopters")
    completed = any(view.lemmas[k] in _COMPLETING for k in range(max(0, window - 3), first))
    own = first > 0 and view.lower[first - 1] in ("its", "their")  # "India has increased its purchases of"
    volume = first > 0 and view.lemmas[first - 1] in _VOLUME_CHANGES  # "agreed to double imports of Azerbaijani gas"
    if (j is None and not cancelled and not completed and not own and not volume) or last >= len(view.tokens) \
            or view.lower[last] not in ("of", "for"):
        return None
    # "Indonesia cancelled its order for Su-35 jets from Russia": the subject that cancels would have received
    # ("A Finnish study said Turkey had doubled its imports of Russian oil": Turkey, after the reporting verb)
    from kg.extract.aid_subject import reported_subject  # aid_subject's helpers import Frame from here
    recipients = (view.actor_at[j].entity,) if j is not None else reported_subject(
        view, first - volume, *view.subject(first - volume))[0]
    if not recipients:
        return None
    end = last + 1
    while end < len(view.tokens) and view.lower[end] not in ITEM_STOP and view.lower[end] not in CLAUSE_END \
            and view.lower[end] not in (".", ",") and view.lower[end] not in _FINITE:  # "... were halted"
        end += 1
    named = [m for m in view.actors_in(last + 1, end) if m.entity not in recipients
             and (m.how == "demonym" or view.possessive(m) or view.in_pp(m))]
    before = [m.entity for m in view.actors if m.last <= first and m.entity not in recipients
              and m.entity.kind == "state" and not view.in_pp(m) and m.how != "demonym"]
    earlier = tuple(before[-1:]) or tuple(s for s in (context.subject or context.donors)
                                          if s not in recipients and s.kind == "state")
    if not named and view.lower[last + 1:last + 2] == ("its",) and len(earlier) == 1:
        donors = earlier  # "Russia's exports have held up. India and China have increased their purchases of its crude"
    elif not named and cancelled and len(context.donors) == 1 and set(recipients) & set(context.recipients) \
            and context.donors[0] not in recipients:
        donors = context.donors  # "Poland ordered K2 tanks from Seoul. Warsaw cancelled an order for 300 more": the seller in hand
    elif not named:
        return None
    else:
        donors = unique(m.entity for m in view.group(named[0]))
    item_end = received_item_end(view, last + 1, end)
    while item_end > last + 1 and view.lower[item_end - 1] in ("'s", "’s") or (item_end - 1) in view.actor_at \
            and view.actor_at[item_end - 1].how != "demonym":
        item_end -= 1
    item_first = last + 1
    while item_first < item_end and (item_first in view.actor_at and view.actor_at[item_first].how != "demonym"
                                     or view.lower[item_first] in ("'s", "’s")):
        item_first += 1
    status = "declined" if cancelled else purchase_stage(view, first, j)
    if volume and j is None:
        status = status_cues(view, first - 1, "delivered", load_lexicon()) or "delivered"  # "agreed to double": pledged
    return Frame(entry, first, last, donors, [(item_first, max(item_end, item_first + 1), recipients)],
                  status, first if j is None else j, end, used_context=False)


def _noun_phrase_start(view, first: int) -> int:
    """Where the modifiers of the noun at *first* start: over amounts and hyphenated words ("a multibillion-dollar
    order", "its $2.5 billion purchase"), so that the verb before them is read as the noun's."""
    k = first
    while k > 0 and (view.lower[k - 1] == "-" or k > 1 and view.lower[k - 2] == "-" and view.lower[k - 1].isalpha()
                     or view.amount_at(k - 1) or view.lower[k - 1] in SCALE_WORDS):
        k -= 1
    return k
