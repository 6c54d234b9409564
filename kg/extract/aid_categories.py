"""The last step of aid extraction, over a document's flows: repeats and negations that deny nothing are
dropped (aid_not_denial); "gave the go-ahead on Wednesday for the sale of jets" is the approval of the sale
(aid_go_ahead), and "the proposed sale" after it no new offer (aid_proposed_sale); a sale or loan agreed in a deal (aid_agreed_sale) and the delivery schedule of a
contracted supply (aid_scheduled) take the approved stage; a gift ordered ("ordered its relief centre to
provide food") is pledged (aid_directed); aid held back that had been promised is pledged too
(aid_promised_before); an item's kinds come from its head, not from a place or an aside after it
(aid_item_head); an amount in any currency is money (aid_money_words); plain money in a relief story is humanitarian and food given is humanitarian too
(aid_relief_money, aid_food_aid); carriers and troops sent for relief are humanitarian, not military
(aid_relief_carriers); money that only prices goods is not financial (aid_priced_goods); money takes the kinds
of its stated purpose (aid_money_purpose) and parts those of what they are for (aid_parts_for); those armed get military goods (aid_arming) and goods for an army are military too (aid_army); and a flow whose
item names no kind of goods ("more help", "the package", "its support") takes the kinds the same giver sends
the same getter elsewhere in the report ("France sent medical teams to Libya ... France promised more help":
humanitarian), else the kinds the same giver sends anyone, else those the same getter gets (money left out
when they name goods too), else humanitarian in a relief story (aid_relief_help), else "other"; food so passed
on is given free, and so humanitarian, when the giver's food is called a gift elsewhere (aid_food_aid again)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_directed import directed_gifts
from kg.extract.aid_priced_goods import priced_goods
from kg.extract.aid_promised_before import promised_before
from kg.extract.aid_relief_help import relief_help
from kg.extract.aid_relief_carriers import relief_carriers
from kg.extract.aid_food_aid import food_aid
from kg.extract.aid_relief_money import relief_money, relief_story
from kg.extract.aid_agreed_sale import agreed_sales
from kg.extract.aid_army import army_goods
from kg.extract.aid_arming import arming
from kg.extract.aid_money_purpose import money_purposes
from kg.extract.aid_item_head import item_heads
from kg.extract.aid_money_words import money_words
from kg.extract.aid_parts_for import parts_for
from kg.extract.aid_not_denial import real_denials
from kg.extract.aid_scheduled import scheduled_under_contract
from kg.extract.aid_go_ahead import approvals_given
from kg.extract.aid_proposed_sale import proposed_again
from kg.model import AidFlow, Sentence

_UNKNOWN = ("other",)


def finished(flows: list[AidFlow], sentences: tuple[Sentence, ...] = ()) -> list[AidFlow]:
    """A document's flows without repeats (same parties, item, sentence and stage), plain money in a relief
    story made humanitarian (*sentences* are the report's), uncategorised ones given the kinds of their pair's
    other flows."""
    seen, unique_flows = set(), []
    for flow in flows:
        key = (flow.donor, flow.recipient, flow.item, flow.evidence.start, flow.status)
        if key not in seen:
            seen.add(key)
            unique_flows.append(flow)
    staged = promised_before(directed_gifts(scheduled_under_contract(agreed_sales(proposed_again(approvals_given(
        real_denials(unique_flows)))))))
    relief = relief_story(sentences)  # (counted once for the passes below that ask)
    kinds = priced_goods(relief_carriers(relief_money(money_words(item_heads(staged)), relief), sentences))
    inherited = inherit_categories(army_goods(money_purposes(parts_for(arming(kinds)))))
    # food passed on from the pair's other flows is given free or sold as they are ("Russian donations" of grain)
    return relief_help(food_aid(inherited, relief), sentences)


def inherit_categories(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with each uncategorised flow given the categories of the same pair's categorised flows; with
    none, those of the giver's other flows ("Russia pipes gas to Hungary ... Slovakia imports significant
    volumes from Russia": energy), else those of the getter's."""
    known: dict[tuple, list[str]] = {}
    for flow in flows:
        if flow.categories != _UNKNOWN:
            for key in ((flow.donor, flow.recipient), ("donor", flow.donor), ("recipient", flow.recipient)):
                kinds = known.setdefault(key, [])
                kinds.extend(c for c in flow.categories if c not in kinds)
    return [_inherited(flow, known) if flow.categories == _UNKNOWN else flow for flow in flows]


def _inherited(flow: AidFlow, known: dict[tuple, list[str]]) -> AidFlow:
    for key in ((flow.donor, flow.recipient), ("donor", flow.donor), ("recipient", flow.recipient)):
        if key in known:
            kinds = known[key]
            if key[0] in ("donor", "recipient") and len(kinds) > 1:
                kinds = [k for k in kinds if k != "financial"]  # the money of other flows is not these goods
            return replace(flow, categories=tuple(kinds))
    return flow
