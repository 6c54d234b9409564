"""The discourse state the aid frames carry from one sentence to the next: who gave, to whom, at which
stage, and who backs whom ("China and Russia are working in concert to support Cuba"), so that "This
assistance includes ..." or "France committed 110 million euros" can name the parties of an earlier
sentence."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView, unique
from kg.model import AidFlow

_NOT_SUPPORT_AFTER = frozenset("push pushed pushing fight hold held roll scale cut step come go pull hit".split())
_STATIONING = frozenset(("deploy",))
_SUPPORT_VERBS = frozenset("support back help assist bolster prop aid".split())
# Generic givers: "Donors promised two billion euros for Sudan" names the getter for the list that follows.
_DONOR_NOUNS = frozenset("donors donor countries nations governments community participants".split())


def heading_topic(view: SentenceView) -> tuple:
    """"Lifelines for Cuba's Humanitarian Crisis" -> Cuba; "Bolstering Allies Against US Pressure" -> none."""
    topics = [m.entity for m in view.actors
              if not (m.first > 0 and view.lower[m.first - 1] in ("against", "from", "versus", "vs", "vs."))]
    return tuple(topics[:1]) if len(set(topics)) == 1 else ()


def later_getters(frames: list[Frame]) -> list[tuple]:
    """For each supply verb of a sentence that names no getter, the getters a later frame names for the same giver
    ("Japan, which cannot export lethal weapons, has provided Ukraine with generators": Ukraine, not the
    discourse's last getter); () for the others."""
    found = []
    for i, frame in enumerate(frames):
        later = () if frame.trigger.frame != "give" or any(rs for _, _, rs in frame.segments) else next(
            (unique(r for _, _, rs in f.segments if rs for r in rs) for f in frames[i + 1:]
             if set(f.donors) & set(frame.donors) and not f.used_context and any(rs for _, _, rs in f.segments)), ())
        found.append(tuple(r for r in later if r not in frame.donors))
    return found


def update_context(view: SentenceView, frames: list[Frame], flows: list[AidFlow], context: Context) -> None:
    subject, _ = view.subject(len(view.tokens))
    if flows:
        context.donors = unique(f.donor for f in flows)
        # "Denmark is donating jets to Ukraine, and has decided to sell jets to Argentina. India had offered
        # its fighter": the context carries the recipients of the last frame, not of every frame
        last = flows[-1]
        context.recipients = unique(f.recipient for f in flows
                                    if f.item == last.item and f.evidence.start == last.evidence.start)
        context.status = flows[-1].status
        context.sentences = (view.sentence.index,)
    elif (seeker := _seeker(view, subject, goods=not frames)):
        # "Bolivia has also sought help from regional lenders. CAF approved a $250 million loan": the seeker gets
        context.donors, context.recipients, context.status, context.sentences = (), seeker, None, (view.sentence.index,)
    elif (backed := _backers_of(view)):
        context.recipients = backed  # "Ukraine's allies pledged more air defence. Germany said it would send ..."
        context.sentences = (view.sentence.index,)
    elif any(f.donors for f in frames if f.trigger.words[0] not in _STATIONING):
        # ("Manila has since deployed them on the coast": placing one's own arms gives no one anything)
        context.donors = unique(d for f in frames if f.trigger.words[0] not in _STATIONING for d in f.donors)
        context.sentences = (view.sentence.index,)
    elif (getters := unique(r for f in frames for _, _, rs in f.segments for r in rs or ())) \
            and _DONOR_NOUNS & set(view.lower[:min(f.first for f in frames)]):
        context.recipients = getters  # "Donors promised two billion euros for Sudan. France committed ..."
        context.status = frames[0].status  # (the stage the next givers named join)
    else:
        # "China and Russia are working in concert to support Cuba": sets who backs whom.
        lemmas = view.lemmas  # each token's lemma in lower case, computed once per sentence
        for j in ([] if _SUPPORT_VERBS.isdisjoint(lemmas) else range(len(lemmas))):
            if lemmas[j] in _SUPPORT_VERBS and subject and \
                    (j == 0 or lemmas[j - 1] not in _NOT_SUPPORT_AFTER):
                objects = [m.entity for m in view.state_in(j + 1, min(j + 4, len(view.tokens)))]
                if objects and view.lower[j + 1:j + 2] == ("by",):
                    # "PNG is also being supported by the IMF": the agent backs the subject
                    context.donors, context.recipients = unique(objects), subject
                    context.sentences = (view.sentence.index,)
                    break
                if objects:
                    context.donors, context.recipients = subject, unique(objects)
                    context.sentences = (view.sentence.index,)
                    break
    if not flows and (stricken := _stricken(view, context) or _aid_for(view, context)):
        # "Typhoon Yagi hit Vietnam. Washington would provide $1 million": the stricken state gets what follows
        context.recipients = stricken
    if not subject and frames and (opener := view.actor_at.get(frames[0].quote_first)) is not None \
            and opener.first == frames[0].quote_first and not view.in_pp(opener) and not view.possessive(opener):
        subject = (opener.entity,)  # "Seoul has refused calls ..., citing a law that bars exports. It has instead lent"
    if subject and not view.pronoun_subject(1):
        context.subject = subject


_BACKERS = frozenset("allies partners backers donors supporters creditors lenders friends".split())
_GIVING = frozenset("pledge promise send give provide supply deliver offer commit announce lend".split())


_SEEKING = frozenset("seek ask turn appeal look request".split())
# what is sought: help, not "the money" a giver in hand raises for its getter ("Prague turned to its allies for the money")
_SOUGHT = frozenset("help support aid assistance financing loans loan credit bailout".split())


def _seeker(view: SentenceView, subject: tuple, goods: bool = False) -> tuple:
    """The one state that seeks help, naming no giver ("Bolivia has also sought help from regional lenders",
    "Egypt asked its Gulf allies for support"): the getter of what the next sentences give."""
    if len(subject) != 1 or subject[0].kind != "state" or _SEEKING.isdisjoint(view.lemmas):
        return ()
    for j, lemma in enumerate(view.lemmas):
        if lemma in _SEEKING and (not _SOUGHT.isdisjoint(view.lower[j + 1:j + 6]) or goods and _asked_goods(view, j)) \
                and not any(m.first > j and m.entity != subject[0] for m in view.actors) \
                and not _NEGATION & set(view.lower[max(0, j - 3):j]):  # ("Thailand has not asked for foreign assistance")
            return subject
    return ()


_NEGATION = frozenset("not n't never no".split())
DISASTERS = frozenset("quake quakes earthquake earthquakes flood floods flooding typhoon cyclone hurricane storm storms "
                       "wildfire wildfires fire fires blaze drought famine landslide landslides tsunami eruption "
                       "disaster".split())


# what a disaster does to a place: "the floods that swamped Maiduguri", "an earthquake struck Herat"
STRIKING = frozenset("hit strike swamp flood devastate ravage batter inundate submerge engulf".split())


def _states_named(view: SentenceView) -> tuple:
    """The distinct states a sentence names, in order."""
    return unique(m.entity for m in view.actors if m.entity.kind == "state")


def _stricken(view: SentenceView, context: Context) -> tuple:
    """The one state a sentence names as struck by a disaster, when no getter is in hand ("Typhoon Yagi hit
    northern Vietnam last week", "Fires have burned across Bolivia for weeks"): the getter of the help that
    follows."""
    if context.recipients or DISASTERS.isdisjoint(view.lower):
        return ()
    states = _states_named(view)
    struck = unique(m.entity for m in view.actors if m.entity.kind == "state" and (
        m.first > 0 and view.lemmas[m.first - 1] in STRIKING or _struck_by(view, m.last)))
    if len(struck) == 1:
        return struck  # "The US has begun sending help to people displaced by the floods that swamped Maiduguri"
    if len(states) != 1 or any(view.lower[m.first - 1] in ("from", "by") for m in view.actors if m.first > 0):
        return ()
    return states


def _struck_by(view: SentenceView, k: int) -> bool:
    """Does a passive of striking follow at *k* ("communities in northern Viet Nam hit by the floods", "Libya, battered
    by the storm")?"""
    k += k < len(view.tokens) and view.lower[k] == ","
    return k + 1 < len(view.tokens) and view.lemmas[k] in STRIKING and view.lower[k + 1] == "by"


def _aid_for(view: SentenceView, context: Context) -> tuple:
    """The one state a sentence names as where aid goes, with no giver named, when no getter is in hand
    ("Foreign aid for Vietnam has begun to arrive"): the getter of what the next sentences give."""
    if context.recipients:
        return ()
    states = _states_named(view)
    if len(states) != 1:
        return ()
    nouns = load_lexicon().aid_nouns
    for j in range(len(view.lower) - 2):
        k = j + 2 + (view.lower[j + 2] == "the")
        if view.lower[j] in nouns and view.lower[j + 1] in ("for", "to") and k in view.actor_at \
                and view.actor_at[k].entity == states[0] and view.actor_at[k].how != "demonym":
            return states
    return ()


def _asked_goods(view: SentenceView, j: int) -> bool:
    """Does "for <goods>" follow the seeking verb at *j* within a few words ("asked its allies for more air
    defence"; not "turned to its allies for the money" a giver in hand raises for its getter)?"""
    k = next((k for k in range(j + 1, min(j + 5, len(view.lower))) if view.lower[k] == "for"), None)
    return k is not None and view.lower[k + 1:k + 2] not in (("the",), ("that",), ("this",)) \
        and bool(load_lexicon().categorise([t.text for t in view.tokens[k + 1:k + 5]])[0])  # not "for the money"


_SIGNING = frozenset("sign agree conclude seal strike reach".split())
_DEALS = frozenset("deal agreement treaty pact accord memorandum".split())
_UNDER = frozenset("deal agreement treaty pact accord arrangement".split())


def deal_pair(view: SentenceView) -> tuple:
    """The two states of a sentence that says they signed or agreed a deal ("Australia and Nauru signed a
    security treaty on Monday"), else ()."""
    if _SIGNING.isdisjoint(view.lemmas) or _DEALS.isdisjoint(view.lower):
        return ()
    states = _states_named(view)
    return states if len(states) == 2 else ()


def opens_on_the_deal(view: SentenceView) -> bool:
    """Does the sentence open with "Under the deal," or "In return," (what one side of the deal before gets)?"""
    words = view.lower
    return len(words) > 3 and (words[0] == "under" and words[1] in ("the", "this", "that") and words[2] in _UNDER
                               or words[0] == "in" and words[1] in ("return", "exchange") and words[2] == ",")


def _backers_of(view: SentenceView) -> tuple:
    """The state whose backers give in the sentence's main clause ("Ukraine's allies pledged more air defence
    systems", "Kyiv's partners have sent"), when none of them is named: the getter of what follows."""
    for m in view.actors:
        k = m.last + 1
        if m.entity.kind == "state" and view.possessive(m) and k < len(view.tokens) and view.lower[k] in _BACKERS \
                and any(view.lemmas[j] in _GIVING for j in range(k + 1, min(k + 4, len(view.tokens)))):
            return (m.entity,)
    return ()


def in_return(view, first: int) -> bool:
    """Does "in return" or "in exchange" stand before the verb at *first*: the earlier giver now gets?"""
    words = view.lower[:first]
    return any(words[j] == "in" and words[j + 1] in ("return", "exchange")
               and (j + 2 == len(words) or words[j + 2] in (",", "for")) for j in range(len(words) - 1))


def stricken_here(view: SentenceView, frames: list[Frame], context: Context) -> tuple:
    """"After floods hit Pakistan in August, China dispatched tents": the one state that a disaster named before
    the sentence's first frame struck gets what the frames give without naming a getter (no getter in hand)."""
    if context.recipients or not frames or DISASTERS.isdisjoint(view.lower[:frames[0].first]):
        return ()
    givers = {d for f in frames for d in f.donors}
    states = unique(m.entity for m in view.actors if m.entity.kind == "state" and m.last <= frames[0].first
                    and m.how != "demonym" and m.entity not in givers
                    and not (m.first > 0 and view.lower[m.first - 1] in ("from", "by")))
    return states if len(states) == 1 else ()


def share_giver(frame: Frame, givers: tuple, context: Context) -> None:
    """A frame that took the giver of the context's flow takes instead the giver the sentence named before it
    (*givers*): "Japan is financing six boats for Vietnam; the first two were delivered in 2023"."""
    if givers and frame.used_context and context.donors and frame.donors == context.donors != givers:
        frame.donors = givers
