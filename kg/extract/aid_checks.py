"""Tests over a sentence for the aid frames: is a span a plausible item, does it name aid or goods,
does a give verb apply with this object, who is (or is not) a verb's own subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.aid_time_aside import before_time_phrase
from kg.extract.amounts import find_amounts
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.aid_slots import is_passive
from kg.extract.aid_stopped_nouns import stopping_verb_ends
from kg.extract.aid_relative_group import listed_antecedent, relative_start
from kg.extract.lexicon import AidLexicon, Entry, load_lexicon
from kg.extract.speech_verbs import ASSERTING, SAID_SAYS
from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

if TYPE_CHECKING:
    from kg.extract.aid_nouns import Context


_CALENDAR_WORDS = MONTH_NAMES | frozenset(WEEKDAYS)
SUBORDINATORS = frozenset("since after before when while because as although though until once".split())
_VERB_AUXILIARIES = frozenset("have has had will would shall should can could may might must is are was were be been "
                              "being do does did not n't also already still now then just recently reportedly".split())


def unknown_subject(view: SentenceView, first: int, subject_at: int | None) -> bool:
    """Is the verb's own subject a word that names no known actor -- a person's name ("Kim could supply")
    or the noun after "whose" ("a country whose growers sold") -- so that an actor found further back
    is not its subject?"""
    if subject_at is not None and _PRIVATE & set(view.lower[subject_at:first]):
        return True  # "Nigeria's privately owned Dangote refinery began shipping": a private firm (G2)
    j = first - 1
    while j > 0 and (view.lower[j] in _VERB_AUXILIARIES or view.lower[j].endswith("ly")):
        j -= 1
    if j > 1 and view.lower[j] in _CALENDAR_WORDS and view.lower[j - 1] in ("on", "in", "last", "this", "next"):
        return False  # "the State Department on Friday approved": a date, not the verb's own subject
    if j <= 0 or j in view.actor_at or (subject_at is not None and subject_at >= j) or not view.lower[j].isalpha():
        return False
    if view.lower[j] in _GENERIC_STATES and view.lower[j - 1] in ("any", "every", "no"):
        return True  # "Russia said any country supplying Ukraine with missiles would be a target": no giver named
    owner = view.actor_at.get(subject_at) if subject_at is not None else None
    if owner is not None and view.possessive(owner) and view.lower[j] in _LENDING_BODIES and all(
            view.tokens[k].text[:1].isupper() or view.lower[k] in _NAME_LINKS for k in range(owner.last + 1, j + 1)):
        return False  # "China's Export-Import Bank had lent", "Saudi Arabia's ... Aid and Relief Centre": its own body (G2)
    if owner is not None and view.possessive(owner) and any(
            owner.last < k <= j and state == owner.entity and all(t.text[:1].isupper() for t in view.tokens[k:j + 1])
            for k, state in view.person_state_at.items()):
        return False  # "Kenya's President William Ruto sent": the state's own leader acts for it (G2)
    # "Donors gathered in Geneva pledged": a place after "in" or "at" is where, not who
    name = view.tokens[j].text[:1].isupper() and view.lower[j - 1] not in (".", '"', "“", "in", "at", "-", "—", "–", ":")
    return name or view.lower[j - 1] == "whose"


_PRIVATE = frozenset("private privately privately-owned".split())
_GENERIC_STATES = frozenset("country countries state states nation nations government governments".split())
_LENDING_BODIES = frozenset("bank fund agency corporation authority centre center force forces army navy ministry".split())
_NAME_LINKS = frozenset("- and for of &".split())
_QUANTIFIERS = frozenset("every each many some most all several other".split())


def common_noun_subject(view: SentenceView, first: int) -> bool:
    """Has the verb a subject of its own that names no actor -- "every country will try to get",
    "Europe, which is buying" -- so that the context must not stand in for it?"""
    j = first - 1
    while j > 0 and (view.lower[j] in _VERB_AUXILIARIES or view.lower[j].endswith("ly") or view.lower[j] in ('"', "“", "‘")
                     or view.lower[j] in ("to", "try", "tries", "tried", "trying", "want", "wants", "seek", "seeks")):
        j -= 1
    if j <= 0 or j in view.actor_at:
        return False
    if view.lower[j - 1] == "the" and view.lower[j] in _NON_STATE_GROUPS:
        return True  # 'The rebels "have received the necessary information"': not the context's getter
    if view.lower[j] in ("which", "who") and view.lower[j - 1] == ",":
        return (j - 2) not in view.actor_at and view.lower[j - 2].isalpha()
    return view.lower[j].isalpha() and view.tokens[j].text[:1].islower() and view.lower[j - 1] in _QUANTIFIERS \
        and view.lower[j] not in ("country", "government", "state", "nation") or view.lower[j - 1] == "every"


_NON_STATE_GROUPS = frozenset("rebels insurgents militants fighters separatists militias militia protesters "
                              "protestors companies firms traders smugglers criminals".split())


# what a state imposes, not what it hands over ("added a further 25 per cent tariff on Indian goods")
_IMPOSED = frozenset("penalty penalties tariff tariffs levy levies fine fines".split())
_PRICE_CHANGES = frozenset("raising increasing lowering cutting reducing setting revising".split())
_NOT_GOODS = frozenset("delegation delegations message messages letter letters signal signals invitation envoy "
                       "representative representatives team statement condolences greetings warning warnings "
                       "details home word assurances "
                       # importance lent, not goods: "which gave the general's call particular weight"
                       "weight "
                       # people by their office are never goods ("the US national security adviser")
                       "adviser advisers advisor advisors minister ministers official officials spokesman "
                       "spokeswoman spokesperson ambassador ambassadors diplomat diplomats president "
                       # what is built between parties, not handed over ("build a coalition", "build ties")
                       "coalition coalitions alliance alliances partnership partnerships ties relations "
                       "relationship cooperation consensus trust "
                       # standing granted, not goods ("granted Ukraine candidate status", "hosting rights")
                       "status rights membership recognition citizenship asylum accreditation "
                       # leave to act, not goods ("gave Denmark permission to send", "gave Seoul the green light")
                       "permission go-ahead nod haven havens sanctuary sanctuaries "
                       # what a state is said to pose, not to hand over ("present significant challenges to ...")
                       "challenge challenges problem problems risk risks difficulty difficulties threat threats "
                       "obstacle obstacles dilemma dilemmas "
                       # a post passed on, not goods ("handed the forum chair to Tonga", "the rotating presidency")
                       "chair chairmanship presidency baton helm reins "

                       # people exchanged or sent home, not goods ("agreed a prisoner swap", "sent back refugees")
                       "prisoner prisoners hostage hostages detainee detainees refugees migrants deportees "
                       # terms set and feelings or places offered, not goods ("gave Israel a deadline of 30 days",
                       # "provided a venue for talks", "extended its sympathies", "granted visas")
                       "deadline deadlines ultimatum ultimatums venue venues sympathies sympathy visa visas "
                       # who would get, named by kind only ("a policy against arming countries at war")
                       "countries nations regimes "
                       # regard given, not goods ("would give New Delhi's proposals careful consideration")
                       "consideration attention thought priority credence hearing".split()) | _IMPOSED
_RULE_OVER = frozenset("sovereignty control custody jurisdiction".split())
# measures taken against a state, never handed to it: "extended its sanctions on Russia", "renewed the arms embargo"
_PUNITIVE = frozenset("sanction sanctions embargo embargoes blockade".split())
_PUNITIVE_MODIFIERS = frozenset("its their the new further fresh existing economic financial sweeping tough arms "
                                "trade oil western international un eu us".split())
_DENYING = frozenset("deny denies denied reject rejected".split())
_OWN_PARTS = frozenset("region regions province provinces city cities town towns territory territories population "
                        "people citizens households homes consumers industry industries factories grid".split())
_NOT_ITEM_START = frozenset("could would should can may might must will was were is are be been has have had "
                             "not through via across".split()) | SAID_SAYS  # "through its export pipeline to ...": a route
_SERVICE_KINDS = frozenset("military police security defence defense technical naval army".split())
_AFTER_HEAD = frozenset("on against in at since".split())
_SMALL_COUNTS = frozenset("two three four five six seven eight nine ten dozen".split())
_DURATION = frozenset("week weeks month months year years day days hour hours time moment chance".split())
_SPAN_WORDS = _DURATION | frozenset("a or two one few another more the".split())  # "a week or two", "45 days"


_CONSENT_WORDS = frozenset("agreement approval consent blessing permission go-ahead notification notice certification certifications "
                            "assurance assurances guarantee guarantees".split())
_PACTS = frozenset("agreement agreements pact pacts accord accords treaty treaties memorandum memoranda".split())
OFFER_WORDS = frozenset("proposal proposals offer offers plan plans idea ideas initiative".split())


_HELP_GROUPS = frozenset("team teams crew crews contingent contingents unit units squad squads group brigade".split())
_SAME_WORDS = frozenset("same clear strong similar stern firm new".split())
_BARE_ADVERBS = frozenset("only also soon then there here again too even still already".split())


def plausible_item(view: SentenceView, first: int, last: int) -> bool:
    """An item names a thing: not a clause ("could not be determined") or a span of time ("a week or two")."""
    words = [w for w in view.lower[first:last]
             if w.replace("-", "").replace(",", "").replace(".", "").isalnum()]  # "F-16s", "S-400", "$500,000"
    if not words or view.lower[first] in _NOT_ITEM_START or words[-2:] == ["green", "light"] \
            or view.lower[max(first, last - 3):last] == ("go", "-", "ahead"):
        return False  # (and "gave Poland the go-ahead", "the green light": leave, not goods)
    if words[0] in ("it", "them") and first >= 2 and ("and" == view.lower[first - 2] or "which" in view.lower[
            max(0, first - 5):first - 1] or (words[0] == "them" and view.lemmas[first - 2] in _DENYING)) \
            and load_lexicon().categorise([t.text for t in view.tokens[:first - 2]])[0]:
        return True  # "bought tanks and sent them to Ukraine", "to Washington, which will send them on to Kyiv",
        # "which has sold shells to the US, denied supplying them to Ukraine"
    if (words[0] in ("its", "their") or first and view.lower[first - 1] in ("its", "their")) and words[-1] in _OWN_PARTS \
            and not {",", "in"} & set(view.lower[first:last]):  # (but "its first plant, a station in the Jizzakh region")
        return False  # "to supply its northern and eastern regions": its own territory, not goods
    if words[0] in ("it", "them") or (len(words) == 1 and words[0] in ("this", "that", "these", "those")):
        return False  # "refused to extend it": the pronoun stands for a deal, not for goods
    if len(words) >= 2 and words[-1] in ("advisers", "advisors", "instructors") and (
            words[-2] in _SERVICE_KINDS or words[-2][:1].isdigit()):
        return True  # "sent police advisers to Honiara", "200 military advisers": a service, not an envoy
    if words[-1] in _HELP_GROUPS and load_lexicon().categorise([w.strip("-") for w in words])[0]:
        return True  # "a search-and-rescue team", "a medical team": help in people (but "sent a team to negotiate")
    if "of" in words[1:-1] and words[words.index("of", 1) - 1] in _HELP_GROUPS \
            and load_lexicon().categorise(words[words.index("of", 1) + 1:])[0]:
        return True  # "a team of 50 firefighters", "a contingent of doctors": help in people
    if any(w in ASSERTING for w in words) or (words and words[-1] in _NOT_GOODS) \
            or (words and words[0] in _NOT_GOODS) \
            or (len(words) > 1 and words[0] in _SAME_WORDS and words[1] in _NOT_GOODS):
        return False  # "sending the same message": words, not goods
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in _AFTER_HEAD), None)
    if head in _IMPOSED or head in ("status", "rights", "membership"):
        return False  # "a 10 per cent tariff on Brazilian steel", "candidate status in June"
    if words[0] in _RULE_OVER:
        return False  # "handed sovereignty over the islands to Mauritius": rule handed back (not "aid for border control")
    if words[0] in ("price", "prices") or (len(words) > 2 and words[0] in _PRICE_CHANGES and words[1] == "the"
                                           and words[2] in ("price", "prices", "tariff", "tariffs")):
        return False  # "Saudi Aramco cut its official selling prices for Asia", "proposed raising the price of the
        # power it sells to Brazil": a price set, nothing handed over
    if head in _PUNITIVE or next((w for w in words if w not in _PUNITIVE_MODIFIERS), "") in _PUNITIVE:
        return False  # "extended sanctions on Russia for six months": a penalty, never aid (README A1)
    if "of" in words[1:] and words[words.index("of", 1) - 1] in _NOT_GOODS \
            and "," not in view.lower[first:first + view.lower[first:last].index("of")] \
            and not load_lexicon().categorise(words[:words.index("of", 1) - 1])[0]:
        return False  # "a smaller coalition of countries" (but "a helicopter, together with a team of engineers",
        # "a navy ship with two helicopters and a team of divers": goods named before the team)
    if words[-1] in _PACTS and not any((w[:1].isdigit() and view.lower[k + 1:k + 2] != ("-",)) or w[:1] in "$€£¥"
                                       for k, w in enumerate(view.lower[first:last], first)) \
            and not set(words) & (load_lexicon().aid_nouns | {"arms", "weapons", "gas", "oil"}):
        return False  # "approved a 10-year defence and economic agreement with Turkey": a pact, not goods
    if set(words[:3]) & _CONSENT_WORDS:
        return False  # "gave its agreement to the contracts", "sent formal notification": consent, not goods
    if all(w.endswith("ly") or w in _BARE_ADVERBS for w in words):
        return False  # "could be sent only to ...": an adverb names nothing
    if len(words) == 2 and words[1] == "more" and (words[0].isdigit() or words[0] in _SMALL_COUNTS):
        return True  # "Germany has sent three batteries, and the Netherlands has pledged two more"
    if set(words) & _DURATION and all(w.isdigit() or w in _SPAN_WORDS for w in words):
        return False  # "Gazprom Neft will be given 45 days to exit": a deadline, not goods
    return not set(words) <= _SPAN_WORDS


_DOCUMENTS = frozenset("draft drafts text proposal proposals document documents letter letters list message note "
                        "invitation copy report reports response reply".split())
_EVENTS = frozenset("conference conferences round rounds session sessions event events drive summit meeting".split())


_TRAVEL_NEXT = frozenset("to into from on back home onward onwards".split())


def _travels(view: SentenceView, last: int) -> bool:
    """Does "fly" end at *last* with its destination or a particle of travel right after it, no object between
    ("flew to Abu Dhabi", "flying on to Doha"), and nothing carried named after the place in its clause ("flew to
    Gaza with 40 tonnes of aid")? (The passive "were flown to Türkiye" carries its subject.)"""
    if last >= len(view.tokens) or view.lower[last] not in _TRAVEL_NEXT:
        return False
    end = next((k for k in range(last, len(view.tokens)) if view.lower[k] in (".", ";", ",", "and")), len(view.tokens))
    return not set(view.lower[last:end]) & _CARRYING_WORDS


_CARRYING_WORDS = frozenset("with carrying laden loaded aboard cargo".split())
_PUT_HEDGES = frozenset("about around some nearly almost roughly up to an a another further extra more than over".split())


def give_applies(view: SentenceView, last: int, entry: Entry, lexicon: AidLexicon) -> bool:
    """Verbs that mean a supply only with the right object: "helped Kenya with vaccines" (with_only),
    "announced a $1bn package" (aid_object_only), "placed $2 billion with" (money_only)."""
    word = entry.words[0]
    if view.lower[last - 1].endswith("ing") and view.lower[last:last + 1] and view.lower[last] in _EVENTS:
        return False  # "co-hosted earlier pledging rounds", "a donor pledging conference": an event, no supply
    head = last + (view.lower[last:last + 1] == ("over",))
    while head < len(view.tokens) and view.lower[head] in ("its", "their", "his", "her", "the", "a", "an", "a", "new"):
        head += 1
    if head < len(view.tokens) and view.lower[head] in _DOCUMENTS:
        return False  # "Nepal had handed over its draft of the framework": a text, no supply
    if entry.words[1:] == ("out", "of"):  # "pulled out of a deal to buy helicopters" (not "of the grain deal")
        return not _TRADING.isdisjoint(view.lemmas[last:last + 7])
    if word in lexicon.with_only:
        return _actor_then_with(view, last) or bool(_actor_then_verb(view, last))
    if word == "equip" and view.lower[last:last + 1] == ("to",) and last + 1 not in view.actor_at:
        return False  # "a ship equipped to track missile launches": what it can do, no supply
    if word == "present" and view.lower[last:last + 1] == ("as",):
        return False  # "the transfer, which has been presented as a gift": a description
    if word in _GROW_VERBS:  # "expand Egypt's loan programme", "boost its aid to Kyiv" (not "its expanding navy")
        return not view.lower[last - 1].endswith("ing") and bool(
            set(view.lower[last:min(last + 4, len(view.tokens))]) & (lexicon.aid_nouns | _MONEY_PARTS | {"programme"}))
    if word in _STEP_VERBS and not is_passive(view, last - len(entry.words)):
        return aid_like(view, last, _object_end(view, last))  # "stepped up arms deliveries", not "stepped up efforts"
    if word == "fly" and _travels(view, last) and not is_passive(view, last - 1):
        return False  # "Tinubu flew to Abu Dhabi from India", "before flying on to Doha": a trip, nothing flown
    if word == "put" and len(entry.words) == 1:  # "put $40 billion into the Italian economy" (not "put the cost at")
        k = last
        while k < min(last + 3, len(view.tokens)) and view.lower[k] in _PUT_HEDGES:
            k += 1
        return view.amount_at(k) and find_amounts(" ".join(t.text for t in view.tokens[k:k + 5])).value is not None \
            or view.lower[k:k + 1] in (("billions",), ("millions",))  # money, not "put 100,000 troops on its border"
    if word in lexicon.aid_object_only:
        first = last - len(entry.words)
        if is_passive(view, first):  # "The transfer was held back": the subject is what is held
            return names_aid(view, view.chunks_before(first)[-1][0], first)
        if last + 1 < len(view.tokens) and view.lower[last] in _CLAUSE_SUBJECTS and view.lower[last + 1] in _MODAL_NEXT:
            return False  # "announced it would train 10,000 soldiers": the clause's own verb gives
        head = last + (last < len(view.tokens) and view.lower[last] in ("the", "its", "their", "all"))
        if head < len(view.tokens) and view.lower[head] in _HOLDINGS:
            return False  # "froze the assets of Belarusian fuel exporters": a sanction, not a supply stopped
        return aid_like(view, last, _object_end(view, last))
    if word in lexicon.amount_next:  # "Britain added $110 million", "added another 50 tanks"
        k = last + (last < len(view.tokens) and view.lower[last] in ("another", "a", "an"))
        k += k < len(view.tokens) and view.lower[k] in ("further", "extra", "additional")
        return view.amount_at(k) and not _rate(view.lower, k)  # "added a further 25 per cent penalty": a rate
    if word in ("cancel", "forgive") and _DEBTS & set(view.lower[last:last + 10]):
        return True  # debt relief: "will cancel part of the $13.7 billion Ethiopia owes", "forgive part of its debt"
    if word == "cancel":
        return False  # "cancelled the shipment", "cancelled a $500 million loan": a stop, read as declined elsewhere
    if word in lexicon.money_only and len(entry.words) == 1:  # "pay for radars" needs no amount; "C$", "A$"
        first = last - 1
        if is_passive(view, first) and set(view.lower[view.chunks_before(first)[-1][0]:first]) & _MONEY_PARTS:
            return True  # "The first tranche was released on Friday": money named as the subject
        after = view.actor_at[last].last if last in view.actor_at else last  # past the getter: "pay Port Louis"
        return any(t.text[:1].isdigit() or any(c in "$€£¥" for c in t.text) for t in view.tokens[last:last + 3]) \
            or view.lower[after:after + 3] == ("an", "average", "of") \
            or bool(set(view.lower[last:last + 4]) & (_MONEY_PARTS if word == "pay" else _MONEY_PARTS | _AMOUNT_WORDS
                                                      | (_LENDING if word not in ("invest", "pay") else frozenset())))
    return True


def _object_end(view: SentenceView, last: int) -> int:
    """Where the object after *last* ends for the aid-likeness check: eight words, counting a bracketed
    aside, a multi-word name and a hyphenated compound as one ("sales of Terminal High Altitude Area Defense
    (THAAD) interceptors", "cleared Denmark to buy surface-to-air missiles")."""
    k, words = last, 0
    while k < len(view.tokens) and words < 8:
        if view.lower[k] == "(":
            k = next((j for j in range(k + 1, min(k + 8, len(view.tokens))) if view.lower[j] == ")"), k)
        elif not (k > last and view.tokens[k].text[:1].isupper() and view.tokens[k - 1].text[:1].isupper()) \
                and not (view.lower[k] == "-" or k > last and view.lower[k - 1] == "-" and not view.tokens[k - 2].space_after):
            words += 1  # "surface-to-air" is one word
        k += 1
    return k


_CLAUSE_SUBJECTS = frozenset("it they he she we that".split())
_OFFERS = frozenset("offer offers proposal proposals".split())
_TRADING = frozenset("buy purchase import supply sell sale order deliver delivery".split())
_HOLDINGS = frozenset("assets accounts property properties holdings reserves".split())
_MODAL_NEXT = frozenset("would will could might may should 'll had has have was were is are".split())
_GROW_VERBS = frozenset("expand increase boost top".split())
_STEP_VERBS = frozenset("step ramp".split())  # "step up", "ramp up" (passive: "training will be stepped up")
# An amount in words: "has committed billions of dollars in aid to Ukraine" ("paid Russia millions of dollars for
# weapons" pays for goods bought, so not with "pay"); "released the second tranche" names a money part.
_AMOUNT_WORDS = frozenset("billions millions dollars euros".split())
# Loans and debts are money with no amount named: "has refinanced commercial loans", "placed deposits"
_LENDING = frozenset("loan loans debt debts credit credits deposit deposits".split())
_DEBTS = frozenset("debt debts arrears owes owed borrowed".split())
_MONEY_PARTS = frozenset("tranche tranches disbursement disbursements instalment installment instalments "
                          "installments funds money".split())
HELPED_VERBS = frozenset("build develop construct modernise modernize launch produce make rebuild restore upgrade "
                          "equip "
                          # relief: "ready to help Vietnam overcome the disaster", "to help Grenada recover"
                          "recover overcome cope reconstruct repair".split())


def _actor_then_verb(view: SentenceView, last: int) -> int | None:
    """"help Islamabad build reactors": the helped actor and a bare verb of making; the verb's token."""
    k = last + (last < len(view.tokens) and view.lower[last] == "the")
    if k not in view.actor_at:
        return None
    end = view.group(view.actor_at[k])[-1].last
    return end if end < len(view.tokens) and view.lower[end] in HELPED_VERBS else None


def _actor_then_with(view: SentenceView, last: int) -> bool:
    k = last + (last < len(view.tokens) and view.lower[last] == "the")
    if k not in view.actor_at:
        return False
    end = view.group(view.actor_at[k])[-1].last
    return end < len(view.tokens) and view.lower[end] == "with" and aid_like(view, end + 1, min(end + 8, len(view.tokens)))


def aid_like(view: SentenceView, first: int, last: int) -> bool:
    """Does tokens[first:last] name an offer, aid or goods ("Russian offers", "a credit swap", "the money")?"""
    lexicon = load_lexicon()
    words = view.lower[first:last]
    content = [w for w in words if w not in ("the", "a", "an", "new", "further", "more", "fresh", "tighter",
                                             "its", "their", "his", "her", "our")]
    if content and content[0] in lexicon.restrictions:
        return False  # "announced curbs on exports of drones", "a ban on arms sales": no supply
    offer = next((first + k for k, w in enumerate(words) if w in _OFFERS), None)
    if offer is not None and offer + 2 < last and view.lower[offer + 1] == "of" and not view.state_in(first, offer):
        return aid_like(view, offer + 2, last)  # "the offer of mediation": what is offered decides
    if any((w[:1].isdigit() and not _rate(words, k)) or w[:1] in "$€£¥" for k, w in enumerate(words)):
        return True  # "received 50,000 tonnes", "turned down $60 million" (not "a 25 per cent penalty": a rate)
    return bool(set(words) & (lexicon.aid_nouns | {"money", "funds", "payment", "loan", "loans", "package", "sum"}
                              | _PLAIN_GOODS)) or bool(lexicon.categorise([t.text for t in view.tokens[first:last]])[0])


# goods and services named by no kind ("received equipment and training from the United States", A1)
_PLAIN_GOODS = frozenset("equipment training materiel hardware goods gear".split())


def _rate(words, k: int) -> bool:
    """Is the number at *k* a rate ("25 per cent", "10 percent", "5%") rather than a quantity of goods?"""
    return tuple(words[k + 1:k + 3]) == ("per", "cent") or tuple(words[k + 1:k + 2]) in (("percent",), ("%",)) \
        or words[k].endswith("%")


def aid_noun_before(view: SentenceView, first: int, lexicon: AidLexicon) -> bool:
    start = view.chunks_before(first)[0][0]
    return any(w in lexicon.aid_nouns or w == "packages" for w in view.lower[start:first])


def aid_is_subject(view: SentenceView, first: int, lexicon: AidLexicon, context: Context) -> bool:
    """"This assistance includes", "The package comprises", or "This includes" right after an aid sentence."""
    window = view.lower[max(0, first - 3):first]
    if any(w in lexicon.aid_nouns for w in window):
        return True
    return first == 1 and view.lower[0] in ("this", "it", "that") and bool(context.donors)


# words between a relative pronoun and its verb: "which later sold", "which are each contributing"
_BEFORE_VERB = frozenset("later eventually subsequently since each both all together jointly".split())


def relative_antecedent(view: SentenceView, first: int, in_turn: bool = False) -> tuple[tuple[EntityRef, ...], int | None]:
    """"... from Washington, which would also supply the systems": the actor a relative pronoun stands for,
    and where it starts."""
    j = first - 1
    while j > 0 and (view.lower[j] in _VERB_AUXILIARIES or view.lower[j].endswith("ly") or view.lower[j] in _BEFORE_VERB
                     or (in_turn and view.lower[j - 1:j + 1] in (("in", "turn"), ("in", "return")))
                     or view.lower[j] == "to" and view.lemmas[j - 1] in ("continue", "have")):
        # "which in turn supplies the gas to Bulgaria", "which continues to provide it with natural gas"
        j -= 1 + (view.lower[j] in ("turn", "return", "to"))
    comma = relative_start(view, j) if j >= 2 and view.lower[j] in ("which", "who", "whom") else None
    if comma is not None and (comma - 1) not in view.actor_at:
        comma = _before_appositive(view, comma)  # "against Russia, Serbia's traditional ally, which continues"
    if comma is None or (comma - 1) not in view.actor_at:
        return (), None
    return listed_antecedent(view, comma)  # "Chad and Niger, both of which", "Kenya, which"


def _before_appositive(view: SentenceView, comma: int) -> int | None:
    """The comma that opens a short appositive noun phrase on its owner ending at *comma* ("Russia, Serbia's
    traditional ally,"), when an actor stands before it."""
    for k in range(comma - 2, max(0, comma - 9), -1):
        if view.lower[k] == ",":
            words = view.lower[k + 1:comma]
            return k if (k - 1) in view.actor_at and all(w.isalpha() or w in ("'s", "’s", "-") for w in words) \
                and {"'s", "’s"} & set(words) else None
    return None


def names_aid(view: SentenceView, first: int, last: int) -> bool:
    """Does tokens[first:last] name aid or goods by a word (not merely by a number)?"""
    lexicon = load_lexicon()
    return bool(set(view.lower[first:last]) & (lexicon.aid_nouns | {"money", "funds", "loans", "transfer"})) \
        or bool(lexicon.categorise([t.text for t in view.tokens[first:last]])[0])


_REQUEST_LEMMAS = frozenset("ask request urge press appeal beg lobby push pressure pressurise pressurize implore "
                             "expect want".split())  # "Pakistan expects the UAE to provide $1 billion": hoped for
_REQUEST_ADVERBS = frozenset("again once also formally repeatedly officially publicly already now".split())


def request_parties(view: SentenceView, first: int) -> tuple[tuple[EntityRef, ...], tuple[EntityRef, ...]]:
    """"Warsaw has asked Washington to supply ...", "called on Berlin to send ...": (asked, askers)."""
    if first < 3 or view.lower[first - 1] != "to":
        return (), ()
    a = before_time_phrase(view, first - 2)  # "asked Russia in writing to supply", "asked Seoul last year to"
    while a > 0 and view.lower[a] in _REQUEST_ADVERBS:
        a -= 1  # "has asked Abu Dhabi once again to roll over ..."
    if a not in view.actor_at:
        return (), ()
    start = view.actor_at[a].first
    while start - 1 in view.actor_at or (start > 0 and view.lower[start - 1] in (",", "and")
                                          and start - 2 in view.actor_at):
        start = view.actor_at[start - 1].first if start - 1 in view.actor_at else view.actor_at[start - 2].first
    k = start - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    if k >= 2 and view.lower[k] == "by" and view.tokens[k - 1].lemma.lower() in _REQUEST_LEMMAS \
            and view.lower[k - 2] in ("been", "was", "were", "is", "are"):
        # "Spain has been asked by Ukraine to send tanks": the subject is asked, the agent asks
        asked, _ = view.subject(k - 2)
        askers = unique(m.entity for m in view.state_in(start, first - 1))
        return asked, tuple(a for a in askers if a not in asked)
    if k >= 1 and view.lower[k] == "on" and view.tokens[k - 1].lemma.lower() == "call":
        k -= 1
    elif k < 0 or view.tokens[k].lemma.lower() not in _REQUEST_LEMMAS:
        return (), ()
    asked = unique(m.entity for m in view.state_in(start, first - 1))
    askers, at = view.subject(k)
    if at is not None and at in view.actor_at and view.lower[view.actor_at[at].last:view.actor_at[at].last + 1] \
            and view.lower[view.actor_at[at].last] in _MEMBER_NOUNS:
        askers = ()  # "Several EU states have urged Berlin to send Taurus missiles": members, not the EU
    return asked, tuple(a for a in askers if a not in asked)


_MEMBER_NOUNS = frozenset("states countries members nations governments capitals".split())


_SPECULATORS = frozenset("analyst analysts expert experts observer observers commentator commentators "
                         "speculation researcher researchers economist economists scholar scholars scientist".split())
_SPECULATIVE_MODALS, _EXPECTING = frozenset("could might may would".split()), frozenset("expect predict anticipate".split())


def speculated(view: SentenceView, first: int, *, speaker: bool = False) -> bool:
    """"Analysts say China might supply Russia with shells", '"Hanoi could buy the system next year," said
    an analyst', "Economists said Egypt would import more wheat": third parties guessing at a supply that
    may come is no flow (README A5). Needs a modal of possibility before the verb and a speculating
    speaker anywhere in the sentence (a quote's speaker follows it), or *speaker*: the sentence goes on
    with the speaker of the sentence before (speculation_carried)."""
    expecting = view.lower[first - 1] == "to" and not _EXPECTING.isdisjoint(view.lemmas[max(0, first - 7):first - 1])
    if not expecting and not _SPECULATIVE_MODALS & set(view.lower[max(0, first - 4):first]):  # "Analysts expect X to"
        return False
    return speaker or any(w in _SPECULATORS for w in view.lower)


def speculation_carried(view: SentenceView, before: tuple[str, ...]) -> bool:
    """Does the sentence open with "He said" / "She added" after a sentence whose speaker speculates
    ('..., said an economist in Islamabad. He said Qatar could provide LNG as well.')?"""
    return view.lower[:1] in (("he",), ("she",)) and len(view.lower) > 1 and view.lower[1] in SAID_SAYS \
        and any(w in _SPECULATORS for w in before)


def punitive_only(view: SentenceView, entity) -> bool:
    """Is *entity* named in the sentence only as who imposes a penalty ("dropped under threat of US
    sanctions", "despite an EU embargo"), so that it gives nothing?"""
    mentions = [m for m in view.actors if m.entity == entity]
    return bool(mentions) and all(view.lower[m.last:m.last + 1] and view.lower[m.last] in _PUNITIVE
                                  for m in mentions)


def purpose_of(view: SentenceView, first: int, before, frame) -> bool:
    """Is the give verb at *first* an infinitive of purpose of the frame just before it, by the same giver
    ("agreed to lend Warsaw $6 billion to finance its purchase of tanks"), so that it shares its stage?"""
    return view.lower[first - 1] == "to" and before.quote_last >= first - 1 and view.lemmas[first - 2] not in _CONTROLLING \
        and bool(before.donors) and set(before.donors) == set(frame.donors)


# A verb or adjective whose "to" opens its own complement, not a purpose: "donated howitzers and plans to send jets"
_CONTROLLING = frozenset("plan intend aim hope want agree promise pledge vow decide expect seek try offer set ready "
                         "prepared willing going due able likely continue begin start need have refuse threaten".split())


def goods_origin(view: SentenceView, first: int, last: int) -> tuple[EntityRef, ...]:
    """The demonym inside an "in"/"of" phrase of a passive subject: "$300 million in US weapons",
    "thousands of tonnes of Russian wheat" (a name used as a modifier counts: "US weapons"), or the state after
    "from" on goods ("Oil from Kazakhstan was shipped to Germany") -- the goods' origin gives them."""
    return unique(m.entity for m in view.state_in(first, last)
                  if m.first > 0 and (view.lower[m.first - 1] in ("in", "of") or view.lower[m.first - 1] == "the"
                                      and view.lower[m.first - 2:m.first - 1] == ("of",))  # "of the Japanese loan"
                  and (m.how == "demonym" or (
                      m.last < last and load_lexicon().categorise([view.tokens[m.last].text])[0]))
                  or m.first > 1 and view.from_before(m) and m.entity.kind == "state"
                  and load_lexicon().categorise([t.text for t in view.tokens[first:m.first - 1]])[0])  # "Oil from Kazakhstan"


_MADE_SENT = frozenset("made built sent sold given lent paid".split())  # (not "bought by Haiti": the buyer gets)


def subject_agent(view: SentenceView, first: int, last: int) -> tuple[EntityRef, ...]:
    """The agent of a participle inside a passive's subject: "the money pledged by Beijing in 2016 has
    been released" -- who pledged it is who releases it."""
    for j in range(first + 1, last - 1):
        if view.lower[j] == "by" and (view.lower[j - 1].endswith("ed") or view.lower[j - 1] in _MADE_SENT) \
                and j + 1 in view.actor_at:  # ("drones made by Turkey's Baykar were delivered")
            return unique(m.entity for m in view.group(view.actor_at[j + 1]))
    return ()


_ADJECTIVE_VERBS = frozenset("clear free open".split())  # verbs whose bare form is also an adjective
_BEFORE_ADJECTIVE = frozenset("is are was were be been not immediately yet still very entirely far less more "
                              "remains remained".split())


def adjective_use(view: SentenceView, first: int) -> bool:
    """Is the supply verb at *first* an adjective ("It was not immediately clear whether the flow to Bulgaria
    had stopped": not "cleared")?"""
    return view.lower[first] in _ADJECTIVE_VERBS and first > 0 and view.lower[first - 1] in _BEFORE_ADJECTIVE


def not_its_own_supply(view: SentenceView, first: int) -> bool:
    """Is the verb at *first* an adjective ("not immediately clear") or a bar on another's supply ("stopped
    Spain from sending guns": the gerund's frame reads it, Spain declining), not a supply of its own?"""
    from kg.extract.aid_refusal import barred_after  # noqa: PLC0415 -- aid_refusal sits beside aid_slots

    return adjective_use(view, first) or barred_after(view, first) is not None


def attributive_state(view: SentenceView, mention) -> bool:
    """Is *mention* a state's name set as a modifier between a determiner and a noun ("the US assistance",
    "the EU funds"), naming whose it is?"""
    if mention.entity.kind != "state" or mention.first == 0 or mention.last >= len(view.tokens):
        return False
    after = view.tokens[mention.last].text[:1]
    before = mention.first - 1 - (mention.first > 1 and view.lower[mention.first - 1] in ("annual", "yearly", "new"))
    if mention.how == "name" and stopping_verb_ends(view, before):
        return view.lower[mention.last] in load_lexicon().aid_nouns  # "cut off US aid to the country"
    if view.lower[before] in ("in", "of") and mention.how == "name":
        # "$130 million in US military aid", "part of US weapons aid": the name modifies aid or goods
        words = [view.tokens[mention.last].text]
        lexicon = load_lexicon()
        return view.lower[mention.last] in lexicon.aid_nouns | _KINDS_OF_AID or bool(lexicon.categorise(words)[0])
    return view.lower[mention.first - 1] in ("the", "a", "an") and after.islower() and after.isalpha()


_KINDS_OF_AID = frozenset("military humanitarian economic financial development budget security foreign".split())


_ARMED_GROUPS = frozenset("militants militant rebels rebel insurgents insurgent separatists separatist terrorists "
                          "terrorist jihadists jihadist militias militia fighters guerrillas proxies mercenaries "
                          "gangs cartels extremists".split())
_GROUP_MODIFIERS = frozenset("the armed local foreign islamist baloch kurdish anti-government pro-russian "
                             "pro-iranian separatist militant".split())


def armed_group_object(view: SentenceView, at: int) -> bool:
    """Is the object at *at* an armed group the text does not name ("financing militants", "arming the
    separatist rebels")? A group named as an actor ("arming the RSF") is not."""
    j = at
    while j < len(view.tokens) and j - at < 3 and view.lower[j] in _GROUP_MODIFIERS and j not in view.actor_at:
        j += 1
    return j < len(view.tokens) and view.lower[j] in _ARMED_GROUPS and j not in view.actor_at
