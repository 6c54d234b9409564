"""From frames to aid flows: the records a frame of a sentence gives (README A1-A3), one per giver, getter and
stage, each with its item, categories, amounts, date and evidence (the quote, its offsets, the sentences of
context it used). A frame that names no getter takes one from the sentence (a "where" clause, the main clause,
"to which") or from the discourse context."""

from __future__ import annotations

from datetime import date

from kg.extract.aid_checks import OFFER_WORDS, aid_like, plausible_item, punitive_only
from kg.extract.aid_context import in_return
from kg.extract.aid_destination import linked_states, unnamed_destination
from kg.extract.aid_items import clean_item
from kg.extract.aid_main_clause import main_clause_getter
from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_served import served_states
from kg.extract.aid_to_which import to_which_getter, where_getter
from kg.extract.amounts import find_amounts
from kg.extract.dates import find_dates
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView
from kg.model import AidFlow, Evidence

_GOING_ON = frozenset("keep continue".split())
_OFFER_NOUNS = frozenset("offer offers proposal proposals".split())
_GENERIC_ITEMS = frozenset(
    "aid assistance support supplies supply help package lifeline lifelines provisions offers offer "
    "proposals proposal deliveries shipments donations".split()
)


_CLAUSE_OPENERS = frozenset((w,) for w in "after as while when because since before although though amid".split())

def flows_of(view: SentenceView, frame: Frame, context: Context, lexicon: AidLexicon, doc_id: str,
             today: date | None = None) -> list[AidFlow]:
    """The aid flows one frame of a sentence gives: a record per giver, getter and stage, with the item, its
    categories, amounts, date and evidence; getters the frame leaves open come from the sentence or the context."""
    flows = []
    sentence = view.sentence
    for first, last, recipients in frame.segments:
        if recipients is None or last <= frame.first and view.lower[first:first + 1] == ("no",) \
                and frame.status not in ("denied", "declined"):
            continue  # "No new gas commitment was announced on Tuesday": none was made, and no one denies one
        if view.lower[first:first + 1] == (",",) and view.lower[first + 1:first + 2] in _CLAUSE_OPENERS:
            continue  # "..., the minister has announced, after strikes knocked out power stations": a report, no object
        if (inferred := not recipients) and any(rs and e > s for s, e, rs in frame.segments) \
                or (inferred or frame.used_context) and unnamed_destination(view, last):
            continue  # "provide $20 million to help Tuvalu adapt": no item for another; "sells gas to Asia": no state
        if inferred and frame.trigger.frame == "give" and in_return(view, frame.first):
            recipients = tuple(d for d in context.donors if d not in frame.donors)  # "In return, Moscow has been providing food"
        if (inferred or frame.used_context and not any(m.entity in recipients for m in view.actors)) \
                and (where := tuple(r for r in where_getter(view, frame.first) or (linked_states(view, last) if inferred
                                                                                       else ()) if r not in frame.donors)):
            recipients = where  # "Sri Lanka, where Chinese lenders have financed ports": the works are there
        recipients = recipients or (main_clause_getter(view, frame) or to_which_getter(view, frame.first)
                                    if inferred and frame.trigger.frame == "give" else ()) \
            or tuple(r for r in context.fallback_recipients() if r not in frame.donors)
        recipients = served_states(view, recipients)  # "for the United Nations and other groups helping Syrians"
        # "turned down Russian offers to build ...": the offer is a stage of its own (README A2, A3)
        statuses = (frame.status, "offered") if frame.status == "declined" \
            and set(view.lower[max(0, first - 1):last]) & _OFFER_NOUNS else (frame.status,)
        if frame.status == "pledged" and (frame.trigger.frame == "give" or frame.trigger.status == "delivered") \
                and set(view.lemmas[max(0, frame.first - 2):first]) & _GOING_ON:
            statuses = ("pledged", "delivered")  # "pledged to keep supplying Kyiv": it is being supplied
        first, last = clean_item(view, first, last, lexicon)
        verb_alone = (first, last) == (frame.first, frame.last)  # "Iran would in turn supply Iraq"
        if first >= last or not frame.donors or not recipients or not (verb_alone or plausible_item(view, first, last)):
            continue
        start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
        item = sentence.text[start - sentence.start:end - sentence.start]
        categories, item_class = lexicon.categorise([t.text for t in sentence.tokens[first:last]])
        if inferred and frame.trigger.frame == "give" and frame.trigger.status in ("offered", "declined") \
                and not categories \
                and (not aid_like(view, first, last) or set(view.lower[first:last]) & OFFER_WORDS):
            continue  # "a new proposal from the UN", "could not offer a model": no goods, no one named to get them
        if item.lower() in _GENERIC_ITEMS or not categories:
            item_class = None
        q_first = max(0, min(frame.quote_first, first))  # a quote never starts before its sentence
        q_last = max(frame.quote_last, last, q_first + 1)
        q_start, q_end = sentence.tokens[q_first].start, sentence.tokens[min(q_last, len(sentence.tokens)) - 1].end
        used = context.sentences if frame.used_context else ()
        evidence = Evidence(doc_id, q_start, q_end, sentence.text[q_start - sentence.start:q_end - sentence.start],
                            sentence.start, sentence.end, sentence.text, tuple(sorted(set(used) | {sentence.index})))
        amounts = find_amounts(item)
        dates = find_dates(sentence.text, today)
        for donor in (d for d in frame.donors if not punitive_only(view, d)):  # "under threat of US sanctions"
            for recipient in recipients:
                if donor == recipient:
                    continue
                flows.extend(AidFlow(donor, recipient, item, tuple(categories or ["other"]), status,
                                     evidence, item_class=item_class, quantity=amounts.quantity,
                                     unit=amounts.unit, value=amounts.value, currency=amounts.currency,
                                     date=dates[0].value if dates else None) for status in statuses)
    return flows
