"""The stage an agreement has reached, from the verbs around its noun.

"signed", "agreed", "proposed" or "declined": the first status whose verb (or several-word phrase such as
"pulled out of") occurs in the span, unless a modal or wish before it makes the act hypothetical ("could
sign", "wants to conclude": proposed) or a negation turns it round ("have not signed": declined).
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.agreement_announced import announced, may_announce
from kg.extract.agreement_fronted import fronted_end
from kg.extract.agreement_participles import post_nominal
from kg.extract.agreement_pending import pending_stage
from kg.extract.agreement_relative import cues_from
from kg.extract.agreement_senses import noun_use
from kg.extract.agreement_standing import other_cue, runs_until, since_cut
from kg.extract.event_rules import rules as event_rules
from kg.extract.view import SentenceView

# "could": lemma "can"; "threatened to pull out of the deal": no stage yet
_HYPOTHETICAL = frozenset("will would plan expect could can may might must if odds scenario close hope aim seek ask urge press "
                          "demand threaten".split())


def _near_amount(view: SentenceView, at: int) -> bool:
    """Is "close" at *at* part of an amount ("worth close to $1 billion"), not nearness to an accord?"""
    return view.lower[at] == "close" and at + 2 < len(view.tokens) and view.lower[at + 1] == "to" \
        and view.amount_at(at + 2)


_TIME_LINKS = frozenset("once when until unless after before".split())


def _time_to_come(view: SentenceView, first: int, verb: int) -> bool:
    """Is the verb at *verb* in the present tense after a time link ("Once Egypt signs the deal with Israel, gas
    will flow", "until Kenya signs the pact"): a signing still to come?"""
    word, lemma = view.lower[verb], view.lemmas[verb].lower()
    present = (word == lemma or word in (lemma + "s", lemma + "es")) and view.lower[verb - 1] not in _BEFORE_BASE
    passive = view.lower[verb - 1] in ("is", "are") and word != lemma  # "once the treaty is signed"
    return (present or passive) and any(view.lower[k] in _TIME_LINKS for k in range(first, verb))


_BEFORE_BASE = frozenset("to not n't never will would could can may might must should shall".split())  # their own rules


def stage_of(view: SentenceView, first: int, last: int, *, default: str | None, noun: int | None = None) -> str | None:
    rules = event_rules()["agreement"]
    if noun is not None and (cut := fronted_end(view, noun)) is not None:
        last = min(last, cut)  # "Under one memorandum, the two operators will cooperate": its terms, no stage
    if noun is not None:
        last = min(last, _absolute_with(view, noun, last))
    if noun is not None and _ended(view, first, noun):
        return "declined"  # "Niger ended its military cooperation agreement with France"
    lemmas = list(view.lemmas[first:last])
    phrases = _status_phrases(lemmas) if not _status_openers().isdisjoint(view.sentence.cue_set) else {}
    verbs = _status_verbs()
    announcing = may_announce(view)  # (most sentences announce nothing: no call for each of their words)
    for status in ("declined", "signed", "agreed", "proposed"):
        # "a government-approved deal": half of a compound adjective is no verb
        at = next((i for i, lemma in enumerate(lemmas) if (phrases[i] == status if i in phrases else lemma in verbs[status]
                                                           or status == "agreed" and announcing
                                                           and announced(view, first + i, noun))
                   and not (first + i > 0 and view.lower[first + i - 1] == "-")
                   and not (lemma == "reach" and first + i > 0 and view.lower[first + i - 1] in ("within", "of"))
                   and not _in_name(view, first + i)
                   and not ((status in ("signed", "agreed") or lemma in rules["verbs_only"]) and i not in phrases
                            and noun_use(view, first + i))
                   and not other_cue(view, first + i, status, noun)
                   and not (status == "declined" and _declined_other(view, first + i))
                   and not (status == "signed" and _signed_law(view, first + i))
                   and not (lemma in _REMADE and _attributive(view, first + i))  # "proposed a revised deal"
                   and not post_nominal(view, first + i, noun)), None)
        if at is None:
            continue
        # cues before the verb only: "approved the pact with Turkey, which will build ..." is approved; and
        # after a relative pronoun that follows the noun: "would honour the pact, which they signed in 2014"
        hypothetical = any(w in _HYPOTHETICAL and view.tokens[first + k].text.islower()  # not "JAKARTA, May 20"
                           and not _attributive(view, first + k)  # "a planned railway deal was scrapped"
                           and not _near_amount(view, first + k)  # "The deal, worth close to $1 billion, was signed"
                           for k, w in enumerate(lemmas[:at]) if k >= max(cues_from(view, first, at, noun),
                                                                          since_cut(view, first, at)))
        if pending_stage(view, first, first + at, status) or status in ("signed", "agreed") and _time_to_come(
                view, first, first + at):
            return "proposed"  # "has yet to sign the deal", "agreed to explore ...", "Once Egypt signs the deal, ..."
        if status == "declined" and runs_until(view, first + at):
            return "signed"  # "the deal, which expires in May": in force
        if noun is not None and 0 < first + at - noun <= 2 and view.lower[first + at].endswith("ed"):
            hypothetical = False  # "will deliver radars under a contract signed on Tuesday": signed
        if status == "declined" and hypothetical:
            continue  # "could scrap the pact", "would not rule out suspending it": no stage yet (AG2)
        if status == "declined" and at >= 1 and lemmas[at - 1] == "be" and "not" in lemmas[max(0, at - 3):at]:
            continue  # "the contract has not been cancelled": no stage told
        if status in ("signed", "agreed") and any(w in ("not", "n't", "never", "nor") for w in lemmas[max(0, at - 3):at]):
            # "have not signed any agreement" turns it down; "has not been finalised", "not yet signed": pending
            return "proposed" if pending(lemmas, at) else "declined"
        to = at - 2 if at >= 3 and lemmas[at - 1].endswith("ly") and lemmas[at - 2] == "to" else at - 1  # "to swiftly sign"
        if to >= 2 and lemmas[to] == "be" and lemmas[to - 1] == "to":
            to -= 1  # "is set to be signed", "is due to be ratified": the passive infinitive is still to come
            done = next((lemmas[k] for k in range(at + 1, len(lemmas)) if lemmas[k] in verbs["signed"] | verbs["agreed"]
                         and lemmas[k - 1] in _AUX_BEFORE and lemmas[k - 2] != "to"), None)
            if done is not None:  # "the deal, long set to be concluded, was signed on Monday": the later verb
                return "signed" if done in verbs["signed"] else "agreed"
            if status in ("signed", "agreed") and (lemmas[to - 1] in ("be", "still") or lemmas[to - 1] in ("have", "need")
                                                  and "still" in lemmas[max(0, to - 4):to]):
                return "proposed"  # "the deal is to be signed on Friday", "still has to be signed", "still needs to be
                # ratified" (but "has to be renewed at regular intervals": a rule of the accord, no stage to come)
        if status == "signed" and to >= 1 and lemmas[to] == "to" and lemmas[to - 1] in rules["agreed"]:
            return "proposed" if hypothetical else "agreed"  # "agreed to sign deals": not signed yet
        if status in ("signed", "agreed") and to >= 1 and lemmas[to] == "to" and (
                lemmas[to - 1] in rules["proposed"] or lemmas[to - 1] in rules["intend"]):
            return "proposed"  # "offered to sign a pact", "wants to conclude a deal": not done yet
        if status == "proposed" and _negotiated(view, first + at):
            return "agreed"  # "The facility was negotiated with Abu Dhabi last year": its terms were settled
        return "proposed" if hypothetical and status in ("signed", "agreed") else status
    return default


# verbs of remaking an accord that, as a participle after a determiner, only describe it ("offered a revised deal")
_REMADE = frozenset("revise amend renew extend reactivate reinstate".split())
_LAWS = frozenset("law laws bill bills decree decrees legislation ordinance".split())


def _signed_law(view: SentenceView, j: int) -> bool:
    """The verb at *j* signs a law, bill or decree ("Putin signed a law ratifying the treaty", "signed the bill
    into law"): the accord is ratified or approved by it, not signed."""
    return any(view.lower[k] in _LAWS for k in range(j + 1, min(j + 3, len(view.tokens))))


def _absolute_with(view: SentenceView, noun: int, last: int) -> int:
    """Where ", with" opens a clause of its own after the accord's noun ("signed a framework ..., with the words
    'grant financing' dropped from the text"): its verbs tell what happened to something else."""
    return next((j for j in range(noun + 1, last - 1) if view.tokens[j].text == "," and view.lower[j + 1] == "with"), last)


_AUX_BEFORE = frozenset("be have was were is are has had been finally eventually formally".split())


def _attributive(view: SentenceView, j: int) -> bool:
    """A participle before a noun after a determiner ("a planned deal", "the expected contract"): it tells
    what the accord was, not that the verb after it is still to come."""
    return view.lower[j].endswith("ed") and j > 0 and view.lower[j - 1] in ("a", "an", "the", "its", "their", "this")


def _negotiated(view: SentenceView, j: int) -> bool:
    """A past passive of "negotiate" ("was negotiated", "had been negotiated"), not "is being negotiated"."""
    return view.lower[j] == "negotiated" and j >= 1 and (
        view.lower[j - 1] in ("was", "were") or view.lower[j - 1] == "been" and j >= 2 and view.lower[j - 2] == "had")


@lru_cache(maxsize=1)
def status_verbs() -> frozenset[str]:
    rules = event_rules()["agreement"]
    return frozenset(w for status in ("signed", "agreed", "proposed", "declined") for w in rules[status])


@lru_cache(maxsize=1)
def _status_verbs() -> dict[str, frozenset[str]]:
    """The verbs of each stage's list in the rules, as sets (read for every word of a clause)."""
    rules = event_rules()["agreement"]
    return {status: frozenset(rules[status]) for status in ("declined", "signed", "agreed", "proposed")}


@lru_cache(maxsize=1)
def _status_openers() -> frozenset[str]:
    """The first words of the `status_phrases`: a span without any has none of them."""
    return frozenset(phrase.split()[0] for phrase in event_rules()["agreement"]["status_phrases"])


@lru_cache(maxsize=1)
def _phrases_by_opener() -> dict[str, tuple[tuple[list[str], str], ...]]:
    """The `status_phrases` as (words, status), indexed by their first word, in the rules' order."""
    table: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, status in event_rules()["agreement"]["status_phrases"].items():
        words = phrase.split()
        table.setdefault(words[0], []).append((words, status))
    return {opener: tuple(entries) for opener, entries in table.items()}


def _status_phrases(lemmas: list[str]) -> dict[int, str]:
    """Where a several-word verb of `status_phrases` starts ("pulled out of", "tore up"), with its status (the
    first phrase in the rules' order that matches there)."""
    found: dict[int, str] = {}
    by_opener = _phrases_by_opener()
    for i, lemma in enumerate(lemmas):
        for words, status in by_opener.get(lemma, ()):
            if i + len(words) <= len(lemmas) and lemmas[i:i + len(words)] == words:
                found[i] = status
                break
    return found


def _in_name(view: SentenceView, j: int) -> bool:
    """A capitalised word inside a sentence followed by a number or another capitalised word is part of a name,
    not a verb: "14 F-16 Block 70/72 fighters" (no blocked accord), "the Freeze Act"."""
    word = view.tokens[j].text
    if j == 0 or not word[:1].isupper() or j + 1 >= len(view.tokens):
        return False
    after = view.tokens[j + 1].text
    return after[:1].isdigit() or after[:1].isupper()


def _declined_other(view: SentenceView, j: int) -> bool:
    """"declined to discuss", "refused to comment": what is turned down is another act, not the agreement
    ("refused to sign", "declined to renew" are about it)."""
    if j + 2 >= len(view.tokens) or view.lower[j + 1] != "to":
        return False
    rules = event_rules()["agreement"]
    return view.lemmas[j + 2] not in {*rules["signed"], *rules["agreed"], "extend", "implement", "honour", "honor"}


def pending(lemmas: list[str], at: int) -> bool:
    """A negated signing that is still to come: "the contract has not yet been signed", "has not been
    finalised", "was not signed" (a passive or "yet" beside the negation), not "Chile has not signed the
    treaty"."""
    near = lemmas[max(0, at - 4):at + 2]
    return "yet" in near or (at >= 1 and lemmas[at - 1] == "be" and "not" in lemmas[max(0, at - 3):at]) \
        or (at >= 2 and lemmas[at - 1] in ("not", "n't") and lemmas[at - 2] == "be")  # "the deal was not signed"


_ENDS = frozenset("end ends ended ending".split())
_OWN = frozenset("its their the that this a an".split())  # "ended a 2014 mining agreement"


def _ended(view: SentenceView, first: int, noun: int) -> bool:
    """Is the agreement noun (its last word at *noun*) the object of "end": "ended its military cooperation
    agreement", "will end their defence pact" (the accord is ended, AG2 declined), with only lower-case
    modifiers between?"""
    for j in range(max(first, noun - 6), noun - 1):
        if view.lower[j] in _ENDS and view.lower[j + 1] in _OWN:
            return all(view.tokens[k].text.isalpha() and view.tokens[k].text.islower() or view.tokens[k].text.isdigit()
                       for k in range(j + 2, noun)) \
                and not _HYPOTHETICAL.intersection(view.lemmas[first:j])  # "could end its pact": no stage yet
    return _ended_itself(view, noun)


def _ended_itself(view: SentenceView, noun: int) -> bool:
    """Is the agreement noun at *noun* the subject of "ended" ("Kenya's last programme with the Fund ended
    prematurely", "the deal has ended"), past a "with"/"between" phrase of names? Not "ended up", "ended with"."""
    n, k = len(view.tokens), noun + 1
    if k < n and view.lower[k] in ("with", "between"):
        k += 1
        while k < n and k - noun < 9 and (k in view.actor_at or view.lower[k] in ("the", "and", "of")
                                          or view.tokens[k].text[:1].isupper()):
            k += 1
    if k < n and view.lower[k] in ("has", "had"):
        k += 1
    return k < n and view.lower[k] in ("ended", "ends") and (k + 1 >= n or view.lower[k + 1] not in ("up", "with"))
