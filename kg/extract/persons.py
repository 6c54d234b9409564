"""Persons from office titles, appositives and speech verbs, resolved within a document.

Rules (no names are listed anywhere; a name is a run of capitalised words that the
gazetteers do not claim):

* title before a name: "Foreign Minister Wang Yi", "Presidents Putin and Xi";
* title phrase, comma, name: "China's Foreign Minister and National Security Advisor, Wang Yi";
* name, comma, title phrase: "Sergei Lavrov, Russia's foreign minister";
* name before a speech verb: "Rubio said", "Maria Zakharova told reporters";
* later mentions of any part of a known name ("Xi Jinping" ... "Xi") refer back to it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.name_spans import HONORIFICS, NON_PERSON_TAILS
from kg.extract.names import is_english_word, is_given_name, is_surname
from kg.extract.name_spans import NOT_NAMES as _NOT_NAMES
from kg.extract.name_spans import compound_end, leading_particles, name_start, name_words
from kg.extract.name_spans import is_name_token as _is_name_token
from kg.extract.name_spans import name_run as _name_run
from kg.extract.speech_verbs import SAID_SAYS
from kg.model import EntityRef, Mention, Sentence, Title

# The verbs that follow a speaker's name, with those of judging, reacting, revealing and promising; not
# "reported" and "stated", which follow outlets and bodies ("Xinhua reported", "the Treasury stated") far more
# often than persons (with them the guard lost claims: a one-word outlet read as a person)
_SPEECH = (SAID_SAYS - {"reported", "stated"}) | frozenset(
    """accused accuses assured blamed blames commended condemned condemns countered criticised criticises
    criticized criticizes demanded denied denies denounced disclosed dismissed dismisses hailed hails hinted
    lamented lauded posted praised praises predicted predicts recalled recalls rejected rejects revealed
    signaled signalled slammed suggested suggests thanked threatened threatens tweeted urged urges vowed vows
    welcomed welcomes""".split()
)
@dataclass(frozen=True)
class PersonFind:
    """A person named in a sentence, with the title that introduced them (if any)."""

    mention: Mention
    titles: tuple[Title, ...] = ()
    office_of: EntityRef | None = None
    quote_start: int = 0


def person_key(name: str) -> str:
    """The IRI key of a person's name: its slug, plus a short hash of the spelling when a hyphen
    joins two words, so that "Tamim bin Hamad al-Thani" and "Tamim bin Hamad Al Thani" (one
    slug, two labels) stay two entities with one label each.

    >>> person_key("Wang Yi")
    'wang-yi'
    >>> person_key("Ahmed al-Sharaa") != person_key("Ahmed Al Sharaa")
    True
    """
    key = slug(name)
    if _JOINED.search(name):
        key += "-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return key


_JOINED = re.compile(r"\w-\w")


def person_mention(sentence: Sentence, first: int, last: int, how: str) -> Mention:
    tokens = sentence.tokens
    start, end = tokens[first].start, tokens[last - 1].end
    text = sentence.text[start - sentence.start:end - sentence.start]
    return Mention(start, end, text, sentence.index, first, last, EntityRef("person", person_key(text), text), how)


_TENURE = frozenset("former then outgoing incoming acting interim".split())
# a party member named by the party: "the Republican", "the Social Democrat" (a title for someone named before)
PARTY_HEADS = frozenset("democrat republican conservative socialist tory".split())
_PARTY_WORDS = PARTY_HEADS | {"social", "christian"}


def _state_before(sentence: Sentence, first: int, states: dict[int, Mention]) -> tuple[EntityRef | None, int]:
    """A state right before a title: "Chinese Foreign Minister", "China's foreign minister", "Pakistan's
    former prime minister", "Australia's Pacific Minister"."""
    i = first - 1
    if i >= 0 and sentence.tokens[i].lower in _TENURE:
        i -= 1
    if i >= 2 and sentence.tokens[i].text[:1].isupper() and sentence.tokens[i - 1].text in ("'s", "’s") \
            and i not in states and sentence.tokens[i].text.isalpha():
        i -= 1  # a portfolio word the title table lacks: "Australia's Pacific Minister Pat Conroy"
    if i >= 0 and sentence.tokens[i].text in ("'s", "’s"):
        i -= 1
    if i >= 0 and i in states:
        mention = states[i]
        return mention.entity, mention.first
    return None, first


def _title_group(sentence: Sentence, first: int, titles: dict[int, Title]) -> tuple[list[Title], int]:
    """Titles joined by "and" starting at token *first*: returns them and the end index."""
    group: list[Title] = []
    i = first
    while i in titles:
        title = titles[i]
        group.append(title)
        i = title.last
        if i + 1 < len(sentence.tokens) and sentence.tokens[i].lower == "and" and (i + 1) in titles:
            i += 1
    return group, i


def find_persons(sentence: Sentence, titles: list[Title], states: list[Mention]) -> list[PersonFind]:
    """Persons introduced in one sentence by titles, appositives or speech verbs."""
    if not titles:  # most sentences: the rules after the title loop below, with no table of titles built
        taken = {i for m in states for i in range(m.first, m.last)}
        return [*_counterparts(sentence, taken), *_speakers(sentence, taken), *_quoted(sentence, taken)]
    tokens = sentence.tokens
    by_first = {t.first: t for t in titles}
    state_at = {i: m for m in states for i in range(m.first, m.last)}
    state_end = {m.last - 1: m for m in states}
    taken = set(state_at) | {i for t in titles for i in range(t.first, t.last)}
    found: list[PersonFind] = []
    seen_titles: set[int] = set()
    for title in titles:
        if title.first in seen_titles:
            continue
        group, after = _title_group(sentence, title.first, by_first)
        seen_titles.update(t.first for t in group)
        office_of, quote_first = _state_before(sentence, title.first, state_end)
        if office_of is None and title.first >= 2 and tokens[title.first - 1].text in ("'s", "’s"):
            quote_first = title.first - 2  # "Putin's National Security Adviser": the possessor is a person
        i = after
        for _ in range(2):
            # "Ambassador to Bangladesh Iwama Kiminori", "Special Envoy for Ukraine Keith Kellogg",
            # "ambassador in Berlin, ...", "the president of Kenya, William Ruto", "the ambassador of
            # Japan to Australia, ...": only "of" names the office's own state (an envoy's host is not its state)
            at = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower == "the" else i + 1
            if not (i + 1 < len(tokens) and tokens[i].lower in ("to", "for", "in", "of") and at in state_at):
                break
            if tokens[i].lower == "of" and office_of is None:
                office_of = state_at[at].entity
            i = state_at[at].last
        i = _named_body_after(sentence, i, state_at)
        if i < len(tokens) and tokens[i].text == ",":
            if _closes_appositive(sentence, quote_first, taken):
                continue  # "Mohamed bin Zayed, the UAE's president, Sharif wrote": the title is Mohamed's
            i += 1  # appositive: "..., Wang Yi, ..."
        names = []
        while i < len(tokens):
            end = _name_run(sentence, i, taken)
            if end == i:
                break
            names.append((i, end))
            i = end
            if i + 1 < len(tokens) and tokens[i].lower in ("and", ",") and _is_name_token(sentence, i + 1, taken):
                i += 1
                continue
            break
        for first, last in names:
            if last - first == 1 and last in by_first:
                taken.add(first)  # "Interior Minister X and Justice Minister Y": a portfolio before a title
                continue
            if last - first == 1 and a_common_word(tokens[first].text):
                taken.add(first)  # "General Motors", "General Dynamics": a title word opening a company's name
                continue
            if tokens[last - 1].text in NON_PERSON_TAILS:
                break  # "the spokeswoman of the Russian Foreign Ministry": a body, not the holder's name
            mention = person_mention(sentence, first, last, "title")
            found.append(PersonFind(mention, tuple(group), office_of, tokens[quote_first].start))
            taken.update(range(first, last))
    found.extend(_appositive_after(sentence, titles, state_end, taken))
    found.extend(_counterparts(sentence, taken))
    found.extend(_speakers(sentence, taken))
    found.extend(_quoted(sentence, taken))
    return found


def _closes_appositive(sentence: Sentence, first: int, taken: set[int]) -> bool:
    """Does the title phrase opening at token *first* follow a full name and a comma (", the")?"""
    tokens = sentence.tokens
    comma = first - 2 if first >= 2 and tokens[first - 1].lower == "the" else first - 1
    return comma >= 2 and tokens[comma].text == "," and comma - name_start(sentence, comma, taken) >= 2


def _named_body_after(sentence: Sentence, i: int, state_at: dict[int, Mention]) -> int:
    """After a title, skip a phrase naming a region or body that is no state when a comma and a name
    follow: "special envoy to the Pacific, Qian Bo", "General Secretary of the Communist Party of
    Vietnam, Nguyen Phu Trong". Returns the index of that comma, else *i* unchanged."""
    tokens = sentence.tokens
    if i + 1 >= len(tokens) or tokens[i].lower not in ("to", "for", "in", "of"):
        return i
    k = i + 1 + (tokens[i + 1].lower == "the")
    start = k
    while k < len(tokens) and k - start < 7 and (tokens[k].text[:1].isupper() or k in state_at or (
            tokens[k].lower in ("of", "and", "for") and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())):
        k += 1
    if k == start or k + 1 >= len(tokens) or tokens[k].text != "," or not tokens[k + 1].text[:1].isupper():
        return i
    return k


def a_common_word(word: str) -> bool:
    """An English word that no name list knows: "Motors", "Electric", "Dynamics" (not "Trump", "Bush")."""
    return is_english_word(word) and not is_surname(word) and not is_given_name(word)


_PERSON_NOUNS = frozenset("counterpart counterparts envoy spokesman spokeswoman spokesperson adviser advisor "
                          "aide deputy successor predecessor colleague".split())


def _counterparts(sentence: Sentence, taken: set[int]) -> list[PersonFind]:
    """"his Lithuanian counterpart, Dovile Sakaliene": a person noun, a comma, then a name; after "counterpart"
    the name may follow with no comma ("his Chinese counterpart Wang Yi")."""
    tokens = sentence.tokens
    found = []
    if _PERSON_NOUNS.isdisjoint(sentence.lower_set):
        return found  # most sentences
    for i in range(len(tokens) - 2):
        if tokens[i].lower not in _PERSON_NOUNS:
            continue
        start = i + 2 if tokens[i + 1].text == "," else i + 1 if tokens[i].lower in ("counterpart", "counterparts") \
            else None
        if start is None or start in taken:
            continue
        end = _name_run(sentence, start, taken)
        if end - start >= 2:
            found.append(PersonFind(person_mention(sentence, start, end, "name")))
            taken.update(range(start, end))
    return found


def _appositive_after(sentence, titles, state_end, taken) -> list[PersonFind]:
    """"Sergei Lavrov, Russia's foreign minister" / "Hua Xin, the Chinese ambassador"."""
    tokens = sentence.tokens
    by_first = {t.first: t for t in titles}
    found = []
    for title in titles:
        _, first = _state_before(sentence, title.first, state_end)
        comma = first - 1
        if comma > 0 and tokens[comma].lower in ("the", "a", "an"):
            comma -= 1
        if comma < 1 or tokens[comma].text != ",":
            continue
        start = name_start(sentence, comma, taken)
        if start > 0 and tokens[start - 1].lower in ("at", "in", "from", "to", "near", "of", "on"):
            continue  # "at Carthage Palace, the president said": a place, not a name
        if comma - start >= 2:
            office_of = state_end[title.first - 1].entity if title.first - 1 in state_end else None
            if office_of is None and title.first >= 2 and (title.first - 2) in state_end:
                office_of = state_end[title.first - 2].entity
            # every title of "..., Pakistan's deputy prime minister and foreign minister"
            group, _ = _title_group(sentence, title.first, by_first)
            found.append(PersonFind(person_mention(sentence, start, comma, "name"), tuple(group), office_of,
                                    tokens[start].start))
            taken.update(range(start, comma))
    return found


@needs(lambda: _SPEECH, nothing=[])  # a speech verb
def _speakers(sentence: Sentence, taken: set[int]) -> list[PersonFind]:
    tokens = sentence.tokens
    found = []
    for i in [i for i, word in enumerate(sentence.lowers) if word in _SPEECH]:  # the speech verbs only
        if i == 0:
            continue
        if tokens[i - 1].text in ('"', "”") or (i > 1 and tokens[i - 1].text == "," and tokens[i - 2].text in ('"', "”")):
            end = _name_run(sentence, i + 1, taken)  # '"...," said Miguel Diaz-Canel'
            if end - (i + 1) >= 2 or (end == i + 2 and _lone_name_closes(sentence, end)):  # '"...," said Scholz.'
                found.append(PersonFind(person_mention(sentence, i + 1, end, "name")))
                taken.update(range(i + 1, end))
                continue
        if tokens[i - 1].text == ",":
            find = _speaker_before_comma(sentence, i - 1, taken)
            if find is not None:
                found.append(find)
                taken.update(range(find.mention.first, find.mention.last))
            continue
        end = i
        start = name_start(sentence, end, taken)
        while start < end - 1 and tokens[start].text in HONORIFICS:
            start += 1  # "Mr Putin told reporters": Putin, named before in full
        if tokens[end - 1].text in NON_PERSON_TAILS:
            continue  # "the Foreign Ministry said", "The Times reported": a body speaks, not a person
        if end - start == 1 and start > 0 and start - 1 in taken and a_common_word(tokens[start].text):
            continue  # "Indian Oil said", "British Steel said": a company named after its country
        if in_body_name(sentence, start):
            continue  # "the Office of Civil Defense said", "the Department of Foreign Affairs and Trade said"
        if start > 0 and tokens[start - 1].lower == "the" and {t.lower for t in tokens[start:end]} <= _PARTY_WORDS:
            continue  # "the Social Democrat stressed", "the Republican said": someone named before, by party
        if start < end and not (start == 0 and end - start == 1 and tokens[0].lower in _NOT_NAMES):
            found.append(PersonFind(person_mention(sentence, start, end, "name")))
            taken.update(range(start, end))
    return found


@needs("quoted", "cited", nothing=[])
def _quoted(sentence: Sentence, taken: set[int]) -> list[PersonFind]:
    """A name quoted second-hand: "TASS quoted Lavrov as saying", "Xinhua cited Xi as telling ...", "Erdogan
    was quoted as saying": the one whose words were carried."""
    tokens, lowers, found = sentence.tokens, sentence.lowers, []
    for i in [i for i, word in enumerate(lowers) if word in ("quoted", "cited")]:
        end = _name_run(sentence, i + 1, taken)
        if i + 1 < end and lowers[end:end + 2] in (("as", "saying"), ("as", "telling")) \
                and tokens[end - 1].text not in NON_PERSON_TAILS:
            found.append(PersonFind(person_mention(sentence, i + 1, end, "name")))
            taken.update(range(i + 1, end))
        elif i > 1 and lowers[i - 1] in ("was", "is") and lowers[i + 1:i + 3] in (("as", "saying"), ("as", "telling")):
            start = name_start(sentence, i - 1, taken)
            if start < i - 1 and tokens[i - 2].text not in NON_PERSON_TAILS and not in_body_name(sentence, start) \
                    and not (start == 0 and i - 1 - start == 1 and lowers[0] in _NOT_NAMES):
                found.append(PersonFind(person_mention(sentence, start, i - 1, "name")))
                taken.update(range(start, i - 1))
    return found


def _lone_name_closes(sentence: Sentence, end: int) -> bool:
    """Does the one name word before *end* close the clause ('"...," said Scholz.', 'said Scholz, who ...'):
    a surname, not the first word of a longer phrase?"""
    tokens = sentence.tokens
    return (end == len(tokens) or tokens[end].text in (".", ",", ";")) \
        and tokens[end - 1].text not in NON_PERSON_TAILS


_BODY_HEADS = frozenset("Ministry Department Office Secretariat Agency Directorate Bureau Commission Committee Council "
                        "Centre Center Institute Service Authority Administration Board Fund Bank Court".split())


def in_body_name(sentence: Sentence, start: int) -> bool:
    """Does the capitalised run at *start* end a body's name that runs back over "of", "for" and "and"
    to a body word: "Ministry for Economic Affairs and Climate Action", "Secretariat of Social Communication"?"""
    tokens = sentence.tokens
    k, linked = start - 1, False
    while k >= 0 and start - k <= 8 and (tokens[k].text[:1].isupper() or tokens[k].lower in ("of", "for", "and") or (
            tokens[k].text == "," and k > 0 and tokens[k - 1].text[:1].isupper())):  # "of Economy, Trade and Industry"
        linked = linked or tokens[k].lower in ("of", "for")
        if linked and tokens[k].text in _BODY_HEADS:
            return True
        k -= 1
    return False


def _speaker_before_comma(sentence: Sentence, comma: int, taken: set[int]) -> PersonFind | None:
    """A full name set off by commas before a speech verb: "the bloc's foreign policy chief, Josep
    Borrell, said" or "Armin Papperger, chief executive of the firm, told"."""
    tokens = sentence.tokens
    start = name_start(sentence, comma, taken)
    if comma - start >= 2 and start > 0 and tokens[start - 1].text == ",":
        return PersonFind(person_mention(sentence, start, comma, "name"))
    # "Name Name, <lower-case appositive>, said"
    previous = next((j for j in range(comma - 1, max(-1, comma - 14), -1) if tokens[j].text in (",", ".", '"', "“", "”")),
                    None)
    if previous is None or tokens[previous].text != "," or previous + 1 >= comma:
        return None
    opener = tokens[previous + 1]
    if not (opener.text[:1].islower() or opener.lower in ("the", "a", "an")):
        return None
    end = previous
    start = name_start(sentence, end, taken)
    if end - start >= 2 and (start == 0 or tokens[start - 1].text in (",", '"', "“", "”", "—")):
        return PersonFind(person_mention(sentence, start, end, "name"))
    if end - start == 1 and start == 0 and tokens[previous + 1].lower in ("speaking", "writing", "addressing",
                                                                        "asked", "responding", "who"):
        return PersonFind(person_mention(sentence, start, end, "name"))  # "Zelensky, speaking in Kyiv, said"
    return None


def resolve_persons(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                    taken_by_sentence: dict[int, set[int]]) -> tuple[list[PersonFind], list[Mention]]:
    """Merge short and long forms of a name and find later mentions of known persons.

    Returns the finds with their entity replaced by the longest known form, and extra
    mentions (surname-only or given-name-only references) across the document.
    """
    canonical: dict[str, EntityRef] = {}
    for find in sorted(finds, key=lambda f: -len(name_words(f.mention.text))):
        words = set(name_words(find.mention.text))
        for full in list(canonical.values()):
            if words and words <= set(name_words(full.label)) and not _patronym(find.mention.text, full.label):
                canonical[find.mention.text] = full
                break
        else:
            canonical[find.mention.text] = find.mention.entity
    parts: dict[str, set[str]] = {}
    for ref in set(canonical.values()):
        for word in name_words(ref.label):
            parts.setdefault(word, set()).add(ref.key)
    by_key = {ref.key: ref for ref in canonical.values()}
    resolved = [
        PersonFind(_with_entity(f.mention, canonical[f.mention.text]), f.titles, f.office_of, f.quote_start)
        for f in finds
    ]
    extra: list[Mention] = []
    known_spans = {(f.mention.sentence, f.mention.first): f.mention.last for f in finds}
    covered: dict[int, set[int]] = {}
    for f in finds:
        covered.setdefault(f.mention.sentence, set()).update(range(f.mention.first, f.mention.last))
    for sentence in sentences:
        folded = sentence.text.casefold()  # a word _word_at finds is folded from the sentence's text
        if not any(map(folded.__contains__, parts)):
            continue  # no known name word in the sentence: none of its tokens can refer back
        taken = taken_by_sentence.get(sentence.index, set())
        busy = taken | covered.get(sentence.index, set())
        i = 0
        for start in _name_starts(sentence):  # other tokens start no name word: skip them at once
            if start < i:
                continue
            i = start
            end, word = _word_at(sentence, i, taken)
            keys = parts.get(word) if word else None
            if not keys or len(keys) != 1 or i in busy \
                    or any(known_spans.get((sentence.index, j), -1) >= i for j in range(max(0, i - 3), i)):
                # a word right after a name found here is its tail; "Vuksanovic said Vucic" is two persons
                i = max(end, i + 1)
                continue
            ref = by_key[next(iter(keys))]
            first = leading_particles(sentence, i, busy)
            extra.append(_with_entity(person_mention(sentence, first, end, "alias"), ref))
            i = end
    return resolved, extra


def _patronym(short: str, full: str) -> bool:
    """Is the name *short* (two words at least) the father's name inside *full*, after "bin", "ibn" or "bint":
    "Mohamed bin Zayed" in "Theyab bin Mohamed bin Zayed Al Nahyan" (his son), not "Mohammed bin Salman" in
    "Crown Prince Mohammed bin Salman"?"""
    folded = [w.casefold() for w in full.split()]
    words = [w.casefold() for w in short.split()]
    for j in range(len(words) - 1):  # "Sheikh Mohamed bin Zayed Al Nahyan": from the name past the honorific
        tail = words[j:]
        if len(name_words(" ".join(tail))) < 2:
            break
        if any(folded[i:i + len(tail)] == tail and folded[i - 1] in ("bin", "ibn", "bint")
               for i in range(1, len(folded) - len(tail) + 1)):
            return True
    return False


def _name_starts(sentence: Sentence) -> Sequence[int]:
    """The tokens where :func:`_word_at` can find a word: capitalised ones, and "al"/"el"."""
    lowers = sentence.lowers
    if "al" not in lowers and "el" not in lowers:
        return sentence.capitalised
    return [i for i, t in enumerate(sentence.tokens) if t.text[:1].isupper() or t.lower in ("al", "el")]


def _word_at(sentence: Sentence, i: int, taken: set[int]) -> tuple[int, str | None]:
    """The capitalised name word at token *i*, hyphenated ones whole ("Kosiniak-Kamysz", "el-Sisi"),
    with its end index and folded as :func:`name_words` folds it."""
    tokens = sentence.tokens
    if not tokens[i].text[:1].isupper() and not (
            tokens[i].lower in ("al", "el") and i + 2 < len(tokens) and tokens[i + 1].text == "-"
            and not tokens[i].space_after and not tokens[i + 1].space_after):
        return i + 1, None
    end = compound_end(sentence, i, taken) if tokens[i].text[:1].isupper() else compound_end(sentence, i + 2, taken)
    text = sentence.text[tokens[i].start - sentence.start:tokens[end - 1].end - sentence.start]
    words = name_words(text)
    return end, words[0] if len(words) == 1 else None


def _with_entity(mention: Mention, ref: EntityRef) -> Mention:
    return Mention(mention.start, mention.end, mention.text, mention.sentence, mention.first, mention.last, ref,
                   mention.how)


_PLURAL_TITLES = frozenset("ministers presidents premiers chancellors leaders secretaries ambassadors envoys chiefs "
                           "kings monarchs governors senators".split())


def _indefinite(sentence: Sentence, first: int, states: set[int]) -> bool:
    """Does "a"/"an" open the phrase of the title at *first*, over at most three words of which one names a
    state (*states*: its tokens) -- "a Chinese embassy spokesman"?"""
    k = first - 1
    while k >= 0 and first - k <= 3 and sentence.tokens[k].lower not in ("a", "an") \
            and sentence.tokens[k].text.isalpha():
        k -= 1
    return k >= 0 and first - k <= 4 and sentence.tokens[k].lower in ("a", "an") \
        and any(x in states for x in range(k + 1, first))


def _named_owner(sentence: Sentence, first: int) -> bool:
    """Is the title at *first* owned by a proper name ("the Taliban's", "Hamas's") rather than by a common
    noun that may stand for a state named before ("the country's", "the kingdom's")?"""
    return first >= 2 and sentence.tokens[first - 1].text in ("'s", "’s", "'", "’") \
        and sentence.tokens[first - 2].text[:1].isupper()


def refer_by_title(finds: list[PersonFind], sentences: tuple[Sentence, ...], titles: tuple[Title, ...],
                   mentions: tuple[Mention, ...]) -> list[Mention]:
    """"the Chinese president", "Russia's foreign minister": a title with no name after it refers to the
    one person in the document known to hold that office (for that state, when the text names one)."""
    holders: dict[tuple[str, str | None], set[EntityRef]] = {}
    for find in finds:
        for title in find.titles:
            state = find.office_of.key if find.office_of else None
            holders.setdefault((title.role, state), set()).add(find.mention.entity)
            holders.setdefault((title.role, None), set()).add(find.mention.entity)
    named = {(f.mention.sentence, t.first) for f in finds for t in f.titles}
    states_by_end = {(m.sentence, m.last): m for m in mentions if m.entity.kind == "state"}
    found: list[Mention] = []
    for title in titles:
        if (title.sentence, title.first) in named:
            continue
        sentence = sentences[title.sentence]
        if any(t.lower in _PLURAL_TITLES for t in sentence.tokens[title.first:title.last]):
            continue  # "the foreign ministers of Laos, Thailand and Myanmar": several holders, not the one named
        if _indefinite(sentence, title.first, {x for (n, last), m in states_by_end.items() if n == title.sentence
                                                for x in range(m.first, last)}):
            continue  # "A Chinese embassy spokesman said": someone new, not the spokesman named before
        state_mention = states_by_end.get((title.sentence, title.first)) or (
            states_by_end.get((title.sentence, title.first - 1))
            if title.first > 0 and sentence.tokens[title.first - 1].text in ("'s", "’s") else None)
        if state_mention is None and _named_owner(sentence, title.first):
            continue  # "The Taliban's foreign minister": the office of a body with no holder named, not another's
        key = (title.role, state_mention.entity.key if state_mention else None)
        candidates = holders.get(key, set())
        if len(candidates) != 1:
            continue
        first = state_mention.first if state_mention else title.first
        if first > 0 and sentence.tokens[first - 1].lower == "the":
            first -= 1
        mention = person_mention(sentence, first, title.last, "title")
        found.append(_with_entity(mention, next(iter(candidates))))
    return found
