"""Leaders and ministers act for their state in aid (README G2): "Putin offered to supply Türkiye with
gas" is Russia's offer once the text has tied Putin to Russia ("Russian President Vladimir Putin").

The offices stage gives the office holders whose state the text names; a mention of such a person that
opens a clause as the subject of a supply verb becomes a mention of the state for the aid frames (other
mentions of persons stay out of the aid frames: a speaker or a host is no giver).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import load_lexicon
from kg.model import EntityRef, Mention, OfficeHolding

# Offices whose holder acts for the state's government (not ambassadors, senators, governors or generals).
ACTING_ROLES = frozenset("president vice-president prime-minister chancellor monarch supreme-leader foreign-minister "
                         "secretary-of-state defence-minister finance-minister energy-minister trade-minister "
                         "minister ambassador".split())  # (an ambassador heads the embassy, G2)


def acting_states(facts) -> dict[EntityRef, EntityRef]:
    """Person -> state for the office holders of *facts* who act for their state."""
    return {f.holder: f.office_of for f in facts
            if isinstance(f, OfficeHolding) and f.role in ACTING_ROLES
            and f.office_of is not None and f.office_of.kind == "state"}


def as_state_mentions(mentions: tuple[Mention, ...], states: dict[EntityRef, EntityRef],
                      sentences) -> tuple[Mention, ...]:
    """*mentions* with each mention of an acting person that opens a clause as the subject of a supply
    verb ("Putin offered to supply", "Xi has pledged") replaced by a mention of their state."""
    by_index = {s.index: s for s in sentences}
    states = {**_leaders(mentions, by_index), **states}
    if not states:
        return mentions
    result: list[Mention] = []
    for m in mentions:
        state = states.get(m.entity)
        sentence = by_index[m.sentence]
        if state is None or not (_gives(sentence, m) or _source(sentence, m) or _given(sentence, m)
                                 or _administration(sentence, m)):
            result.append(m)
            continue
        result.append(replace(m, entity=state, how="person"))
    return tuple(result)


_AUX = frozenset("has have had will would also had later then on".split())


def _gives(sentence, mention: Mention) -> bool:
    """Is the person the subject of a supply verb right after it, at the start of its clause?"""
    tokens = sentence.tokens
    k = _title_start(tokens, mention)  # "Chinese President Xi Jinping": the title before the name
    if k > 0 and tokens[k - 1].text.lower() not in (",", "and", "but", '"', "“", "—", "–", "-", ":"):
        return False  # (a dateline's dash opens the clause: "PORT LOUIS, March 12 — Indian Prime Minister Modi promised")
    j = mention.last
    while j < len(tokens) and tokens[j].text.lower() in _AUX:
        j += 1
    lexicon, lemma = load_lexicon(), tokens[j].lemma.lower() if j < len(tokens) else ""
    return lemma in lexicon.give_verbs or lemma in lexicon.receive_verbs or lemma in _ASKING_VERBS


# a leader thanking for aid, or asking for it ("Mahama asked for Indian support to restructure the debt")
_ASKING_VERBS = frozenset("thank ask request seek appeal".split())


def _title_start(tokens, mention: Mention) -> int:
    """Where the capitalised words before a name start: "Chinese President Xi Jinping", "Indian Prime Minister"."""
    k = mention.first
    while k > 0 and tokens[k - 1].text[:1].isupper():
        k -= 1
    return k


def _source(sentence, mention: Mention) -> bool:
    """Is the person what a receiving verb before it takes from ("the second car Kim has received from
    Putin", "bought the jets from Erdogan")?"""
    tokens = sentence.tokens
    if mention.first < 2 or tokens[mention.first - 1].text.lower() != "from":
        return False
    receiving = load_lexicon().receive_verbs
    return any(t.lemma.lower() in receiving for t in tokens[max(0, mention.first - 8):mention.first - 1])


def _leaders(mentions: tuple[Mention, ...], by_index) -> dict[EntityRef, EntityRef]:
    """Person -> state for "<demonym> leader <name>" ("North Korean leader Kim Jong Un"), which names no
    office of the offices stage but ties the leader to the state all the same."""
    demonyms = {(m.sentence, m.last): m.entity for m in mentions if m.how == "demonym" and m.entity.kind == "state"}
    tied = {}
    for m in mentions:
        if m.entity.kind == "person" and m.first >= 2 and by_index[m.sentence].tokens[m.first - 1].text.lower() == "leader":
            state = demonyms.get((m.sentence, m.first - 1))
            if state is not None:
                tied[m.entity] = state
    return tied


def _given(sentence, mention: Mention) -> bool:
    """Is the person the getter of a supply verb: its first object ("Macron offered Modi 26 more jets") or
    named after "to" ("sent 50 drones to Aliyev"); or thanked for what was given?"""
    tokens = sentence.tokens
    k = _title_start(tokens, mention)  # "offered Indian Prime Minister Narendra Modi": the title before the name
    if k == 0:
        return False
    giving = load_lexicon().give_verbs
    if tokens[k - 1].lemma.lower() in giving or tokens[k - 1].lemma.lower() == "thank":
        return True  # "thanked German Chancellor Olaf Scholz for the tanks": what his state gave
    return tokens[k - 1].text.lower() == "to" and any(t.lemma.lower() in giving for t in tokens[max(0, k - 9):k - 1])



def _administration(sentence, mention: Mention) -> bool:
    """Is the person named for the government they lead: "the Biden administration will withhold", "aid
    from the Milei government", "Orban's government has bought"?"""
    tokens = sentence.tokens
    after = mention.last + (mention.last < len(tokens) and tokens[mention.last].text in ("'s", "’s"))
    if after > mention.last and after + 1 < len(tokens) and tokens[after].text.lower() in _INTENT_NOUNS \
            and tokens[after + 1].text.lower() == "to":
        return True  # "President Gustavo Petro's refusal to let the equipment be sent": his state's refusal
    return after < len(tokens) and tokens[after].text.lower() in ("administration", "government") \
        and (after > mention.last or mention.first > 0 and tokens[mention.first - 1].text.lower() == "the")


_INTENT_NOUNS = frozenset("refusal decision offer pledge promise readiness willingness".split())
