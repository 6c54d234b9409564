"""What a denial or refusal verb points at: the supply a denial denies ("denied supplying shells", "denied
that it had sent drones", "rejected reports that it was importing gas", also past a time phrase: "denied on
Saturday that it had received drones") and a request turned down
("turned down a request for ...")."""

from __future__ import annotations

from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.speech_verbs import GERUND, SAID_SAYS
from kg.extract.view import SentenceView


_DENIED_NOUNS = frozenset(
    "claims claim reports report allegations allegation accusations accusation suggestions suggestion charges "
    "assertions speculation rumours rumors".split()
)
_DENIED_FILLER = frozenset(
    "that it they he she we the country government regime had has have having been was were is are be ever "
    "any of some all none not never also already itself themselves actually secretly illegally directly "
    "his her their its our -".split()
)
# "dismissed as baseless the accusations that ...": the denial's verdict before its object
_VERDICT_WORDS = frozenset("baseless groundless false untrue unfounded fabricated absurd nonsense lies "
                           "propaganda speculation".split())
# "denied that any deal to ship weapons existed": the supply inside a noun of arrangement
_ARRANGEMENT_NOUNS = frozenset("deal deals agreement agreements contract contracts plan plans arrangement "
                               "intention attempt".split())


def denied_clause(view: SentenceView, last: int, triggers: list[tuple[int, int, Entry]]) -> int | None:
    """Index into *triggers* of the supply a denial verb denies: "denied supplying shells",
    "denied that it had sent drones", "rejected reports that it was importing gas"."""
    j, n = _past_time(view, last), len(view.lower)
    if j + 1 < n and view.lower[j] == "as" and view.lower[j + 1] in _VERDICT_WORDS:
        j += 2
    if j < n and view.lower[j] in ("the", "any", "western", "media", "a", "an"):
        j += 1
    if j < n and j in view.actor_at and view.actor_at[j].last < n \
            and view.lower[view.actor_at[j].last] in _DENIED_NOUNS | _REPORT_KINDS | {"'s", "’s"}:
        j = view.actor_at[j].last + (view.lower[view.actor_at[j].last] in ("'s", "’s"))  # "Ukrainian claims", "Kyiv's claims"
    if j + 1 < n and view.lower[j + 1] in _DENIED_NOUNS and view.lower[j] in _REPORT_KINDS:
        j += 1  # "a Lithuanian intelligence report"
    if j < n and view.lower[j] in _DENIED_NOUNS:
        j += 1
        if j < n and view.lower[j] in ("by", "in", "on"):  # "a report by UN monitors that", "reports in state media that"
            j = next((k for k in range(j + 1, min(j + 8, n)) if view.lower[k] == "that"), n)
        if j + 1 < n and view.lower[j] in ("that", "which") and view.lower[j + 1] in _SAYING:
            j += 1 + (view.lower[j + 2:j + 3] == ("that",))  # "a report that said (that) it had shipped"
        if j >= n or view.lower[j] != "that" and view.lower[j] not in _SAYING:
            return None
        j = _evidence_of(view, j)  # "that found credible evidence it had supplied weapons"
    if j < n and (view.lower[j] in ("that", "evidence", "proof", "signs") or view.lower[j] in _SAYING or (
            view.lower[j] in _PRONOUNS and view.lower[j + 1:j + 2] and view.lower[j + 1] in _AUXILIARIES)):
        # ("denied it had sent drones": a clause with no "that")
        # a clause: skip its subject and auxiliaries
        start = j
        j += view.lower[j] != "that"
        while j < n and j - start < 8 and (view.lower[j] in _DENIED_FILLER or view.lower[j].endswith("ly")
                                           or j in view.actor_at or "-" in view.lower[j - 1:j + 2:2]
                                           or view.lower[j] in _MAKERS or view.lower[j + 1:j + 2] in _MAKER_HEADS):
            if view.lower[j:j + 2] == ("re", "-"):
                j += 2  # "that it was re-exporting arms": the verb follows its prefix
                break
            j += 1  # "that Slovak arms makers had shipped shells": the makers are the clause's subject
        if j + 1 < n and view.lower[j] in _ARRANGEMENT_NOUNS and view.lower[j + 1] == "to":
            j += 2
        j = _passive_goods_subject(view, j, triggers)  # "that weapons and ammunition were supplied to Russia"
    else:  # a gerund: "denied (ever) supplying"
        while j < n and view.lower[j] in ("ever", "having", "knowingly", "secretly"):
            j += 1
        if j >= n or not view.lower[j].endswith("ing") and view.lower[j - 1] != "having":
            return None
    for index, (first, _, entry) in enumerate(triggers):
        if first == j and entry.frame in ("give", "receive"):
            return index
    return None


_PRONOUNS = frozenset("it they he she we".split())
_AUXILIARIES = frozenset("had has have was were is are would will did never ever".split())
_SAYING = SAID_SAYS | GERUND
_REPORT_KINDS = frozenset("intelligence media news press newspaper monitoring".split())


def _passive_goods_subject(view: SentenceView, j: int, triggers) -> int:
    """Past the goods that open a passive clause ("that weapons and ammunition were supplied"): where its
    verb is, or *j* when no passive follows."""
    n = len(view.lower)
    if any(first == j for first, _, _ in triggers):
        return j
    k = j
    while k < n and k - j < 5 and (view.lower[k] in ("and", ",") or view.tokens[k].text.isalpha()
                                   and (view.tokens[k].text.islower() or k == j) and view.lower[k] not in _DENIED_FILLER):
        # (the goods may open with an adjective of origin: "that Korean shells had been shipped to Kyiv")
        k += 1
    if k == j or k >= n or view.lower[k] not in ("was", "were", "had", "has", "have", "is", "are"):
        return j
    while k < n and view.lower[k] in _DENIED_FILLER:
        k += 1
    return k


_DAYS = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS))
_PERIODS = frozenset("week weekend month year night morning".split())
_TIME_ADVERBS = frozenset("again also earlier later repeatedly immediately swiftly quickly".split())


def _past_time(view: SentenceView, j: int) -> int:
    """Past a time phrase or adverb right after the denial verb ("denied on Saturday that it had received",
    "denied last week that", "denied again that"): where its object starts."""
    words, n = view.lower, len(view.lower)
    while j < n:
        if words[j] in _TIME_ADVERBS:
            j += 1
        elif words[j] == "on" and j + 1 < n and words[j + 1] in _DAYS:
            j += 2
            while j < n and (words[j][:1].isdigit() or words[j] in _PERIODS or words[j] in _DAYS):
                j += 1  # "on Saturday night", "on March 3"
        elif words[j] in ("last", "this") and j + 1 < n and words[j + 1] in _PERIODS:
            j += 2
        else:
            return j
    return j


_MAKERS = frozenset("makers manufacturers firms companies producers factories exporters dealers traders".split())
_MAKER_HEADS = frozenset((w,) for w in _MAKERS)
_FINDING = frozenset("find show reveal cite present".split())
_EVIDENCE_WORDS = frozenset("credible strong clear new fresh further ample evidence proof signs".split())


def _evidence_of(view: SentenceView, that: int) -> int:
    """Past "that found (credible) evidence (that)" at *that*: where the clause of the finding starts (at a
    "that" of its own, or the token after "evidence"); *that* itself when the report finds nothing."""
    k = that + 1
    if k >= len(view.tokens) or view.lemmas[k] not in _FINDING:
        return that
    k += 1
    while k < len(view.tokens) and view.lower[k] in _EVIDENCE_WORDS:
        k += 1
    if view.lower[k - 1] not in ("evidence", "proof", "signs"):
        return that
    return k if k < len(view.tokens) and view.lower[k] == "that" else k - 1


REQUEST_NOUNS = frozenset("request requests plea pleas appeal appeals application applications bid calls demands "
                          "pressure".split())


def request_object(view: SentenceView, last: int) -> int | None:
    """Token of "request" in "turned down a request for ...", if the object is a request."""
    for j in range(last, min(last + 5, len(view.tokens))):
        if view.lower[j] in REQUEST_NOUNS:
            return j
        if view.lower[j] not in ("a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "fresh", "new",
                                 "renewed", "formal", "repeated", "mounting", "growing", "'s", "’s") and j not in view.actor_at:  # "a German request", "Kyiv's request"
            return None
    return None


_REFUSING = frozenset("refuse reject rebuff resist ignore dismiss decline spurn".split())


def refused_request(view: SentenceView, first: int) -> bool:
    """Is the supply verb at *first* what a refused request asked for: "has refused repeated calls from
    Washington and Kyiv to send shells to Ukraine", "rejected a request to supply jets"?"""
    if first < 3 or view.lower[first - 1] != "to":
        return False
    noun = next((j for j in range(first - 2, max(0, first - 12), -1) if view.lower[j] in REQUEST_NOUNS), None)
    return noun is not None and any(
        (view.lemmas[k] in _REFUSING or view.lemmas[k - 1:k + 1] == ("turn", "down")) and request_object(view, k + 1) == noun
        for k in range(max(1, noun - 4), noun))  # "turned down calls to ship"


def asked_to_give(view: SentenceView, request: int) -> bool:
    """Does the request at *request* ask for a supply verb with a getter of its own ("calls from Washington
    and Kyiv to send shells to Ukraine")? That verb's frame then tells the refused flow."""
    by_first = load_lexicon().by_first_word
    for j in range(request + 1, min(request + 12, len(view.tokens) - 1)):
        if view.lower[j] in _CLAUSE_STOPS:
            return False
        if view.lower[j] == "to" and any(e.frame == "give" for e in by_first.get(view.lemmas[j + 1], ())):
            return any(view.lower[k] == "to" and (k + 1 in view.actor_at or view.lower[k + 1] == "the" and k + 2 in view.actor_at)
                       for k in range(j + 2, min(j + 12, len(view.tokens) - 1)))
    return False


_CLAUSE_STOPS = frozenset(". ; but because".split())
