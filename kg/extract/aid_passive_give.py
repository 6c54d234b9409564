"""A supply verb in the passive: "Oil was sent to Cuba (by Mexico)", "Mali and Eritrea were sent 25,000
tonnes", "Kenyan pilots will be trained by Britain", "The transfer was held back". The agent after "by",
a demonym in the subject or the context gives; the subject is the goods, or (for verbs whose object is
who gets) the getter."""

from __future__ import annotations

from kg.extract.aid_carrier import carrier_state
from kg.extract.aid_cities import EVENTS
from kg.extract.aid_checks import aid_like, attributive_state, goods_origin, names_aid, subject_agent
from kg.extract.aid_measured import measured_subject
from kg.extract.aid_nouns import Frame
from kg.extract.aid_own_people import people_subject
from kg.extract.aid_paid_by import stage_in_hand
from kg.extract.aid_said_none import said_none
from kg.extract.aid_passive_approval import approved_by_getter
from kg.extract.aid_relative import time_only
from kg.extract.aid_slots import item_segments, passive_agent, status_cues, unknown_agent
from kg.extract.aid_subject import besides_opening, counted_subject
from kg.extract.aid_time_aside import nothing_but_adjuncts
from kg.extract.view import BE_FORMS, unique

_FORCES = frozenset("navy army military government forces stocks stockpiles".split())
_FINANCE = frozenset("loan loans money funds funding financing credit credits grant grants".split())
_MAKING = frozenset("build make manufacture produce assemble develop design".split())
_MODALS = frozenset("will would shall should can could may might must".split())
_SUBORDINATE = frozenset("while because although though whereas unless".split())  # a clause of its own starts


def _how_asked(view, subject_first: int, first: int) -> bool:
    """Does an indirect question "how ... could/can/should" hold the passive verb at *first*?"""
    how = next((k for k in range(subject_first, first) if view.lower[k] == "how"), None)
    return how is not None and any(view.lower[k] in ("could", "can", "should", "might", "would") for k in range(how, first))


def passive_give_frame(view, first, last, entry, context, lexicon) -> Frame | None:
    """"Oil was sent to Cuba (by Mexico)" / "Mali and Eritrea were sent 25,000 tonnes"."""
    frame = Frame(entry, first, last, status=status_cues(view, first, entry.status, lexicon) or _no_cue(view, first, lexicon),
                   used_context=True)
    subject_first, besides = besides_opening(view, view.chunks_before(first)[-1][0])
    subject_first = max([subject_first] + [k + 1 for k in range(subject_first, first) if view.lower[k] in _SUBORDINATE
                                           and not view.state_in(subject_first, k)])
    # ("Relief planes were held back while ash was cleared from the runway": the ash was cleared, not the planes)
    speakers: tuple = ()
    if (denial := said_none(view, subject_first, first)) is not None:
        subject_first, speakers = denial[0] + 1, denial[1]  # "Minsk said no weapons had been sent to Russia"
        frame.status = "denied"
    sayers: tuple = ()
    if not speakers and (said := _sum_said_to_come(view, subject_first, first)) is not None:
        sayers = tuple(r for r in view.subject(said)[0] if r.kind in ("state", "organisation"))
        subject_first = max(subject_first, said + 1 + (view.lower[said + 1] == "that")) if sayers else subject_first
    subject = [m for m in view.actors_in(subject_first, first) if not view.in_pp(m) or _share_owner(view, m)]
    agent = passive_agent(view, last) or subject_agent(view, subject_first, first) \
        or carrier_state(view, last)  # "the money pledged by X", "flown in aboard Canadian aircraft"
    agent = unique((*besides, *agent)) if agent else agent  # "Besides Copenhagen, it is financed by Sweden"
    if not agent and _how_asked(view, subject_first, first):
        return None  # "looking at how more air defences could be provided to Ukraine": a question, no giver, no stage
    if not agent and view.lemmas[first] in _MAKING and view.lower[last:last + 1] == ("by",):
        return None  # "The guns are built by the defence group KNDS": made by a maker that is no state, given by no one
    if not agent and _asked_by_nobody(view, first):
        return None  # "Humanitarian agencies called for the appeal to be funded": no party asks, no giver named
    allowed = _allowed_by(view, first) if not agent else None
    if allowed is not None:
        agent = allowed[0]  # "Berlin decided not to allow the engines to be exported to China"
    origin = _origin_after(view, last) if not agent else None
    money = None
    if origin is not None:
        agent, last, money = origin  # "Much of Germany's supply is piped from Norway", "was shipped from Ukraine to Egypt"
    if (stage := stage_in_hand(view, subject_first, first, context.status)) is not None:
        frame.status = stage  # "the tranche is financed by Sweden": a giver of the flow in hand, at its stage
    if (taken := approved_by_getter(view, subject_first, first, last, entry, agent)) is not None:
        return taken  # "A Chinese loan was approved by Sri Lanka's parliament"
    be = next((j for j in range(subject_first, first) if view.lower[j] in BE_FORMS or view.lower[j] in _MODALS), first)
    if last + 1 < len(view.tokens) and view.lower[last] == "with" and subject and entry.words[0] != "help":
        return _supplied_with(view, frame, subject_first, last, subject, agent, context)
    if people_subject(view, subject_first, be):
        return None  # "all customers could be supplied with gas": no state gets it
    if entry.words[0] in lexicon.recipient_object and subject:
        # "Kenyan pilots will be trained by Britain": what a training verb takes as object is who gets it
        frame.donors = agent or context.donors
        frame.segments = [(subject_first, be, unique(m.entity for m in subject if m.entity not in frame.donors))]
        frame.quote_first, frame.quote_last = subject_first, last
        return frame
    if last < len(view.tokens) and (view.lower[last] in ("to", "for", "by", ".", "across") or origin is not None
                                    or _plain_subject(view, subject_first, first) and nothing_but_adjuncts(view, last)):
        # "The boats were handed over on Friday", "... were flown in, the ministry said"
        demonyms = unique(m.entity for m in subject if m.how == "demonym" or view.possessive(m) or attributive_state(view, m)) \
            or goods_origin(view, subject_first, first)  # "$300 million in US weapons will be sent to Taiwan"
        its = view.lower[subject_first] in ("its", "their") and not subject  # "Its drones have been sold to Nigeria"
        frame.donors = speakers or agent or sayers or demonyms or (context.subject if its else ()) or context.donors  # (the denier
        # gives: "said no arms ..., rejecting a report by Lithuanian intelligence" names no agent)
        be = _verb_group_start(view, subject_first, next(
            (j for j in range(first - 1, subject_first - 1, -1) if view.lower[j] in BE_FORMS), first))
        if denial is not None:  # the goods after "no", before "had been"
            be = next((j for j in range(subject_first, first) if view.lower[j] in BE_FORMS | {"had", "has", "have"}), be)
        segments, end = item_segments(view, last, len(view.tokens), frame.donors)
        if origin is not None and not any(rs for _, _, rs in segments):
            end = last  # "are shipped from Brazil, and Angola sells oil to Brazil": the next clause is its own
        recipients = unique(r for _, _, rs in segments if rs for r in rs) or (unique(
            m.entity for m in view.actors_in(subject_first, first) if view.possessive(m) and m.entity not in frame.donors)
            if origin else ())
        recipients = recipients or agent and unique(  # "The sale of F-16 jets to Turkey was approved by Washington"
            m.entity for m in view.state_in(subject_first, be)
            if m.first > 0 and (view.word_before(m) in ("to", "for") or view.lower[m.first - 1] == "in"
                                and entry.words[0] in _PAYING and view.lower[m.first - 2] not in EVENTS)
            and m.entity not in frame.donors)  # "The school in Gaza
        # was paid for by the EU": what is paid for or built in a state goes to it
        frame.segments = [(*(money or (subject_first, be)), recipients)]  # ("Germany's gas is piped from Norway": Germany's;
        # "Hambantota was built with loans from China": the loans)
    else:
        # "Japan's contribution, $2 million in grants, will be channelled through the WFP": the owner of the
        # aid named as subject gives it
        owners = unique(m.entity for m in subject if view.possessive(m) and aid_like(view, m.last, be))
        frame.donors = agent or sayers or owners or goods_origin(view, subject_first, first) or context.donors  # "of the Japanese loan"
        recipients = unique(m.entity for m in subject if m.how != "demonym" and m.entity not in owners) or (unique(
            m.entity for m in view.state_in(subject_first, first) if m.first > 0 and view.word_before(m) in ("to", "for")
            and m.entity not in frame.donors) if owners else ())  # "Japan's $5 million in aid for Morocco will be channelled"
        segments, end = item_segments(view, last, len(view.tokens), frame.donors)
        if not subject and (names_aid(view, subject_first, be) or counted_subject(view, subject_first, be)
                            or measured_subject(view, subject_first, be)) \
                and not any(aid_like(view, s, e) for s, e, _ in segments):
            # "The transfer was held back, however, until ...": the aid named as subject is the item
            frame.segments = [(subject_first, be, ())]
            frame.quote_first, frame.quote_last = subject_first, last
            return frame
        # "goods had been moved on and off the vessel": with no one named as getting it, what follows the
        # verb is an item only if it names aid or goods
        frame.segments = [(subject_first, be, recipients) if time_only(view, s, e) else (s, e, recipients)  # ("the
                          # first two were delivered in 2023": the subject is the item)
                          for s, e, _ in segments[:1] if (recipients or aid_like(view, s, e))
                          and view.lower[s] not in ("through", "via")] \
            or ([(subject_first, be, recipients)] if owners and not agent else [])  # the owned aid is the item
        if frame.segments and view.lower[last:last + 1] in (("into",), ("in",)) and aid_like(view, subject_first, be):
            frame.segments = [(subject_first, be, recipients)]  # "vehicles ... were flown into Port-au-Prince": the goods
    frame.quote_first, frame.quote_last = subject_first, end
    if not agent and unknown_agent(view, last):
        frame.donors = ()  # "was approved by Congress": an agent the gazetteer does not know, not the context's
    if allowed is not None:  # ("Cairo ordered aid convoys to be sent to Libya": a gift decided, pledged)
        frame.status = "pledged" if allowed[1] == "approved" and view.lemmas[allowed[2] - 1] in _ORDERING else allowed[1]
        frame.segments = [(allowed[2], first - 2, rs) for _, _, rs in frame.segments[:1]]  # "the engines"
    return frame


_AUXILIARIES = BE_FORMS | _MODALS | frozenset("has have had not also already now still".split())


def _verb_group_start(view, subject_first: int, be: int) -> int:
    """The first word of the passive's verb group ending at *be* ("gas will be shipped", "oil is being
    shipped": the goods end before "will" and "is")."""
    while be - 1 > subject_first and view.lower[be - 1] in _AUXILIARIES:
        be -= 1
    return be


def funding_level(view, first: int) -> bool:
    """Does a percentage stand right before the verb at *first* ("Somalia's response plan was only 25% funded",
    "is just 12 percent funded")? That is a level of funding, no giver and no gift."""
    return first > 0 and view.lower[first - 1] in ("%", "percent", "cent")


_CALLING = frozenset("call urge demand appeal press".split())


def _asked_by_nobody(view, first: int) -> bool:
    """Is the passive at *first* ("to be funded", "that ... be released") what a common-noun subject calls for,
    with no actor asking or asked ("Aid agencies called for the appeal to be funded")?"""
    if first < 3 or view.lower[first - 1] != "be":  # "to be funded", "urged that the money be released"
        return False
    verb = next((k for k in range(first - 3, max(-1, first - 10), -1) if view.lemmas[k] in _CALLING), None)
    return verb is not None and not view.actors_in(max(0, verb - 6), first) and not view.subject(verb)[0]


_PAYING = frozenset("pay fund finance bankroll build construct".split())
_SHARES = frozenset("most much half part some all share bulk majority third quarter".split())


_SAID = frozenset("said says announced added stated confirmed".split())


def _sum_said_to_come(view, subject_first: int, first: int) -> int | None:
    """"Japan said a further $200 million would be disbursed to Sri Lanka": the verb of saying before a sum
    that will be given (the sayer gives); not a past transfer reported by another ("Kyiv said $5 million was
    sent to Moscow" is an accusation, read elsewhere)."""
    said = next((j for j in range(first - 1, max(0, subject_first - 3), -1) if view.lower[j] in _SAID), None)
    if said is None or not _MODALS & set(view.lower[said + 1:first]):
        return None
    k = said + 1 + (view.lower[said + 1] == "that")
    while k < first and view.lower[k] in ("a", "an", "another", "further", "additional", "the", "remaining"):
        k += 1
    return said if view.amount_at(k) else None


def _share_owner(view, mention) -> bool:
    """Is *mention* the owner after "most of", "half of" in a passive's subject ("Most of Bhutan's electricity
    is sold to India": Bhutan's, not a place)?"""
    return view.possessive(mention) and mention.first > 1 and view.lower[mention.first - 1] == "of" \
        and view.lower[mention.first - 2] in _SHARES


def _plain_subject(view, subject_first: int, first: int) -> bool:
    """Is the passive's subject a plain statement's, not "No troops will be deployed" or the inverted "only
    then will the planes be supplied"?"""
    inverted = any(view.lower[j] in _MODALS and view.lower[j + 1] not in ("be", "have", "not")
                   for j in range(max(0, subject_first - 1), first - 1))
    return view.lower[subject_first] not in ("no", "none") and not inverted


_ORDERING = frozenset("order instruct direct".split())
_ALLOWING = frozenset("allow permit let".split()) | _ORDERING  # ("ordered aid convoys to be sent to Libya")


def _allowed_by(view, first: int):
    """(the state that allows or bars "<goods> to be <supplied>", its stage, where the goods start) for a passive infinitive after
    "allow"/"permit": "did not allow the engines to be exported to China" (declined), "allowed the jets to
    be sold to Turkey" (approved); None otherwise."""
    if first < 3 or view.lower[first - 1] != "be" or view.lower[first - 2] != "to" and "let" not in view.lower[
            max(0, first - 16):first]:
        return None  # ("to be exported"; "let the equipment held by his forces be sent": a bare infinitive)
    verb = next((k for k in range(first - 3, max(-1, first - 16), -1) if view.lemmas[k] in _ALLOWING), None)
    if verb is None:
        return None
    if verb >= 3 and view.lemmas[verb - 2] in _REFUSAL_NOUNS and view.lower[verb - 1] == "to":
        states = _noun_owner_states(view, verb - 2)  # "Petro's refusal to let Russian-built equipment be sent"
    else:
        states, _ = view.subject(verb)
    states = tuple(s for s in states if s.kind == "state")
    if not states:
        return None
    window = view.lower[max(0, verb - 4):verb]
    refused = bool({"not", "never", "n't", "no"} & set(window)) or any(view.lemmas[k] in ("refuse", "decline", "reject")
                                                                         or view.lemmas[k] in _REFUSAL_NOUNS
                                                                         for k in range(max(0, verb - 4), verb))
    return states, "declined" if refused else "approved", verb + 1


_REFUSAL_NOUNS = frozenset("refusal".split())


def _noun_owner_states(view, noun: int) -> tuple:
    """The state owning the noun at *noun* ("Colombia's refusal", "President Petro's refusal")."""
    k = noun - 1 - (view.lower[noun - 1] in ("'s", "’s"))
    mention = next((m for m in view.actors if m.last == k + 1 and view.possessive(m)), None)
    return (mention.entity,) if mention is not None else ()


def _origin_after(view, last: int):
    """(the states after "from" right behind a passive supply verb, where the phrase ends, the money's span when
    "with" names it: "was built with loans from China"), or None."""
    item = None
    if last < len(view.tokens) and view.lower[last] in ("with", "by"):  # "financed by a loan from China"
        money = next((j for j in range(last + 1, min(last + 6, len(view.tokens))) if view.lower[j] in _FINANCE), None)
        if money is None or money + 1 >= len(view.tokens) or view.lower[money + 1] != "from":
            return None
        item, last = (last + 1, money + 1), money + 1
    k = last + 1 + (last + 1 < len(view.tokens) and view.lower[last + 1] == "the")
    if last >= len(view.tokens) or view.lower[last] != "from" or k not in view.actor_at:
        return None
    group = view.group(view.actor_at[k])
    states = unique(m.entity for m in group if m.entity.kind == "state" and (
        m.how != "demonym" or view.lower[m.last:m.last + 1] and view.lower[m.last] in _FORCES))  # "from the Indian Navy's fleet"
    return (states, group[-1].last, item) if states else None


def _supplied_with(view, frame: Frame, subject_first: int, last: int, subject, agent, context) -> Frame:
    """"Ethiopia has been supplied with Turkish Bayraktar drones": the subject gets; the agent, else the
    origin of the goods ("Turkish"), else the context's giver gives."""
    segments, end = item_segments(view, last + 1, len(view.tokens), ())
    first, stop = segments[0][:2] if segments else (last + 1, last + 1)
    stop = next((j for j in range(first, stop) if view.lower[j] == ","), stop)  # ", UN experts say"
    origin = unique(m.entity for m in view.actors_in(first, stop) if m.how == "demonym" or view.possessive(m))
    frame.donors = agent or origin or context.donors
    frame.segments = [(first, stop, unique(m.entity for m in subject if m.entity not in frame.donors))]
    frame.quote_first, frame.quote_last = subject_first, end
    return frame



def _no_cue(view, first: int, lexicon) -> str:
    """The stage of a passive supply the cues leave open: "was not sent" is denied, "could expect to be
    sent" a pledge (a possible outcome, not a denial)."""
    return "denied" if any(w in lexicon.cues["negation"] for w in view.lower[max(0, first - 4):first]) else "pledged"
