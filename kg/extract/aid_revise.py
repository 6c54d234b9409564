"""Late revisions of a sentence's aid frames, once every trigger has been read: supplies stopped in
the passive (aid_stopped), consent given as a noun (aid_approval) and part of a promise already given
(aid_partial), a supply another state allows or stops (aid_permission), an offer refused by a pronoun
(aid_turned_down), a stop of the flow in hand named by an aid noun that points back (aid_anaphora), and aid
whose next step the text leaves open (aid_in_doubt), reports of the flow in hand called false by a party
(aid_allegation), goods said to be on their way (aid_on_way), goods said not to have come
(aid_not_received), purchases agreed (aid_agreed_purchase), the cues before a passive purchase
(aid_passive_stage), getters named in a relative clause after the item (aid_relied_on), a give verb
with a negated object, "gave neither ... nor" (aid_gave_none), supplies under review (aid_under_review),
an aid noun inside a verb frame's item (aid_subsumed), goods "made available" (aid_made_available) and aid
staged in a relative clause after it (aid_relative_stage), and a flow stopped in a later clause of its
sentence (aid_stopped_clause), more of the flow in hand said to be still to come (aid_to_follow), and a
report of a party's own flow that the party dismisses in the same sentence (aid_denied_report), and no
pledge for "has yet to deliver them" after an earlier stage of the flow (aid_yet_to), nor for the verb of an
indirect question ("did not say which model would be bought", aid_asked_which), and the offer or pledge
that a withdrawal names ("withdrew its offer to build", aid_taken_back), and a purchase "put on hold"
(aid_on_hold), and a stage cue parted from its verb by a time phrase ("agreed in February to invest",
aid_distant_cue), and aid named under a verb of waiting or bargaining ("counting on a loan from", aid_awaited), and a progressive of giving behind an
adverb ("are each contributing", aid_progressive), and debt relief agreed ("agreed to restructure",
aid_debt_relief), and an approval still to come ("is expected to approve", aid_future_approval), and a flow
under a choice still to be made ("no decision on whether to buy", aid_whether), and a loan or deposit rolled
over, an extension granted (aid_rolled_over), and a deal whose signing is refused or not done yet
("declined to sign a loan deal", aid_unsigned), and a stop of aid lifted ("lifted its freeze on aid",
aid_lifted), and a later stage in a passive relative clause (", which were delivered in 2023",
aid_which_passive), and a supply a party blocks ("blocked Germany from re-exporting", aid_blocked), and no
request where none was made ("has not asked China for", aid_not_asked), and a stop only threatened
("threatened to suspend aid", aid_threatened), and a signed contract that a giverless frame after it hid
("signed a contract for 20 howitzers, to be delivered from 2026", aid_contract_kept), and a lending body's deal
reached jointly with a state ("Pakistan and the IMF reached a staff-level agreement", aid_joint_deal), and a
request sent, not goods ("sent a request to China for a loan", aid_sent_request), and a sum already given
beside a new one ("on top of $7.6 billion already provided", aid_on_top), and aid named by a noun whose verb
is still to come ("the fuel grant will be delivered in three batches", aid_noun_future), and a lending body's
programme or bailout that a state has, approved ("its bailout from the IMF", aid_lender_programme), and money a decision lets be paid ("allows
$2.7 billion to be paid out", aid_cleared_payout), and aid asked for in a "that" clause ("requested that its
loan programme be enlarged", aid_asked_that), and aid promised in the subject's relative clause that the
main verb says came ("The tanks that Germany promised have been delivered", aid_given_after), and a plan to
give or buy given up in the passive ("a plan to buy Russian jets was dropped", aid_plan_dropped), and the host
of a visit as the getter of what the visitor gives ("offered help during a visit to Ghana", aid_visit_getter), and
no flow for aid spoken of in general ("Aid of this kind is usually announced", aid_generic), and the getter of
a relative clause on the goods ("handed over the missiles, which were carried to the Philippines",
aid_relative_getter), and the other party of a two-party deal as the getter of a supply it names ("Qatar and
Pakistan signed an agreement for Qatar to supply LNG", aid_deal_getter), and no flow for money paid back on a loan
or swap ("handed $50 million back to Bangladesh, the first payment on a swap", aid_repaid)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import lru_cache

from kg.extract.aid_gerund_alone import gerund_alone
from kg.extract.aid_pledge_nouns import pledged_by_noun
from kg.extract.aid_agreed_purchase import agreed_purchases
from kg.extract.aid_approval import approvals
from kg.extract.aid_gave_none import gave_none
from kg.extract.aid_generic import without_generic
from kg.extract.aid_repaid import without_repayments
from kg.extract.aid_allegation import verdict_denials
from kg.extract.aid_anaphora import stopped_in_hand
from kg.extract.aid_started import started_in_hand
from kg.extract.aid_awaited import awaited
from kg.extract.aid_debt_relief import agreed_relief
from kg.extract.aid_noun_stopped import stopped_noun_flows
from kg.extract.aid_followed_by import followed_by
from kg.extract.aid_denied_report import denied_reports
from kg.extract.aid_future_approval import future_approvals
from kg.extract.aid_progressive import progressive_gifts
from kg.extract.aid_distant_cue import distant_cues
from kg.extract.aid_in_doubt import left_open
from kg.extract.aid_made_available import made_available
from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_not_received import not_received
from kg.extract.aid_on_way import on_way_frames
from kg.extract.aid_partial import partly_given
from kg.extract.aid_passive_stage import passive_stage
from kg.extract.aid_permission import permitted
from kg.extract.aid_relative_stage import relative_stage_frames
from kg.extract.aid_relied_on import relied_on
from kg.extract.aid_relative_getter import relative_getters
from kg.extract.aid_turned_down import turned_down
from kg.extract.aid_under_review import under_review
from kg.extract.aid_visit_getter import visit_getters
from kg.extract.aid_stopped import stopped_in_passive
from kg.extract.aid_stopped_clause import stopped_in_clause
from kg.extract.aid_subsumed import subsumed_nouns
from kg.extract.aid_to_follow import still_to_come
from kg.extract.aid_yet_to import not_yet_given
from kg.extract.aid_asked_which import without_questions
from kg.extract.aid_taken_back import taken_back
from kg.extract.aid_on_hold import put_on_hold
from kg.extract.aid_plan_dropped import plans_dropped
from kg.extract.aid_whether import under_choice
from kg.extract.aid_rolled_over import rolled_over
from kg.extract.aid_unsigned import unsigned
from kg.extract.aid_lifted import lifted_stops
from kg.extract.aid_which_passive import relative_passives
from kg.extract.aid_blocked import blocked_supplies
from kg.extract.aid_not_asked import without_unasked
from kg.extract.aid_threatened import threatened_stops
from kg.extract.aid_contract_kept import contracts_kept
from kg.extract.aid_joint_deal import joint_deal_frames
from kg.extract.aid_sent_request import sent_requests
from kg.extract.aid_on_top import sums_already_given
from kg.extract.aid_lender_programme import lender_programmes
from kg.extract.aid_cleared_payout import cleared_payouts
from kg.extract.aid_asked_that import asked_that
from kg.extract.aid_given_after import given_after
from kg.extract.aid_noun_future import nouns_still_to_come
from kg.extract.aid_deal_getter import deal_getters
from kg.errors import ExtractionError
from kg.extract.cues import adding_cues
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView


# The revisers below that can add a frame where there is none, each declaring the words it needs (@revises);
# every other one only revises, drops or copies the frames in hand (tests/test_aid_revise.py holds the two lists
# against the chain).
ADDERS = (made_available, relative_stage_frames, approvals, under_review, stopped_in_hand, started_in_hand,
          on_way_frames,
          verdict_denials, joint_deal_frames, still_to_come)


@lru_cache(maxsize=1)
def _adding_words() -> frozenset[str]:
    return adding_cues(*ADDERS)


def _given_none(rule: Callable[..., list[Frame]]) -> Callable[[SentenceView, AidLexicon, Context], list[Frame]]:
    """*rule* called with no frames, from the view, lexicon and context (each adder takes some of them)."""
    names = tuple(inspect.signature(rule).parameters)
    if names == ("view", "frames"):
        return lambda view, lexicon, context: rule(view, [])
    if names == ("view", "frames", "lexicon"):
        return lambda view, lexicon, context: rule(view, [], lexicon)
    if names == ("view", "frames", "context"):
        return lambda view, lexicon, context: rule(view, [], context)
    if names == ("view", "frames", "lexicon", "context"):
        return lambda view, lexicon, context: rule(view, [], lexicon, context)
    raise ExtractionError(f"adder {rule.__name__} takes {names}: not view, frames[, lexicon][, context]")


@lru_cache(maxsize=1)
def _adders_given_none() -> tuple[tuple[frozenset[str], Callable[[SentenceView, AidLexicon, Context], list[Frame]]], ...]:
    """Each adder's cue words, and the adder called with no frames (which gives none for a sentence without one
    of its words: its guard returns at once)."""
    return tuple((frozenset(rule.resolve()), _given_none(rule)) for rule in ADDERS)


def revised(view: SentenceView, frames: list[Frame], lexicon: AidLexicon, context: Context) -> list[Frame]:
    if not frames:
        words = view.sentence.cue_set
        if _adding_words().isdisjoint(words):
            return []  # no frame to revise and none to add (most sentences): the chain's forty calls give nothing
        # Given no frames, every other reviser gives none, and the adders read no frames and change nothing
        # (tests/test_aid_revise.py): the chain gives a frame only where an adder gives one on its own, which
        # most sentences with an adder's cue word do not; the chain runs only then. (Only the adders with a
        # cue word in the sentence are asked: the others give none.)
        if not any(add(view, lexicon, context) for cues, add in _adders_given_none() if not cues.isdisjoint(words)):
            return []
    return revise_chain(view, frames, lexicon, context)


def revise_chain(view: SentenceView, frames: list[Frame], lexicon: AidLexicon, context: Context) -> list[Frame]:
    frames = awaited(view, distant_cues(view, frames, lexicon))  # "agreed in February to invest", "counting on a loan"
    frames = future_approvals(view, agreed_relief(view, frames))  # "agreed to restructure", "expected to approve"
    frames = progressive_gifts(view, frames)  # "which are each contributing about $20 billion"
    frames = relied_on(view, gave_none(view, made_available(view, relative_stage_frames(view, frames, lexicon), lexicon)))
    frames = permitted(view, approvals(view, stopped_in_passive(view, frames, lexicon)))
    frames = left_open(view, stopped_in_hand(view, turned_down(view, partly_given(view, frames)), context))
    frames = started_in_hand(view, frames, context)  # "Deliveries began in March": the flow in hand delivered
    frames = on_way_frames(view, verdict_denials(view, frames, context), lexicon, context)
    frames = agreed_purchases(view, passive_stage(view, not_received(view, frames), lexicon))
    frames = stopped_in_clause(view, subsumed_nouns(under_review(view, frames, context)))
    frames = stopped_noun_flows(view, frames)  # "Russia's gas deliveries to Moldova stopped on January 1"
    frames = followed_by(view, frames, context)  # "Saudi Arabia led with $100 million, followed by the UAE with $50 million"
    frames = plans_dropped(view, put_on_hold(view, taken_back(view, frames)))  # "a plan to buy jets was dropped"
    # "no decision on whether to buy", "rolled over loans", "declined to sign", "lifted its freeze on aid"
    frames = lifted_stops(view, unsigned(view, rolled_over(view, under_choice(view, frames))))
    # "pledged ten boats to Manila, which were delivered in 2023", "blocked Germany from re-exporting",
    # "has not asked China for"
    frames = without_unasked(view, blocked_supplies(view, relative_passives(view, frames)))
    # "threatened to suspend military aid to Egypt", "sent a request to China for a loan"
    frames = sent_requests(view, threatened_stops(view, frames))
    # "signed a contract for 20 howitzers, to be delivered from 2026", "Pakistan and the IMF reached a deal"
    frames = joint_deal_frames(view, contracts_kept(view, deal_getters(view, frames), context))
    # "on top of $7.6 billion already provided", "the fuel grant will be delivered in three batches"
    frames = pledged_by_noun(view, nouns_still_to_come(view, sums_already_given(view, frames)))  # "pledges from X to"
    frames = lender_programmes(view, frames)  # "its $7 billion bailout from the IMF": a loan approved
    frames = cleared_payouts(view, frames)  # "the decision allows $2.7 billion to be paid out": cleared
    frames = relative_getters(view, visit_getters(view, frames))  # "during a visit to Ghana", ", which were carried to"
    frames = asked_that(view, frames)  # "requested that its loan programme be enlarged": asked for
    frames = given_after(view, frames)  # "The tanks that Germany promised Ukraine have been delivered"
    frames = gerund_alone(view, frames)  # "resumed lending to Sri Lanka": the gerund is what is given
    frames = without_repayments(view, without_generic(view, frames))  # "Aid of this kind is usually announced",
    # "handed $50 million back to Bangladesh, the first payment on a swap": no flow
    return without_questions(view, not_yet_given(view, denied_reports(view, still_to_come(view, frames, context))))
