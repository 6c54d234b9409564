"""Aid flows: who gives, pledges, offers or declines what to whom.

Frames come from the trigger lexicon (kg/rules/aid.toml); slots are filled from
mention positions and prepositions, no parser needed:

* give verbs ("Russia has pledged to provide oil to Cuba"): the donor is the first
  actor of the trigger's clause that is not the object of a preposition; recipients
  follow "to"/"for" (each "to X" closes the items before it) or a possessive
  ("to alleviate Cuba's energy woes"); else the discourse context gives them;
* receive/decline verbs ("Iran turned down Russian offers ..., Chinese offers ..."):
  the subject is the recipient, each conjunct of the object names its donor;
  in the passive ("Offers to build a metro were also declined") the item is the
  subject and both actors come from context;
* aid nouns ("This assistance includes ...", "economic aid from Russia").

A :class:`Context` per section carries the current donors, recipients, status and
last subject so that "This assistance includes jammers" or "They provide" inherit
them; the evidence then lists the sentences that were used.
"""

from __future__ import annotations

from datetime import date

from kg.extract.aid_ask import ASK_LEMMAS, ask_frame
from kg.extract.aid_sentence_passes import sentence_passes
from kg.extract.aid_deal_purpose import deal_verb
from kg.extract.aid_accused import accused_giver, accused_parties
from kg.extract.aid_nouns import (DEAL_NOUNS, Context, Frame, beneficiary_frame, decline_noun_frame,
                                  noun_frame)
from kg.extract.aid_purchase_noun import purchase_frame
from kg.extract.aid_checks import (
    armed_group_object, not_its_own_supply, attributive_state,
    purpose_of,
    speculated, speculation_carried,
    HELPED_VERBS,
    SUBORDINATORS,
    aid_like, aid_noun_before,
    aid_is_subject,
    give_applies,
    request_parties,
    unknown_subject,
    relative_antecedent,
)
from kg.extract.aid_expected import EXPECTING, expected_from_frame
from kg.extract.aid_hasten import ASKING as HASTEN_ASKING, hasten_frame
from kg.extract.aid_hypothetical import supposed
from kg.extract.aid_conditional import threatened
from kg.extract.aid_denied_request import denied_request
from kg.extract.aid_own_people import own_people
from kg.extract.aid_quoted import quoted_us
from kg.extract.aid_relative import fronted_item, standing_supply
from kg.extract.aid_resumed_main import resumed_main
from kg.extract.aid_backing_verb import backing_verb
from kg.extract.aid_withdraw import WITHDRAW_WORDS, withdrawal_frames
from kg.extract.aid_verb_clauses import relative_aside_end
from kg.extract.aid_withheld import withheld_from
from kg.extract.aid_orders import ORDERED_DISPATCH, ordered_dispatch
from kg.extract.aid_agent_aside import agent_aside_frame
from kg.extract.aid_agreed import agreed_with_frame
from kg.extract.aid_approached import approached_frame
from kg.extract.aid_in_service import MADE, flown_made, in_service_frame, used_by_frames
from kg.extract.aid_alongside import alongside_frame
from kg.extract.aid_arrival import arrival_frame, arrived_then_handed, in_whose_aside
from kg.extract.aid_carry import carry_frame, goods_in
from kg.extract.aid_categories import finished
from kg.extract.aid_makers import maker_making, without_maker_getters
from kg.extract.aid_actors import acting_persons, aid_mentions, speaker_states_by_sentence
from kg.extract.aid_passive_give import funding_level, passive_give_frame
from kg.extract.aid_reduced_passive import reduced_passive_frame
from kg.extract.aid_hired import hired_frame
from kg.extract.aid_give_parts import lent_to, brought_origin, joint_partners, goods_subject, lender_with, recipient_in_object
from kg.extract.aid_carrier import carrier_state
from kg.extract.aid_refusal import unbarred
from kg.extract.aid_warned import warned_against
from kg.extract.aid_follow import echo_stage
from kg.extract.aid_paid_now import paid_out_now
from kg.extract.aid_pronoun_clause import earlier_clause_subject, past_report_owner, said_subject
from kg.extract.aid_to_which import to_which_giver
from kg.extract.aid_transport import DEPARTING, transport_frame
from kg.extract.aid_comes_from import share_frame
from kg.extract.aid_funded import bound_frame, funded_frame
from kg.extract.aid_destined import destined_frame
from kg.extract.aid_flows import flows_of
from kg.extract.aid_destination import route_end
from kg.extract.aid_deposits import DEPOSIT_NOUNS, held_deposit_frame
from kg.extract.aid_include import include_frame
from kg.extract.aid_moving import MOTION, measured_in_hand_frame, moving_goods_frame, stopped_flow
from kg.extract.aid_permitted import permitted_goods
from kg.extract.aid_participle import participle_frame
from kg.extract.aid_never import never_given_frame
from kg.extract.aid_context import (deal_pair, share_giver, heading_topic, later_getters, opens_on_the_deal, stricken_here,
                                    update_context)
from kg.extract.aid_openers import free, openers
from kg.extract.aid_ask_from import asked_from_frame
from kg.extract.aid_proposed import proposed_frame
from kg.extract.aid_measured import up_to_amount
from kg.extract.aid_subject import (deal_sharing_giver, gerund_sharing_subject, main_subject, person_pronoun_state,
                                    verb_subject)
from kg.extract.aid_supplier import supplier_frame
from kg.extract.aid_supplier_inverted import inverted_giver
from kg.extract.aid_rebuttal import confirm_or_deny, rebuttal_frame
from kg.extract.aid_contracts import CONTRACT_NOUNS, contract_frame
from kg.extract.aid_allegation import denied_allegation
from kg.extract.aid_ready_help import ready_help_frame
from kg.extract.aid_request_noun import request_noun_frame
from kg.extract.aid_receive import amount_from, mutual_denial, receive_frame
from kg.extract.aid_buyer import buyer_frame
from kg.extract.aid_reliance_for import RELYING, reliance_frames
from kg.extract.aid_stop_buying import stopped_buying
from kg.extract.aid_denied_clause import denied_clause
from kg.extract.aid_slots import (
    find_triggers,
    indirect_object,
    is_passive,
    item_segments,
    refused,
    status_cues,
    verb_like,
)
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.lexicon import AidLexicon, Entry, load_lexicon
from kg.extract.view import LOCATIVE, SentenceView, by_sentence, main_state, unique
from kg.model import AidFlow, Mention, Sentence

_CALENDAR = MONTH_NAMES | frozenset(WEEKDAYS)
_DECLINE_NOUNS = frozenset("unwillingness reluctance refusal rejection".split())


_BUYING = frozenset("buy purchase acquire import".split())


def _give_frame(view, first, last, entry, context, lexicon) -> Frame | None:
    if entry.words[0] in MOTION and (moving := moving_goods_frame(view, first, last, entry, lexicon,
                                                                  aid_noun_before(view, first, lexicon))):
        return moving  # "Russian gas continues to flow to Hungary", "Arms from Belarus have been flowing to Russia"
    if entry.words[0] in MOTION and (permitted_goods(view, first) or not aid_noun_before(view, first, lexicon)) \
            and not goods_subject(view, first, lexicon):
        # "would go to court"; "let humanitarian aid flow into Gaza": who lets it in gives nothing; but "A further
        # 1,000 tonnes went to Zambia" is more of the goods in hand
        return measured_in_hand_frame(view, first, last, entry, context, lexicon)
    if (hired := hired_frame(view, first, last, entry)) is not None:
        return hired  # "signed a contract with Russia's Rosatom to build a nuclear plant": Russia builds it
    if last + 1 < len(view.tokens) and view.lower[last] == "to" and view.lemmas[last + 1] in _BUYING:
        return None  # "China pledged to buy more Kenyan avocados": the subject buys (the verb "buy" reads it)
    if is_passive(view, first) and entry.words[-1] != "to":  # but "India is committed to supplying": a pledge
        return passive_give_frame(view, first, last, entry, context, lexicon)
    if last < len(view.tokens) and view.lower[last] == "with" and view.lower[first].endswith("ing") \
            and entry.words[0] not in lexicon.with_only:
        return None  # "has been building with a country": working together, no object given
    # "Norway refused to sell missiles to Egypt", "Russia failed to deliver the weapons": held back
    status = "declined" if refused(view, first) else status_cues(view, first, entry.status, lexicon)
    if status is None or speculated(view, first) or funding_level(view, first) or not_its_own_supply(view, first):
        return None  # "analysts say China might supply": a guess, no flow (README A5)
    frame = Frame(entry, first, last, status=status)
    asked, askers = request_parties(view, first)
    if asked and entry.status == "declined" and not view.lower[last:last + 1] == () and not view.lower[last].endswith("ing"):
        return None  # "Washington urged Mexico to halt the shipments": a stop asked for, the supply goes on ("to stop
        # buying" is the buyer's, aid_urged_stop)
    if asked:  # "Warsaw asked Washington to supply launchers": the asked party would give
        frame.status = "unspecified"
    said = ((), None) if asked else said_subject(view, first)  # "..., and Slovakia said it would not send jets"
    donors, subject_at = (asked, None) if asked else said if said[0] else verb_subject(view, first)
    if not asked and (unknown_subject(view, first, subject_at) or maker_making(view, subject_at, first)):
        return None  # "officials say Kim could supply shells", "a country whose growers sold soybeans"; "Hanwha,
        # which builds the gun": a maker making its goods
    if donors and view.pronoun_subject(first) and subject_at is not None and subject_at > 0 \
            and view.lower[subject_at - 1] in SUBORDINATORS:
        # "Warsaw has backed Kyiv since Russia invaded, and it has handed over tanks": "it" is the
        # main clause's subject, not the subject of the clause set inside it
        main, main_at = view.subject(subject_at - 1)
        if main:
            donors, subject_at = main, main_at
    if not asked and (antecedent := relative_antecedent(view, first, in_turn=True))[0]:
        donors, subject_at = antecedent  # "from Washington, which would also supply", "to Washington, which will send"
    if not donors and (view.pronoun_subject(first) or _that_he(view, first)):
        # "Iran denied that it had sold drones to Russia", "Seoul refused, though it has sold tanks": "it" is Iran,
        # Seoul; "Netanyahu said that he had approved a deal to export gas": his state
        # ("calling a White House statement that it had shipped munitions groundless": not the White House)
        donors = past_report_owner(view, first) or main_subject(view, first) or earlier_clause_subject(view, first) \
            or to_which_giver(view, first)  # "Poland has backed Ukraine, to which it has given ..."
        if not donors:
            donors, frame.used_context = context.subject or context.donors, True
    if (dealt := deal_verb(view, first)) is not None:  # "agreed to renew an arrangement to supply"
        donors = donors or verb_subject(view, dealt)[0] or (main_subject(view, dealt) if view.pronoun_subject(dealt)
                                                            else ())
        stage = status_cues(view, dealt, "delivered", lexicon) if donors and frame.status in ("delivered", "pledged") \
            else None  # ("has clinched a deal to supply jets": the infinitive's "to" is no promise of its own)
        if stage is not None:  # the deal's own stage: "agreed to renew" pledged, else contracted
            frame.status = "approved" if stage == "delivered" else stage
    if not donors and aid_noun_before(view, first, lexicon):
        donors, frame.used_context = context.donors, True  # "Similar packages are expected to go to ..."
    frame.donors = donors or person_pronoun_state(view, first)  # "Ruto visited Lilongwe. He pledged maize"
    frame.quote_first = subject_at if subject_at is not None else first
    after = last
    # "pledged to provide oil": the first verb gives the status, the second the object.
    if after + 2 < len(view.tokens) and view.lower[after] == "to" and view.lower[after + 1] in _ASPECT_VERBS:
        k = after + 2 + (view.lower[after + 2] == "to")  # "pledged to keep supplying", "to continue to send"
        if k < len(view.tokens) and view.tokens[k].lemma.lower() in lexicon.give_verbs:
            after = k + 1
    elif after + 1 < len(view.tokens) and view.lower[after] == "to":
        nxt = view.lower[after + 1]
        lemma = view.tokens[after + 1].lemma.lower()
        if lemma == "help" and after + 3 < len(view.tokens) and view.lemmas[after + 2] in HELPED_VERBS:
            after += 1  # "offered to help build a new refinery in Bangladesh": the building is the offer
        elif lemma in lexicon.with_only and not give_applies(view, after + 2, Entry((lemma,), "give", "delivered"),
                                                             lexicon):
            return None  # "promised to help resolve the crisis through talks with X": backing, no goods
        if lemma in lexicon.give_verbs or nxt in ("help", "build"):
            after += 2
    if entry.words[-1] == "to" and after < len(view.tokens) and view.lemmas[after] in lexicon.with_only:
        helper = Entry((view.lemmas[after],), "give", "delivered")
        if not give_applies(view, after + 1, helper, lexicon):
            return None  # "committed to assist Sri Lanka in its recovery": backing, no goods
        after += 1
    elif entry.words[-1] == "to" and after < len(view.tokens) and view.lemmas[after] in lexicon.give_verbs:
        after += 1  # "committed to supplying fuel": the item follows the second verb
    # "train and equip the Somali navy", "arming and reinforcing the M23": the second verb shares the object
    if after + 1 < len(view.tokens) and view.lower[after] == "and" and (backing_verb(view, after - 1, after + 1)
                                                                        or view.tokens[after + 1].lemma.lower() in lexicon.give_verbs):
        after += 2
    if (entry.words[0] in lexicon.recipient_object or view.lemmas[after - 1] in lexicon.recipient_object) \
            and armed_group_object(view, after):
        return None  # "accused New Delhi of financing militants in Balochistan": no state gets it
    if own_people(view, after):
        return None  # "it would supply its customers with gas from other sources": the giver's own buyers get it
    speaker, after = quoted_us(view, after)  # '"Japan has given us ten patrol boats," the Philippine minister said'
    recipients, after = indirect_object(view, after, donors, owned=entry.words[0] in lexicon.recipient_object
                                        or view.lemmas[after - 1] in lexicon.recipient_object)  # "keep funding"
    recipients = recipients or speaker
    if recipients and after + 1 < len(view.tokens) and view.lower[after] == "to" and view.lemmas[after + 1] in _BUYING:
        after += 2  # "gave the go-ahead for Egypt to buy $740 million worth of Stinger missiles": what it buys
    if recipients and entry.words[0] in lexicon.with_only and after < len(view.tokens) \
            and view.lower[after] in HELPED_VERBS:
        after += 1  # "help Islamabad build reactors": the item is what is built
    segments, end = item_segments(view, after, relative_aside_end(view, first, after), donors)  # "Germany, which
    # had refused to send tanks, agreed ...": the aside's object ends where the aside does
    partners, segments = joint_partners(view, segments, donors)  # "in a joint project with Denmark"
    if partners:
        frame.donors = donors = donors + partners
    if recipients:
        segments = [(s, e, r or recipients) for s, e, r in segments]
    segments = withheld_from(view, [recipient_in_object(view, seg, donors, entry) for seg in segments],
                             entry.words[0], donors)  # "withheld $95 million in military aid from Egypt"
    if recipients and (entry.words[0] in lexicon.recipient_object or entry.words[0] in lexicon.recipient_alone) \
            and not any(view.lower[x].isalnum() for s, e, _ in segments for x in range(s, e) if view.lower[s] not in LOCATIVE):
        segments = [(first, last, recipients)]  # "denied arming Russia(, though ...)", "arms the Houthis in Yemen and
        # says ...": the verb names what was given
    if entry.status in ("declined", "approved") and segments:
        # "Ukraine halted the transit of Russian gas to Slovakia": the origin named in the object gave;
        # "Washington cleared the transfer of Danish jets to Peru": the approver licenses another's supply
        origin = [m.entity for m in view.state_in(segments[0][0], segments[0][1])
                  if (m.how == "demonym" or (view.possessive(m) and frame.status == "declined")  # "the EU's package"
                      or attributive_state(view, m))  # "froze $130 million in US military aid to Egypt"
                  and m.entity not in donors]
        if origin:
            frame.donors = donors = (origin[0],)
    if asked:  # "asked China to finance a railway line to Burundi": the line ends there, the askers get it
        segments = [(s, e, askers if r and route_end(view, e) else r or askers) for s, e, r in segments]
    frame.segments = fronted_item(view, subject_at, segments, recipients)  # "the drones Iran sent (to) Russia"
    frame.quote_last = end
    lender = lender_with(view, after, end, donors) if entry.words[0] in ("finance", "fund", "pay") else None
    if lender is not None:  # "plans to finance three railways with Chinese loans": China lends, the subject gets
        with_at, ref = lender
        frame.donors = (ref,)
        frame.segments = [(s, min(e, with_at), donors) for s, e, _ in segments if s < with_at] if donors else []
    return stopped_buying(view, brought_origin(view, frame))  # "Moldova has stopped buying gas from Russia": the buyer
    # got it; "a plan to bring Egyptian gas to Lebanon": Egypt gives


_BENEFICIARY_NOUNS = frozenset("beneficiary beneficiaries recipient recipients debtor debtors borrower "
                               "borrowers".split())
_ASKING_LEMMAS = ASK_LEMMAS | HASTEN_ASKING  # "asked India for", "urged Berlin to speed up deliveries"
_ASPECT_VERBS = frozenset("keep continue start resume begin".split())
def _asked_for_before(view: SentenceView, first: int, context: Context) -> Frame | None:
    """The request ("asked X for Y") whose item holds the verb at *first*, if any."""
    for j in range(first - 1, max(-1, first - 15), -1):
        if view.lower[j] in (".", ";"):
            return None
        if view.lemmas[j] in ASK_LEMMAS and (frame := ask_frame(view, j, context)) and frame.quote_last > first:
            return frame
    return None


_DENIAL_VERBS = frozenset("reject dismiss refute deny".split())
def _denied_frames(view, deny_at: int, inner: tuple[int, int, Entry], context: Context,
                   lexicon: AidLexicon) -> list[Frame]:
    """"Pyongyang denied supplying shells to Moscow", "Baku rejected reports that it was importing
    Russian gas": the supply in the denied clause, its own subject standing in for a pronoun."""
    first, last, entry = inner
    speaker = relative_antecedent(view, deny_at)[0] or view.subject(deny_at)[0]  # "backed by the UAE, which denies arming"
    if entry.frame == "give":
        frame = _give_frame(view, first, last, entry, context, lexicon)
        found = [frame] if frame is not None else []
        for f in found:
            if speaker and (not f.donors or view.pronoun_subject(first) or view.lower[first].endswith("ing")):
                f.donors = speaker
    else:
        found = receive_frame(view, first, last, entry, context)
        if speaker and (view.pronoun_subject(first) or view.lower[first].endswith("ing")):
            for f in found:
                f.segments = [(s, e, speaker) for s, e, _ in f.segments]
                f.donors = tuple(d for d in f.donors if d not in speaker)
    for f in found:
        f.status = "denied"
        f.quote_first = min(f.quote_first, deny_at)
    return found


def extract_aid(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], *, doc_id: str,
                today: date | None = None, person_states: dict | None = None) -> list[AidFlow]:
    """All aid flows of a document, one per (donor, recipient, item span); *person_states* maps the
    leaders and ministers the text ties to a state to that state (they act for it, README G2)."""
    lexicon = load_lexicon()
    acting = acting_persons(mentions, person_states or {})
    speakers = speaker_states_by_sentence(mentions, acting)
    mentions = aid_mentions(mentions, acting, sentences)
    actors = by_sentence(mentions, kinds=("state", "organisation"))
    # The state the article is most about: the recipient of last resort ("It will pay for radars").
    main = main_state(mentions)
    context = Context(document_topic=(main,) if main else ())
    flows: list[AidFlow] = []
    before: tuple[str, ...] = ()
    last_person_state: tuple = ()
    previous: SentenceView | None = None  # the sentence before, for "Under the deal," after a signing
    for sentence in sentences:
        view = SentenceView(sentence, actors.get(sentence.index, []))
        view.person_state_at = speakers.get(sentence.index, {})  # '"We will send tanks," Scholz said': Germany
        view.last_person_state = last_person_state  # '"We will send tanks," he said': the last person's state
        if sentence.heading:
            context.reset(heading_topic(view))
            continue
        # "A and B signed a pact. Under the deal, B will receive $64 million": the pact's two sides are in hand
        if previous is not None and opens_on_the_deal(view) and (pair := deal_pair(previous)):
            context.donors = context.recipients = pair
        frames = _frames(view, context, lexicon)
        new, supposed_flows, carried = [], set(), speculation_carried(view, before)  # "He said X could ..."
        before = tuple(view.lower)
        if frames:  # (most sentences have none: no flows, and the getters in hand stay as they are)
            outer = context.recipients
            context.recipients = outer or stricken_here(view, frames, context)  # "After floods hit Pakistan, China sent"
            givers: tuple = ()  # the givers the sentence itself named so far
            for frame, later in zip(frames, later_getters(frames)):
                context.recipients = later or context.recipients  # "Japan, which cannot export arms, gave Ukraine ..."
                share_giver(frame, givers, context)  # "Japan is financing six boats; the first two were delivered"
                found = flows_of(view, frame, context, lexicon, doc_id, today)
                givers = unique(f.donor for f in found if not frame.used_context) or givers
                supposed_flows |= {id(f) for f in found if supposed(view, frame)  # "without any aid from the EU"
                                   or carried and speculated(view, frame.first, speaker=True)}
                if found:
                    # "Brazil will send beans to Haiti, while Argentina will send medicine": a later frame
                    # of the sentence without a recipient shares the one named before it
                    context.recipients = unique(f.recipient for f in found)
                new.extend(found)
            context.recipients = outer
            # a generic item ("assistance") gives way to a specific one of the same flow and status
            specific = {(f.donor, f.recipient, f.status) for f in new if f.item_class is not None}
            new = [f for f in new if f.item_class is not None or (f.donor, f.recipient, f.status) not in specific]
            flows.extend(f for f in new if id(f) not in supposed_flows)
        update_context(view, frames, new, context)
        previous = view
        if view.person_state_at:  # the person named last, and their state if the text gives one
            last_person_state = tuple(filter(None, (view.person_state_at[max(view.person_state_at)],)))
    return finished(without_maker_getters(flows, mentions), sentences)


def _that_he(view: SentenceView, first: int) -> bool:
    return any(view.lower[k] in ("he", "she") and view.lower[k - 1] == "that" for k in range(max(1, first - 3), first))


def _time_after(view: SentenceView, at: int) -> bool:
    return at < len(view.lower) and (view.lower[at] in _CALENDAR or view.lower[at][:1].isdigit())


def _frames(view: SentenceView, context: Context, lexicon: AidLexicon) -> list[Frame]:
    frames: list[Frame] = []
    consumed = -1
    triggers = find_triggers(view.sentence, lexicon)
    has_include = any(e.frame == "include" and view.lower[f] != "including"  # no aside, and an aid subject
                      and aid_is_subject(view, f, lexicon, context) for f, _, e in triggers)  # ("gaps will be covered")
    for n, (first, last, entry) in enumerate(triggers):
        if first < consumed and not (entry.frame == "give" and resumed_main(view, first, frames)):
            continue  # (but "Germany, which pledged tanks, delivered them": the main verb is its own stage)
        if entry.frame in ("give", "receive") and (warned_against(view, first) or unbarred(view, first)):
            continue  # "warned Cairo against buying Chinese jets", "did not stop Spain from sending": no supply (A5)
        if entry.frame == "give" and (flown := flown_made(view, first)) is not None:
            frames.append(flown)  # "Ukraine began flying American-made F-16 fighters": used, not flown in
            consumed = flown.quote_last
            continue
        if entry.frame == "deny" and confirm_or_deny(view, first):
            continue  # "neither confirmed nor denied that Russia had delivered S-400s": the report stands
        if entry.frame == "deny" or (entry.frame == "receive" and entry.words[0] in _DENIAL_VERBS):
            if (request := denied_request(view, first, last, context)) is not None:
                frames.append(request)  # "Honduras rejected reports that it had asked Taiwan for $2.5 billion"
                consumed = request.quote_last
                continue
            inner = denied_clause(view, last, triggers)
            if inner is not None:
                found = _denied_frames(view, first, triggers[inner], context, lexicon)
                frames.extend(found)
                consumed = max((f.quote_last for f in found), default=triggers[inner][1])
                continue
            if (answered := denied_allegation(view, first, last, entry, context)):
                frames.extend(answered)  # "Minsk rejected the accusations": the reported flow is denied
                consumed = answered[0].quote_last
                continue
            if entry.frame == "deny":
                # "Tehran and Moscow denied any intention of trading arms": a trade between the deniers;
                # a denial naming no supply gives no flow (and no donor from the context)
                found = mutual_denial(view, first, last, entry)
                frames.extend(found)
                consumed = max((f.quote_last for f in found), default=last)
                continue
        if entry.frame == "receive" and entry.words == ("order",) and ordered_dispatch(view, last):
            entry = ORDERED_DISPATCH  # "Kuwait's emir ordered the dispatch of relief supplies to Turkey": a gift decided
        if entry.frame == "give" and view.lower[first - 1] == "-" and (made := in_service_frame(view, first)):
            frames.append(made)  # "The Philippine Navy operates two South Korean-built frigates"
            consumed = made.quote_last
            continue
        if entry.frame == "give" and (reduced := reduced_passive_frame(view, first, last, entry, context)):
            frames.append(reduced)  # "has relied on MiG-29 jets supplied by Russia and Belarus"
            consumed = reduced.quote_last
            continue
        if entry.frame == "give" and (accused := accused_parties(view, first)):
            # "Washington accused Pretoria of supplying arms to Moscow": the accused would give, and an
            # alleged flow keeps the alleged stage (README A4); a denial by a party is its own record
            if (frame := _give_frame(view, first, last, entry, context, lexicon)) is not None:
                frames.append(accused_giver(view, frame, accused))
                consumed = frame.quote_last
            continue
        if entry.frame in ("give", "receive", "deny") and not verb_like(view, first, lexicon.noun_like):
            if entry.frame == "give" and (aside := agent_aside_frame(view, first, last, entry, context)):
                frames.append(aside)  # "The gas, financed by Qatar, will ease power cuts"
                consumed = aside.quote_last
                continue
            # "Russian wheat exports to Egypt", "India's purchase of ...": the same word as a noun
            owned = first > 0 and view.lower[first - 1] in ("its", "their") \
                or view.lower[first + 1:first + 2] == ("from",)  # "said its funding would continue", "funding from the ADB"
            named_deal = view.lower[first + 1:first + 2] and view.lower[first + 1] in DEAL_NOUNS  # "a financing deal"
            entry = next((e for words in (entry.words[:1], (view.lower[first],) if owned or named_deal else entry.words[:1])
                          for e in lexicon.by_first_word.get(words[0], ())
                          if e.frame in ("aid-noun", "purchase-noun", "offer-noun") and e.words == words),
                         None)  # "Kazakh oil flows to Germany rose": the noun of the verb "flow to"; "its funding"
            if entry is None:
                continue
            last = first + 1
        if entry.frame == "give" and last < len(view.lower) \
                and f"{entry.words[-1]} {view.lower[last]}" in lexicon.cues.get("verb_idioms", ()):
            continue  # "building on the German pledge": no supply
        if entry.frame == "give" and last < len(view.lower) and view.lower[last] in lexicon.cues["idiom_particles"] \
                and not _time_after(view, last + 1) and not up_to_amount(view, last) \
                and not (view.lower[last] == "in" and (carrier_state(view, last + 1) or goods_in(view, last, lexicon))):
            continue  # "sold out", "gave up": not a supply ("sent in 2022", "up to $5bn", "flown in aboard", "flew in tents")
        if entry.frame == "give" and not give_applies(view, last, entry, lexicon):
            if (helping := ready_help_frame(view, first, last, entry, context, lexicon)) is not None:
                frames.append(helping)  # "France stood ready to help": more aid held out
                consumed = helping.quote_last
                continue
            # "China supports Iran's position", "took place", "announced sanctions": no supply verb here,
            # but the same word may still be an aid noun ("material support to Iran")
            entry = next((e for e in lexicon.by_first_word.get(entry.words[0], ())
                          if e.frame == "aid-noun" and e.words == entry.words), None)
            if entry is None:
                continue
        if entry.frame == "give" and (arrived := arrived_then_handed(view, first, frames, context)) is not None:
            frames.append(arrived)  # "Tents from Japan landed in Lahore and were handed to the disaster authority"
            consumed = max(arrived.quote_last, last)
            continue
        if entry.frame == "give":
            frame = echo_stage(_give_frame(view, first, last, entry, context, lexicon), frames, context)
            if frame is not None:
                if frames and first > 0 and entry.status != "declined" and not paid_out_now(view, first) and (
                        view.lower[first - 1] == "," and view.lower[first].endswith("ing") or purpose_of(view, first, frames[-1], frame)):
                    # "approved a loan, giving the country a lifeline" (but "..., cutting off the gas" keeps its stage)
                    frame.status = frames[-1].status
                    lent_to(view, first, frames[-1], frame)  # "roll over $2.4 billion in loans, giving Islamabad breathing room"
                frame = deal_sharing_giver(view, first, frames, gerund_sharing_subject(view, first, frames, frame))
                frames.append(frame)
                if frame.donors or any(r or aid_like(view, s, e) for s, e, r in frame.segments):
                    consumed = frame.quote_last  # (not "after a volcano sent a tsunami": nobody gives nothing,
                    # and an earlier "Supplies from Australia reached Tonga" may still be read)
                if (going_on := standing_supply(view, frame, lexicon) or stopped_flow(frame)) is not None:
                    frames.append(going_on)  # "cut off the supplies it sends to Ukraine"
                if frame.status == "declined" and threatened(view, first):
                    frames.remove(frame)  # "may cut off the electricity it sends to Ukraine": a threat, no stage
        elif entry.frame in ("receive", "deny"):
            asked = _asked_for_before(view, first, context)
            if asked is not None:  # "asked New Delhi for a credit line to import food": the request is the flow
                frames.append(asked)
                consumed = asked.quote_last
                continue
            found = receive_frame(view, first, last, entry, context)
            asked, askers = request_parties(view, first) if entry.status == "delivered" else ((), ())
            for f in found if asked else ():
                # "Dhaka asked Beijing to import more Bangladeshi rice": the asked party would receive;
                # an unanswered request (README A3)
                origin = unique(m.entity for s, e, _ in f.segments for m in view.state_in(s, e)
                                if m.entity not in asked)
                f.donors = tuple(d for d in f.donors if d not in asked) or origin or askers
                f.segments = [(s, e, asked) for s, e, _ in f.segments]
                f.status = "unspecified"
            frames.extend(() if speculated(view, first) else found)  # "Hanoi could buy it," said an analyst (A5)
            consumed = max((f.quote_last for f in found), default=consumed)  # nothing found: later openers may still read it
        elif entry.frame == "include" and aid_is_subject(view, first, lexicon, context) \
                and not is_passive(view, first):  # ("as long as it is involved in an armed conflict")
            frame = include_frame(view, first, last, entry, context)
            if frame:
                frames.append(frame)
                consumed = frame.quote_last
        elif entry.frame == "purchase-noun":
            frame = purchase_frame(view, first, last, entry, context)
            if frame:
                frames.append(frame)
                consumed = frame.quote_last
        elif entry.frame in ("aid-noun", "offer-noun") and not has_include:
            frame = proposed_frame(view, noun_frame(view, first, last, entry, context), entry, first, last, context)
            frame = participle_frame(view, frame, entry, first, last, context)
            if frame:  # "The earlier package, approved in 2019, ran out": the participle gives the stage
                frames.append(frame)
                consumed = frame.quote_last
    for j in openers(view, lexicon, _DECLINE_NOUNS, _BENEFICIARY_NOUNS):
        word = view.lower[j]
        if j >= consumed and view.sentence.tokens[j].lemma.lower() in _DECLINE_NOUNS:
            frame = decline_noun_frame(view, j, j + 1, context)
            if frame:
                frames.append(frame)
        elif j >= consumed and view.lemmas[j] in EXPECTING and free(j, frames) \
                and (frame := expected_from_frame(view, j, context)):
            frames.append(frame)  # "$800 million that the government expected from the AIIB": asked, not given
            consumed = frame.quote_last
        elif word in _BENEFICIARY_NOUNS and (j >= consumed or free(j, frames)):
            frame = beneficiary_frame(view, j, context)
            if frame:
                frames.append(frame)
                consumed = frame.quote_last
        elif view.lemmas[j] in _ASKING_LEMMAS and free(j, frames) and (
                frame := ask_frame(view, j, context) or request_noun_frame(view, j, context) or hasten_frame(view, j, frames)):
            frames.append(frame)  # "Tanzania has asked India for 20 ambulances"
            consumed = frame.quote_last
        elif j >= consumed and (frame := amount_from(view, j, frames, context)):
            frames.append(frame)  # "alongside $12 billion from the World Bank"
            consumed = frame.quote_last
        elif j >= consumed and (frame := asked_from_frame(view, j, context)):
            frames.append(frame)  # "asked for funds from the UAE, Saudi Arabia and China"
            consumed = frame.quote_last
        elif frame := rebuttal_frame(view, j, frames):
            frames.append(frame)  # "Kyiv says Iran sent missiles to Russia, a claim Tehran denies"
        elif word == "never" and (frame := never_given_frame(view, j, context)):
            frames.append(frame)  # "$2.5 billion of it never disbursed"
            consumed = max(consumed, frame.quote_last)
        elif j >= consumed and word in MADE and (frame := in_service_frame(view, j)):
            frames.append(frame)  # "French-made Rafale fighters flown by the Indian Air Force"
            consumed = frame.quote_last
        elif free(j, frames, named=True) and (found := used_by_frames(view, j)):
            frames.extend(found)  # "Chinese Wing Loong drones already operated by Ethiopian forces"
            consumed = found[0].quote_last
        elif j >= consumed and (frame := approached_frame(view, j)):
            frames.append(frame)  # "Beijing approached PNG with an offer to help its police force"
            consumed = frame.quote_last
        elif j >= consumed and (frame := agreed_with_frame(view, j, context)):
            frames.append(frame)  # "a $3 billion facility was agreed with IMF staff"
            consumed = frame.quote_last
        elif view.lemmas[j] in WITHDRAW_WORDS and (found := withdrawal_frames(view, j, context)):
            frames.extend(found)  # "France pulled its troops out of Mali"
            consumed = max(consumed, found[0].quote_last)
        elif j >= consumed and view.lemmas[j] in RELYING and (found := reliance_frames(view, j, context)):
            frames.extend(found)  # "Armenia, which has relied for decades on Russian arms"
            consumed = found[-1].quote_last
        elif word in DEPOSIT_NOUNS and free(j, frames, named=True) and (frame := held_deposit_frame(view, j, context)):
            frames.append(frame)  # "Qatar has kept deposits worth $3 billion at the Central Bank of Egypt"
            consumed = max(consumed, frame.quote_last)
        elif free(j, frames, named=True) and (frame := destined_frame(view, j)):
            frames.append(frame)  # "a boat carrying Iranian-made weapons, probably destined for Yemen, was stopped"
            consumed = max(consumed, frame.quote_last)
        # goods leaving come before a later clause's frame as often as after it ("left Vietnam for Mozambique, the
        # first part of a package Hanoi promised"): a free departure is read even before what is consumed
        elif ((j >= consumed or view.lemmas[j] in DEPARTING) and free(j, frames) or in_whose_aside(view, j)) \
                and (frame := arrival_frame(view, j, frames, context) or transport_frame(view, j, frames, context)
                                                     or carry_frame(view, j, frames, context)
                                                     or alongside_frame(view, j)
                                                     or share_frame(view, j)
                                                     or funded_frame(view, j) or bound_frame(view, j)):  # "Saudi-funded"
            frames.append(frame)  # "The first batch of Indian wheat arrived in Afghanistan", "Y's gas comes from X"
            consumed = frame.quote_last
        elif (j >= consumed or free(j, frames, named=True)) and word in lexicon.buyer_nouns \
                and (frame := buyer_frame(view, j, context) or inverted_giver(view, j, lexicon, context)):  # "the largest buyer"
            frames.append(frame)  # "India became one of the biggest buyers of Russian crude"
            consumed = frame.quote_last
        elif word in CONTRACT_NOUNS and free(j, frames) and (frame := contract_frame(view, j, frames, context)):
            frames.append(frame)  # "A contract for the plant was signed on Monday": approved (README A3)
            consumed = frame.quote_last
        elif word in lexicon.supplier_nouns and (free(j, frames, named=True) or view.lower[j + 1:j + 2] == (",",)):
            frame = supplier_frame(view, j, context) or inverted_giver(view, j, lexicon)  # "Its largest lender is China"
            if frame:
                frames.append(frame)
                consumed = frame.quote_last
    return sentence_passes(view, frames, context, lexicon)
