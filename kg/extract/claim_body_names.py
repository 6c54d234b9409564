"""A body's name that runs over "of", "for" and "and", read back from the word before a speech verb:
"the Ministry for Economic Affairs and Climate Action said", "the Office of Civil Defense said",
"the presidency's Secretariat of Social Communication said". The name must open with a body word
("Ministry", "Office", "Department", ...) and link to the rest with "of" or "for"; "Reuters and
Bloomberg reported" is two names, not one."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.institutions import demonym_for
from kg.extract.view import SentenceView
from kg.model import EntityRef

BODY_OPENERS = frozenset("ministry department office secretariat agency directorate bureau commission committee "
                         "council centre center institute service authority administration board inspectorate".split())
_LINKS = frozenset("of for and".split())


def body_name_before(view: SentenceView, last: int) -> tuple[EntityRef, int, int] | None:
    """The body's name ending at token *last* (read backwards), with its first and end token."""
    tokens = view.tokens
    end = last + 1
    if last >= 3 and tokens[last].text == ")" and tokens[last - 2].text == "(" and tokens[last - 1].text.isupper():
        last -= 3  # "the Office of Civil Defense (OCD) said": the short name in brackets closes it
    k, linked, opener, listed, run = last, False, None, False, None
    while k >= 0 and last - k < 10 and k not in view.actor_at:
        text = tokens[k].text
        if view.lower[k] in _LINKS and k < last and k > 0 and tokens[k - 1].text[:1].isupper():
            linked = linked or view.lower[k] in ("of", "for")
            listed = listed or view.lower[k] == "and"
        elif text == "," and k < last and k > 1 and tokens[k - 1].text[:1].isupper() and k - 1 not in view.actor_at \
                and tokens[k + 1].text[:1].isupper():
            listed = True  # "Ministry of Economy, Trade and Industry", "Foreign, Commonwealth and Development Office"
        elif text[:1].isupper() and text.replace("-", "").isalpha():
            run = k
            if linked and view.lower[k] in BODY_OPENERS:
                opener = k
                while opener > 0 and k - opener < 3 and opener - 1 not in view.actor_at and view.lower[opener - 1] \
                        != "the" and view.tokens[opener - 1].text[:1].isupper() and view.tokens[opener - 1].text.isalpha():
                    opener -= 1  # "the National Committee for Disaster Management", "Federal Ministry for ..."
                break
        else:
            break
        k -= 1
    if opener is None and listed and run is not None and view.lower[last] in BODY_OPENERS:
        opener = run  # the body word ends a listed name: "the Foreign, Commonwealth and Development Office"
    if opener is None or not tokens[last].text[:1].isupper():
        return None
    sentence = view.sentence
    name = sentence.text[tokens[opener].start - sentence.start:tokens[last].end - sentence.start]
    owned = state_qualified(view, opener, name)  # "India's Ministry of External Affairs": Indian Ministry of ...
    if owned is not None:
        name, opener = owned
    lo = opener - 1 if opener > 0 and view.lower[opener - 1] == "the" else opener
    return EntityRef("organisation", slug(name), name), lo, end


def state_qualified(view: SentenceView, opener: int, name: str) -> tuple[str, int] | None:
    """*name* (a body's name opening at token *opener*) qualified by the state written before it, by its
    demonym as the gold names a state's bodies ("Guyana's Ministry of Foreign Affairs", "the Somali Ministry
    of Foreign Affairs": Guyanese, Somali Ministry of Foreign Affairs), with the token the whole name opens at."""
    possessive = opener >= 2 and view.lower[opener - 1] in ("'s", "’s")
    owner = view.actor_at.get(opener - 2 if possessive else opener - 1)
    if owner is None or owner.entity.kind != "state" or owner.last != opener - possessive:
        return None
    if not possessive and owner.how != "demonym" and not owner.text.replace(".", "").isupper():
        return None  # "the Kenya Ministry of ...": a state's name before a body is a name of its own
    demonym = demonym_for(owner)
    return (f"{demonym} {name}", owner.first) if demonym else None
