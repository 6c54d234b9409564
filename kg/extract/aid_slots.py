"""Slot rules for aid frames: which tokens trigger a frame, who and what fill it.

Token-level tests over a :class:`SentenceView` -- is a trigger used as a verb, is it
passive, where does the item end and who receives it -- shared by the frames in
:mod:`kg.extract.aid`. The words around a verb that change its stage are read in
:mod:`kg.extract.aid_status_cues` (``status_cues`` is still read from here too).
"""

from __future__ import annotations

from kg.extract.aid_amount_aside import amount_aside
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.aid_refusal import refused  # noqa: F401 (read by aid.py from here)
from kg.extract.aid_status_cues import ITEM_STOP, SAYING, status_cues  # noqa: F401 (also read from here)
from kg.extract.aid_getter_slots import (
    INVADING, NEARBY, OBJECT_LEADS, SECOND_OBJECT, backs_a_cause, built_in, dropped_over, effort_place, own_parts, owned_organ, patrolled,
    reason_over, state_organ, with_clause, work_done_in)
from kg.extract.aid_sequence import second_stage_verb
from kg.extract.aid_stopped_nouns import stopping_verb_ends
from kg.extract.aid_numbered import numbered_states
from kg.extract.lexicon import AidLexicon, Entry, load_lexicon
from kg.extract.aid_listed_getters import listed_getters
from kg.extract.speech_verbs import LEMMAS, NOUN_LIKE_PRESENT, SAID_SAYS
from kg.extract.state_kinds import group_at
from kg.extract.aid_verb_clauses import (AFTER_REDUCED, DETERMINERS as _DETERMINERS, GOODS_HEADS, accused_of,
    after_companions, after_subject_aside, by_doing, closes_subject_aside, coordinated_present, relative_past)
from kg.extract.aid_event_time import aggressor
from kg.extract.view import (BE_FORMS, CLAUSE_AUX, CLAUSE_END, IRREGULAR_PAST, PREPOSITIONS, SCALE_WORDS, VERB_PREFIXES,
                             SentenceView, unique)
from kg.model import EntityRef, Mention, Sentence

_PREPOSITIONS = frozenset("to for from against with by in of on at into toward towards regarding about over upon via than "
                          "like including among amid".split())
_TIME_WORDS = frozenset("week weekend month year winter summer spring autumn fall night morning decade".split()) \
    | MONTH_NAMES | frozenset(WEEKDAYS)
_SHARING = frozenset("shared split divided distributed".split())
_SHARED = frozenset(("be", w) for w in _SHARING)
_SPANS_OF_TIME = frozenset("days weeks months hours years day week month hours minutes shortly soon just".split())
_NOT_VERB_AFTER = frozenset("with of for about from by in on without".split())
_SUBJECT_PRONOUNS = frozenset("they it he she we who which that".split())


def find_triggers(sentence: Sentence, lexicon: AidLexicon) -> list[tuple[int, int, Entry]]:
    lemmas, lowers = sentence.lemmas, sentence.lowers
    index = lexicon.by_first_word
    found, i = [], 0
    plural = _opening_plural(lowers, lemmas, index)  # "Exports of Russian oil to India rose"
    if index.keys().isdisjoint(sentence.cue_set) and not plural:  # the sentence's words and lemmas
        return found  # no trigger starts at any word
    # only the words that open a trigger are read (a sentence-opening plural opens none)
    opening = [i for i, (lemma, lower) in enumerate(zip(lemmas, lowers)) if lemma in index or lower in index]
    if plural and (not opening or opening[0] != 0):
        found.append((0, 1, plural[0]))
    for start in opening:
        if start < i:
            continue  # inside the trigger found before
        for entry in index.get(lemmas[start], ()) or index[lowers[start]]:
            if _reads_as(entry.words, lemmas, lowers, start):
                break  # the first entry the tokens read as
        else:
            continue  # no entry under the word reads here
        if not (lemmas[start] == "pay" and lowers[start + 1:start + 2] == ("back",)):
            # (a debt paid back is no supply: "the money would have to be paid back", "paid back $1 billion")
            found.append((start, start + len(entry.words), entry))
            i = start + len(entry.words)
    return found


def _reads_as(words: tuple[str, ...], lemmas: tuple[str, ...], lowers: tuple[str, ...], start: int) -> bool:
    """Do the tokens from *start* read as *words*, each word as its lemma or as written ("placed an order for" is
    "place an order for")?"""
    if len(words) > len(lemmas) - start:
        return False
    for k, word in enumerate(words, start):
        if word != lemmas[k] and word != lowers[k]:
            return False
    return True


def _opening_plural(lowers, lemmas, index) -> tuple:
    """The noun entries of a sentence-opening plural the lemma table (keyed as written) leaves unlemmatised."""
    if lemmas[0] != lowers[0] or not lowers[0].endswith("s") or len(lowers) < 2 or lowers[1] != "of":
        return ()
    return tuple(e for e in index.get(lowers[0][:-1], ()) if e.frame.endswith("-noun"))


_BASE_FORM_CUES = frozenset("to will would could can may might should must not did does do".split())
_CUES_OR_PRONOUNS = _BASE_FORM_CUES | _SUBJECT_PRONOUNS  # what may stand before a verb that looks like a noun


def verb_like(view: SentenceView, i: int, noun_like: frozenset[str] = frozenset()) -> bool:
    """Is the trigger at *i* used as a verb ("Russia ships oil") rather than a noun ("spy ships")?"""
    if (start := view.prefix_start(i)) != i and not view.lower[i].endswith("ing"):
        return verb_like(view, start, noun_like)  # "had re-exported the guns": read from the prefix
    if i + 1 < len(view.tokens) and view.lower[i + 1] == "-" and not view.tokens[i].space_after \
            and view.lower[i] not in VERB_PREFIXES:
        return False  # "ship-tracking data", "aid-dependent": the first part of a compound (not "re-export")
    if i == 0:  # (but "Finance Minister Wale Edun said": the first word of a title)
        return not (len(view.tokens) > 1 and view.tokens[1].text[:1].isupper() and view.tokens[1].text != "I")
    if view.tokens[i].text[:1].isupper():
        return False  # "Finance Minister", "International Monetary Fund": part of a name or title
    if view.lower[i] == "armed" and view.lower[i + 1:i + 2] and view.lower[i + 1] in _ARMED_NOUNS:
        return False  # "involved in an international armed conflict", "the armed forces": an adjective
    prev = view.lower[i - 1]
    participle = view.lower[i].endswith("ed") or view.lower[i] in _IRREGULAR_PARTICIPLES
    if participle and prev in ("-", ",") and not (prev == "," and i > 1 and view.lower[i - 2] in _ASIDES) \
            and not (prev == "," and (after_companions(view, i - 1) or closes_subject_aside(view, i - 1))):
        # "French-built fighters", "the JF-17, built with Pakistan,": not a finite verb
        # (but "Tunisia, meanwhile, rejected ...")
        return False
    if participle and prev in GOODS_HEADS and view.lower[i + 1:i + 2] and view.lower[i + 1] in AFTER_REDUCED:
        return False  # "a $5 billion package promised during the visit": the package was promised, by someone else
    if participle and i + 1 < len(view.lower) and view.lower[i + 1] == "from" and prev.isalpha() and prev.endswith("s") \
            and prev not in BE_FORMS and (i - 1) not in view.actor_at and view.tokens[i - 1].text.islower():
        return False  # "FK-3 air defence systems bought from Beijing": a participle after its noun
    if participle and i + 1 < len(view.lower) and (view.lower[i + 1] == "by" or view.lower[i + 1:i + 3] == ("for", "by")) \
            and prev.isalpha() \
            and prev not in BE_FORMS and not prev.endswith("ly") and (i - 1) not in view.actor_at:
        return False  # "documents obtained by the Post", "a scheme paid for by Australia": a participle after its noun
    if view.lower[i].endswith("ed") and not relative_past(view, i, participle):
        j = i - 1
        while j > 0 and view.lower[j].endswith("ly"):
            j -= 1
        if view.lower[j] in _DETERMINERS or (j in view.actor_at and view.actor_at[j].how == "demonym"
                                              and view.lower[j] not in ("us", "u.s.")):
            return False  # "Russian publicly funded media", "the supplied weapons": an adjective
    k = i - 1
    while k > 0 and (view.lower[k] in _PRE_VERB_ADVERBS or view.lower[k].endswith("ly") or view.lower[k:k + 2] == ("no", "longer")
                     or (view.lower[k] in _ADVERBIAL_TAILS and view.lower[k - 1] == "in")):
        k -= 1 + (view.lower[k] in _ADVERBIAL_TAILS)  # "would also supply", "would in turn supply": the cue
        # sits before the adverb
    if view.lower[i] in noun_like and view.lower[k] not in _CUES_OR_PRONOUNS and prev not in \
            _SUBJECT_PRONOUNS and not any(m.first <= k < m.last or m.last == i for m in view.actors):  # "Korea together supply"
        return False  # "the morning rush hour", "an arms export": a bare noun-like form
    if (prev in _DETERMINERS and not relative_past(view, i, participle) or (prev in _NOT_VERB_AFTER and not (
            prev in ("by", "from") and view.lower[i].endswith("ing") and by_doing(view, i))) or prev in ("'s", "’s")) \
            and not accused_of(view, i):
        return False  # "the supply", "India's purchase": a noun (but "responded by sending rice to Laos")
    if view.lower[i].endswith("ing") and (prev in _GERUND_ADJECTIVES or view.lower[i + 1:i + 2] == ("from",)):
        return False  # "made new lending conditional on ...", "seek funding from the AfDB": a gerund used as a noun
    if view.lower[i].endswith("ing") and view.lower[i + 1:i + 2] and view.lower[i + 1] in _GERUND_HEADS:
        return False  # "its stalled lending programme with the IMF": the gerund names a kind of programme
    if (i - 1) in view.actor_at and view.actor_at[i - 1].how == "demonym" and view.lower[i - 1] not in ("us", "u.s."):
        return False
    if i > 2 and view.lower[i - 2] == "-" and prev.isalpha() and not view.tokens[i - 3].space_after \
            and not view.tokens[i - 2].space_after and (i - 1) not in view.actor_at:
        return False  # "a multibillion-dollar order", "a two-year loan": a compound modifier before a noun
    if prev in SCALE_WORDS and not view.lower[i].endswith(("ed", "ing")):
        return False  # "its $2.5 billion order for German tanks": an amount before a noun
    word = view.lower[i]
    if word.endswith("s") and not word.endswith("ss"):
        # "ships"/"supplies" is a verb only right after its subject: an actor, a pronoun, an adverb or an aside
        return (i - 1) in view.actor_at or prev in _SUBJECT_PRONOUNS or prev.endswith("ly") or prev in ('"', "“", "‘") \
            or prev in _PRE_VERB_ADVERBS or prev in ("itself", "themselves", "himself", "herself") or after_subject_aside(view, i, _ASIDES) \
            or coordinated_present(view, i, noun_like)  # "has refused to join the sanctions and gets its gas from"
    return True


_ASIDES = frozenset("meanwhile however though too also instead nonetheless nevertheless moreover separately "
                    "likewise similarly contrast part turn".split())
_GERUND_ADJECTIVES = frozenset("new fresh further more additional concessional future bilateral direct "
                                "emergency external".split())
_GERUND_HEADS = frozenset("programme programmes program programs arrangement arrangements facility facilities "
                          "scheme schemes terms conditions rates capacity limit limits spree operations agency "
                          "arm institution institutions portfolio framework "
                          # "one of the world's busiest shipping lanes", "a supply route", "the exporting country"
                          "lane lanes route routes corridor corridors company companies industry costs country "
                          "countries nations hub hubs chain chains "
                          # "the country's financing gaps", "its funding needs": what is lacking, not a supply
                          "gap gaps need needs requirement requirements shortfall shortfalls "
                          # "signed a financing agreement with the World Bank": the kind of a deal
                          "agreement agreements deal deals accord accords pact".split())
_ARMED_NOUNS = frozenset("conflict conflicts struggle violence clashes insurgency rebellion uprising confrontation "
                          "robbery attack attacks forces wing".split())
_ADVERBIAL_TAILS = frozenset("turn return exchange addition".split())  # "in turn", "in return"
_PRE_VERB_ADVERBS = frozenset("still also now already even often never just increasingly mostly mainly longer together".split())


# "to the country through Kazakhstan": the state after "through" is on the way, not the getter
# (nor a time or reason clause: "to its neighbour since the Russian invasion began" names no getter after it)
_NOT_IN_RECIPIENT = frozenset(", . and through via across since because until when while whereas".split())
_RELATIVES = frozenset("that which who".split())
_EDGES = frozenset((w,) for w in "border borders frontier coast coastline".split())  # (not "side": "to the Ukrainian side")


_DEBTS = frozenset("debt debts arrears dues liabilities obligations".split())


def debtor(view: SentenceView, first: int, last: int, donors) -> tuple[EntityRef, ...]:
    """"pay off Syria's debts to the World Bank": whose debts are paid gets the money, not the creditor
    named after "to"."""
    if _DEBTS.isdisjoint(view.lower[first:last]):
        return ()
    return unique(m.entity for m in view.state_in(first, last)
                  if view.possessive(m) and m.how != "demonym" and m.entity not in donors)[:1]


_RESUMING = frozenset("has have had now still also".split())  # ", which stopped buying Russian gas in 2022, now imports"
_MAIN_VERBS = LEMMAS | frozenset("deny reject refuse dismiss".split())  # and the verbs of refusal
_ARRIVED = frozenset("arrive reach dock".split())
_ECONOMY = frozenset("economy economies bank banks sector sectors treasury budget coffers".split())
def item_segments(view: SentenceView, start: int, end: int, donors: tuple[EntityRef, ...]):
    """Split tokens[start:end] into (item span, recipients) segments at each "to/for <actor>"."""
    segments, seg_start, j = [], start, start
    shared_at = None  # where ", to be shared among" began: the item ends there
    while j < end:
        word = view.lower[j]
        if word == "to" and j > start and view.lower[j - 1] in ("up", "close", "equivalent"):
            j += 1  # "up to 38 jets": an amount, not a recipient
            continue
        if word == "to" and tuple(view.lower[j + 1:j + 3]) in _SHARED:
            shared_at = j - (view.lower[j - 1] == ",")
            j += 3  # "donated 800,000 dollars, to be shared among Barbados, Grenada and Jamaica"
            continue
        if word == "over" and dropped_over(view, j, end) or word == "in" and (
                built_in(view, j, end) or work_done_in(view, j, seg_start, end)):
            word = "to"  # "parachuted food over the northern Gaza Strip", "built a stadium in Colombo"
        if word == "into" and (k := j + 1 + (view.lower[j + 1:j + 2] == ("the",))) in view.actor_at:
            into, invading = view.actor_at[k], bool(INVADING & set(view.lower[seg_start:j]))
            if into.how == "city" or (into.entity.kind == "state" and not invading and (
                    into.how != "demonym" or into.last < end and view.lower[into.last] in _ECONOMY)):
                word = "to"  # "sent 40 trucks of flour into Gaza", "flew 40 tonnes of aid into Turkey", "put $40
                # billion into the Italian economy"
            elif invading:
                segments.append((seg_start, j, None))  # "when Moscow sent its troops into Ukraine": an invasion
                return segments, j
        if word in NEARBY and patrolled(view, seg_start, j):
            segments.append((seg_start, j, None))  # "regularly sends warplanes near the island": a show of force
            return segments, j
        if word == "with" and with_clause(view, j):
            segments.append((seg_start, j, ()))  # ", with Russia lending 1.3 billion euros": a clause of its own
            return segments, j
        if word == "to" and (place := effort_place(view, j, end)) is not None and place.entity not in donors:
            segments.append((seg_start, j, (place.entity,)))  # "two planes to the airdrops over Gaza"
            return segments, place.last
        if word in ("to", "for", "towards", "toward", "with") or (word in ("among", "between") and view.lower[j - 1] in _SHARING):
            k = j + 1
            while k < end and view.lower[k] in ("the", "both"):
                k += 1
            members, after = ((), j) if word not in ("to", "for") or k in view.actor_at else group_at(view.lower, j + 1) \
                if not (listed := listed_getters(view, j + 1, end))[0] else listed  # "to six states, including Mali"
            if members:  # "to the five Central Asian countries": each member gets
                segments.append((seg_start, shared_at or j, tuple(m for m in members if m not in donors)))
                j = seg_start = after
                continue
            if k not in view.actor_at:  # "to the Philippine Navy", "with the State Bank of Pakistan"
                x = k
                while x < min(k + 5, end) and x not in view.actor_at and view.lower[x] not in _NOT_IN_RECIPIENT \
                        and view.lower[x] not in CLAUSE_END and (view.lower[x] == "of" or view.lower[x] not in PREPOSITIONS) \
                        and not (view.lower[x] in _RELATIVES and x + 1 not in view.actor_at):
                    x += 1  # (not "to countries that back Kyiv": a subject relative names what the getters do)
                k = x
            if k in view.actor_at and view.actor_at[k].how == "demonym" \
                    and view.lower[view.actor_at[k].last:view.actor_at[k].last + 1] in _EDGES \
                    and view.lower[view.actor_at[k].last + 1:view.actor_at[k].last + 2] != ("guard",):  # "coast guard"
                segments.append((seg_start, j, None))  # "its extension to the Ugandan border": a place, no getter
                return segments, j
            if k in view.actor_at and backs_a_cause(view, view.group(view.actor_at[k])[-1]):
                segments.append((seg_start, j, None))  # "lent its support to France's bid to host the summit"
                return segments, j
            if k in view.actor_at and view.actor_at[k].how == "demonym" \
                    and view.lower[view.actor_at[k].last:view.actor_at[k].last + 1] in _PRIVATE_GETTERS:
                segments.append((seg_start, j, None))  # "tax breaks for Chinese companies": firms, no state (G2)
                return segments, j
            if k in view.actor_at and view.actor_at[k].last + 1 < end and view.lower[view.actor_at[k].last] in _FIRM_NOUNS \
                    and view.tokens[view.actor_at[k].last + 1].text[:1].isupper() and not view.possessive(view.actor_at[k]):
                segments.append((seg_start, j, None))  # "sold to U.S. firm ConocoPhillips": a private buyer, no state
                return segments, j
            if k in view.actor_at and view.possessive(view.actor_at[k]) and (
                    owned := view.actor_at.get(view.actor_at[k].last + 1)) is not None and owned.entity.kind != "state":
                k = owned.first  # "to Sudan's Rapid Support Forces": the force, not its country, gets the arms
            if k in view.actor_at:
                group = view.group(view.actor_at[k])
                recipients = debtor(view, seg_start, j, donors) or unique(m.entity for m in group if m.entity not in donors)
                segments.append((seg_start, shared_at or j, recipients))
                j = group[-1].last
                seg_start = j
                continue
            if word == "with" and k not in view.actor_at and not any(
                    x in view.actor_at for x in range(k, min(k + 5, end))):
                j += 1  # "laden with food": an ordinary "with"
                continue
            if word in ("to", "for") and numbered_states(view, j + 1):
                segments.append((seg_start, j, ()))  # "for the three countries": the getters told before
                return segments, j + 3 + (view.lower[j + 1] == "the")
            if k < end and (view.lower[k] in _DETERMINERS or view.lower[k].endswith("s")) and word != "with":
                segments.append((seg_start, j, None))  # "to nations facing pressure": not a state
                return segments, j
            if word == "to" and view.lower[j + 1:j + 2] in (("it",), ("them",)) and j + 1 not in view.actor_at:
                # "Bulgaria said Azerbaijan had suspended gas supplies to it": the state named before, not the giver
                named = _named_before(view, seg_start, donors)
                segments.append((seg_start, j, (named.entity,) if named is not None else ()))
                j = seg_start = j + 2
                continue
            if word == "to" and (owner := owned_organ(view, j, donors)):
                segments.append((seg_start, j, owner))  # "provided training and equipment to its army"
                return segments, j + 3
            if word == "to" and view.lower[j + 1] in ("its", "their") and own_parts(view, j + 2):
                segments.append((seg_start, j, None))  # "to bring gas from Vaca Muerta to its own provinces"
                return segments, j
            later = next((x for x in range(j + 1, min(end, j + 9)) if view.lower[x] == "to" and x + 1 in view.actor_at
                          and view.lower[x - 1] in ("mainly", "mostly", "chiefly", "largely", "especially", "including")), None)
            if word == "to" and view.tokens[j + 1].text[:1].isupper() and later is not None:
                group = view.group(view.actor_at[later + 1])  # "to Europe last year, mainly to Italy, Greece and
                segments.append((seg_start, j, unique(m.entity for m in group if m.entity not in donors)))  # Bulgaria"
                j = seg_start = group[-1].last
                continue
            again = next((x for x in range(k, min(end, k + 6)) if view.lower[x] == "to" and view.lower[x - 1] == "and"
                          and x + 1 + (view.lower[x + 1:x + 2] == ("the",)) in view.actor_at), None)
            if word == "to" and again is not None and view.tokens[j + 1 + (view.lower[j + 1] == "the")].text[:1].isupper():
                shared_at, j = shared_at or j, again  # "to the West and to Slovakia": an unknown getter, then a state
                continue
            if word == "to":  # "to alleviate Cuba's energy woes": a purpose clause ends the item
                stop = next((x for x in range(k, end) if view.lower[x] in ("but", ";")), end)  # ", but ... Kyiv's decision"
                rest = [m for m in view.state_in(k, stop) if view.possessive(m) and m.entity not in donors and not aggressor(view, m)]
                segments.append((seg_start, j, unique(m.entity for m in rest[:1])))
                return segments, (rest[0].last if rest else j)
        if word in ("was", "were") and j > start and j + 2 < end and is_passive(view, j + 1 + (view.lower[j + 1] in (
                "also", "later", "then", "eventually", "quickly"))):
            break  # "an offer of wheat was turned down by Kenya": the item's own verb ends it
        if j > start and view.lemmas[j] in _ARRIVED and word.endswith("ed"):
            break  # "a consignment of Pakistani rice reached the Sri Lankan capital": the item's own verb
        if word in _CLAUSE_JOINS and j > start and new_subject_clause(view, j):
            break  # "pump gas into Iran, and Iran would in turn supply Iraq": a clause of its own
        if word == "and" and j > start and second_stage_verb(view, j):
            break  # "promised Ukraine 18 tanks and delivered them": the second verb has its own frame
        if word in ("abroad", "overseas", "worldwide"):
            segments.append((seg_start, j, None))  # no recipient state
            return segments, j
        if word == "(" and (close := amount_aside(view, j, end)):
            j = close + 1  # "1.5 billion yuan (US$208 million) this year to ...": a conversion, not an aside
            continue
        if (word in ITEM_STOP and not (word == "as" and view.lower[j - 1] == "such")) or word in CLAUSE_END \
                or word == "." or (word in ("last", "next", "this", "earlier", "later") and j + 1 < end
                                   and view.lower[j + 1] in _TIME_WORDS and view.lower[j + 2:j + 3] != ("to",)):
            break
        if word in ("before", "after", "ahead") and (view.lower[j - 1] in _SPANS_OF_TIME or new_subject_clause(view, j, True)) \
                or word == "over" and reason_over(view, j):  # "withheld aid to Rwanda over its support for the M23"
            break  # "days before the anniversary of Russia's invasion", "the loan after China gave assurances"
        if word == "," and j + 1 < end and view.lower[j + 1].endswith("ing") and view.lower[j + 1] != "including" \
                and j + 1 not in view.actor_at:
            break  # ", challenging Washington's dominance": a participle clause, not an item
        if word == "," and attribution_after(view, j, end):
            break  # ", the Lebanese army said": who said it, not the item
        if word == "," and j + 1 < end and (view.lemmas[j + 1] in _MAIN_VERBS and view.lower[j + 1] != view.lemmas[j + 1]
                                            or view.lower[j + 1] in _RESUMING and j + 2 < end
                                            and view.lower[j + 2] != view.lemmas[j + 2]):
            break  # "Pakistan, which has sold shells to the US, denied supplying them", "China, which financed the
            # rail link, has offered to help": the main clause resumes
        j += 1
    if seg_start < j and not segments:  # words after the last "to X" are not items of it
        segments.append((seg_start, j, ()))
    return segments, j


_CLAUSE_JOINS = frozenset(", and while but whereas".split())
_CLAUSE_AUX = CLAUSE_AUX | {"in"}  # "and Iran would in turn supply"


def new_subject_clause(view: SentenceView, at: int, irregular: bool = False) -> bool:
    """Does the joiner at *at* open a clause with its own subject and verb ("..., and Iran would supply",
    "while Germany has sent"; with *irregular*, an irregular past too: "after China gave assurances")?"""
    k = at + 1
    while k < len(view.tokens) and view.lower[k] in ("and", "the"):
        k += 1
    if k < len(view.tokens) - 1 and view.lower[k] in ("it", "they") and k > at + 1 and (
            view.lower[k + 1] in _CLAUSE_AUX or view.lower[k + 1] in ("later", "also", "then", "soon", "since")
            or view.lower[k + 1].endswith(("ed", "ly"))):
        return True  # "supplied Baku with drones in 2020, and it later sent military advisers"
    if k not in view.actor_at or view.actor_at[k].first != k or view.actor_at[k].how == "demonym":
        return False
    after = view.group(view.actor_at[k])[-1].last
    while after + 1 < len(view.tokens) and view.lower[after].endswith("ly") and view.lower[after].isalpha():
        after += 1  # "and Uzbekistan mostly sends electricity"
    verb = after < len(view.tokens) and (view.lower[after] in _CLAUSE_AUX or (  # "and Russia shipped oil"
        view.lower[after].endswith("ed") and view.lower[after].isalpha() and view.lower[after] != "based"
        or irregular and view.lemmas[after] != view.lower[after] and not view.lower[after].endswith("s")  # "gave"
        or view.lower[after] in IRREGULAR_PAST)  # ", and France sent a team": a past of its own
        or view.lower[after].endswith("s") and view.lower[after] != view.lemmas[after] and any(  # "and Iraq sells"
            e.frame in ("give", "receive") for e in load_lexicon().by_first_word.get(view.lemmas[after], ())))
    return verb and not view.possessive(view.actor_at[k])


_ATTRIBUTION_VERBS = SAID_SAYS | NOUN_LIKE_PRESENT  # ", Kenya claims" closes a sentence as ", Kenya said" does


def attribution_after(view: SentenceView, comma: int, end: int) -> bool:
    """Is the comma at *comma* followed by ", the ministry said" / ", officials told Reuters"?"""
    for j in range(comma + 1, min(comma + 13, end)):
        if view.lower[j] in _ATTRIBUTION_VERBS:
            return True
        if view.lower[j] in (",", ".", ";") or view.lower[j] in ITEM_STOP:
            return False  # ("the Department of Foreign Affairs (DFA) said": parentheses are part of the name)
    return False


_FIRM_NOUNS = frozenset("firm company trader utility refiner group".split())  # "U.S. firm ConocoPhillips"
# (and one firm: "to an Italian contractor"; "to Indian refiners" is India)
_PRIVATE_GETTERS = frozenset((w,) for w in "companies firms investors businesses enterprises company firm contractor "
                              "contractors investor business enterprise".split())
_PARTICLES = frozenset("back over away up out off on in down to and or but as too again instead".split())


def _bare_second_object(view: SentenceView, at: int) -> bool:
    """Does a bare noun phrase start at *at*, after "give it" ("will give it modern American aircraft")?"""
    word = view.tokens[at].text
    return word.isalpha() and word.islower() and view.lower[at] not in _PARTICLES and view.lower[at] not in PREPOSITIONS \
        and not word.endswith("ly") and at + 1 < len(view.tokens) and view.tokens[at + 1].text[:1].isalpha()


_HEAD_COUNT = frozenset("more than over about some around nearly almost up to thousands hundreds of a an new another "
                        "additional further elite special".split())  # "30,000 Ukrainian soldiers", "a new Somali brigade"
_PEOPLE = frozenset("counterparts forces troops soldiers police officers pilots army navy military crews "
                     "personnel units brigades".split())


def _people_after(view: SentenceView, k: int) -> bool:
    """A state's name used as a modifier of people: "Solomon Islands counterparts", "Kenya army officers"."""
    return k < len(view.tokens) and view.lower[k] in _PEOPLE


def _owner_in_apposition(view: SentenceView, k: int, donors) -> Mention | None:
    """The owner in an apposition on the giver before the pronoun at *k*: "Russia, Serbia's traditional ally, which
    continues to provide it with gas" (Serbia)."""
    return next((m for m in view.actors if m.last < k and view.possessive(m) and m.entity not in donors and m.first >= 2
                 and view.lower[m.first - 1] == "," and (m.first - 2) in view.actor_at
                 and view.actor_at[m.first - 2].entity in donors), None)


def _named_before(view: SentenceView, k: int, donors) -> Mention | None:
    """The last actor ending by token *k* that a pronoun there can stand for: no giver, no demonym, not inside a
    prepositional phrase, no owner ("Bulgaria said Azerbaijan had sent gas to it": Bulgaria)."""
    return next((m for m in reversed(view.actors) if m.last <= k and m.entity not in donors
                 and m.how != "demonym" and not view.in_pp(m) and not view.possessive(m)), None)


def indirect_object(view: SentenceView, index: int, donors, *, owned: bool = False) -> tuple[tuple[EntityRef, ...], int]:
    """"provide Cuba with oil", "sent Iran drones": an actor right after the verb; with *owned*
    (verbs whose object is the recipient: "train the Somali navy") also a demonym or owner there."""
    k = index
    while k < len(view.tokens) and (view.lower[k] in OBJECT_LEADS or (owned and view.lower[k] in ("their", "its"))):
        k += 1  # "training their Solomon Islands counterparts"
    if k + 1 < len(view.tokens) and view.lower[k] in ("it", "them") and (
            view.lower[k + 1][:1].isdigit() or view.lower[k + 1] in SECOND_OBJECT or _bare_second_object(view, k + 1)
            or view.lower[k + 1] == "with"):  # "Israel is supplying it with a new air defence shield"
        # "agreed to lend it $1 billion": the pronoun gets; the context, or the state it was resolved to
        # (aid_described), says who it is
        named = view.actor_at.get(k)
        if named is None:  # "to the United States, which will give it new equipment in return": the clause's subject
            named = _owner_in_apposition(view, k, donors) or _named_before(view, k, donors)
        return ((named.entity,) if named is not None and named.entity not in donors else ()), k + 1
    if owned:  # "trained more than 30,000 Ukrainian soldiers": a head count before the demonym
        while k < len(view.tokens) and k - index < 5 and (view.lower[k] in _HEAD_COUNT or view.lower[k][:1].isdigit()):
            k += 1
    if owned and k in view.actor_at and (view.actor_at[k].how == "demonym" or view.possessive(view.actor_at[k])
                                         or _people_after(view, view.actor_at[k].last)) \
            and view.actor_at[k].entity not in donors:
        return (view.actor_at[k].entity,), index
    if (organ := state_organ(view, k, donors)) is not None:
        return organ  # "gave the Lebanese army $60 million", "provided the Lebanese government with fuel"
    if k in view.actor_at and not view.possessive(view.actor_at[k]) and view.actor_at[k].how != "demonym" \
            and not _owner_of_stopped_aid(view, index, view.actor_at[k]):
        group = view.group(view.actor_at[k])
        refs = unique(m.entity for m in group if m.entity not in donors)
        end = group[-1].last
        if end < len(view.tokens) and view.lower[end] == "with":
            end += 1
        return refs, end
    return (), index


_STOPPED_AID = frozenset("aid assistance funding funds support loans money".split())


def _owner_of_stopped_aid(view: SentenceView, index: int, mention) -> bool:
    """Is *mention*, right after a stopping verb ending at *index*, the owner of the aid it stops ("cut off US
    aid to the country", "froze EU funds for Hungary"), not the getter?"""
    return stopping_verb_ends(view, index - 1) and mention.last < len(view.tokens) \
        and view.lower[mention.last] in _STOPPED_AID


def passive_agent(view: SentenceView, start: int) -> tuple[EntityRef, ...]:
    """"... by the IMF", "... by Japan": the agent of a passive verb."""
    for j in range(start, min(start + 12, len(view.tokens) - 1)):
        if view.lower[j] in CLAUSE_END or view.lower[j] == ".":
            break
        if view.lower[j] == "by":
            k = j + 1 if view.lower[j + 1] != "the" else j + 2
            if k in view.actor_at:
                return unique(m.entity for m in view.group(view.actor_at[k]))
    return ()


def unknown_agent(view: SentenceView, start: int) -> bool:
    """"... was approved by Congress": a named agent the gazetteer does not know (so the context
    must not supply the donor)."""
    for j in range(start, min(start + 12, len(view.tokens) - 1)):
        if view.lower[j] in CLAUSE_END or view.lower[j] in (".", ","):
            return False
        if view.lower[j] == "by":
            k = j + 1 + (view.lower[j + 1] == "the")
            return k < len(view.tokens) and k not in view.actor_at and view.tokens[k].text[:1].isupper()
    return False


_IRREGULAR_PARTICIPLES = frozenset("sent sold given lent paid built held flown brought made dealt put kept frozen withheld bought".split())


def is_passive(view: SentenceView, first: int) -> bool:
    """"was sent", "have been delivered", "were reportedly shipped": a participle after a form of *be*."""
    word = view.lower[first]
    if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES):
        return False
    before = [w for w in view.lower[max(0, first - 3):first] if not w.endswith("ly")]
    return any(w in ("is", "are", "was", "were", "been", "being", "be") for w in before[-2:])

