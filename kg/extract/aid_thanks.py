"""Thanks for goods received: "Kyiv thanked Vilnius for the ammunition", "Dissanayake thanked India for
the 25 tonnes of relief material", "thanking Stockholm for the aircraft". The one who thanks got the goods
named after "for" from the one thanked. Thanks for "support", "help" or a stance name no goods.
"""

from __future__ import annotations

from kg.extract.aid_checks import aid_like
from kg.extract.aid_getter_slots import leader_named
from kg.extract.aid_nouns import Frame
from kg.extract.aid_quoted import quoted_we
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_THANKS = Entry(("thank",), "receive", "delivered")
_VAGUE = frozenset("support help solidarity stance position backing friendship hospitality efforts role "
                   "assistance cooperation understanding".split())
_STAGES = {"pledge": "pledged", "pledges": "pledged", "promise": "pledged", "commitment": "pledged",
           "offer": "offered", "offers": "offered"}
_ENDS = frozenset(". ; , and but while which that who".split())
_OWN = frozenset("the its their his her a an".split())
_HOSTS = frozenset("hosts host counterparts counterpart partners friends allies".split())


def _giving(view: SentenceView, at: int) -> tuple[int, str] | None:
    """(where the goods start, the stage) when a give verb's gerund opens at *at* ("sending", "setting aside")."""
    for entry in load_lexicon().by_first_word.get(view.lemmas[at], ()):
        last = at + len(entry.words)
        if entry.frame == "give" and tuple(view.lemmas[at:last]) == entry.words:
            return last, entry.status
    return None


_PEOPLE_OF = frozenset("government governments people peoples leaders leadership authorities".split())

ADDS_WITH = frozenset({"thank"})  # no frame added without one (aid_sentence_passes)


def thanks_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* plus one frame for each "A thanked B for <goods>" of the sentence."""
    if "thank" not in view.lemmas:
        return frames
    out = list(frames)
    for j, lemma in enumerate(view.lemmas):
        if lemma != "thank" or j + 2 >= len(view.tokens):
            continue
        k = j + 1 + (view.lower[j + 1] in ("the", "his", "her", "its", "their"))  # "thanked his Kuwaiti hosts"
        while k + 1 < len(view.tokens) and view.lower[k] in _PEOPLE_OF and view.lower[k + 1] in ("of", "and"):
            k += 2  # "thanked the government of Japan", "the people and government of Japan"
            k += k < len(view.tokens) and view.lower[k] == "the"
        given = view.actor_at.get(k)
        if given is None or given.first != k:
            continue
        donors = [m for m in view.group(given)]
        at = donors[-1].last
        if given.how == "demonym" and (named := leader_named(view, at)) is not None:
            at = named  # "thanked German Chancellor Olaf Scholz for the tanks"
        elif given.how == "demonym" and view.lower[at:at + 1] and view.lower[at] in _HOSTS:
            at += 1  # "thanked his Kuwaiti hosts for ..."
        if at >= len(view.tokens) or view.lower[at] != "for":
            continue
        end = next((x for x in range(at + 1, len(view.tokens)) if view.lower[x] in _ENDS), len(view.tokens))
        words = [w for w in view.lower[at + 1:end] if w not in _OWN]
        given_by = _giving(view, at + 1) if words and words[0].endswith("ing") else None  # "for setting aside $100 million"
        sent = given_by is not None and (bool(load_lexicon().categorise([t.text for t in view.tokens[given_by[0]:end]])[0])
                                         or view.amount_at(given_by[0]))  # "for sending rescue teams"
        if not words or words[0].endswith("ing") and not sent or not aid_like(view, at + 1, end) or set(words) <= _VAGUE:
            continue  # "thanked China for its support": backing; "for funding this initiative": an activity
        if any(at < f.first < end and set(f.donors) & {m.entity for m in donors} for f in frames):
            continue  # "thanked Mexico for its offer of help": the offer noun's own frame gives it
        getters, subject_at = view.subject(j)
        if not getters:
            getters, subject_at = quoted_we(view, j)  # '"We thank Turkey for sending rescue teams," Mekdad said'
        if not getters and j > 0 and view.lower[j - 1 - (view.lower[j - 1] == "also")] in ("he", "she"):
            getters, subject_at = tuple(view.last_person_state), j - 1  # "He also thanked Cuba for a team of doctors":
            # the person named last, and their state
        if not getters and (thanker := view.tied_person_before(j)) is not None:
            # "Rahmon was reported to have thanked his Kuwaiti hosts": the person's state
            getters, subject_at = (view.person_state_at[thanker],), thanker
        getters = tuple(g for g in getters if g not in {m.entity for m in donors})
        if not getters or subject_at is None:
            continue
        status = given_by[1] if sent and given_by[1] != "delivered" else next((_STAGES[w] for w in words if w in _STAGES),
                                                                             "delivered")
        out.append(Frame(_THANKS, j, j + 1, unique(m.entity for m in donors),
                         [(given_by[0] if sent else at + 1, end, getters)], status, subject_at, end))
    return out
