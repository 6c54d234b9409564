"""Aid frames whose subject receives or whose giver is named late: receive and decline verbs
("Laos received a loan from China"), buyers that give ("bought Argentine pesos"), two states denying
a trade, and a sum "from" an actor.
"""

from __future__ import annotations

from kg.extract.aid_accepted import accepted_by_agent, accepted_stage
from kg.extract.aid_consignment import counted_consignment
from kg.extract.aid_measured import measured_subject
from kg.extract.aid_destination import unnamed_seller
from kg.extract.aid_checks import aid_like, common_noun_subject
from kg.extract.aid_bought_from import bought_from, promised_stage
from kg.extract.aid_owed import from_demonym_lender
from kg.extract.aid_nouns import Context, Frame, amount_in, received_item_end
from kg.extract.aid_fronted_receipt import fronted_goods_giver
from kg.extract.aid_relative import fronted_item
from kg.extract.aid_led_by import led_by_subject
from kg.extract.aid_orders import orders_frame
from kg.extract.aid_relative import relative_stage
from kg.extract.aid_passive_refusal import refused_by_agent
from kg.extract.aid_denied_clause import asked_to_give, request_object
from kg.extract.aid_event_time import event_time_at
from kg.extract.aid_verb_clauses import accused_party
from kg.extract.aid_aside_clause import aside_at
from kg.extract.aid_declined_it import declined_pronoun
from kg.extract.aid_relative_giver import relative_giver
from kg.extract.aid_slots import ITEM_STOP, attribution_after, passive_agent, status_cues
from kg.extract.aid_quoted import quoted_we
from kg.extract.aid_signed_deal import deal_partner
from kg.extract.aid_refusal import barred_getter, refusal_before_time, refused
from kg.extract.aid_subject import for_to_subject, main_subject, reported_relative
from kg.extract.aid_under_way import bought_in_hand, standing_purchase
from kg.extract.aid_wished import wished
from kg.extract.aid_deal_undone import deal_undone
from kg.extract.aid_deal_signed import deal_signed, sought_no_goods
from kg.extract.aid_deal_purpose import deal_to_give
from kg.extract.aid_taken import taken_goods
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.speech_verbs import ASSERTING
from kg.extract.view import BE_FORMS, CLAUSE_AUX, CLAUSE_END, IRREGULAR_PAST, SentenceView, unique
from kg.model import EntityRef


_ALTERNATIVES = (("in", "favour", "of"), ("in", "favor", "of"), ("instead", "of"), ("rather", "than"))
_ALTERNATIVE_FIRST = frozenset(words[0] for words in _ALTERNATIVES)


_GOT = frozenset("receive get win secure obtain garner".split())


def _alternative_at(view, at: int) -> bool:
    """Does "in favour of", "instead of" or "rather than" start at *at*? What follows is what was chosen
    instead ("turned down the offer in favour of the Swedish jet"), not the giver of what was refused."""
    if 0 <= at < len(view.lower) and view.lower[at] not in _ALTERNATIVE_FIRST:
        return False  # (most words open none of them)
    return any(tuple(view.lower[at:at + len(words)]) == words for words in _ALTERNATIVES)


_PRESSURE = frozenset("pressure criticism objections opposition protests warnings threats".split())


def _pressure_at(view, at: int) -> bool:
    """Does "under pressure from", "amid objections from" start at *at*? Who presses is no giver
    ("cancelled a deal to buy Russian helicopters under pressure from Washington")."""
    return view.lower[at] in ("under", "amid", "after", "following", "despite") \
        and view.lower[at + 1:at + 2] != () and view.lower[at + 1] in _PRESSURE


def _participle_clause(view, at: int) -> bool:
    """Does a participle clause start at the comma at *at* (", opting instead for US Black Hawks") or at a time
    word before a gerund ("bought the guns after donating its tanks to Ukraine": who got the tanks sold nothing)?"""
    return view.lower[at] in (",", "after", "before") and at + 1 < len(view.tokens) \
        and view.lower[at + 1].endswith("ing") and view.lower[at + 1] != "including" and at + 1 not in view.actor_at


def _phrase_start(view, first: int, be: int) -> int:
    """The start of the noun phrase right before the passive's "be" at *be* (not past "and", a comma or "to")."""
    j = be
    while j > first and view.lower[j - 1] not in (",", "and", "to", '"', "“", "”"):
        j -= 1
    return j


_DONE = frozenset("working running going moving open reopened started restored repaired rebuilt done ready "
                  "underway".split())


def _causative_get(view, last: int) -> bool:
    """Does "get" take an object and a result ("get the airport working again", "get talks going")?"""
    for j in range(last + 1, min(last + 14, len(view.tokens))):
        if view.lower[j] in _DONE:
            return True
        if view.lower[j] in CLAUSE_END or view.lower[j] in (";", "from"):
            return False
    return False


def _bare_noun(view, first: int, last: int) -> bool:
    """Does the object at *first* (the first conjunct, right after the verb ending at *last*) open with a
    bare noun, not one that points back ("the aid", "this offer", "it", "Japan's help")?"""
    word = view.lower[first] if first < len(view.tokens) else ""
    return first == last and word.isalpha() and word not in _POINTING and first not in view.actor_at


_POINTING = frozenset("the this these that those it them its their his her our a an all any some".split())


_LINES = frozenset("swap swaps line lines facility facilities deposit deposits".split())


def _drawn_goods(view, last: int) -> bool:
    """Does energy "from" an actor follow the drawing verb ("draw electricity from Kazakhstan and Uzbekistan")?"""
    at = next((k for k in range(last, min(last + 5, len(view.tokens))) if view.lower[k] == "from"), None)
    if at is None or at == last or at + 1 + (view.lower[at + 1:at + 2] == ("the",)) not in view.actor_at:
        return False
    return "energy" in load_lexicon().categorise([t.text for t in view.tokens[last:at]])[0]


def _admitted(view, last: int) -> bool:
    """Does an actor admitted "into" or "as" something follow the accepting verb ("accepted Nepal into the SPP",
    "admitted Sweden as a member")?"""
    k = last + (view.lower[last:last + 1] == ("the",))
    actor = view.actor_at.get(k)
    if actor is None:
        return False
    end = view.group(actor)[-1].last
    return view.lower[end:end + 1] in (("into",), ("as",))


def receive_frame(view, first, last, entry, context) -> list[Frame]:
    """Decline/receive verbs: subject = recipient; each object conjunct names its donor."""
    if entry.status == "declined" and last + 1 < len(view.tokens) and (view.lower[last] == "to" or (
            (to := next((k for k in range(last, min(last + 6, len(view.tokens))) if view.lower[k] == "to"), None))
            and refusal_before_time(view, to) == first)
            or view.lower[last].endswith("ing") and view.lemmas[last] in load_lexicon().give_verbs):
        return []  # "Israel refused (last year) to transfer ...", "Germany ruled out sending Taurus missiles"
    if entry.words[0] in ("tap", "draw") and _LINES.isdisjoint(view.lower[last:last + 9]) \
            and not _drawn_goods(view, last):
        return []  # only money drawn from a line: "tapped a swap facility from India" (not "drawn on Russian assets"),
        # or energy drawn from a state: "will draw electricity from Kazakhstan"
    if entry.words == ("seek",) and (view.lower[last:last + 1] == ("to",) or {"no", "not", "n't", "never"}
                                     & set(view.lower[max(0, first - 4):first])
                                     or not any(view.amount_at(k) for k in range(last, min(last + 3, len(view.tokens))))):
        return []  # "is seeking to buy wheat", "has no plans to seek a bailout", "sought help": other readings
    if entry.words[0] == "rule" and {"not", "n't", "never"} & set(view.lower[max(0, first - 3):first]):
        return []  # "Moscow did not rule out military-technical cooperation": left open, not refused
    if entry.status == "declined" and (sent := _sent_on(view, last)) is not None:
        givers, to, getter = sent  # "Germany has ruled out the delivery of Taurus missiles to Ukraine": a giver refusing
        return [Frame(Entry(entry.words, "give", "declined"), first, last, givers, [(last, to, (getter.entity,))],
                      "declined", first, getter.last)] if givers else []
    if entry.words[0] in ("accept", "admit") and _admitted(view, last):
        return []  # "Washington accepted Nepal into the programme": a member admitted, no goods taken
    if entry.words == ("take",) and not taken_goods(view, last):
        return []  # "took control of the village from", "took the lead from France": no goods counted and bought
    if entry.words == ("get",) and _causative_get(view, last):
        return []  # "help get the airport working again": getting something done, not getting goods
    if entry.status != "declined" and deal_to_give(view, last, load_lexicon().give_verbs):
        return []  # "has clinched a $920 million deal to supply Malaysia with jets": the winner supplies
    if entry.status == "unspecified" and sought_no_goods(view, last):
        return []  # "as Ankara looked for a way to fill the gap": a way, not goods, is sought
    # not "is to receive": a verb after "to" is an infinitive, the subject still gets it
    passive = first > 0 and not view.lower[first].endswith("ing") and view.lower[first - 1] != "to" and (
        view.lower[first - 1] in BE_FORMS or (first > 1 and view.lower[first - 2] in BE_FORMS))  # not "was importing"
    frames: list[Frame] = []
    if passive:
        subject_first = view.chunks_before(first)[-1][0]
        be = next((j for j in range(subject_first, first) if view.lower[j] in BE_FORMS), first)
        if (refusal := refused_by_agent(view, subject_first, be, first, last, entry)) is not None:
            return [refusal]  # "China's offer of a loan was rejected by the Philippines"
        if (taken := accepted_by_agent(view, subject_first, be, first, last, entry)) is not None:
            return [taken]  # "Rescue teams offered by Japan were accepted by Türkiye"
        if entry.words[0] in ("receive", "order") and not aid_like(view, _phrase_start(view, subject_first, be), be):
            return []  # "travelled to the UAE and were received by its president": guests, not goods
        buyers = passive_agent(view, last)  # "The Turkish drones were bought by Ethiopia in 2021"
        if not buyers and (bought := bought_from(view, subject_first, first, last)) is not None:
            return [bought]  # "Most of Kyrgyzstan's electricity is imported from Turkmenistan"
        donors = unique(m.entity for m in view.actors_in(subject_first, first) if m.entity not in buyers) \
            or context.donors
        there = view.actor_at.get(last + 1) if view.lower[last:last + 1] == ("in",) else None  # "was received in Cuba"
        there = (there.entity,) if there is not None and there.entity.kind == "state" and there.how != "demonym" else ()
        recipients = buyers or there or context.recipients or context.topic
        frame = Frame(entry, first, last, donors, [(subject_first, be, recipients)],
                      accepted_stage(view, entry, subject_first, be, entry.status), subject_first, last,
                      used_context=True)
        return [frame]
    infinitive = for_to_subject(view, first)
    if infinitive == ((), None):
        return []  # "room for Ukraine's supporters to buy weapons": buyers the text does not name
    recipients, subject_at = infinitive or reported_relative(view, first) or helped_getter(view, first) \
        or accused_party(view, first) or barred_getter(view, first) \
        or view.subject(first)  # "accused the RSF of receiving weapons from the UAE", "blocked Pakistan from buying"
    from kg.extract.aid_checks import relative_antecedent  # noqa: PLC0415 -- aid_checks imports this module's peers
    if (antecedent := relative_antecedent(view, first))[0]:
        recipients, subject_at = antecedent  # "to Indonesia, which later bought Rafale jets from France"
    if not recipients and (quoted := quoted_we(view, first))[0]:
        recipients, subject_at = quoted  # '"We have received 40 tanks from Poland," the Ukrainian minister said
    request = request_object(view, last)
    if entry.status == "declined" and request is not None and recipients and asked_to_give(view, request):
        return []  # "refused calls from Washington to send shells to Ukraine": the frame of "send" tells it
    if entry.status == "declined" and request is not None and recipients:
        # "Washington turned down a request for budget support from Pakistan": the subject is
        # the donor who said no; the asker (after "from", else the context) would have received
        askers = [m.entity for m in view.actors_in(request, min(request + 12, len(view.tokens)))
                  if view.lower[m.first - 1] in ("from", "by") and m.entity not in recipients] \
            or [m.entity for m in view.actors_in(last, request) if m.entity not in recipients]  # "a German request"
        asked_for = _passed_on(view, request, recipients) or tuple(askers) \
            or tuple(r for r in context.fallback_recipients() if r not in recipients)
        if not asked_for:
            return []
        end = request + 1
        while end < len(view.tokens) and view.lower[end] not in ITEM_STOP and view.lower[end] not in (".", ",", "from"):
            end += 1
        item = request + 1 + (request + 1 < end and view.lower[request + 1] in ("for", "of"))
        item = item if item < end else request  # "brushing aside a German request": what was asked is untold
        return [Frame(entry, first, last, recipients, [(item, end, asked_for)], "declined",
                      subject_at if subject_at is not None else first, end, used_context=not askers)]
    if recipients and entry.status in ("delivered", "approved") and entry.words[0] in _BUY_LEMMAS:
        bought = _bought_for_another(view, first, last, entry, recipients, subject_at, load_lexicon())
        if bought is not None:
            return [bought]
    if entry.status == "delivered" and (asked := request_object(view, last)) is not None \
            and not (entry.words[0] == "accept" and view.lower[asked] in ("bid", "bids")):
        return []  # "the Germans have received our request": a request (but "accepted a Japanese bid": an offer)
    if entry.status == "delivered" and _told(view, last):
        return []  # "the bloc had received reports from intelligence sources of a factory making drones": news
    if not recipients and (leader := led_by_subject(view, first)) is not None:
        recipients, subject_at = leader  # "a coalition led by Saudi Arabia that has bought"
    if not recipients and common_noun_subject(view, first):
        return []  # "Europe, which is buying less oil", "every country will try to get the best deal"
    if not recipients:
        # "Myanmar said on Monday that it had received rice from Japan": "it" is the speaker
        recipients = main_subject(view, first) or _pronoun_getter(view, first, context) or context.recipients \
            or context.topic
    # "from X" names the donor of a received supply.
    end = first
    while end < len(view.tokens) and view.lower[end] not in ITEM_STOP and view.lower[end] not in (".", ":", ";") \
            and not (view.lower[end] == "than" and end + 1 in view.actor_at) \
            and not (view.lower[end] == "and" and (_next_verb(view, end + 1, view.lower[first].endswith("s"))
                                                   or view.lower[end + 1:end + 2] in _NEW_VERB_PHRASE)) \
            and not _alternative_at(view, end) and not _clause_after(view, end) and not _next_clause(view, end) \
            and not _main_clause_resumes(view, end) \
            and not _pressure_at(view, end) and not _participle_clause(view, end) and not aside_at(view, end) \
            and not event_time_at(view, end) \
            and not (view.lower[end] == "," and end + 1 in view.actor_at
                     and attribution_after(view, end, len(view.tokens))):
        end += 1  # "bought tanks and sent them to Ukraine": the second verb has its own object; ", Kenya claims";
        # "receive more US aid than Jordan": who is compared is no giver
    conjuncts, start = [], last
    for j in range(last, end + 1):
        new_donor = j + 1 < end and ((j + 1 in view.actor_at and view.actor_at[j + 1].how == "demonym")
                                     or view.lower[j + 1] in ("joint", "jointly"))
        if j == end or (view.lower[j] == "," and j + 1 < end and not (j - 1 in view.actor_at and j + 1 in view.actor_at)) \
                or (view.lower[j] == "and" and new_donor and j > start):
            conjuncts.append((start, j))
            start = j + 1
    if entry.status == "delivered" and (sold := orders_frame(view, first, last, end, entry, recipients, subject_at)):
        return [sold]  # "Washington has received orders from Taiwan": the receiver of an order sells
    named = unique(m.entity for m in (view.state_in(last, end) if entry.words[-1] == "in" else view.actors_in(last, end))
                   if m.entity not in recipients) \
        or relative_giver(view, end, recipients) or deal_partner(view, first, recipients)
    if entry.words[0] in _LENDER_NAMED and not any(view.from_before(m) or from_demonym_lender(view, m)
                                                   or entry.words[0] == "order" and _made_goods(view, m)
                                                   for m in view.actors_in(last, end)):
        return []  # "Kenya borrowed heavily", "the EU borrowed on the markets": no lender named, no flow
    if entry.words[0] == "accept" and not named and (taken := declined_pronoun(view, first, last, entry, context, recipients)):
        return taken  # "Turkey offered planes to Greece. Athens accepted the offer": the offer in hand, approved
    if entry.status == "delivered":
        # "received the Saudi ambassador" is no supply: a receive verb needs its donor named
        # ("from China", "Chinese grain") or an object that names goods.
        words = [t.text for t in view.tokens[last:end]]
        if not named and not load_lexicon().categorise(words)[0] and not counted_consignment([w.lower() for w in words]) \
                and not (context.donors and (view.amount_at(last) or measured_subject(view, last, next(
                    (k for k in range(last, end) if view.lower[k] == ","), end)))):
            return []  # (but "Oslo received its last batch", "Somalia received 50,000 tonnes": goods of the flow told before)
        if any((t.isupper() or t[:1].isupper()) and "$" not in t for t in words[:1]) and not named:  # (not "A$")
            return []
    traded = entry.words[0] in _GOODS_VERBS and any(view.from_before(m) for m in view.actors_in(last, end))
    head_end = next((j for j in range(last, end) if view.lower[j] in ("and", ",", ";", "but", "that", "by")), end)
    if (entry.status == "declined" or entry.words[0] == "accept") and not traded and not aid_like(view, last, head_end):
        # "ignored EU warnings", "accepted a cease-fire": nothing given; "Colombo turned it down": the offer in hand
        return declined_pronoun(view, first, last, entry, context, recipients)
    if not aid_like(view, last, end) and not traded and named and view.lower[last:last + 1] == ("from",) \
            and (fronted := fronted_item(view, subject_at, [], ())):
        # "the 12 Rafale jets that Serbia ordered from France": the goods stand before the buyer
        stage = status_cues(view, first, entry.status, load_lexicon()) or entry.status
        return [Frame(entry, first, last, named, [(fronted[0][0], fronted[0][1], recipients)], stage,
                      fronted[0][0], end)]
    if not aid_like(view, last, end) and not traded:
        # "Egypt rejected Israeli claims", "received our request": nothing was offered; but what a state
        # imports or buys from another is goods ("imported record volumes from Russia")
        return []
    status = entry.status
    if status == "delivered":  # "Poland will buy launchers from the US": a purchase to come
        cue = status_cues(view, first, status, load_lexicon())
        if cue is None:
            return []  # "has not received any": nothing came, and nobody is quoted denying it
        status = accepted_stage(view, entry, last, end, cue)
        if status == "pledged" and standing_purchase(view, first, last, end):
            status = "delivered"  # "India is buying Russian oil at a discount": a standing supply
        elif status == "pledged" and (stage := bought_in_hand(view, first, last, context.status)) is not None:
            status = stage  # "agreed to purchase drones. The kingdom is acquiring the aircraft": the same deal
        if last < len(view.tokens) and view.lower[last] == "no":  # "says it received no weapons from Egypt"
            if not ASSERTING & set(view.lower):
                return []
            status = "denied"
        elif status in ("delivered", "pledged", "approved") and wished(view, first):
            status = "unspecified"  # "Vietnam has asked to buy Gripens from Sweden": a request not yet answered
        elif deal_undone(view, first) or refused(view, first):
            status = "declined"  # "pulled out of an agreement to buy helicopters from Russia", "refused to accept"
        elif status in ("delivered", "pledged") and deal_signed(view, first):
            status = "approved"  # "bought 20 jets from Britain under a deal signed on Monday": contracted
        if status in ("delivered", "approved") and entry.words[0] in _GOT:
            status = promised_stage(view, last, end) or status  # "received pledges of $500 million from India"
    for c_first, c_last in conjuncts:
        donors = unique(m.entity for m in view.state_in(c_first, c_last) if m.entity not in recipients
                        and (m in view.actors_in(c_first, c_last) or amount_in(view, m))  # "$1.3 billion in U.S. aid"
                        and view.lower[m.first - 1 - (view.lower[m.first - 1] == "the")] not in _ROUTE)
        if not donors and any(view.lower[j] in ("joint", "jointly") for j in range(c_first, c_last)):
            donors = named
        used = False
        if not donors and not named and entry.words[0] == "accept" and _bare_noun(view, c_first, last) \
                and {"would", "will", "could", "can"} & set(view.lower[max(0, first - 3):first]):
            continue  # "said it would accept relief materials": aid in general, from no giver in particular
        if not donors and not named and (owner := fronted_goods_giver(view, first)) is not None \
                and owner not in recipients:
            donors = (owner,)  # "U.S. weapons it has ordered but not yet received": contracted, still to come
            if status == "pledged" and {"order", "buy", "purchase"} & set(view.lemmas[max(0, first - 6):first]):
                status = "approved"
        if not donors:  # "bought a stake in a mine from the government": a seller named, though no state
            donors, used = (named or (() if unnamed_seller(view, last, end) else context.donors)), not named
        item = (c_first, received_item_end(view, c_first, c_last))
        if frames and set(view.lower[item[0]:item[1]]) <= _ELLIPTIC:
            item = frames[-1].segments[0][:2]  # "most of its wheat from Russia, and some from Ukraine"
        frames.append(Frame(entry, first, last, donors, [(*item, recipients)], status,
                             subject_at if subject_at is not None else first, c_last, used))
        earlier = relative_stage(view, c_first, c_last) if status == "delivered" else None
        if earlier is not None and earlier[0].entity not in recipients:  # "the shells the EU promised"
            giver, stage, _ = earlier
            frames.append(Frame(entry, first, last, (giver.entity,), [(c_first, giver.first, recipients)], stage,
                                subject_at if subject_at is not None else first, c_last))
    return frames


# "and has been stepping up arms shipments": an auxiliary after "and" opens the subject's next verb phrase
_NEW_VERB_PHRASE = frozenset((w,) for w in "has have had will would is was".split())


_CLAUSE_OPENERS = frozenset("after before until when once because since while if unless as".split())


def _clause_after(view: SentenceView, at: int) -> bool:
    """Does a subordinate clause with a subject of its own start at *at* ("after Ukraine ends transit")?"""
    k = at + 1 + (view.lower[at + 1:at + 2] == ("the",))
    return view.lower[at] in _CLAUSE_OPENERS and k in view.actor_at and view.actor_at[k].how != "demonym" \
        and view.actor_at[k].last < len(view.tokens) and view.lower[view.actor_at[k].last].isalpha() \
        and view.lower[view.actor_at[k].last] not in ("and", "or")


_NOT_OBJECT = frozenset("by to in on at from of for with as and or that which".split())


def _main_clause_resumes(view: SentenceView, at: int) -> bool:
    """Does the comma at *at* close a relative clause, the main verb following ("Azerbaijan, which buys most of
    its weapons from Israel and Turkey, accused New Delhi and Paris of ...")?"""
    if view.lower[at] != "," or at + 2 >= len(view.tokens):
        return False
    verb, after = view.lower[at + 1], view.lower[at + 2]
    past = verb.endswith("ed") and verb != view.lemmas[at + 1] or verb in IRREGULAR_PAST  # ", cut exports to Jordan"
    return past and view.tokens[at + 1].text.islower() \
        and (at + 2 in view.actor_at or after in ("the", "a", "an", "its", "their")
             or verb in IRREGULAR_PAST and after.isalpha() and after not in _NOT_OBJECT) \
        and any(view.lower[j] in ("which", "who") for j in range(max(0, at - 14), at))


def _next_clause(view: SentenceView, at: int) -> bool:
    """Does ", and/but" at *at* open a clause with a subject of its own ("received 20 launchers, and its army is
    also buying South Korean launchers"), not one more object ("tanks from Germany, and howitzers from France")?"""
    if view.lower[at] != "," or view.lower[at + 1:at + 2] not in (("and",), ("but",), ("while",)):
        return False
    k = at + 2
    if k < len(view.tokens) and view.lower[k] in ("its", "their", "his", "her", "the", "it", "they", "he", "she"):
        return any(view.lower[x] in CLAUSE_AUX or view.lower[x] in BE_FORMS for x in range(k + 1, min(k + 4, len(view.tokens))))
    return False


def _next_verb(view: SentenceView, at: int, present: bool = False) -> bool:
    """Is the token at *at* a finite supply or receive verb ("and sent them", "and shipped"; when the first
    verb is in the present, "buys Russian crude and resells fuel")?"""
    endings = ("ed", "t", "s") if present else ("ed", "t")
    if present and view.lower[at].endswith("s") and view.lower[at + 1:at + 2] in (
            ("from",), ("of",), (",",), (".",), ("and",), ("for",)):
        return False  # "imports wheat and supplies from Russia": a noun
    return at < len(view.tokens) and view.lower[at] != view.lemmas[at] and view.lower[at].endswith(endings) \
        and any(e.frame in ("give", "receive") for e in load_lexicon().by_first_word.get(view.lemmas[at], ()))


def _passed_on(view: SentenceView, request: int, refusers) -> tuple[EntityRef, ...]:
    """"refused a US request to send weapons to Ukraine": the state the request would have supplied."""
    givers = load_lexicon().give_verbs
    for j in range(request + 1, min(request + 4, len(view.tokens) - 2)):
        if view.lower[j] == "to" and view.lemmas[j + 1] in givers:
            for k in range(j + 2, min(j + 12, len(view.tokens) - 1)):
                if view.lower[k] in (".", ",", ";"):
                    return ()
                m = view.actor_at.get(k + 1)
                if view.lower[k] == "to" and m is not None and m.entity not in refusers:
                    return (m.entity,)
    return ()


# where received goods pass or go, not who gives them: "gets gas from Azerbaijan through a new pipeline to Greece"
_ROUTE = frozenset("to through via across into".split())
_ELLIPTIC = frozenset("and , some more the rest part most also".split())  # a conjunct naming no goods
_GOODS_VERBS = frozenset("import buy purchase procure borrow".split())
# Receive verbs that give a flow only with the lender named after "from": "borrowed $2 billion from China".
_LENDER_NAMED = frozenset(["borrow", "order", "contracted"])  # "ordered jets from France": the seller named after "from"
_BUY_LEMMAS = frozenset("buy purchase acquire procure order contracted".split())
# A state's own money or debt: buying it props the state up ("bought Argentine pesos", "buy Greece's bonds").
_STATE_ASSETS = frozenset("currency currencies bonds bond debt securities treasuries peso pesos lira rupee rupees "
                          "rouble roubles ruble rubles hryvnia pound".split())


_NEWS = frozenset("report reports information word news assurances assurance complaints complaint messages message "
                  "letter letters invitation invitations calls warnings warning".split())


def _made_goods(view: SentenceView, mention) -> bool:
    """Is *mention* the maker's demonym before goods ordered ("ordered 48 Turkish jets", "ordered 48 of the Turkish
    jets"), not before people given orders ("ordered Turkish troops to withdraw")?"""
    if mention.how != "demonym" or mention.entity.kind != "state":
        return False
    words = [t.text for t in view.tokens[mention.last:mention.last + 3]]
    return "military" in load_lexicon().categorise(words)[0] \
        and not _PEOPLE & set(view.lower[mention.last:mention.last + 3])


_PEOPLE = frozenset("troops soldiers forces police officials diplomats envoys citizens nationals staff crews".split())


def _told(view, last: int) -> bool:
    """Is what was received at *last* news or word of something ("received reports", "got word"), not goods?"""
    k = last
    while k < len(view.tokens) and view.lower[k] in ("a", "an", "the", "new", "fresh", "further", "several", "many"):
        k += 1
    return k < len(view.tokens) and view.lower[k] in _NEWS


_ENABLING = frozenset("help enable allow let".split())


def helped_getter(view, first: int):
    """The actor helped to receive in "help Lebanon get fuel from Egypt", "allowed Kyiv to buy jets": the
    helper only enables; who is helped gets. None when the verb at *first* has no such helped actor."""
    j = first - 1 - (first > 0 and view.lower[first - 1] == "to")
    mention = next((m for m in view.actors if m.last == j + 1), None)
    if mention is None or mention.first < 1 or view.lemmas[mention.first - 1] not in _ENABLING:
        return None
    return unique(m.entity for m in view.group_ending(mention)), mention.first


def _bought_for_another(view, first, last, entry, buyers, subject_at, lexicon) -> Frame | None:
    """A buyer that gives: "bought Argentine pesos" (a state's own currency or debt: the state is helped),
    "a programme to buy French weapons for Lebanese troops" (bought for another actor, who gets them)."""
    end = last
    while end < len(view.tokens) and view.lower[end] not in ITEM_STOP and view.lower[end] not in (".", ",", ";"):
        end += 1
    owners = [m for m in view.state_in(last, min(last + 4, end)) if m.entity not in buyers
              and (m.how == "demonym" or view.possessive(m))]
    getters: tuple[EntityRef, ...] = ()
    item_end = end
    if owners and any(w in _STATE_ASSETS for w in view.lower[owners[0].last:min(owners[0].last + 3, end)]):
        getters = (owners[0].entity,)
        item_end = received_item_end(view, last, end)
    else:
        for j in range(last + 1, end - 1):
            k = j + 1 + (view.lower[j + 1] == "the")
            if view.lower[j] == "for" and k in view.actor_at and view.actor_at[k].entity not in buyers:
                getters, item_end = unique(m.entity for m in view.group(view.actor_at[k])), j
                break
    if not getters:
        return None
    status = status_cues(view, first, entry.status, lexicon) or entry.status  # "ordered ... for Ukraine": approved
    if _halted(view, first):
        status = "declined"  # "halted a programme to buy weapons for Lebanese troops"
    return Frame(entry, first, last, buyers, [(last, item_end, getters)], status,
                 subject_at if subject_at is not None else first, end)


_HALTING = frozenset("halt suspend cancel scrap freeze block shelve abandon drop".split())


def _halted(view: SentenceView, first: int) -> bool:
    for j in range(first - 1, max(-1, first - 9), -1):
        if view.lower[j] in (",", ".", ";"):
            return False
        if view.lemmas[j] in _HALTING or view.lower[j] in ("halted", "froze", "frozen", "scrapped", "shelved"):
            return True
    return False


# What is sent or given but is no supply: people on a visit, words, time.
_TRADE_LEMMAS = frozenset("trade trading exchange exchanging swap swapping".split())


def mutual_denial(view, first: int, last: int, entry: Entry) -> list[Frame]:
    """"Both Tehran and Moscow have denied trading arms": each denier would have given to the other."""
    deniers, subject_at = view.subject(first)
    if len(deniers) != 2:
        return []
    end = last
    while end < min(last + 8, len(view.tokens)) and view.lower[end] not in ITEM_STOP \
            and view.lower[end] not in (".", ",", ";"):
        end += 1
    trade = next((j for j in range(last, end) if view.lower[j] in _TRADE_LEMMAS or view.lemmas[j] in _TRADE_LEMMAS), None)
    if trade is None:
        return []
    item = (trade + 1, end)
    if trade + 1 >= end:  # "have both denied any arms trade": the goods before the noun
        goods = [j for j in range(last, trade) if view.lower[j] not in ("any", "an", "a", "the", "such")]
        if not goods:
            return []
        item = (goods[0], trade)
    a, b = deniers
    start = subject_at if subject_at is not None else first
    return [Frame(entry, first, last, (giver,), [(*item, (getter,))], "denied", start, end)
            for giver, getter in ((a, b), (b, a))]


_SCALE_WORDS = frozenset("million billion trillion bn mn m".split())
_AMOUNT_ENTRY = Entry(("from",), "give", "delivered")


def amount_from(view: SentenceView, at: int, frames: list[Frame], context: Context) -> Frame | None:
    """"$12 billion from the World Bank": a sum of money from an actor is money it gives, to whoever the
    sentence's other frames (or the context) name as getting it."""
    if not (view.lower[at][:1] in "$€£¥" or (view.lower[at][:1].isdigit() and at > 0 and view.lower[at - 1] in "$€£¥")):
        return None
    k = at + 1
    while k < len(view.tokens) and (view.lower[k] in _SCALE_WORDS or view.lower[k][:1].isdigit()
                                    or view.lower[k] in ("dollars", "euros", "yuan", "pounds")):
        k += 1
    if k + 1 >= len(view.tokens) or view.lower[k] != "from":
        return None
    x = k + 1 + (view.lower[k + 1] == "the")
    if x not in view.actor_at:
        return None
    group = view.group(view.actor_at[x])  # "from the World Bank, the Asian Development Bank and other lenders"
    donors = unique(m.entity for m in group)
    got = [r for f in frames for _, _, rs in f.segments if rs for r in rs]
    recipients = tuple(r for r in unique(got) if r not in donors) or tuple(
        r for r in context.fallback_recipients() if r not in donors)
    if not recipients:
        return None
    status = frames[-1].status if frames else "delivered"
    if status == "delivered" and (set(view.lower[:at]) & load_lexicon().cues["pledged"] or _opened_way(view, at)):
        status = "pledged"  # "alongside $12 billion from the World Bank", "paves the way for $3.75 billion from"
    return Frame(_AMOUNT_ENTRY, k, k + 1, donors, [(at, k, recipients)], status, at, group[-1].last,
                 used_context=not got)


def _opened_way(view: SentenceView, at: int) -> bool:
    """Does the sum at *at* follow "paves/clears/opens the way for" or "unlock(s)": money still to come?"""
    words = view.lower[max(0, at - 12):at]
    return "unlock" in view.lemmas[max(0, at - 12):at] or any(
        words[i:i + 3] == ("the", "way", "for") for i in range(len(words) - 2))


def _sent_on(view: SentenceView, last: int):
    """(subject, "to" index, getter mention) when the object after *last*, a noun of giving, sends its goods on
    "to" a state other than the subject ("the delivery of Taurus missiles to Ukraine", "the sale of jets to
    Turkey"), so that the subject refuses to give; None otherwise."""
    head = last + (last < len(view.tokens) and view.lower[last] in ("the", "a", "an", "any", "further", "its"))
    lexicon = load_lexicon()
    if head >= len(view.tokens) or not (view.lemmas[head] in lexicon.give_verbs or view.lower[head] in ("delivery",
                                                                                                      "deliveries")):
        return None  # "rejected Chinese loans for the railway extension to Uganda": the goods' own "to"
    subject = tuple(s for s in view.subject(last - 1)[0] if s.kind == "state")
    for j in range(last, min(len(view.tokens), last + 9)):
        if view.lower[j] in (",", ";", ".", "from"):
            return None
        if view.lower[j] == "to" and (m := view.actor_at.get(j + 1)) is not None and m.entity not in subject:
            return subject, j, m
    return None


def _pronoun_getter(view: SentenceView, first: int, context: Context) -> tuple:
    """"It (The country) already buys electricity from Georgia and Iran": the one state the sentence before had
    as its subject, before the getter in hand."""
    if not view.pronoun_subject(first) or len(context.subject) != 1 or context.subject[0].kind != "state":
        return ()
    return context.subject
