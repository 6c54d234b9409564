"""Stance and modality of one attributed claim (README C5), from the attribution cue and the words
of what was said."""

from __future__ import annotations

from itertools import repeat

from kg.extract.cues import needs
from kg.extract.speech_verbs import FINITE
from kg.extract.view import SentenceView


def _bare(words):
    """*words* without the full stops and commas around each (mapped with no Python step per word)."""
    return map(str.strip, words, repeat(".,"))


def judge(view: SentenceView, first: int, last: int, cue: str, rules: dict[str, frozenset[str]]) -> tuple[str, str]:
    """(stance, modality) of the claim said in tokens *first*..*last*; *cue* is the stance of the speech
    verb, "reported" for "according to X" and "outlet" for an outlet's report."""
    # "in May" is a month, not a hedge: a capital inside the sentence makes a name; "could not" denies
    # an ability outright, it hedges nothing
    # (read only against the hedges: a span with no hedge word at all needs no closer look)
    said = {view.lower[k].strip(".,") for k in range(first, last)
            if (k == 0 or not view.tokens[k].text[:1].isupper() or view.lower[k - 1] in ('"', "“"))
            and not (view.lower[k] in ("could", "can", "ca") and k + 1 < last
                     and view.lower[k + 1] in ("not", "n't", "n’t"))
            and not _subordinate(view, k, first)} \
        if not rules["hedges"].isdisjoint(_bare(view.lower[first:last])) else set()
    if cue == "outlet":  # "..., Jiji Press reported": a report without evaluation, hedged when it says "may"
        return "neutral", "hedged" if said & rules["hedges"] else "reported"
    if cue == "reported":  # "..., according to the report": hedged when it says "may"
        stance, modality = "neutral", "hedged" if said & rules["hedges"] else "reported"
    elif cue == "denies" or _rejects_assertion(view, first, last, rules) \
            or (cue == "neutral" and _never(view, first, last)):
        stance, modality = "denies", "denied"  # "... said: 'We reject the unfounded claims that ...'"
    elif not rules["relayed"].isdisjoint(_bare(view.lower)) or _according_in(view, first, last):  # "reportedly", ", according to X": relayed
        stance, modality = cue, "reported"
    else:
        stance, modality = cue, "hedged" if said & rules["hedges"] else "asserted"
    if stance == "neutral" and first > 0 and view.lower[first - 1] in rules["expresses"]:
        stance = _expressed(view, first, last, rules)  # "voiced his country's interest in ...": the noun's stance
    if stance == "neutral" and _pledged_sum(view, first, last):
        stance = "supports"  # "Baerbock announced a further 300 million euros for ...": a promise of help (C5)
    if stance == "neutral":
        stance = _evaluation(view, first, last, rules)
    return stance, modality


_PLEDGING = frozenset("announced announces pledged pledges promised promises committed offered".split())


def _pledged_sum(view: SentenceView, first: int, last: int) -> bool:
    """Does what was announced open with a sum of money ("announced a further 300 million euros"), or
    does it say that someone pledged one ("India has promised 20,000 tonnes of wheat to Afghanistan")?"""
    if _PLEDGING.isdisjoint(view.lower[max(first - 1, 0):last]):
        return False  # no pledge word (most statements)
    return any(k >= 0 and view.lower[k] in _PLEDGING and (k == first - 1 or view.lower[k] != "announced") and any(
        view.amount_at(j) for j in range(k + 1, min(k + 5, last))) for k in range(first - 1, last))


@needs("according", nothing=False)
def _according_in(view: SentenceView, first: int, last: int) -> bool:
    """"Kishida told reporters that ..., according to The Japan Times": the speech comes second-hand."""
    return any(view.lower[k] == "according" and view.lower[k + 1] == "to" for k in range(first, last - 1))


def _expressed(view: SentenceView, first: int, last: int, rules: dict[str, frozenset[str]]) -> str:
    """The stance of the noun an "expressed"/"voiced" statement opens with ("deep concern", "its support")."""
    for word in view.lower[first:min(first + 5, last)]:
        if word in rules["expressed_supports"]:
            return "supports"
        if word in rules["expressed_opposes"]:
            return "opposes"
    return "neutral"


_NEGATIONS = frozenset("not n't n’t never no".split())


def _evaluation(view: SentenceView, first: int, last: int, rules: dict[str, frozenset[str]]) -> str:
    """What a neutral speech verb introduces may still praise or criticise: the side with more evaluative
    words wins ("a new chapter of friendship" / "an unacceptable violation"), criticism on a tie."""
    span = view.lower[first:last]  # (a span with no evaluative word is passed over without a closer look)
    supporting = not rules["supporting_words"].isdisjoint(span)
    negated = {k for k in range(first, last) if view.lower[k] in rules["supporting_words"]
               and any(w in _NEGATIONS for w in view.lower[max(first, k - 2):k])} if supporting else set()  # "we do not support"
    against = (sum(view.lower[k] in rules["opposing_words"] for k in range(first, last))
               if not rules["opposing_words"].isdisjoint(span) else 0) + len(negated)
    for_ = sum(view.lower[k] in rules["supporting_words"] and view.lower[k - 1] != "the"  # "with the help of"
               and k not in negated and not _support_given(view, k) and not _passive_by(view, k, last)
               for k in range(first, last)) if supporting else 0
    if against and against >= for_:
        return "opposes"
    if not for_ and _refuses(view, first, last):
        return "opposes"
    return "supports" if for_ or _promises_help(view, first, last, rules) else "neutral"


def _passive_by(view: SentenceView, k: int, last: int) -> bool:
    """"an attack planned in Minsk and supported by Moscow": backing done by someone else, described in
    the passive, is no praise from the speaker."""
    return view.lower[k].endswith("ed") and k + 1 < last and view.lower[k + 1] == "by"


_KINDS_OF_SUPPORT = frozenset("budget financial military economic humanitarian technical direct comprehensive "
                               "significant substantial balance-of-payments bilateral logistical".split())


def _support_given(view: SentenceView, k: int) -> bool:
    """"pledged significant financial support", "direct budget support": support as a thing given, which
    reports a flow and praises no one."""
    return view.lower[k] == "support" and k > 0 and view.lower[k - 1] in _KINDS_OF_SUPPORT


def _promises_help(view: SentenceView, first: int, last: int, rules: dict[str, frozenset[str]]) -> bool:
    """"Moscow would help Pyongyang build satellites", "India is ready to assist": a promise of help."""
    if rules["promise_markers"].isdisjoint(view.lower[first:last]):
        return False  # no word that promises (most statements)
    for k in range(first, last):
        if view.lower[k] not in rules["promise_markers"]:
            continue
        ahead = view.lower[k + 1:min(k + 5, last)]
        if ahead[:1] in (("not",), ("never",)) and _stays(view.lower, k + 2, last):
            return True  # "we will never abandon our friends": support
        if "not" in ahead[:2] or "never" in ahead[:2]:
            continue
        if any(_bases(w) & rules["help_verbs"] for w in ahead):
            return True
    return False


_IRREGULAR = {"sent": "send", "given": "give", "built": "build", "paid": "pay", "lent": "lend", "spent": "spend",
              "stood": "stand", "supplying": "supply", "supplied": "supply", "provided": "provide",
              "providing": "provide"}


def _bases(word: str) -> set[str]:
    """The forms a help verb may have as a promise puts it ("would be trained", "will keep sending")."""
    forms = {word, _IRREGULAR.get(word, word)}
    for suffix in ("ing", "ed", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms |= {word[:-len(suffix)], word[:-len(suffix)] + "e"}
    return forms


def _rejects_assertion(view: SentenceView, first: int, last: int, rules: dict[str, frozenset[str]]) -> bool:
    """"We categorically reject the claims that ...", "the allegations are baseless": a denial said with
    a neutral speech verb."""
    span = view.lower[first:last]
    if rules["denial_words"].isdisjoint(span) and _NOT.isdisjoint(span):
        return False  # neither a denial word nor a "not" (most statements)
    for k in range(first, last):
        if view.lower[k] in rules["denial_words"]:
            near = view.lower[max(first, k - 8):min(k + 6, last)]
            if any(w in rules["assertion_nouns"] for w in near):
                return True
        if view.lower[k] in _NOT and k + 1 < last and view.lower[k + 1] in _TRUE \
                and any(w in rules["assertion_nouns"] for w in view.lower[first:k]):
            return True  # "The claim reported by some outlets that ... is not true": however long the claim
    return False


_NOT = frozenset("not n't n’t".split())
_TRUE = frozenset("true correct accurate".split())


_MODALS = frozenset("must will would should shall wo".split())  # a will refused; "could not" is inability. spaCy: wo + n't


def _refuses(view: SentenceView, first: int, last: int) -> bool:
    """"Russia's war must not succeed", "Kyiv will not change its stance": a refusal or prohibition."""
    words = view.lower
    if _MODALS.isdisjoint(words[first:last][:-1]):
        return False  # no modal before the span's last word (most statements)
    return any(words[k] in _MODALS and words[k + 1] in ("not", "never", "n't", "n’t")
               and not _stays(words, k + 2, last) for k in range(first, last - 1))


_ABANDON = frozenset("abandon desert forsake betray forget".split())


def _stays(words: tuple[str, ...], k: int, last: int) -> bool:
    """Is the verb refused at *k* one of leaving a friend ("we will not abandon Ukraine"): a promise to stand by?"""
    return any(w in _ABANDON for w in words[k:min(k + 2, last)])


def _never(view: SentenceView, first: int, last: int) -> bool:
    """"China had never provided lethal weapons", "it saw no evidence that ...": what was said denies a fact."""
    words = view.lower[first:last]
    if "never" not in words and "no" not in words:
        return False  # (most statements)
    return any(w == "never" and k + 1 < len(words) and words[k + 1].endswith("ed") for k, w in enumerate(words)) \
        or any(a == "no" and b in ("evidence", "sign", "signs", "proof") for a, b in zip(words, words[1:]))


_SUBORDINATORS = frozenset("how where whether so".split())
# Also belief and fear: "it believes that could"
_SAYING = FINITE | {"believes", "believe", "thinks", "think", "fears", "feared"}


def _subordinate(view: SentenceView, k: int, first: int) -> bool:
    """A modal in a clause that only says how or for what ("so that it could deliver", "how and where aid
    could be delivered") hedges nothing the speaker asserts."""
    if view.lower[k] not in ("could", "might", "may"):
        return False
    if k - 1 > first and view.lower[k - 1] in ("that", "which") and view.tokens[k - 2].text.isalpha() \
            and view.lower[k - 2] not in _SAYING:
        return True  # "any arrangement that could benefit Iran": a relative clause
    return any(view.lower[x] in _SUBORDINATORS for x in range(max(first, k - 6), k))
