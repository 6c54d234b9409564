"""Aid frames read around nouns, and the per-section discourse context shared by all aid frames.

* "economic aid from Russia", "Russia's arms deliveries to Iran", "the first shipment of
  Russian oil to Cuba": the owner or the "from"/"of" actor gives;
* "India's purchase of Russian jets": the owner receives, the actor in the object gives
  (read in :mod:`kg.extract.aid_purchase_noun`);
* "an unwillingness by Cuba to move forward with Russian offers": a declined offer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.aid_urged_stop import urged_buyers
from kg.extract.aid_stopped_nouns import BARRING, blocked, blocker_getter, cancelled_by
from kg.extract.aid_benefit import benefited, relying_pronoun
from kg.extract.aid_thanked import lender_deal, thanked_giver
from kg.extract.aid_slots import ITEM_STOP, item_segments, status_cues
from kg.extract.aid_no_comment import commented_on
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.aid_permitted import permitted_goods
from kg.extract.aid_government import own_government
from kg.extract.speech_verbs import ASSERTING
from kg.extract.view import BE_FORMS, CLAUSE_END, SentenceView, unique
from kg.extract.aid_reported_noun import reported_giver
from kg.model import EntityRef


@dataclass
class Context:
    """Discourse state carried from sentence to sentence within a section."""

    donors: tuple[EntityRef, ...] = ()
    recipients: tuple[EntityRef, ...] = ()
    status: str | None = None
    subject: tuple[EntityRef, ...] = ()
    topic: tuple[EntityRef, ...] = ()
    sentences: tuple[int, ...] = ()
    document_topic: tuple[EntityRef, ...] = ()

    def reset(self, topic: tuple[EntityRef, ...]) -> None:
        self.donors, self.recipients, self.status, self.subject, self.sentences = (), (), None, (), ()
        self.topic = topic

    def fallback_recipients(self) -> tuple[EntityRef, ...]:
        return self.recipients or self.topic or self.document_topic


@dataclass
class Frame:
    """One reading of a trigger: who gives, the item spans with their recipients, the status."""

    trigger: Entry
    first: int
    last: int
    donors: tuple[EntityRef, ...] = ()
    segments: list[tuple[int, int, tuple[EntityRef, ...]]] = field(default_factory=list)  # item span + recipients
    status: str = "unspecified"
    quote_first: int = 0
    quote_last: int = 0
    used_context: bool = False


PERIODS = frozenset("year month week weekend summer winter spring autumn".split())
WEEKDAYS_AND_MONTHS = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS))
def received_item_end(view: SentenceView, first: int, last: int) -> int:
    """Where the received item ends: before "from China", "in 2021", "to ease a shortage"."""
    for j in range(first + 1, last):
        word, nxt = view.lower[j], view.lower[j + 1] if j + 1 < last else ""
        after = j + 2 if nxt == "the" else j + 1
        if word == "from" and after in view.actor_at:
            return j
        if word in ("in", "since", "on") and (nxt[:1].isdigit() or nxt in WEEKDAYS_AND_MONTHS):
            return j
        if word in ("last", "this", "next", "earlier") and nxt in PERIODS:
            return j  # "sent back 300,000 refugees last year"
        if word in ("was", "were") and j > first + 1:
            return j  # "a plan to buy Russian jets was welcomed": the main verb of the subject it sits in
        if word == "to" and nxt.isalpha() and view.tokens[j + 1].lemma.lower() == nxt and j + 1 not in view.actor_at \
                and view.lower[j - 1] not in ("offer", "offers", "proposal", "proposals", "plan", "plans", "bid", "bids"):
            return j  # "to ease a shortage": a purpose clause
    return last


def _maker(view: SentenceView, first: int) -> tuple[EntityRef, ...]:
    """The subject of "made an offer" / "has made offers": who offers."""
    j = first - 1
    while j >= 0 and view.lower[j] in ("a", "an", "its", "their", "his", "her", "new", "fresh", "similar", "firm", "own",
                                       "formal", "second", "another", "same"):
        j -= 1
    if j < 0 or view.tokens[j].lemma.lower() != "make":
        return ()
    subject, _ = view.subject(j)
    return subject


# A loan or grant signed, concluded or finalised is contracted: "approved" (README A3); agreed but not
# yet signed, it is "pledged".
_SIGN_VERBS = {"sign": "approved", "conclude": "approved", "seal": "approved", "agree": "pledged",
               "extend": "delivered", "approve": "approved", "grant": "delivered", "announce": "pledged",
               "unveil": "pledged", "complete": "delivered", "finalise": "approved", "finalize": "approved",
               # "Gazprom has sharply reduced shipments to Germany": a giver changing the volume it gives
               "increase": "delivered", "boost": "delivered", "raise": "delivered", "double": "delivered",
               "expand": "delivered", "resume": "delivered", "reduce": "delivered", "curtail": "delivered",
               "slash": "delivered", "restart": "delivered", "restore": "delivered", "reinstate": "delivered",
               "make": "delivered",  # "has made donations of fuel to Cuba"
               # "was ready to set up deliveries of hydrocarbons to Vietnam", "began shipments of wheat"
               "set": "delivered", "arrange": "delivered", "organise": "delivered", "organize": "delivered",
               "launch": "delivered", "begin": "delivered", "start": "delivered",
               # "India has opened a $500 million line of credit": credit made available under contract
               "open": "approved", "establish": "approved"}
_OPENED = frozenset("credit facility".split())  # what "open" and "establish" make available


_VOLUME_VERBS = frozenset("increase boost raise double expand resume restart restore reinstate reduce curtail slash "
                           "set arrange organise organize launch begin start".split())


def _sign_lemma(view: SentenceView, j: int) -> str:
    """The lemma of the token at *j*, "sign" for "enter" before "into" ("has entered into a swap agreement")."""
    lemma = view.lemmas[j]
    return "sign" if lemma == "enter" and view.lower[j + 1:j + 2] == ("into",) else lemma


def _signer(view: SentenceView, first: int) -> tuple[tuple[EntityRef, ...], str | None]:
    """The subject of "signed / extended / approved a <loan, grant, package>": the donor, and the status."""
    j = first - 1
    restrictions = load_lexicon().restrictions
    while j >= 0 and first - j <= 7 and _sign_lemma(view, j) not in _SIGN_VERBS:
        if view.lower[j] in (",", ".", ";") or j in view.actor_at or view.lower[j] in restrictions:
            return (), None  # "announced curbs on exports": no loan signed
        j -= 1
    if j < 0 or _sign_lemma(view, j) not in _SIGN_VERBS:
        return (), None
    if view.tokens[j].lemma.lower() in _VOLUME_VERBS and any(
            view.lower[x] in ("about", "over", "on", "of", "for", "with", "to", "in") for x in range(j + 1, first)):
        return (), None  # "raised concerns about aid to Ukraine": the aid is not what was raised
    if view.tokens[j].lemma.lower() in ("open", "establish") and view.lower[first] not in _OPENED:
        return (), None  # "opened a new aid office": only a credit line or facility is opened to a borrower
    from kg.extract.aid_subject import reported_subject  # aid_subject's helpers import Frame from here
    subject = reported_subject(view, j, *view.subject(j))[0]  # "Amman said Egypt had reduced gas supplies"
    status = _SIGN_VERBS[_sign_lemma(view, j)]
    if set(view.lower[max(0, j - 3):j]) & _NEGATIONS:
        # "Pemex had not made any fuel donations, he told lawmakers": a party says it did not happen
        if not ASSERTING & set(view.lower):
            return (), None
        status = "denied"
    elif status == "delivered":  # "has pledged to resume gas deliveries", "will double": a stage to come
        status = status_cues(view, j, status, load_lexicon()) or status
    return tuple(r for r in subject if r.kind in ("state", "organisation")), status


DEAL_NOUNS = frozenset("deal agreement accord arrangement pact".split())


_LOAN_TAIL = frozenset("programme program facility arrangement of worth about around some nearly almost up to "
                       "million billion bn dollars euros".split())


def _lending_body(view: SentenceView, first: int, k: int) -> EntityRef | None:
    """The organisation a state borrows from: "a loan with the IMF", "a deal with the IMF on a loan"."""
    with_at = k
    while with_at < min(k + 8, len(view.tokens) - 1) and (view.lower[with_at] in _LOAN_TAIL or view.lower[with_at][:1].isdigit()
                                                          or view.lower[with_at][:1] in "$€£¥"):
        with_at += 1  # "a loan programme of 8 billion dollars with the IMF"
    spots = [with_at + 1 + (view.lower[with_at + 1] == "the")] if with_at is not None and view.lower[with_at] == "with" \
        else []
    for j in range(max(0, first - 12), first - 1):
        if view.lower[j] in DEAL_NOUNS and view.lower[j + 1] == "with":
            spots.append(j + 2 + (j + 2 < first and view.lower[j + 2] == "the"))
    for spot in spots:
        if spot in view.actor_at and view.actor_at[spot].entity.kind == "organisation":
            return view.actor_at[spot].entity
    return None


def _agreed_before(view: SentenceView, first: int) -> bool:
    return any(view.lemmas[j] in ("agree", "reach", "strike") for j in range(max(0, first - 14), first))


_OWNER_GETS = frozenset("lose lost need receive get secure restore".split())


def _its_owner(view: SentenceView, first: int) -> tuple[EntityRef, ...]:
    """"its supply of drones": "its" is the nearest actor named before it in the sentence."""
    if view.lower[first] in ("support", "help", "package", "backing"):
        return ()  # "its support for the country's efforts": backing, not a supply
    j = first - 1
    while j >= 0 and first - j <= 3 and view.lower[j] not in ("its", "their"):
        if view.lower[j] in _MODIFIER_STOP:
            return ()
        j -= 1
    if j < 0 or view.lower[j] not in ("its", "their") or (j > 0 and view.lemmas[j - 1] in _OWNER_GETS):
        return ()  # (but "Slovakia lost its supplies through Ukraine": the owner is who got them)
    before = [m for m in view.actors if m.last <= j and m.how != "demonym"]
    if before and view.lower[j] == "their":  # "Britain and the EU have said their funding will continue"
        group = view.group_ending(before[-1])
        return unique(m.entity for m in group) if len(group) > 1 else ()
    return (before[-1].entity,) if before else ()


def _from_after(view: SentenceView, of: int, stops) -> EntityRef | None:
    """"of military equipment and drones from Iran": the actor after "from" within the item."""
    for j in range(of + 1, min(of + 12, len(view.tokens) - 1)):
        if view.lower[j] in stops or view.lower[j] in (",", ".", ";"):
            return None
        if view.lower[j] == "from" and j + 1 in view.actor_at:
            return view.actor_at[j + 1].entity
    return None


_COUNT_OR_ARTICLE = frozenset("the a an two three four five six seven eight nine ten eleven twelve dozen twenty thirty "
                         "forty fifty hundred hundreds thousands million billion additional more further new".split())


def _counted(view: SentenceView, at: int) -> int:
    """The first word after a count or article: "of [69] Turkish drones", "of [the] Russian jets"."""
    j = at
    while j < min(at + 3, len(view.tokens)) and (view.lower[j] in _COUNT_OR_ARTICLE
                                                 or view.lower[j][:1].isdigit() and j not in view.actor_at):
        j += 1
    return j


_SECURING = frozenset("secure ensure guarantee safeguard protect".split())


def _secured(view: SentenceView, owner_at: int) -> bool:
    """Is the owner of the aid noun what a securing verb is about ("securing Serbia's gas supply"): the
    owner gets the supply, it does not give it."""
    first = view.actor_at[owner_at].first
    return first > 0 and view.lemmas[first - 1] in _SECURING


def _usual_giver_instead(cue: str, donors, recipients) -> bool:
    """Is the partner a state of the *cue* list of kg/rules/aid.toml (``lenders``, ``energy_exporters``: states
    that usually give what the deal is about) and the signer not one?"""
    givers = load_lexicon().cues.get(cue, frozenset())
    return all(r.kind == "state" and r.label in givers for r in recipients) and not any(d.label in givers for d in donors)


def _joint_lender(signers) -> EntityRef | None:
    """The lender of two joint signers of a loan: the lending body beside a state, else the one state of the
    ``lenders`` list of kg/rules/aid.toml ("Kenya and Japan signed a loan agreement": Japan lends)."""
    bodies = [s for s in signers if s.kind == "organisation"]
    if len(bodies) == 1 and any(s.kind == "state" for s in signers):
        return bodies[0]
    lenders = [s for s in signers if s.kind == "state" and s.label in load_lexicon().cues.get("lenders", ())]
    return lenders[0] if len(lenders) == 1 and not bodies else None


_SUPPLY_NOUNS = frozenset("supply supplies deliveries delivery".split())
_LENDER_WORDS = frozenset("Bank Fund Monetary Finance Investment Facility".split())
_LENDING_NOUNS = frozenset("loan loans credit financing lending".split())


def _supplies_instead(view: SentenceView, first: int, donors, recipients) -> bool:
    """Is the supply before *first* energy, or goods not named at all ("a new supply agreement with Kuwait"), and
    the partner an energy exporter while the signer is not?"""
    categories = load_lexicon().categorise([t.text for t in view.tokens[max(0, first - 2):first + 8]])[0]
    return ("energy" in categories or not categories) and _usual_giver_instead("energy_exporters", donors, recipients)


_AID_PEOPLE = frozenset("chief chiefs official officials worker workers agency agencies group groups organisation "
                        "organisations organization organizations coordinator commissioner envoy director".split())


def noun_frame(view, first, last, entry, context) -> Frame | None:
    """"economic aid from Russia", "Chinese aid to Cuba"."""
    if commented_on(view, first):
        return None  # "did not respond to requests for comment on the terms of the Emirati loan": no new flow
    if _none_of(view, first):
        return None  # "no pledge of material support from Moscow has been made public": none was made
    if view.lower[first] == "support" and view.lower[first - 1:first] == ("in",) and view.lower[last:last + 1] == ("of",):
        return None  # "statements in support of Ukrainians", "rallies in support of Kyiv": backing, not a supply
    if view.lower[last:last + 1] and view.lower[last] in _AID_PEOPLE:
        return None  # "U.N. aid chief Martin Griffiths said", "aid workers": people named by the aid, no flow
    if first > 0 and view.tokens[first].text[:1].isupper() and view.lower[first - 1] not in ('"', "“", ":", "‘", "'"):
        return None  # "a Letter of Offer and Acceptance", "the Development Assistance Committee": part of a name
    donors: tuple[EntityRef, ...] = ()
    j = noun_owner(view, first)
    if j is not None and not _secured(view, j):
        donors = (view.actor_at[j].entity,)
    k = last
    if not donors and k + 1 < len(view.tokens) and view.lower[k] == "of" \
            and (d := _counted(view, k + 1)) in view.actor_at and view.actor_at[d].how == "demonym":
        donors = (view.actor_at[d].entity,)  # "the first shipment of Russian oil to Cuba", "of 69 Turkish drones"
    made = False
    if not donors and entry.frame == "offer-noun":
        donors = _maker(view, first)  # "India had also made an offer"
        made = bool(donors)
    the = k + 2 < len(view.tokens) and view.lower[k + 1] == "the"  # "a bailout from the IMF"
    if k + 1 < len(view.tokens) and view.lower[k] == "from" and k + 1 + the in view.actor_at:
        donors = unique(m.entity for m in view.group(view.actor_at[k + 1 + the]))
        k = view.group(view.actor_at[k + 1 + the])[-1].last
    status = entry.status if entry.frame == "offer-noun" else _offered_of(view, first) or "delivered"
    if not donors and k < len(view.tokens) and view.lower[k] == "of":
        origin = _from_after(view, k, ITEM_STOP)  # "a delivery of military equipment and drones from Iran"
        donors = (origin,) if origin is not None else ()
    if not donors and not (view.lower[first] in ("support", "backing") and view.lower[first - 1] in ("its", "their", "his", "her")):
        donors = thanked_giver(view, first)  # "Zelensky thanked Seoul for humanitarian aid" (not "thanked Serbia for
        # its support on Ukraine at the United Nations": political backing)
    signer, signed = not donors, None
    if not donors:
        donors, signed = _signer(view, first)  # "Saudi Arabia signed a $400 million soft loan for Tunisia"
        if donors and permitted_goods(view, first):
            return None  # "agreed to a truce and let relief supplies flow into Gaza": who lets them in gives nothing
        status = signed or status
    if not donors and (lender := _lending_body(view, first, k)) is not None:
        donors = (lender,)  # "reached a deal with the IMF on a $2 billion loan", "agreed a loan with the Fund"
        status = signed or ("pledged" if _agreed_before(view, first) else status)
    partner: tuple[EntityRef, ...] = ()
    if not donors and (deal := lender_deal(view, first)) is not None:
        donors, partner = (deal[0],), (deal[1],)  # "The IMF reached a staff-level agreement with Ghana on a loan"
        status = "approved" if "sign" in view.lemmas[max(0, first - 14):first] else "pledged"
    if blocked(view, first):
        status = "declined"  # "Hungary has blocked a 50 billion euro EU aid package for Ukraine"
    if not donors:
        donors = _its_owner(view, first) or reported_giver(view, first)  # "over its supply of drones to Moscow",
        # "Pakistan dismissed reports of ammunition sales to Ukraine": its own sales
    barred = False
    if not donors and (cancel_at := cancelled_by(view, first)) is not None:
        if urged_buyers(view, cancel_at) is not None:
            return None  # "Washington urged Mexico to halt the shipments": a stop asked for, the supply goes on
        donors = view.subject(cancel_at)[0]  # "Germany cancelled the shipment of tanks to Qatar": its own supply
        barred = view.lemmas[cancel_at] in BARRING
    if not donors:
        return None
    segments, end = item_segments(view, k, len(view.tokens), donors)
    ask_at = next((j for j in range(first - 1, max(-1, first - 6), -1) if view.lemmas[j] in _ASKING), None)
    # "China and India are its lenders, and it has no plans to seek a bailout": the asker is the ask verb's subject
    subject = view.subject(first if ask_at is None else ask_at)[0] or relying_pronoun(view, first, context)
    if not subject and ask_at is not None:
        subject = own_government(view, ask_at, context)  # "the government would seek further funding from the AfDB"
    if ask_at is not None and any(w in ("it", "they") for w in view.lower[max(0, ask_at - 6):ask_at]):
        subject = ()  # "it had no plans to seek": the pronoun's actor comes from the context
    lemmas = {t.lemma.lower() for t in view.tokens[:first]}
    if not (lemmas & {"rely", "depend", "receive", "get", "obtain", "need", "seek", "request", "ask", "accept", "default", "repay", "owe",
                      "welcome", "count", "thank", "appreciation", "gratitude", "grateful", "praise", "hail"}) \
            or any(r.kind != "state" for r in subject):
        subject = ()  # only "Armenia has long relied on aid from Russia" makes the subject the recipient
    if barred and not any(rs for _, _, rs in segments):
        return None  # "Japan still bars arms exports to countries at war": no getter named, none from the context
    if signer and len(donors) == 2 and not any(rs for _, _, rs in segments) and entry.words[0] in _LENDING_NOUNS \
            and (lender := _joint_lender(donors)) is not None:
        donors, partner = (lender,), tuple(d for d in donors if d != lender)  # "Kenya and Japan signed a loan agreement"
    recipients = unique(r for _, _, rs in segments if rs for r in rs) or partner \
        or tuple(r for r in subject if r not in donors) or _arrived_in(view, k, donors) \
        or benefited(view, first, k, donors) or (blocker_getter(view, first, donors) if status == "declined" else ()) \
        or tuple(r for r in (context.recipients or context.topic) if r not in donors)  # "Venezuela blocked US aid from
    # entering": the blocker turned it down
    if signer and recipients and entry.words[0] in _SUPPLY_NOUNS and _supplies_instead(view, first, donors, recipients):
        donors, recipients = recipients, donors  # "Serbia signed a gas supply contract with Russia": Russia supplies
    elif signer and all(d.kind == "state" for d in donors) and recipients and entry.words[0] in _MONEY_NOUNS \
            and (all(r.kind == "organisation" and _LENDER_WORDS & set(r.label.split()) for r in recipients)
                 or _usual_giver_instead("lenders", donors, recipients)):  # (not "resumed its funding for UNRWA")
        # "Egypt signed a loan agreement with the World Bank": a state does not lend to a lending body;
        # "Bangladesh signed a loan agreement with Japan": the usual lender signs with the borrower
        donors, recipients = recipients, donors
    if (subject and lemmas & _ASKING or ask_at is not None) and status == "delivered":
        status = "unspecified"  # "Kenya is seeking a $2 billion loan from China": asked for, not given
    if ask_at is not None and set(view.lower[max(0, ask_at - 4):ask_at]) & _NEGATIONS:
        status = "declined"  # "said it would not seek IMF help", "no plans to seek a bailout": turned down
    item_first = first - 1 if (first - 1) >= 0 and view.tokens[first - 1].text[0].islower() else first
    item_last = last
    if k == last and k + 1 < len(view.tokens) and view.lower[k] == "of" and segments \
            and not (entry.frame == "offer-noun" and status == "declined"):  # "withdrew its offer of": both stages
        item_first, item_last = k + 1, segments[0][1]  # "deliveries of fuel to Syria": the item follows "of"
    if entry.words[0] in _BARE_MOTION_NOUNS and not load_lexicon().categorise(
            [t.text for t in view.tokens[item_first:item_last]])[0]:
        return None  # "the flow of migrants to Italy": only goods flow as aid
    named = any(rs for _, _, rs in segments) or subject or made
    if entry.frame == "offer-noun" and (not named or entry.status == "pledged") \
            and not (made and entry.status == "pledged" and (context.status == "pledged" or _to_actor(view, last))) \
            and not load_lexicon().categorise(
            [t.text for t in view.tokens[item_first:max(item_last, segments[0][1] if segments else item_last)]])[0] \
            and not any(w[:1].isdigit() or w[:1] in "$€£¥" for w in view.lower[item_first:item_last]):
        return None  # "a new proposal from the UN did not meet Russia's concerns": no goods, no one to get them;
        # "repeated its pledge to defend Estonia": a pledge names goods or a sum, else it is backing
    if status == "delivered" and (_FUTURE & set(view.lower[max(0, item_first - 3):item_first])
                                  or _still_to_come(view, last, end)):
        status = "pledged"  # "Azerbaijan will double gas deliveries to the EU": deliveries to come
    # "economic aid from Russia", "Russian donations": aid nouns name aid that was given
    return Frame(entry, first, last, donors, [(item_first, item_last, recipients)], status,
                  max(0, min(first - 1, item_first)) if donors else first, max(k, item_last), used_context=True)


_NONE_MADE = frozenset("pledge pledges offer offers promise promises commitment commitments sign word announcement "
                       "indication".split())


def _none_of(view: SentenceView, first: int) -> bool:
    """Does "no <pledge|offer|sign|...> of" stand before the aid noun at *first* ("no pledge of material support")?"""
    window = view.lower[max(0, first - 5):first]
    return any(w == "no" and window[p + 1:p + 2] and window[p + 1] in _NONE_MADE and "of" in window[p + 2:]
               for p, w in enumerate(window))


def _to_actor(view: SentenceView, at: int) -> bool:
    """Does "to/for (the) <actor>" start at *at* ("made pledges to Pakistan", not "a pledge to defend Estonia")?"""
    k = at + 1 + (at + 1 < len(view.tokens) and view.lower[at + 1] == "the")
    return at < len(view.tokens) and view.lower[at] in ("to", "for") and k in view.actor_at


def _offered_of(view: SentenceView, first: int) -> str | None:
    """The stage of an offer or pledge noun whose object is the aid noun at *first* ("offers of help from
    France": offered, not help given), or None."""
    if first < 2 or view.lower[first - 1] != "of":
        return None
    return next((e.status for e in load_lexicon().triggers if e.frame == "offer-noun" and e.words == (view.lower[first - 2],)), None)


_ASKING = frozenset("seek request ask need want".split())
_NEGATIONS = frozenset("not n't never no".split())
# Aid nouns a lending body gives to a state that signs for them ("signed a loan agreement with the World Bank").
_KIND_OF_AID = frozenset("military humanitarian economic financial development budget food medical security energy "
                          "emergency relief disaster foreign".split())
_FUTURE = frozenset("will 'll shall".split())
_MONEY_NOUNS = frozenset("loan loans credit bailout grant grants package aid assistance support financing funding "
                          "lending".split())
_AMOUNT_WORDS = frozenset("$ € £ - million billion trillion bn euro euros dollar dollars pound pounds yuan".split())
_MODIFIER_STOP = frozenset("the a an of and or to for from in on at by with its their his her our this that these "
                           "those".split())


def noun_owner(view: SentenceView, first: int) -> int | None:
    """Token of the actor that owns an aid noun: "Russia's aid", "Chinese aid", and across up to two
    modifiers after a demonym or possessive: "Russian wheat shipments", "Moscow's arms deliveries"."""
    j = first - 1
    for skipped in range(3):
        if skipped == 0:  # "the EU's 50 billion euro aid package": an amount does not count as a modifier
            amount = j
            while amount >= 0 and amount > first - 6 and (view.lower[amount] in _AMOUNT_WORDS
                                                            or view.lower[amount][:1].isdigit()):
                amount -= 1
            j = amount if amount < j and amount >= 0 and (amount in view.actor_at or view.lower[amount] in ("'s", "’s")) else j
        possessive = j >= 0 and view.lower[j] in ("'s", "’s")
        k = j - 1 if possessive else j
        if k >= 0 and k in view.actor_at:
            mention = view.actor_at[k]
            if (skipped == 0 and mention.how in ("demonym", "name")) or mention.how == "demonym" or possessive \
                    or (mention.how == "name" and (not view.in_pp(mention) or amount_in(view, mention))  # "vetoed EU
                        # military aid", "6.6 billion euros in EU military aid"
                        and set(view.lower[mention.last:first]) <= _KIND_OF_AID):
                return k
        ordinal = view.lower[j][:-2].isdigit() and view.lower[j][-2:] in ("st", "nd", "rd", "th")  # "20th"
        if j < 0 or j in view.actor_at or view.lower[j] in _MODIFIER_STOP \
                or not (view.lower[j].isalpha() and view.tokens[j].text[:1].islower() or ordinal
                        or view.tokens[j].text.isupper() and load_lexicon().categorise([view.tokens[j].text])[0]):
            return None  # (an acronym of goods is a modifier too: "Pakistan's LNG imports")
        j -= 1
    return None


def amount_in(view: SentenceView, mention) -> bool:
    """Is the actor after "in" the owner of goods an amount is counted in ("6.6 billion euros in EU aid")?"""
    i = mention.first - 1
    if i <= 0 or view.lower[i] != "in":
        return False
    k = i - 1  # (past a rate: "$1.45 billion a year in US aid", "$300 million annually in Saudi oil")
    if view.lower[k] in ("annually", "yearly"):
        k -= 1
    elif k > 1 and view.lower[k] in _RATE_UNITS and view.lower[k - 1] in ("a", "per", "each", "every"):
        k -= 2
    return view.lower[k] in _AMOUNT_WORDS or view.lower[k][:1].isdigit()


_RATE_UNITS = frozenset("year month week day annum".split())


def decline_noun_frame(view, first, last, context) -> Frame | None:
    """"an unwillingness by Cuba to move forward with Russian offers"."""
    recipients: tuple[EntityRef, ...] = ()
    if last + 1 < len(view.tokens) and view.lower[last] in ("by", "of") and last + 1 in view.actor_at:
        recipients = (view.actor_at[last + 1].entity,)
    end = len(view.tokens)
    later = [m for m in view.state_in(last + 2, end) if m.how == "demonym" and m.entity not in recipients]
    if not recipients or not later:
        return None
    donor = later[0]
    stop = donor.last
    while stop < end and view.lower[stop] not in ITEM_STOP and view.lower[stop] not in (".", ",", ";", "in"):
        stop += 1
    entry = Entry(("decline",), "receive", "declined")
    return Frame(entry, first, last, (donor.entity,), [(donor.last, stop, recipients)], "declined", first, stop)


SUPPLIER_ENTRY = Entry(("supplier",), "give", "delivered")


def beneficiary_frame(view: SentenceView, at: int, context: Context) -> Frame | None:
    """"Bangladesh, the Philippines and Fiji have been chosen as its first beneficiaries", "Egypt is the
    largest recipient of US military aid": the subject receives; the owner, "of <actor>" or the
    discourse context gives."""
    j = at - 1
    while j >= 0 and at - j <= 8 and view.lower[j] not in BE_FORMS | {"as", "remain", "remains", "become", "became"}:
        if view.lower[j] in (",", ".", ";") or (j in view.actor_at and not view.possessive(view.actor_at[j])):
            return None
        j -= 1
    if j < 0 or at - j > 8:
        return None
    k = j
    while k > 0 and view.lower[k] not in BE_FORMS and j - k < 4:
        k -= 1  # "have been chosen as": the subject stands before the form of be
    recipients, subject_at = view.subject(k if view.lower[k] in BE_FORMS else j)
    recipients = tuple(r for r in recipients if r.kind == "state")
    if not recipients:
        return None
    owners = [m.entity for m in view.state_in(j + 1, at) if view.possessive(m) or m.how == "demonym"]
    after = [view.actor_at[x].entity for x in range(at + 1, min(at + 5, len(view.tokens))) if x in view.actor_at
             and view.lower[at + 1] == "of"]
    its = view.lower[j + 1:at].count("its") > 0
    donors = tuple(owners or after) or ((context.donors or context.subject) if its or not owners else ())
    donors = tuple(d for d in donors if d not in recipients)
    if not donors:
        return None
    # "have been chosen as its first beneficiaries": picked for aid still to come
    chosen = any(view.lemmas[x] in ("choose", "select", "pick", "name", "designate") or view.lower[x] == "will"
                 for x in range(max(0, j - 4), at))
    return Frame(SUPPLIER_ENTRY, at, at + 1, donors, [(at, at + 1, recipients)], "pledged" if chosen else "delivered",
                 subject_at if subject_at is not None else j, at + 1, used_context=not (owners or after))


_DUE = frozenset("expected due scheduled slated set".split())


def _still_to_come(view: SentenceView, last: int, end: int) -> bool:
    """"The first shipment of Iranian fuel is expected to reach Venezuela": the noun's own verb is to come."""
    for j in range(last, min(end, last + 8, len(view.tokens) - 1)):
        if view.lower[j] in (",", ";", ".") or view.lower[j] in ITEM_STOP:
            return False
        if view.lower[j] in _DUE and view.lower[j + 1] == "to" and view.lower[j - 1] in ("is", "are", "was", "were"):
            return True
    return False


def _arrived_in(view: SentenceView, start: int, donors) -> tuple[EntityRef, ...]:
    """"The shipment of wheat from Ukraine arrived in Somalia": where the goods arrived receives them."""
    for j in range(start, len(view.tokens) - 2):
        if view.lower[j] in (";", ".") or view.lower[j] in CLAUSE_END:
            return ()
        if view.lemmas[j] in ("arrive", "land", "dock", "reach") and view.lower[j + 1] in ("in", "at"):
            k = j + 2 + (view.lower[j + 2] == "the")
            mention = view.actor_at.get(k)
            if mention is not None and mention.entity.kind == "state" and mention.entity not in donors:
                return (mention.entity,)
            return ()
    return ()


_BARE_MOTION_NOUNS = frozenset(("flow", "flows"))  # aid nouns only when what flows is goods
