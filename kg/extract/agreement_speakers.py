"""Who speaks inside an agreement's clause is no party for that: "under its Extended Credit Facility, a
programme that Treasury says is meant to help ...", "a deal which the ministry says will cut prices": the
body that says something about the accord reports it (a claim), it does not sign it."""

from __future__ import annotations

from kg.extract.agreement_helpers import helper_actor
from kg.extract.agreement_witnesses import witness_actor
from kg.extract.event_rules import rules as _rules
from kg.extract.speech_verbs import FINITE, GERUND, NOUN_LIKE_PRESENT, SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import Mention

# After "which <actor>" a noun-like present is a verb ("a deal that Russia notes is void"); also belief and
# estimates: "a deal which Moscow believes is void"
_SAYS = FINITE | NOUN_LIKE_PRESENT | {"believes", "believe", "estimates", "estimated"}
_RELATIVE = frozenset("that which who".split())


def inner_speaker(view: SentenceView, mention: Mention, noun: int) -> bool:
    """The actor *mention* after the agreement noun ending at *noun* is the speaker of a relative clause
    ("a programme that Treasury says is ...", "the deal, which Moscow says it honours"): a relative pronoun
    just before it, a speech verb just after it."""
    if mention.first <= noun:
        return False
    j = mention.last  # "which Athens and Cairo say is void": coordinated speakers
    while j + 1 < len(view.tokens) and view.lower[j] == "and" and j + 1 in view.actor_at:
        j = view.actor_at[j + 1].last
    if j >= len(view.tokens) or view.lower[j] not in _SAYS:
        return False
    k = mention.first - 1
    while k >= 1 and view.lower[k] == "and" and k - 1 in view.actor_at:
        k = view.actor_at[k - 1].first - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    return k >= 0 and view.lower[k] in _RELATIVE


_SPEECH = SAID_SAYS | GERUND
_PRONOUNS = frozenset("it we they he she its their".split())


def speaker_end(view: SentenceView, c_first: int, first: int) -> int:
    """Where the reported content starts when actors before a speech verb report an accord between others:
    "India said Russia and China had signed a deal", "Brazil's foreign ministry said on Friday that Mercosur
    and the EU had concluded ...", "Ukraine welcomed the news, noting that Poland and Lithuania had signed";
    *c_first* when no such verb, when the content names fewer than two actors and no pair word ("the two
    sides") or when a pronoun takes up the
    speaker ("China said it had signed a deal with Russia and Iran")."""
    verb = next((j for j in range(first - 1, c_first - 1, -1) if view.lower[j] in _SPEECH), None)
    if verb is None or not any(c_first <= m.first < verb for m in view.actors):
        return c_first
    content = {m.entity for m in view.actors if verb < m.first and (m.how != "demonym" or _titles_person(view, m))}
    if (len(content) < 2 and not _pair_named(view, verb + 1, first)) \
            or any(view.lower[j] in _PRONOUNS for j in range(verb + 1, first)):
        return c_first
    return verb + 1


def _pair_named(view: SentenceView, start: int, end: int) -> bool:
    """"the Qatari foreign ministry said the two sides had agreed to a ceasefire": the content names its pair
    with a pair word (the two sides, both countries), so the speaker who reports it is no party."""
    text = " ".join(view.lower[start:end])
    return any(phrase in text for phrase in _rules()["agreement"]["pair_words"])


def _titles_person(view: SentenceView, mention: Mention) -> bool:
    """A demonym in a person's title ("Serbian President Aleksandar Vucic") names that person's state."""
    k = mention.last  # the agreement view holds no persons: a title and a name are capitalised words
    return k + 1 < len(view.tokens) and all(view.tokens[j].text[:1].isupper() and j not in view.actor_at
                                            for j in (k, k + 1))


_NAMED_ACCORDS = frozenset("agreement agreements accord accords pact treaty process protocol declaration "
                           "communique".split())


def place_name(view: SentenceView, mention: Mention) -> bool:
    """"the Paris climate agreement", "the Minsk accords": a capital naming an accord is no party."""
    if mention.how != "capital" or mention.first == 0 or view.lower[mention.first - 1] not in ("the", "'s", "’s"):
        return False  # "the Minsk accords", "the G7's Vilnius declaration"
    return any(view.lower[j] in _NAMED_ACCORDS for j in range(mention.last, min(mention.last + 3, len(view.tokens))))


# nouns whose "between X and Y" tells who met or fought, not who made the accord
_OTHER_BETWEEN = frozenset("summit summits talks meeting meetings war wars conflict tensions dispute disputes rivalry "
                           "border relations ties clashes fighting match game".split())


def other_between(view: SentenceView, mention: Mention) -> bool:
    """"reached the deal ... on the sidelines of a summit between Japan and ASEAN", "amid tensions between
    India and China": the actors after "between" belong to the noun before it."""
    k = mention.first - 1
    while k >= 0 and (view.lower[k] in ("the", "and", "both") or k in view.actor_at):
        k -= 1
    if not (k >= 1 and view.lower[k] == "between" and view.lower[k - 1] in _OTHER_BETWEEN):
        return False
    end = view.group(mention)[-1].last
    # "Talks between India and the EU on a free trade agreement": the sides of talks on the accord are its parties
    return not (view.lower[k - 1] in _TALKS and end < len(view.tokens) and view.lower[end] in _ABOUT)


_TALKS = frozenset("talks negotiations".split())
_ABOUT = frozenset("on over about for towards toward".split())


def not_party(view: SentenceView, mention: Mention) -> bool:
    """An actor in the clause that names no party: a capital naming the accord (:func:`place_name`), the
    sides of another noun's "between" (:func:`other_between`) or a topic of talks (:func:`discussed`)."""
    return place_name(view, mention) or other_between(view, mention) or discussed(view, mention) \
        or witness_actor(view, mention) \
        or helper_actor(view, mention)  # "with Qatar's prime minister looking on", "Egypt helped X and Y reach a truce"


_DISCUSS = frozenset("discuss debate review address".split())


def discussed(view: SentenceView, mention: Mention) -> bool:
    """"the two sides discussed Syria and the Palestinian cause, as well as future deals": the object of a verb
    of discussing is what was talked about, not a side (but "discussed Iran's deal" names its owner)."""
    if mention.last < len(view.tokens) and view.lower[mention.last] in ("'s", "’s"):
        return False
    k = mention.first - 1
    while k >= 0 and (view.lower[k] in ("the", "and", ",") or k in view.actor_at):
        k -= 1
    return k >= 0 and view.lemmas[k] in _DISCUSS and view.lower[k] != "discussing"
