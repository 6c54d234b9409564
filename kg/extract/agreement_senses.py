"""Where an agreement noun names no accord between the clause's actors, and who else signs one.

"the best deal possible", "its agreement", "the spirit of partnership", "the Pacific Resilience Facility, a
fund", "will spend $580 million on ... maintenance contracts", "would not sign off on any arrangement"; and
the host of "a state visit to Vietnam" as a party of what is issued during it.
"""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

MODALS = frozenset("would will could might may should".split())
_CREDIT_WORDS = frozenset("credit loan loans lend lending lent borrow borrowing imf swap financing tranche disbursement "
                          "repay repayment deferred".split())  # else "Extended Fund Facility", "stand-by facility"
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve several various dozen".split())
_EVALUATIVE = frozenset("best better good great raw fair bad worse".split())
_POSSESSIVE_PRONOUNS = frozenset("its his her their our my your".split())
_ONE_SIDED = frozenset("war martial independence emergency sovereignty bankruptcy neutrality a an".split())


_INTENTIONS = frozenset("plan plans intention intentions desire wish interest".split())


_POSTS = frozenset("manager managers director directors head chief officer officers".split())


def verb_use(view: SentenceView, first: int) -> bool:
    """Is the word at *first* no accord noun: "deal" as the verb "deal with", after "to" or a modal ("readiness
    to deal with threats", "how to deal with the refugees", "agreed to deal with the crisis", "will deal with
    it"), or "documents" with no count before it ("signed four documents" are accords; "handing over the
    documents on Sweden's membership", "leaked documents" are none)? Then the clause names no accord, and an
    "agreed to" in it is read as the verb alone."""
    before = view.lower[first - 1] if first > 0 else ""
    if view.lower[first] == "documents":
        return not (before in _COUNTS or before[:1].isdigit())
    return view.lower[first] == "deal" and first + 1 < len(view.tokens) and view.lower[first + 1] == "with" \
        and (before == "to" or before in MODALS)


def site_facility(view: SentenceView, first: int) -> bool:
    """Is "facility" at *first* a site or a fund, no credit ("energy facilities", "a storage facility"), where no
    sum or credit word tells a loan ("the $1.5 billion facility")? Then the sentence names no accord by it, and its
    "agreed to" is read as the verb alone ("agreed to halt strikes on energy facilities")."""
    before = view.lower[first - 1] if first > 0 else ""
    return view.lower[first] in ("facility", "facilities") and before not in ("fund", "by", "billion", "million", "bn") \
        and not _CREDIT_WORDS & set(view.lower)


def not_an_agreement(view: SentenceView, first: int, last: int, kind: str) -> bool:
    """The noun used in another sense: a bargain ("the best deal possible", "a good deal of"), consent
    ("obtain its agreement before ..."), or a quality ("the spirit of cooperation and partnership")."""
    before = view.lower[first - 1] if first > 0 else ""
    after = view.lower[last] if last < len(view.tokens) else ""
    if view.lower[first] in ("deal", "deals") and before in _EVALUATIVE:
        return True
    if view.lemmas[first] in _PROGRAMMES and last - first == 1 and not lender_programme(view, first):
        return True  # "its nuclear programme", "a school meals program": no lender, no credit line
    if site_facility(view, first):
        return True  # "the Pacific Resilience Facility, a fund", "a storage facility": no credit named
    k = first - 1 - (before in ("a", "an", "any", "joint", "new", "final"))
    if k >= 0 and view.lower[k] in ("without", "no"):
        return True  # "the summit ended without a joint statement", "there is no deal": none made
    if any(view.lower[j] == "no" and all(view.tokens[i].text.islower() and view.tokens[i].text.isalpha()
                                         for i in range(j + 1, first)) for j in range(max(0, first - 4), first - 1)):
        return True  # "there would be no new transit contract", "no formal peace treaty": none made
    if after in ("number", "numbers", "worker", "workers", "staff", "law", "killer", "killers", "ally", "allies"):
        return True  # "crates marked with contract numbers", "contract workers", "its oldest treaty ally": no accord
    if before in ("for", "of") and first >= 2 and view.lower[first - 2] in _POSTS \
            or after in _POSTS and view.tokens[first].text.islower():
        return True  # "YPFB's manager for contracts and exports", "the head of contracts", "a contracts officer": a post
    if any(view.lemmas[j] == "fail" and view.lower[j + 1] == "to" or tuple(view.lower[j:j + 2]) == ("unable", "to")
           for j in range(max(0, first - 6), first - 1)):
        return True  # "failed to reach an agreement on a ceasefire", "were unable to agree a deal": none made
    if any(view.lower[j] == "no" and view.lower[j + 1] in _INTENTIONS and view.lower[j + 2] in ("to", "of")
           for j in range(max(0, first - 8), first - 2)):
        return True  # "had no plans to sign a separate deal with Beijing", "no intention of joining the pact"
    if view.lower[first] == "declaration" and after == "of" and last + 1 < len(view.tokens) \
            and view.lower[last + 1] in _ONE_SIDED:
        return True  # "a declaration of martial law", "its declaration of independence": one side's act
    if view.lower[first] == "agreement" and before in _POSSESSIVE_PRONOUNS \
            and after not in ("with", "on", "to", "for", "of", "between"):
        return True
    if _described(view, first) and after not in ("with", "between"):
        return True  # '"This is a comprehensive defensive agreement," the official said': the accord told before
    if view.lower[last - 1] in _FRAMEWORKS and not _signed_object(view, first):
        return True  # "under its assistance framework", "a debt framework set up by the G20": no accord signed
    if sale_apposition(view, first, last):
        return True  # "approved the possible sale of F-35 jets to Greece, a deal Athens had long sought": the sale
    if kind == "partnership" and last - first == 1:
        k = first - 1
        while k >= 0 and (view.lower[k] in ("and", "cooperation", "friendship", "trust") or view.tokens[k].text == ","):
            k -= 1
        return k >= 1 and view.lower[k] == "of" and view.tokens[k - 1].text.islower()
    return False


_FRAMEWORKS = frozenset("framework frameworks".split())
# verbs of making an accord, and of preparing one ("were negotiating a new investment framework")
_SIGNING = frozenset("sign ink conclude seal adopt agree initial approve endorse finalise finalize negotiate draft "
                     "propose".split())


_THIS = frozenset("this it that".split())
_COPULA = frozenset("is was 's".split())


def _described(view: SentenceView, first: int) -> bool:
    """Is the noun phrase at *first* the predicate of "This is", "It was" ("This is a historic agreement that
    will save lives"): words about an accord told before, not a new one (unless its parties follow: "This is a
    deal with India that we will sign")?"""
    k = first - 1
    while k >= 0 and first - k <= 5 and view.tokens[k].text.isalpha() and view.tokens[k].text.islower() \
            and view.lower[k] not in _COPULA and view.lower[k] not in ("a", "an"):
        k -= 1  # "a comprehensive defensive agreement"
    if k < 0 or view.lower[k] not in ("a", "an"):
        return False
    return k >= 2 and view.lower[k - 1] in _COPULA and view.lower[k - 2] in _THIS \
        and (k == 2 or not view.tokens[k - 3].text.isalpha() or view.lower[k - 3] == "that")  # '"This is', "said that it was"


def _signed_object(view: SentenceView, first: int) -> bool:
    """Is the noun phrase at *first* the object of a verb of signing, agreeing or negotiating ("signed a framework
    for cooperation", "agreed on a trilateral security framework"), with only lower-case words between?"""
    for j in range(first - 1, max(-1, first - 7), -1):  # "agreed on a new trade framework"
        if view.lemmas[j] in _SIGNING:
            return True
        if not (view.tokens[j].text.islower() and view.tokens[j].text.isalpha()) or view.lower[j] in ("under", "within", "of"):
            return False
    return False


_PROGRAMMES = frozenset("programme program".split())
_LENDERS = frozenset("Fund Bank".split())  # the International Monetary Fund, the World Bank, a development bank


def lender_programme(view: SentenceView, first: int) -> bool:
    """"its programme with the International Monetary Fund", "a new program with the World Bank": a lending
    body's programme is a credit line (README AG4); with no lender after "with", a plan of any kind ("its
    missile programmes", "development programmes")."""
    k = first + 1
    if k < len(view.tokens) and view.lower[k] in ("with", "from") and any(
            _lender(view, j) for j in range(k + 1, min(k + 4, len(view.tokens)))):
        return True
    # "asked the IMF for a new programme", "the IMF's programme": the lender just before
    at = next((j for j in range(first - 1, max(-1, first - 5), -1) if view.lower[j] in ("for", "'s", "’s")), None)
    return at is not None and all(view.tokens[j].text.islower() for j in range(at + 1, first)) \
        and any(_lender(view, j) for j in range(max(0, at - 3), at))


def _lender(view: SentenceView, j: int) -> bool:
    return j in view.actor_at and view.actor_at[j].entity.kind == "organisation" \
        and any(w in view.actor_at[j].entity.label.split() for w in _LENDERS)


def spent_on(view: SentenceView, c_first: int, noun: int) -> bool:
    """"will spend $580 million on drones and on maintenance contracts": the contracts are what money buys."""
    verb = next((j for j in range(noun - 1, c_first - 1, -1) if view.lemmas[j] in ("spend", "invest", "allocate")), None)
    return verb is not None and "on" in view.lower[verb + 1:noun]


def visited(view: SentenceView, mention: Mention) -> bool:
    """"a state visit to Vietnam": the host of a visit signs what is issued during it."""
    return mention.first >= 2 and view.lower[mention.first - 1] == "to" and view.lemmas[mention.first - 2] in ("visit", "trip")


_HAVE = frozenset("have has had".split())


def standing_partnership(view: SentenceView, first: int, last: int, between: bool) -> bool:
    """A partnership in place with no verb of its own: "the strategic partnership between China and Russia"
    (*between*: its parties follow with "between"), "Beijing, which has a "no limits" partnership with Moscow",
    "India and Russia have a special and privileged strategic partnership"."""
    if between and first > 0 and view.lower[first - 1] != "of":
        return True
    have = next((j for j in range(first - 1, max(-1, first - 7), -1) if view.lower[j] in _HAVE), None)
    if have is None:
        return False
    if last < len(view.tokens) and view.lower[last] == "with":
        return True
    # "India and Russia have a special and privileged strategic partnership": its parties are the subject
    return len({m.entity for m in view.actors if m.last <= have and have - m.last <= 6}) >= 2 \
        and "and" in view.lower[max(0, have - 8):have]


_NOUN_DETERMINERS = frozenset("the a an this that its their his her our".split())


def noun_use(view: SentenceView, j: int) -> bool:
    """"described the exchange as", "an upgrade of": a verb's bare form after a determiner is a noun; so is
    "exchange" in "in exchange for" (a ceasefire "in exchange for prisoners" is signed by no exchange)."""
    if j > 0 and view.lower[j] == "exchange" and (view.lower[j - 1] == "in" or j + 1 < len(view.tokens) and view.lower[j + 1]
                                                 in ("deal", "deals", "agreement", "agreements", "accord", "of")):
        return not _documents_exchanged(view, j)  # "in exchange for", "a prisoner exchange deal", "an exchange of
        # prisoners" (but "witnessed the exchange of nine agreements": their signing)
    return j > 0 and view.lower[j - 1] in _NOUN_DETERMINERS and view.lower[j] == view.lemmas[j].lower() \
        and view.lower[j] != "initial"


_DOCUMENTS = frozenset("agreements memoranda memorandums mous documents accords deals pacts treaties contracts".split())


def _documents_exchanged(view: SentenceView, j: int) -> bool:
    """Is "exchange" at *j* the exchange of signed accords ("the exchange of nine agreements", "of 12 memoranda of
    understanding", "of cooperation documents")? Then it is their signing, a verb of the stage."""
    if j + 1 >= len(view.tokens) or view.lower[j + 1] != "of":
        return False
    return any(view.lower[k] in _DOCUMENTS for k in range(j + 2, min(j + 6, len(view.tokens))))


def three_way(view: SentenceView, j: int, words: list[str]) -> bool:
    """Is the token at *j* a tripartite word ("trilateral"), or the end of "three-way" as the segmenter splits
    it ("three", "-", "way")?"""
    return view.lower[j] in words or (view.lower[j] == "way" and j >= 2 and view.lower[j - 1] == "-"
                                      and view.lower[j - 2] == "three")


_SALES = frozenset("sale sales".split())
_MADE_AFTER = frozenset("sign ink conclude seal agree reach strike finalise finalize".split())


def sale_apposition(view: SentenceView, first: int, last: int) -> bool:
    """"cleared the possible sale of Javelin missiles to Morocco, a deal expected to ...", "the sale of drones to
    India in a deal valued at $4 billion": a bare "deal" set beside a sale names that sale (an aid flow, A1), no
    accord, unless a verb of making it follows ("in a deal signed on Monday", "part of a deal the two countries
    agreed")."""
    if view.lower[first] not in ("deal", "deals") or last - first != 1:
        return False
    article = next((k for k in range(first - 1, max(-1, first - 6), -1) if view.lower[k] in ("a", "an")), None)
    if article is None or article == 0 or view.lower[article - 1] not in (",", "in"):
        return False
    if not any(view.lower[k] in _SALES for k in range(max(0, article - 20), article)):
        return False
    return not any(view.lemmas[k] in _MADE_AFTER for k in range(last, len(view.tokens)))
