"""Where what was said stands before its speaker: "Denmark is retiring its F-16s, Poulsen said", as
against a setting that opens the sentence ("Speaking at a press conference, Hasina said ...")."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_NOT_A_CLAIM_OPENER = frozenset("in on at after before during while when speaking asked answering responding "
                                "addressing writing meanwhile separately earlier later".split())


def clause_before(view: SentenceView, speaker_at: int) -> tuple[int, int] | None:
    """The clause before ", <speaker> said" when it reads as what was said, not as a setting
    ("Speaking at a press conference, Hasina said ..." / "In a statement, the fund said ...")."""
    comma = next((j for j in range(speaker_at - 1, max(-1, speaker_at - 8), -1)
                  if view.lower[j] in (",", ".", ";", '"', "“", "”")), None)
    if comma is None or view.lower[comma] != "," or comma < 4:
        return None
    opener = view.lower[0]
    if opener in _NOT_A_CLAIM_OPENER or opener.endswith("ing") or opener.endswith("ed") and opener != "united":
        return None
    if any(view.lower[j] == "," for j in range(0, comma)) and opener in ("according",):
        return None
    return 0, comma


_RUNS_ON = frozenset("while whereas but".split())


def runs_on(view: SentenceView, k: int, *speech_words) -> bool:
    """"Somalia received 50,000 tonnes, he said, while Mali ...": after the speaker's aside at a comma at *k*
    what was said goes on, unless a new speech word starts another statement."""
    return k + 1 < len(view.tokens) and view.lower[k] == "," and view.lower[k + 1] in _RUNS_ON \
        and not any(w in words for w in view.lower[k + 2:] for words in speech_words)


# speech verbs whose person after them is their object, never an inverted speaker ("said Arreaza")
_TAKE_OBJECTS = frozenset("thanked thanks praised praises criticised criticized criticises criticizes urged urges "
                          "accused accuses warned warns told tells congratulated congratulates blamed blames "
                          "condemned condemns welcomed welcomes invited invites assured assures called calls "
                          "asked asks rebuked rebukes slammed slams".split())


def inverted_person(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """"..., said Jorge Arreaza, a former minister": a person named right after a speech verb that
    follows a comma (titles in capitals may come first) is the speaker, not a name inside the clause."""
    if verb < 2 or view.lower[verb - 1] != "," or view.lower[verb] in _TAKE_OBJECTS:
        return None  # ", thanked President Putin for the gift": the one thanked, not the speaker
    for k in range(verb + 1, min(verb + 5, len(view.tokens))):
        if k in view.actor_at:
            mention = view.actor_at[k]
            return (mention.entity, k) if mention.entity.kind == "person" and mention.first == k else None
        if not view.tokens[k].text[:1].isupper():
            return None
    return None


_RELATIVE_AUXILIARIES = frozenset("was were is are has have had".split())
_SETTINGS = frozenset("after before during following at in on while alongside with ahead amid".split())


def only_setting_after(view: SentenceView, k: int) -> bool:
    """After the speech verb (fillers skipped up to *k*) comes only where or when it was said, no
    clause of its own: "..., Sheinbaum said on Monday after a call with Trump"."""
    rest = view.lower[k:]
    if rest[:1] == ("that",) and rest[1:2] and rest[1] in _RELATIVE_AUXILIARIES:
        return True  # "said in a joint statement that was carried by ...": "that" belongs to the statement
    if not rest or "that" in rest or ":" in rest:
        return False
    if any(w in ("told", "tells", "briefed") for w in view.lower[max(0, k - 3):k]) and len(rest) <= 8 \
            and not any(w in _CLAUSE_WORDS for w in rest):
        return True  # "..., the monitors told a Security Council committee.": only the one told follows
    j = k
    while j > 0 and view.lower[j - 1] in ("a", "an", "the", "his", "her", "their", "its"):
        j -= 1
    if j > 0 and view.lower[j - 1] in _SETTINGS and not any(w in _CLAUSE_WORDS - {","} for w in rest):
        return True  # "..., Dendias said during a visit to an air base", "said at a news conference in Nairobi"
    return rest[0] in _SETTINGS or (rest[0] in _SETTING_NOUNS and rest[1:2] == ("of",) and k >= 2
                                    and view.lower[k - 1] == "the" and view.lower[k - 2] in ("at", "on", "in"))
    # "said ... at the end of Modi's visit", its "at the" skipped as fillers; not "described the end of"


_SETTING_NOUNS = frozenset("end close start conclusion sidelines margins opening".split())


_CLAUSE_WORDS = frozenset("is was were are be been has have had will would could can should must may might did do "
                          "does , ; said".split())


_OWNERS = frozenset("its their".split())


def own_voice(view: SentenceView, verbs) -> tuple[int, int] | None:
    """"Iran has dismissed the accusations, its ambassador to the UN, Saeed Iravani, said.": a closing
    attribution to the subject's own official, as (the comma before it, its speech verb), or None."""
    n = len(view.tokens)
    end = n - 1 if view.lower[n - 1] == "." else n
    verb = next((k for k in range(end - 1, max(0, end - 4), -1) if view.lower[k] in verbs), None)
    if verb is None:
        return None
    comma = next((k for k in range(verb - 1, max(0, verb - 14), -1)
                  if view.lower[k] == "," and view.lower[k + 1] in _OWNERS), None)
    if comma is None or any(view.lower[k] in ('"', "“", "”", ";") for k in range(comma, end)):
        return None
    return comma, verb


_SETTING_OPENERS = frozenset("in on at via through during after before".split())
_SETTING_BREAKS = frozenset([",", ";", ":", '"', "“", "”", "."])


def setting_then_that(view: SentenceView, verb: int) -> int | None:
    """Where what was said starts after a setting and "that": "said in a joint statement that ...", "said on
    its Telegram channel that ...", "said in a letter to the Security Council that ..." (the setting is the
    frame, not the statement, gold rule C3); None when no "that" closes a setting right after the verb."""
    if verb + 1 >= len(view.tokens) or view.lower[verb + 1] not in _SETTING_OPENERS \
            or view.lower[verb] in ("called", "calls", "call"):  # "called on X to act so that ...": no setting
        return None
    for k in range(verb + 2, min(verb + 13, len(view.tokens))):
        if view.lower[k] in _SETTING_BREAKS:
            return None
        if view.lower[k] == "that":
            return k + 1 if k + 1 < len(view.tokens) and view.lower[k - 1] not in ("so", "such") else None
    return None
