"""Bodies named once in full with their acronym ("the Department of Foreign Affairs (DFA)") and by the
acronym afterwards ("according to the DFA"): the claimant keeps the full name the article gives
(gold: an organisation not in the gazetteer is recorded by its name as written)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef, Sentence

_SMALL = r"(?:of|for|and|on|the|de|du)"
_ELIDED = re.compile(r"^[dl]['’]")  # "d'Electricité": the word's initial is the E
_WORD = r"(?:[dl]['’])?[A-Z][\w'’.-]*"  # (and "d'Electricité": "Compagnie Ivoirienne d'Electricité (CIE)")
_NAMED = re.compile(rf"((?:{_WORD}\s+(?:{_SMALL}\s+)*)+{_WORD})\s*\(([A-Z][A-Za-z]{{1,7}})\)")


def acronyms(sentences: tuple[Sentence, ...]) -> dict[str, str]:
    """Acronym -> full name, where the initials of the name's (capitalised) words spell the acronym."""
    found: dict[str, str] = {}
    for sentence in sentences:
        if "(" not in sentence.text:
            continue  # the acronym is in brackets
        for match in _NAMED.finditer(sentence.text):
            name, short = match.group(1), match.group(2)
            words = name.split()
            for start in range(len(words)):  # "said the Department ...": drop words before the name
                tail = [_ELIDED.sub("", w) for w in words[start:] if _ELIDED.sub("", w)[:1].isupper()]
                initials = "".join(w[0] for w in tail).upper()
                if short.upper() in (initials,  # DFA; DOE for "Department of Energy"
                                     "".join(w[0] for w in words[start:]).upper()) \
                        or start == 0 and len(tail) >= 3 and len(short) > len(tail) and set(initials) <= set(short.upper()):
                    # (or a name given in translation: "National Forestry Commission (Conafor)", whose
                    # letters the acronym holds, in another order)
                    found.setdefault(short, " ".join(words[start:]))
                    break
    return found


def expand(speaker: EntityRef, names: dict[str, str]) -> EntityRef:
    """The body behind an acronym speaker ("DFA" -> "Department of Foreign Affairs"), else *speaker*."""
    label = speaker.label.removeprefix("the ").removeprefix("The ")
    if _listed(speaker):
        return speaker  # "OCHA" is listed under that label: the gazetteer's name stands
    # (a short name given in brackets after a body's name is that body, though "Conafor said" reads as a person)
    full = names.get(label) if speaker.kind in ("organisation", "person") else None
    return EntityRef("organisation", slug(full), full) if full else speaker


def _listed(speaker: EntityRef) -> bool:
    """Is *speaker* an organisation of the gazetteer (kg/rules/organisations.toml), under its label?"""
    return speaker.kind == "organisation" and (speaker.key, speaker.label) in _organisation_labels()


@lru_cache(maxsize=1)
def _organisation_labels() -> frozenset[tuple[str, str]]:
    """(key, label) of every organisation of the gazetteer."""
    from kg.extract.gazetteer import load_gazetteer

    return frozenset((org.key, org.label) for org in load_gazetteer().organisations)


def before_short_name(view: SentenceView, k: int, start: int) -> int:
    """The token before a short name in brackets that ends at *k* ("Defense Security Cooperation Agency
    (DSCA) said": the name's last word), else *k*; never before *start*."""
    tokens = view.tokens
    short = tokens[k - 1].text if k > 0 else ""
    if k - 3 > start and tokens[k].text == ")" and tokens[k - 2].text == "(" and short.isalpha() \
            and sum(c.isupper() for c in short) >= 2 and short[:1].isupper() and tokens[k - 3].text[:1].isupper():
        return k - 3
    return k


def hyphen_tail(view: SentenceView, j: int) -> bool:
    """Is the lower-case word at *j* the tail of a capitalised hyphenated word ("Co-operation")?"""
    tokens = view.tokens
    return j > 1 and tokens[j].text.isalpha() and tokens[j - 1].text == "-" and tokens[j - 1].end == tokens[j].start \
        and tokens[j - 2].end == tokens[j - 1].start and tokens[j - 2].text[:1].isupper()


def acronym_name(view: SentenceView, at: int) -> bool:
    """"OMV said", "JANAF, which runs the pipeline, said": a word of two to six capital letters that no
    gazetteer knows is the short name of a company or body, even alone at the start of a sentence (a word
    in capitals is no sentence-opening capital)."""
    text = view.tokens[at].text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and at not in view.actor_at
