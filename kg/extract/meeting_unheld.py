"""Meeting words that tell no meeting (M1): a plan that "met with criticism" met no one; a leader who
"will skip the summit" or "boycotted the talks" takes no part, nor does one who "did not meet" or "refused to
meet" another; "called for a meeting with Putin" or "urged Vucic to meet Kurti" asks
for a meeting that is neither held nor scheduled, and so does "is ready to meet him" or "offered to host talks".
"""

from __future__ import annotations

from kg.extract.meeting_senses import speculated
from kg.extract.view import SentenceView

_RECEPTIONS = frozenset("criticism opposition resistance scepticism skepticism protest protests condemnation "
                        "silence outrage anger derision dismay alarm approval praise applause disbelief "
                        "suspicion indifference".split())
_STAYING_AWAY = frozenset("skip boycott snub miss shun".split())
_APPEALS = frozenset("call push appeal press".split())
_WILLING = frozenset("ready willing prepared open eager keen offer offered want wants wanted hope hopes".split())
_SOUGHT = frozenset("propose suggest seek request demand".split())
_HOSTING = frozenset("host hold arrange convene organise organize".split())
_CANCEL = frozenset("cancel postpone scrap abandon shelve".split())
_OUTINGS = frozenset("trip visit tour journey meeting summit talks".split())
_STOPS = frozenset(", ; . and but or".split())


def unheld(view: SentenceView, hit: tuple[int, int, str]) -> bool:
    """Does the meeting word of *hit* tell no meeting: a reception, an event stayed away from, or an appeal?"""
    first, last, _ = hit
    k = first - 1
    while k > 0 and view.lower[k] in ("a", "an", "the", "new", "fresh", "direct"):
        k -= 1
    if k >= 0 and view.lower[k] == "no":
        return True  # "No meeting between Xi and Lai is planned"
    if k >= 2 and view.lower[k] == "for" and view.lower[k - 1] in ("plans", "plan") and view.lower[k - 2] == "no":
        return True  # "There are no plans for a meeting between Lee and Kim"
    if k >= 0 and view.lemmas[k] in _SOUGHT:
        return True  # "Erdogan proposed a meeting between Putin and Zelensky", "Ruto sought talks with Xi"
    if _urged(view, first):
        return True  # "The EU urged Vucic to meet Kurti": asked for, neither held nor scheduled
    if k > 0 and view.lemmas[k] in _HOSTING:
        k -= 1  # "offered to host talks between ..."
    if _invitation_declined(view, k):
        return True  # "rejected an invitation to visit Washington", "turned down an offer to host the talks"
    if k > 0 and view.lower[k] == "to" and any(
            view.lemmas[j] in _WILLING or view.lower[j] in _WILLING for j in range(max(0, k - 3), k)):
        return True  # "said he was ready to meet Aliyev in any third country": offered, not held or scheduled
    if not _CANCEL.isdisjoint(view.sentence.cue_set) and any(  # (most sentences cancel nothing)
            view.lemmas[j] in _CANCEL and any(view.lower[k] in _OUTINGS for k in range(j + 1, min(j + 5, first)))
            and not {"instead", "but", "rescheduled", "later"} & set(view.lower[j:first]) for j in range(0, first)):
        return True  # "had cancelled a planned trip to Japan, where he was due to attend a G20 meeting"
    if view.lemmas[first] == "meet" and last < len(view.tokens) and view.lower[last] == "with" and any(
            w in _RECEPTIONS for w in view.lower[last + 1:last + 4]):
        return True  # "The plan met with fierce criticism"
    if negated(view, hit):
        return True  # "did not meet Xi", "has never visited Israel", "refused to meet him"
    if _only_mooted(view, last):
        return True  # "A summit between the two presidents has been discussed but no date has been set"
    for j in range(first - 1, max(-1, first - 6), -1):
        if view.lower[j] in _STOPS:
            return False
        if view.lemmas[j] in _STAYING_AWAY:
            return True  # "will skip the ASEAN summit", "boycotted the talks"
        if view.lemmas[j] in _APPEALS and j + 1 < first and view.lower[j + 1] == "for":
            return True  # "has repeatedly called for a meeting with Putin"
    return False


_DECLINING = frozenset("reject decline refuse snub rebuff spurn ignore".split())
_INVITATIONS = frozenset("invitation invitations invite offer offers request requests".split())


def _invitation_declined(view: SentenceView, k: int) -> bool:
    """The "to" at *k* follows an invitation or offer that was declined ("rejected an invitation to visit", "turned
    down a request to meet"; the verb at most four words before the noun): neither held nor scheduled (M1)."""
    if k < 2 or view.lower[k] != "to" or view.lower[k - 1] not in _INVITATIONS:
        return False
    return any(view.lemmas[j] in _DECLINING or view.lower[j] in _DECLINING
               or view.lower[j:j + 2] in (("turned", "down"), ("turn", "down"), ("turns", "down"))
               for j in range(max(0, k - 6), k - 1))


_URGING = frozenset("urge ask press encourage push invite".split())


def _urged(view: SentenceView, first: int) -> bool:
    """"urged Vucic to meet Kurti", "called on Kyiv and Moscow to hold talks", "pressed him to visit": the meeting
    verb after "to", whose subject was urged to it (no comma, clause word or stop between)."""
    j = first - 1 - (first > 1 and view.lower[first - 1].endswith("ly"))
    if j < 1 or view.lower[j] != "to":
        return False
    for k in range(j - 1, max(-1, j - 16), -1):
        if view.lower[k] == "and" and view.tokens[k + 1].text[:1].isupper():
            continue  # "called on Thai Prime Minister X and Cambodian Prime Minister Y to hold talks"
        if view.lower[k] in _STOPS or view.lower[k] in ("who", "which", "that"):
            return False
        if view.lemmas[k] in _URGING or (view.lower[k] == "on" and k > 0 and view.lemmas[k - 1] == "call"):
            return True
    return False


_COPULAS = frozenset("is was be remains remained seems seemed looks looked".split())
_MAYBE = frozenset("possible likely unlikely uncertain doubtful conceivable".split())
_MOOTED = frozenset("discuss propose moot float suggest raise consider".split())


def _only_mooted(view: SentenceView, last: int) -> bool:
    """The meeting noun ending at *last* is the subject of "has been discussed / proposed / mooted" or "has (not) been
    ruled out" (up to a comma): an idea, neither held nor scheduled (M1)."""
    for j in range(last, min(last + 20, len(view.tokens) - 1)):
        if view.lower[j] in (",", ";", ".", "that", "which", "who"):
            return False
        if view.lower[j] in ("been", "being") and view.lemmas[j + 1] in _MOOTED:
            return True
        if view.lower[j] in _COPULAS and view.lower[j + 1] in _MAYBE:
            return True  # "a meeting between Putin and Trump was possible": neither held nor scheduled
        if view.lower[j] == "ruled" and view.lower[j + 1] == "out":
            return True  # "A meeting with Witkoff has (not) been ruled out": refused or possible, not scheduled
    return False


_NEGATIONS = frozenset("not n't never".split())
_REFUSALS = frozenset("refuse decline".split())


def negated(view: SentenceView, hit: tuple[int, int, str]) -> bool:
    """Is the meeting verb of *hit* negated ("did not meet", "has never visited", "won't hold talks"), refused
    ("refused to meet") or guessed at ("may meet"), with at most one adverb between? Then its clause tells no meeting, nor
    does another meeting word in it ("did not meet Xi during the forum")."""
    verb = hit[0]
    if speculated(view, verb):
        return True  # "Xi and Biden may meet at the APEC summit": a guess, and so is the summit's meeting
    if view.lemmas[verb] not in ("meet", "hold", "visit"):
        return False
    j = verb - 1
    if j >= 0 and view.lower[j].endswith("ly"):
        j -= 1  # "did not formally meet"
    if j >= 1 and view.lower[j] == "to" and view.lemmas[j - 1] in _REFUSALS:
        return True
    return j >= 0 and view.lower[j] in _NEGATIONS


def in_negated_clause(view: SentenceView, hit: tuple[int, int, str], negated_hits: list[tuple[int, int, str]],
                      clause_of) -> bool:
    """Is *hit* in the clause of a negated meeting verb ("did not meet Xi during the forum"), and not after a
    "since" that tells the last meeting ("have not met since they shook hands in Doha at a meeting in March")?"""
    here = clause_of(view, hit[0])
    return any(clause_of(view, n[0]) == here and not (n[0] < hit[0] and "since" in view.lower[n[1]:hit[0]])
               for n in negated_hits)
