"""Participial attributions: the subject of a sentence speaks in a trailing ", accusing X of ...",
", calling X ...", ", saying (that) ..." ("Riyadh froze the grant, accusing Beirut of failing ...")."""

from __future__ import annotations

from kg.extract.claim_cues import commitment_frame, source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_PRONOUNS = frozenset("he she".split())
_COMMITS = frozenset("vowing promising pledging".split())  # "pledging $2bn" is a flow
_BREAKS = frozenset(", ; . ( ) : –".split()) | {"—"}


def participle_stances(rules: dict[str, frozenset[str]]) -> dict[str, str]:
    """Participle -> stance, from the rule file's participles_* lists."""
    table = {}
    for stance in ("neutral", "opposes", "supports", "denies"):
        table.update({word: stance for word in rules.get(f"participles_{stance}", ())})
    return table


def subject(view: SentenceView, before: int) -> Mention | None:
    """The actor opening the sentence (after at most a short adverbial), if it stands before *before*."""
    for mention in view.actors:
        if mention.first >= before:
            return None
        quoted = sum(view.lower[k] in ('"', "“", "”") for k in range(mention.first)) % 2 == 1
        if view.in_pp(mention) or view.possessive(mention) or quoted:
            continue
        if mention.first > 3 and not _after_fronted_phrase(view, mention.first):
            return None
        return titled_person(view, mention) or mention
    return None


def _after_fronted_phrase(view: SentenceView, first: int) -> bool:
    """Does the mention at *first* open the main clause after a fronted participle phrase and its comma ("Asked
    for its response to the president's comments, the Armenian Embassy in New Delhi was conciliatory")?"""
    opening = view.lower[0]
    return (opening.endswith(("ed", "ing")) and view.tokens[0].text[:1].isupper()) \
        and "," in view.lower[max(0, first - 2):first] and "," not in view.lower[1:max(1, first - 2)]


_PROGRESSIVE_BE = frozenset("is are was were been am".split())
_BACKGROUND = frozenset("when while as since because amid".split())
_PROGRESSIVE_GAP = frozenset("also still now again increasingly repeatedly openly publicly".split())


def progressive(view: SentenceView, j: int, stances: dict[str, str]) -> str | None:
    """The stance of a speech verb in the progressive ("Kyiv has been urging its partners to ...", "Beijing is
    warning that ..."), or None: a participle of the rule file's lists after a form of "be"."""
    word = view.lower[j]
    if word not in stances or word in _COMMITS or view.lower[j + 1:j + 2] == ("nothing",):
        return None  # "is pledging $2bn" is a flow; "is saying nothing" says nothing
    if word == "calling" and view.lower[j + 1:j + 2] not in (("for",), ("on",), ("upon",)):
        return None  # "is calling for talks", not "is calling the shots"
    k = j - 1
    while k > 0 and view.lower[k] in _PROGRESSIVE_GAP:
        k -= 1
    if k < 1 or view.lower[k] not in _PROGRESSIVE_BE:
        return None
    while k > 0 and view.lower[k - 1] not in _BREAKS:
        k -= 1
        if view.lower[k] in _BACKGROUND:
            return None  # "at a time when Washington is threatening to ...": the author's setting, not a statement
    return stances[word]


def owner_opening(view: SentenceView) -> Mention | None:
    """A state opening the sentence as the owner of its subject ("Rwanda's foreign ministry hit back"), for
    the body it owns to be the one a later "the ministry said" or "it said" means; else None."""
    mention = view.actors[0] if view.actors else None
    opens = mention is not None and (mention.first == 0 or (mention.first == 1 and view.lower[0] == "the"))
    return mention if opens and view.possessive(mention) else None


def titled_person(view: SentenceView, mention: Mention) -> Mention | None:
    """The person a state's title leads to ("U.S. President Joe Biden", "Egyptian President al-Sisi"), or None."""
    if mention.entity.kind == "person":
        return None
    return next((m for m in view.actors if m.entity.kind == "person" and mention.last <= m.first <= mention.last + 3
                 and all(view.tokens[x].text[:1].isupper() for x in range(mention.last, m.first))), None)


def participial(view: SentenceView, j: int, stances: dict[str, str]):
    """At a participle *j* after a comma: (subject mention, 0 for a pronoun subject or None, first, last,
    stance), or None when there is no participial statement. The span runs from after the participle (and
    "that") to the next break."""
    word = view.lower[j]
    stance = stances.get(word)
    if stance is None or j < 3 or view.lower[j - 1] != ",":
        return None
    if word in _COMMITS and not commitment_frame(view, j):
        return None
    first = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] == "that")
    last = next((k for k in range(first, len(view.tokens)) if view.lower[k] in _BREAKS and k > first + 2),
                len(view.tokens))
    if last - first < 3:
        return None
    mention = subject(view, j - 1) or opening_name(view, j - 1) or _opening_owner(view, j - 1)
    return (0 if mention is None and view.lower[0] in _PRONOUNS else mention), first, last, stance


def _opening_owner(view: SentenceView, before: int) -> Mention | None:
    """The state owning the sentence's subject ("Peru's foreign ministry pushed back, saying ..."), for the
    caller to read the body it owns (owned_body); None when it does not open the sentence before *before*."""
    owner = owner_opening(view)
    return owner if owner is not None and owner.last < before else None


def owned_body(view: SentenceView, mention: Mention, institution) -> EntityRef | None:
    """The body a possessive state *mention* opening the sentence owns ("Israel's foreign ministry"), read by
    *institution*; None for a state that is not possessive or owns no body ("Israel's decision")."""
    if not view.possessive(mention):
        return None
    body = institution(view, mention)
    return body[0] if body is not None else None


def opening_name(view: SentenceView, before: int) -> Mention | None:
    """A company or body the gazetteers do not know opening the sentence as its subject ("OMV confirmed the
    cut-off in an email, saying ..."), as a mention of its own, if it stands before *before*; else None."""
    if not view.tokens or not view.tokens[0].text[:1].isupper() or 0 in view.actor_at:
        return None
    found = source_name(view, 0, 1)
    if found is None or found[2] >= before or not view.tokens[found[2]].text.islower():
        return None
    ref, first, last = found
    sentence = view.sentence
    start, end = view.tokens[first].start, view.tokens[last - 1].end
    return Mention(start, end, sentence.text[start - sentence.start:end - sentence.start], sentence.index, first,
                   last, ref, "body")


def off_subject(view: SentenceView, verb: int, speaker_at: int) -> bool:
    """An infinitive speech verb ("met Mbadi in November to stress that ...") is said by the sentence's
    subject: is the speaker found at *speaker_at* someone else, such as the object of the main verb?"""
    if verb < 2 or view.lower[verb - 1] != "to" or speaker_at >= verb:
        return False
    opener = subject(view, verb)
    return opener is None or opener.first != speaker_at
