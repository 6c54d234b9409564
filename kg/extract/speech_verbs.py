"""The reporting verbs of general English ("said", "says", "saying"), one lexicon for every module.

A rule that looks for a speaker's verb takes one of the named sets below by form, so a construction
that reads "X said" also reads "X stressed" or "X noted". A module that needs words of another meaning
(belief: "believes"; denial: "denied"; promise: "vowed") builds them as ``SET | {...}`` with a comment.

>>> "stressed" in PAST and "says" in THIRD and "saying" in GERUND and "tell" in LEMMAS
True
>>> forms("reply")
('replied', 'replies', 'replying')
"""

from __future__ import annotations

# The base verbs: each takes a reported clause or quote ("said that", "warned: '...'", "told reporters").
_REPORTING = """say tell add note stress insist warn argue announce confirm state declare write report claim
    allege maintain indicate explain assert affirm reaffirm reiterate emphasise emphasize underline underscore
    acknowledge admit concede contend observe remark reply respond caution""".split()

# Forms the spelling rules below do not give: (past, third person, gerund); a participle that differs
# from the past is listed in _PARTICIPLES.
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing"),
    "admit": ("admitted", "admits", "admitting"),
}
_PARTICIPLES = {"write": "written"}
# Verbs whose present forms are mostly nouns in news ("member states", "reports say", "his remarks"):
# a token set matches words without their part of speech, so the present sets leave these out.
_NOUN_PRESENT = frozenset("state report claim note remark reply caution".split())


def forms(lemma: str) -> tuple[str, str, str]:
    """The past, third-person present and gerund of a verb: irregular ones spelled out, regular ones by rule."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"
    if lemma.endswith("e"):
        return lemma + "d", lemma + "s", lemma[:-1] + "ing"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    return lemma + "ed", third, lemma + "ing"


LEMMAS = frozenset(_REPORTING)  # "say", "tell": also the bare present ("officials say")
PAST = frozenset(forms(v)[0] for v in _REPORTING)  # "said", "told", "stressed" (past and participle alike)
PARTICIPLES = PAST | frozenset(_PARTICIPLES.values())  # also "written"
THIRD = frozenset(forms(v)[1] for v in _REPORTING if v not in _NOUN_PRESENT)  # "says", "tells"
PRESENT = THIRD | (LEMMAS - _NOUN_PRESENT)  # "says", "say"
GERUND = frozenset(forms(v)[2] for v in _REPORTING)  # "saying", "noting"
SAID_SAYS = PAST | THIRD  # the finite forms after a named speaker: "X said", "X says"
# A party's own word, for a denial ("X has not sent arms, its ministry insisted"): not the verbs of news,
# which announcements and outlets use ("announced a package", "Reuters reported", "the paper wrote")
ASSERTING = SAID_SAYS - {f for v in ("announce", "report", "write") for f in forms(v)}
FINITE = PAST | PRESENT  # with the bare present: "officials say"
ALL_FORMS = PARTICIPLES | PRESENT | GERUND  # every form but the noun-like presents
# The presents left out above ("claims", "reports", "claim"), for a rule whose position rules out a noun:
# right after a speaker ("..., Kenya claims.", "a deal that Russia notes is void")
NOUN_LIKE_PRESENT = frozenset(f for v in _NOUN_PRESENT for f in (v, forms(v)[1]))
