"""Persons named bare around a meeting verb: "Xi Jinping met Vladimir Putin", "Narendra Modi held talks
with Sheikh Hasina", "Abiy Ahmed travelled to Nairobi".

Leaders, ministers and envoys are often named without a title when they meet, host, visit or call
each other. A run of capitalised words (:func:`kg.extract.name_spans.name_run`) that no gazetteer
claimed is a person when it is

* the subject of a meeting verb: it opens the sentence or a clause and ends right before the verb, or
  before an auxiliary or a day leading to it ("Xi Jinping will meet", "Li Qiang on Monday hosted");
* the object of one: right after "met", "hosted", "received", "welcomed", or after "with" closing
  "held talks with", "spoke by phone with", "a call with";
* the subject or object of a verb addressed to a person: "Tokayev thanked Xi Jinping", "Bola Tinubu urged
  Mahamat Idriss Deby", "William Ruto called on Abiy Ahmed" (not the one "told" or "asked": often an outlet).

As for a speaker, the run must look like a name: two words at least (a lone word may be a body or a
group, "Hamas met"), none of them an institution word, the last no body or place word ("Palace",
"Square"), not the tail of a body's name, and not made of common English words only ("Royal Navy").
A lone name word (no English word, institution or town; a capitalised two-letter word such as "Xi" is a
romanised syllable) is a person only when the one on the other side
of the same verb is a person too: "Vucic met Orban", "Zelensky met with Keir Starmer", "President Erdogan
hosted Zelensky" (not "Reuters spoke with Lavrov", "Lavrov told Reuters": a verb of speaking, unless by phone).
No names are listed.
"""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.name_spans import NON_PERSON_TAILS, NOT_NAMES, name_run, name_start, name_words
from kg.extract.names import NOT_PERSON_WORDS, is_english_word, is_surname
from kg.extract.person_cues import HONORIFICS, title_case_heading
from kg.extract.persons import PersonFind, a_common_word, in_body_name, person_mention
from kg.extract.places import load_places
from kg.model import Sentence

# verbs whose subject meets someone: "X met", "X hosted", "X travelled to"
_SUBJECT_VERBS = frozenset(
    """met meets meet meeting hosted hosts host hosting received receives receive welcomed welcomes welcome greeted
    greets visited visits visit held holds hold spoke speaks speak talked talks telephoned phoned travelled traveled
    travels flew arrived arrives paid pays sat""".split()
) | frozenset(
    # verbs addressed to a person, whose subject and object are persons alike: "Tokayev thanked Xi Jinping"
    """thanked thanks congratulated congratulates urged urges praised praises accused accuses invited invites
    criticised criticized criticises criticizes told tells warned warns blamed blames condemned condemns hailed
    hails asked asks pressed presses lauded commended slammed rebuked called calls""".split()
)
# verbs whose object is met: "met X", "hosted X"
_OBJECT_VERBS = frozenset("met meet meets meeting hosted host hosts hosting received receive receives welcomed "
                          "welcome welcomes greeted greet telephoned phoned".split()) | (_SUBJECT_VERBS - frozenset(
                              "held holds hold spoke speaks speak talked talks travelled traveled travels flew arrived "
                              "arrives paid pays sat visited visits visit called calls told tells asked asks".split()))
# ("told Reuters", "asked Al Jazeera": the one told or asked is often an outlet)
# nouns and verbs after which "with" opens the one met: "held talks with X", "spoke by phone with X"
_WITH_HEADS = frozenset("met meet meets meeting meetings talks talked talk spoke speak speaks phone telephone call "
                        "calls conversation discussions consultations summit separately".split())
# words between a subject and its verb: "X will meet", "X is due to host", "X on Monday met"
_BETWEEN = frozenset(
    """will would is was are were to due set expected scheduled also then later first again has had have briefly
    separately later on last this week earlier monday tuesday wednesday thursday friday saturday sunday""".split()
)
_RECIPROCAL = frozenset("met meet meets held hold holds spoke speak speaks talked".split())
_SPOKE = frozenset("spoke speak speaks talked talks told tells asked asks".split())  # also an outlet's words
_PHONE = frozenset("phone telephone telephoned call video".split())
_TO_PLACES = frozenset("visited visits visit travelled traveled travels flew arrived arrives paid pays".split())
# words leading from a verb to the one met: "held talks with", "spoke by phone with", "paid a visit to"
_LEADS = frozenset("with talks a an official state visit to in by phone telephone video link call conversation meeting "
                   "discussions later on separately also briefly".split())
# what may stand before a subject: the sentence's start, a clause boundary
_OPENERS = frozenset(", ; : — – ( \" “ and but while when after before as then where since".split())
# what may follow an object: the end of the phrase (not "Storm Shadow missiles")
_CLOSERS = frozenset(
    """, . ; : — – ) " ” and in at on for during to who whose which last this next earlier later over after before
    as by with from amid ahead while when where since that""".split()
)


def without_descriptors(sentence: Sentence, first: int, last: int) -> int:
    """Start of the name in tokens[first:last] past leading ranks and capitalised English words that no name
    list knows ("Colonel Assimi Goita", "Principal Secretary Kiptoo", "Camp David"); short ones stay ("Xi")."""
    tokens = sentence.tokens
    while first < last and (tokens[first].text in HONORIFICS or (
            len(tokens[first].text) >= 4 and tokens[first].text.isalpha() and a_common_word(tokens[first].text))):
        first += 1
    return first


def looks_like_name(sentence: Sentence, first: int, last: int) -> bool:
    """Is tokens[first:last] a full personal name, as far as general evidence tells?"""
    tokens = sentence.tokens
    words = [t.text for t in tokens[first:last] if t.text[:1].isupper()]
    if len(name_words(" ".join(words))) < 2:
        return False
    if any(w in NOT_PERSON_WORDS for w in words) or tokens[last - 1].text in NON_PERSON_TAILS:
        return False
    if in_body_name(sentence, first):
        return False  # "the Ministry of Foreign Affairs"
    return not all(a_common_word(w) for w in words)


def _subject(sentence: Sentence, verb: int, taken: set[int]) -> tuple[int, int] | None:
    tokens = sentence.tokens
    end = verb
    while end > 0 and verb - end < 4 and tokens[end - 1].lower in _BETWEEN:
        end -= 1
    start = name_start(sentence, end, taken, limit=4)
    if start == end or not (start == 0 or tokens[start - 1].text in _OPENERS or tokens[start - 1].lower in _OPENERS):
        return None
    if start > 0 and tokens[start - 1].lower == "and" and sentence.lowers[verb] in _RECIPROCAL:
        return start, end  # "Ilham Aliyev and Nikol Pashinyan met in Brussels"
    return (start, end) if _meets_someone(sentence, verb) else None


def _meets_someone(sentence: Sentence, verb: int) -> bool:
    """Does a named party or a person follow the verb at *verb*, over "with", "talks with", "a visit to", "by
    phone with" and the like: "met Vladimir Putin", "hosted his Kazakh counterpart", "travelled to Nairobi" (not
    "received a contract", "hosted the talks", "met its target")?"""
    k = _met_at(sentence, verb)
    return k < len(sentence.tokens) and (sentence.tokens[k].text[:1].isupper() or sentence.lowers[k] in ("his", "her"))


def _met_at(sentence: Sentence, verb: int) -> int:
    """Where the one met starts after the verb at *verb*, past "with", "talks with", "by phone with"."""
    k = verb + 1
    while k < len(sentence.tokens) and k - verb <= 5 and sentence.lowers[k] in _LEADS:
        k += 1
    return k


def _person_before(sentence: Sentence, verb: int, persons: frozenset[int]) -> bool:
    """Does a person found before end right before the verb at *verb* (over "will", "on Monday")?"""
    end = verb
    while end > 0 and verb - end < 4 and sentence.lowers[end - 1] in _BETWEEN:
        end -= 1
    return end - 1 in persons


def _lone_name(sentence: Sentence, span: tuple[int, int] | None) -> bool:
    """Is *span* one name word that is no English word, institution or town ("Putin", "Akufo-Addo"; not
    "Lawmakers", "Gaza")? Such a word is a person only when met by, or meeting, another person."""
    if span is None or span[1] <= span[0]:
        return False
    tokens = sentence.tokens
    text = sentence.text[tokens[span[0]].start - sentence.start:tokens[span[1] - 1].end - sentence.start]
    if len(name_words(text)) != 1 or " " in text or text in NOT_PERSON_WORDS or text.isupper() or len(text) < 2:
        return False
    if tokens[span[1] - 1].text in NON_PERSON_TAILS or in_body_name(sentence, span[0]):
        return False
    if text in load_places().city_names and not is_surname(text):
        return False
    # a two-letter word written capitalised inside a sentence is a romanised syllable ("Xi"), not the word
    return is_surname(text) or not is_english_word(text) or (len(text) == 2 and text.lower() not in NOT_NAMES)


def _object(sentence: Sentence, start: int, taken: set[int]) -> tuple[int, int] | None:
    tokens = sentence.tokens
    if start >= len(tokens) or start in taken:
        return None
    end = name_run(sentence, start, taken)
    if end == start or not (end == len(tokens) or tokens[end].text in _CLOSERS or tokens[end].lower in _CLOSERS):
        return None
    return start, end


@needs(lambda: _SUBJECT_VERBS | _OBJECT_VERBS | {"with"}, nothing=[])
def meeting_persons(sentence: Sentence, taken: set[int], persons: frozenset[int] = frozenset()) -> list[PersonFind]:
    """Persons of one sentence named bare as the subject or object of a meeting verb (*persons*: the tokens of
    persons found before, by their titles or as speakers)."""
    if title_case_heading(sentence):
        return []
    tokens, lowers = sentence.tokens, sentence.lowers
    spans: list[tuple[int, int]] = []
    pairs: list[tuple[int, tuple[int, int] | None, tuple[int, int] | None]] = []  # (verb, subject, object)
    for i, word in enumerate(lowers):
        if word in _SUBJECT_VERBS and i > 0:
            subject = _subject(sentence, i, taken)
            spans.append(subject or (0, 0))
            pairs.append((i, subject, _object(sentence, _met_at(sentence, i), taken)))
        if word in _OBJECT_VERBS or (word in ("called", "calls") and lowers[i + 1:i + 2] == ("on",)):
            at = i + 2 if i + 2 < len(tokens) and lowers[i + 1] in ("with", "on") else i + 1  # "called on X"
            spans.append(_object(sentence, at, taken) or (0, 0))
        elif word == "with" and i > 0 and any(w in _WITH_HEADS for w in lowers[max(0, i - 4):i]):
            spans.append(_object(sentence, i + 1, taken) or (0, 0))
    found: list[PersonFind] = []

    def add(first: int, last: int) -> bool:
        first = without_descriptors(sentence, first, last)  # "Colonel Assimi Goita": a rank, not the name
        if last > first and not taken.intersection(range(first, last)) and looks_like_name(sentence, first, last):
            found.append(PersonFind(person_mention(sentence, first, last, "name")))
            taken.update(range(first, last))
            return True
        return False

    named = {span for span in spans if add(*span)}
    for verb, subject, met in pairs:  # "Vucic met Orban", "Zelensky met with Keir Starmer": lone names
        lone = (_lone_name(sentence, subject), _lone_name(sentence, met))
        if lowers[verb] in _TO_PLACES:
            continue  # "President Lopez Obrador visited Acapulco": the one visited is a place
        if lowers[verb] in _SPOKE and _PHONE.isdisjoint(lowers[verb:verb + 10]):
            continue  # "Reuters spoke with Lavrov", "Lavrov told Reuters": an outlet's interview (not "by phone")
        person = (subject in named or _person_before(sentence, verb, persons),
                  met in named or _met_at(sentence, verb) in persons)  # "President Erdogan hosted Zelensky"
        if (lone[0] or person[0]) and (lone[1] or person[1]) and any(lone):
            for span, one in zip((subject, met), lone):
                if one and span is not None and not taken.intersection(range(*span)):
                    found.append(PersonFind(person_mention(sentence, span[0], span[1], "name")))
                    taken.update(range(*span))
    return found
