"""The passes of aid frame reading that look at a sentence's frames as a whole, after the triggers and openers
have been read one by one (aid._frames): frames another frame implies ("Poland followed suit", "part of a grant
announced in 2023"), frames turned round or dropped ("paid Russia for oil", "docked in Djibouti, bound for
Ethiopia") and getters filled in ("With funding from X, Y built"), then the stages revised."""

from __future__ import annotations

from functools import cache

from kg.extract import (aid_body_approval, aid_dropped_funding, aid_followed_suit, aid_paid_for, aid_posted,
                        aid_refused_alone, aid_spent_on, aid_thanks, aid_weighed_offer, aid_with_money)
from kg.extract.aid_body_approval import body_approvals
from kg.extract.aid_denied_arrival import denied_arrivals
from kg.extract.aid_destined import transit_dropped
from kg.extract.aid_dropped_funding import dropped_funding_frames
from kg.extract.aid_exchange import exchanged_frames
from kg.extract.aid_followed_suit import followed_suit_frames
from kg.extract.aid_gapping import gapped_frames
from kg.extract.aid_had_stopped import had_stopped
from kg.extract.aid_helped import drop_reversed, helped_frames
from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_of_which import of_which
from kg.extract.aid_owned_goods import owned_goods_frames
from kg.extract.aid_owner_aside import owner_aside_getters
from kg.extract.aid_paid_for import paid_for_goods
from kg.extract.aid_part_of import part_of_promise
from kg.extract.aid_posted import posted_staff
from kg.extract.aid_programme import programme_frames
from kg.extract.aid_purpose import purchase_purposes
from kg.extract.aid_ranking import followed_by
from kg.extract.aid_rebuttal import called_false
from kg.extract.aid_refused_alone import refused_alone
from kg.extract.aid_revise import revised
from kg.extract.aid_same_offer import same_sentence_offer
from kg.extract.aid_share import share_frames
from kg.extract.aid_spent_on import spent_on
from kg.extract.aid_staff_deal import staff_deal_frames
from kg.extract.aid_swaps import swap_frames
from kg.extract.aid_thanks import thanks_frames
from kg.extract.aid_weighed_offer import weighed_offers
from kg.extract.aid_with_money import with_money_frames
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView


@cache
def _adding_words() -> frozenset[str]:
    """Words one of which a sentence with no frames must hold (as a word or a lemma) for a pass before the
    revise chain, other than owned_goods_frames, to add a frame: a word each adding pass needs. Given no frames,
    every other pass (exchanged_frames, called_false, had_stopped, gapped_frames, of_which, ...) only revises,
    drops or copies the frames in hand, and so gives none. (A pass added below that can add a frame where none
    is in hand declares its words: a cue set (kg.extract.cues) or ADDS_WITH in a module of _ADDING_MODULES.)"""
    # the cue sets of the passes behind one (kg.extract.cues), and the words each other adding pass declares
    return frozenset().union(
        *(rule.resolve() for rule in (programme_frames, swap_frames, share_frames, staff_deal_frames, helped_frames)),
        *(module.ADDS_WITH for module in _ADDING_MODULES))


_ADDING_MODULES = (aid_body_approval, aid_dropped_funding, aid_followed_suit, aid_paid_for, aid_posted, aid_refused_alone,
                   aid_spent_on, aid_thanks, aid_weighed_offer, aid_with_money)


def sentence_passes(view: SentenceView, frames: list[Frame], context: Context, lexicon: AidLexicon) -> list[Frame]:
    """*frames*, the frames read one trigger or opener at a time, completed and revised as a sentence's set."""
    owned = owned_goods_frames(view, frames)  # "India's Russian oil"
    if not frames and not owned and _adding_words().isdisjoint(view.sentence.cue_set):
        return revised(view, [], lexicon, context)  # no frame to complete and none the passes add (most
        # sentences): only an adder of the revise chain may add one
    frames += owned + staff_deal_frames(view, frames) + programme_frames(view, frames, context) \
        + dropped_funding_frames(view, frames) + followed_suit_frames(view, frames, context)  # "Poland followed suit"
    frames = posted_staff(view, weighed_offers(view, part_of_promise(view, spent_on(view, paid_for_goods(view, swap_frames(
        view, body_approvals(view, frames)))))))  # "paid Russia for oil", "Cuban doctors are deployed in Jamaica"
    frames += exchanged_frames(view, frames)  # "shipped shells to Russia in exchange for help with its satellites"
    frames += called_false(view, frames) + refused_alone(view, frames, context)  # "called reports absurd", "X refused"
    frames = had_stopped(view, denied_arrivals(view, transit_dropped(view, frames)), context)  # "Poland had its
    # supplies cut off": Poland is the getter; "docked in Djibouti, bound for Ethiopia": Djibouti is on the way
    frames = share_frames(view, frames, context)  # "Britain's share of the package is 1.6 billion pounds"
    frames = with_money_frames(view, frames) if "with" in view.lower else frames  # "With funding from X, Y built"
    frames = owner_aside_getters(view, of_which(view, followed_by(view, purchase_purposes(view, thanks_frames(view, gapped_frames(
        view, drop_reversed(same_sentence_offer(view, frames), helped_frames(view, context, lexicon))))))))
    return revised(view, frames, lexicon, context)
