"""Parties and kinds an agreement takes from the words around it: the terms of a transfer told before it
("secured a loan from the UAE under a deal signed last week": the giver named with "from" is a party, and a
loan's agreement is a credit line, README AG4), and the agent of a passive ("the statement drafted by China")."""

from __future__ import annotations

from kg.extract.agreement_senses import lender_programme
from kg.extract.view import SentenceView

_TERMS = frozenset("under through via".split())
_SKIP = frozenset("a an the this that new separate".split())
_GETTING = frozenset("buy purchase acquire import receive get obtain borrow".split())
_LOAN = frozenset("loan loans lend lent lending credit borrow borrowed deposit deposits deposited".split())


def under(view: SentenceView, first: int) -> bool:
    """The agreement noun at *first* follows "under" ("under a deal", "through a new agreement")."""
    k = first - 1
    while k >= 0 and first - k <= 4 and view.lower[k] not in _TERMS and (
            view.lower[k] in _SKIP or view.lower[k] == "-" or view.lower[k].isdigit()
            or (view.tokens[k].text.isalpha() and view.tokens[k].text.islower())):
        k -= 1  # "under a deal", "under long-term contracts", "under a five-year agreement"
    return k >= 0 and view.lower[k] in _TERMS


def from_party(view: SentenceView, first: int, at: int, governor: str | None, last: int | None = None) -> bool:
    """An actor at *at* governed by "from" before an agreement it is the terms of ("a loan from X under a deal"),
    or right after the agreement noun, whose last word is before *last* ("won a contract from Poland's defence
    ministry", "secured a credit line from China": the other side)."""
    end = first + 1 if last is None else last  # "from Tokyo and Seoul": a pair after it
    if governor == "from" and end <= at <= end + (3 if last is None else 8) and view.lower[end:at].count("from") == 1 \
            and all(view.lower[j] in ("from", "the", "a") or j in view.actor_at or view.tokens[j].text[:1].isupper()
                    or last is not None and view.lower[j] == "and" and j - 1 in view.actor_at
                    or last is not None and _amount_word(view, j)  # "a credit line of $1 billion from India"
                    for j in range(end, at) if view.lower[j] != view.lower[first]):
        return True
    if governor == "from" and at > end and under(view, first) and not {";", ":"} & set(view.lower[end:at]):
        return any(view.lemmas[j] in _GETTING for j in range(end, at))  # "Under a deal signed on Friday, Serbia
        # will buy 12 jets from France": the seller
    return governor == "from" and at < first and under(view, first)


_AMOUNT_WORDS = frozenset("of worth about some nearly around up to million billion trillion mln bn $ € £ ¥ dollars euros yuan "
                          "yen pounds rupees dirhams riyals".split())


def _amount_word(view: SentenceView, j: int) -> bool:
    """A word of an amount after an accord noun: "of $1 billion", "worth about 2 billion euros"."""
    return view.lower[j] in _AMOUNT_WORDS or view.tokens[j].text[:1].isdigit() or view.amount_at(j)


def terms_kind(view: SentenceView, c_first: int, first: int, kind: str, last: int | None = None) -> str:
    """A deal under which money is lent is a credit line, and so is a deal with a lending body ("secured a fresh
    arrangement with the Fund", "an agreement with the World Bank": README AG4)."""
    if kind == "deal" and under(view, first) and any(w in _LOAN for w in view.lower[c_first:first]):
        return "creditLine"
    if kind == "deal" and last is not None and lender_programme(view, last - 1):
        return "creditLine"
    return kind


def agent_party(view: SentenceView, at: int, governor: str | None, verbs: frozenset[str]) -> bool:
    """An actor at *at* after "by" and a participle of *verbs* ("drafted by China", "signed by Finland and ..."),
    also past the place and day of the act ("signed in Kathmandu on Oct. 3 by the Nepal Electricity Authority")."""
    if governor != "by":
        return False
    by = next((j for j in range(at - 1, max(-1, at - 8), -1) if view.lower[j] == "by"), None)
    if by is None:  # "signed by Egypt, Jordan, Iraq and the UAE": back over the list before it
        j = at - 1
        while j > 0 and (j in view.actor_at or view.lower[j] in (",", "and", "the")):
            j -= 1
        by = j if j > 0 and view.lower[j] == "by" else None
    if by is None or by == 0:
        return False
    j = by - 1
    while j >= 0 and by - j < 10:
        if view.lower[j].endswith("ed") and view.lemmas[j] in verbs:
            return True
        if view.tokens[j].text.islower() and view.lower[j] not in _CIRCUMSTANCES \
                and (k := _place_phrase(view, j)) is not None:
            j = k - 1  # "inked at the presidential office by ...": the place of the act
            continue
        if view.lower[j] in (",", ";") or (view.tokens[j].text.islower() and view.lower[j] not in _CIRCUMSTANCES):
            return False  # another clause, or a word that is neither the verb nor its place or day
        j -= 1
    return False


def _place_phrase(view: SentenceView, j: int) -> int | None:
    """Where the phrase of place ending at *j* begins ("at the presidential office", "in the capital"):
    "at"/"in" and up to three lower-case words after it; None if there is none."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if view.lower[k] in ("at", "in"):
            return k
        if not (view.tokens[k].text.islower() and view.tokens[k].text.isalpha()):
            return None
    return None


_CIRCUMSTANCES = frozenset("in on at the last this earlier".split())  # "signed in Kathmandu on Oct. 3 by"


_SIGNING = frozenset("sign ink conclude seal agree approve".split())
_GOVERNMENT = frozenset("government authorities administration state ministry side".split())


def government_party(view: SentenceView, at: int, last: int, how: str, governor: str | None) -> bool:
    """A demonym after the agreement noun that names the other side's government ("signed two agreements with
    the Colombian government", "a contract with the Saudi defence ministry"), not the accord's content."""
    if how == "demonym" and at >= last and titled_signer(view, at):
        return True  # "signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un"
    if how == "demonym" and at >= max(last, 2) and counterpart(view, at):
        return True  # "signed an agreement with his Greek counterpart": the other side's minister
    if how != "demonym" or governor not in ("with", "between", "by") or at < last:
        return False
    if governor == "by":  # "was signed (in Paris) by the Armenian Defence Ministry and KNDS France": the signer
        j = at - 1 - (view.lower[at - 1] == "the")
        if not (j > 0 and view.lower[j] == "by" and _SIGNING.intersection(view.lemmas[max(0, j - 4):j])):
            return False
    return any(view.lower[j] in _GOVERNMENT for j in range(at + 1, min(at + 3, len(view.tokens))))


_COUNTERPARTS = frozenset("counterpart counterparts".split())


def counterpart(view: SentenceView, at: int) -> bool:
    """The demonym at *at* names a counterpart after "with his"/"and her" ("with his Greek counterpart",
    "and their Turkish counterparts"): the minister of the other side."""
    return at + 1 < len(view.tokens) and view.lower[at + 1] in _COUNTERPARTS \
        and view.lower[at - 1] in ("his", "her", "their", "its") and view.lower[at - 2] in ("with", "and", "between")


def borrower_party(view: SentenceView, at: int, last: int, kind: str, governor: str | None) -> bool:
    """"a $3 billion loan package for Egypt", "a new facility for Pakistan": the actor right after a credit
    line's noun with "for" is its borrower."""
    return kind == "creditLine" and governor == "for" and 0 <= at - last <= 2 and view.lower[last] == "for"


_LEADER_TITLES = frozenset("president leader prime premier king queen emir chancellor crown foreign defence defense "
                           "finance energy trade".split())
_SIGNER_BEFORE = frozenset("by between and".split())
_TITLE_HEADS = frozenset("minister secretary ambassador envoy governor commissioner".split())  # "Water Minister"


def titled_signer(view: SentenceView, at: int) -> bool:
    """The demonym at *at* titles a named signer after "by" or "between", or after "and" in such a phrase
    ("signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un"): the signer's state
    is a party."""
    if at == 0 or view.lower[at - 1] not in _SIGNER_BEFORE:
        return False
    if view.lower[at - 1] == "and" and not any(view.lower[j] in ("by", "between") for j in range(max(0, at - 9), at - 1)
                                               if "," not in view.lower[j:at]):
        return False  # "the pact Putin and North Korean leader Kim had concluded": a relative clause's subject
    k = next((j for j in range(at + 1, min(at + 4, len(view.tokens))) if j not in view.actor_at), None)
    if k is not None and view.lower[k] not in _LEADER_TITLES:  # "Ethiopian Water Minister Habtamu Itefa"
        k = next((j for j in range(k, min(k + 3, len(view.tokens))) if view.lower[j] in _TITLE_HEADS
                  and all(view.tokens[i].text[:1].isupper() for i in range(at + 1, j + 1))), None)
    if k is None:
        return False
    return any(view.tokens[j].text[:1].isupper() and view.lower[j] not in _LEADER_TITLES and j not in view.actor_at
               for j in range(k + 1, min(k + 4, len(view.tokens))))
