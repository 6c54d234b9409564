"""Words that tell an accord is in force or is only named again, not a new stage (README AG2, AG3).

* "the gas deal, which expires in May", "the treaty is due to expire next year": an accord that runs out
  later is one in force, so it was signed; only "expired", "lapsed" is the end of it (declined).
* "has asked for money every year since the two countries signed a partnership": the main clause's
  modal or request cues do not reach a "since" clause, which tells what happened.
* "Kenya signed a contract with China. Under the agreement, China will finance the line": "under the
  agreement" points back to the accord told before with the same parties; the clause tells its terms.
"""

from __future__ import annotations

from kg.extract.view import SentenceView

_LAPSE = frozenset("expire lapse".split())
_PRESENT = frozenset("expires lapses".split())
_AHEAD = frozenset("due set scheduled slated poised".split())  # "due to expire", "set to lapse"
_SINCE = frozenset("since".split())
_DEFINITE = frozenset("the this that".split())


def runs_until(view: SentenceView, j: int) -> bool:
    """The lapse verb at *j* ("expire", "lapse") tells an accord still in force: a present tense
    ("expires in May") or a time ahead ("is due to expire", "set to lapse")."""
    if view.lemmas[j] not in _LAPSE:
        return False
    if view.lower[j] in _PRESENT:
        return True
    return j >= 2 and view.lower[j - 1] == "to" and view.lower[j - 2] in _AHEAD


def since_cut(view: SentenceView, first: int, at: int) -> int:
    """Where the modal cues of the status verb at *first* + *at* start (relative to *first*): after the
    last "since" before the verb, else 0."""
    return next((k - first + 1 for k in range(first + at - 1, first - 1, -1) if view.lower[k] in _SINCE), 0)


def terms_again(view: SentenceView, first: int, parties: tuple, earlier: list) -> bool:
    """The agreement noun at *first* is "under the deal" (or "this"/"that") and an accord told before
    has the same parties: the clause gives its terms, not a new accord; so does "The deal is/was <what it
    is>" opening the sentence."""
    if first == 1 and view.lower[0] in ("the", "this") and first + 2 < len(view.tokens) \
            and view.lower[first + 1] in ("is", "was") and view.lower[first + 2] not in _MADE:
        return any(set(a.parties) == set(parties) for a in earlier)  # "The deal is Japan's biggest export": what it is
    if first < 2 or view.lower[first - 1] not in _DEFINITE or view.lower[first - 2] != "under":
        return False
    return any(set(a.parties) == set(parties) for a in earlier)


# "The deal was signed", "The pact is expected to ...": a stage told, not a description
_MADE = frozenset("signed agreed approved ratified concluded reached struck finalised finalized expected due set "
                  "not still yet being subject scrapped cancelled canceled suspended rejected".split())


_SUBJECTS = frozenset("they he she we it who which".split())


def plan_noun(view: SentenceView, j: int) -> bool:
    """"central to the country's financing plans": "plans" as a noun with no "to" after it is no verb of
    proposing (but "Japan plans to sign", "they plan a new deal" are)."""
    if view.lower[j] not in ("plans", "plan") or j + 1 < len(view.tokens) and view.lower[j + 1] == "to":
        return False
    before = view.tokens[j - 1].text if j > 0 else ""
    return before[:1].islower() and before.lower() not in _SUBJECTS


_VERB_BEFORE = frozenset("to will would could can may might should must".split())


def other_cue(view: SentenceView, j: int, status: str, noun: int | None) -> bool:
    """The status word at *j* is not the accord's: "plans" as a noun (:func:`plan_noun`), or a declining noun
    with no "of" after it ("during the 2022 economic collapse", but "the collapse of the deal")."""
    if status == "proposed" and (plan_noun(view, j) or _forecast(view, j)):
        return True
    if status == "declined" and view.lower[j] == view.lemmas[j].lower() and j + 1 < len(view.tokens) \
            and view.lower[j + 1] != "of" and view.lower[j - 1] not in _VERB_BEFORE:  # "a proposal to suspend"
        det = next((k for k in range(j - 1, max(-1, j - 6), -1) if view.lower[k] in _DETERMINERS
                    and not view.tokens[k + 1].text[:1].isupper()), None)  # "a two-year pause", not "the United States"
        # "the economic collapse", not "the collapse of the deal" or "let their agreement lapse"
        return det is not None and not any(view.lower[k] in _ACCORDS for k in range(det + 1, j))
    return False


_DETERMINERS = frozenset("the a an its their".split())
_SUMS = frozenset("worth cost costs total valued".split())


def _forecast(view: SentenceView, j: int) -> bool:
    """"a contract expected to be worth about $6.5 billion", "expected to cost": a forecast of the sum, not a
    stage still to come."""
    words = view.lower[j + 1:j + 4]
    return view.lower[j] == "expected" and len(words) >= 2 and words[0] == "to" and (
        words[1] in _SUMS or words[1] == "be" and len(words) > 2 and words[2] in _SUMS)


_ACCORDS = frozenset("agreement agreements deal deals pact pacts treaty accord accords contract contracts "
                     "memorandum partnership arrangement programme program line facility".split())
