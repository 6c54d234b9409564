"""Goods in a state's service named by who made them: "several French-made Rafale fighters flown by the Indian
Air Force", "the Chinese-made F-7 jets in the Bangladesh air force's inventory", "Egypt's air force flies
Russian-made MiG-29s". The maker's state supplied them to the state whose forces use them (README A1: a standing
supply relationship, delivered). Only "-made", "-built" and "-manufactured" name a supplier; "-designed" and
"-era" name a design or an age (aid_design_origin). A user must be named: its possessive before the goods
("Pakistan's Chinese-made fighters"), flown, operated or used by a state's forces, in its inventory or service,
or the subject of a verb of using ("flies", "operates", "relies on")."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView

MADE = frozenset("made built manufactured".split())  # the participles that name a maker
_ENTRY = Entry(("made",), "give", "delivered")
USED_BY = frozenset("flown operated used fielded deployed".split())
_USING = frozenset("fly flies flew flown flying operate operates operated operating use uses used using field fields "
                   "fielded fielding rely relies relied relying".split())  # ("began flying American-made F-16s")
_FORCES = frozenset("forces force army armies navy navies air military troops units".split())
_HOLDINGS = frozenset("inventory inventories arsenal arsenals fleet fleets service".split())
_GOODS_ENDS = USED_BY | frozenset((",", ";", ".", "by", "in", "already", "that", "which", "had", "has", "have", "was",
                                    "were", "is", "are", "will", "would", "could"))
_GOODS_REACH = 6  # words of the goods after "-made": "Rafale fighter jets"
_VERB_REACH = 6  # words between a verb of using and the maker's demonym: "flies 24 Russian-made"


def in_service_frame(view: SentenceView, at: int) -> Frame | None:
    """The frame of the "-made" compound whose participle is token *at* ("French - made Rafale fighters")."""
    if view.lower[at] not in MADE or at < 2 or view.lower[at - 1] != "-" or (at - 2) not in view.actor_at:
        return None
    maker = view.actor_at[at - 2]
    if maker.how != "demonym" or maker.last != at - 1 or maker.entity.kind != "state":
        return None
    end = at + 1
    while end < len(view.tokens) and end - at <= _GOODS_REACH and view.lower[end] not in _GOODS_ENDS \
            and view.lower[end] not in CLAUSE_END and end not in view.actor_at:
        end += 1
    if end == at + 1 and (said := _said_of_owned(view, maker)) is not None:
        return said  # "Greece's Patriot batteries are American-built"
    if end == at + 1 or not load_lexicon().categorise([t.text for t in view.tokens[at + 1:end]])[0]:
        return None
    user = _owner_before(view, maker.first) or _user_after(view, end) or _user_before(view, maker.first)
    if user is None or user == maker.entity:
        return None
    return Frame(_ENTRY, at, at + 1, (maker.entity,), [(at + 1, end, (user,))], "delivered", maker.first, end)


def flown_made(view: SentenceView, first: int) -> Frame | None:
    """The in-service frame of goods that the give verb "fly" at *first* only uses: "Ukraine began flying
    American-made F-16 fighters" (who flies them got them from their maker), not "flew American-made rifles to
    Kyiv" (a delivery by air, read by the verb)."""
    if view.lemmas[first] != "fly":
        return None  # (every give trigger comes here: the lemma first)
    made = next((k for k in range(first + 1, min(len(view.tokens), first + _VERB_REACH + 2))
                 if view.lower[k] in MADE and view.lower[k - 1] == "-"), None)
    if made is None or any(view.lower[k] in ("to", "into", "for")
                           for k in range(first + 1, min(len(view.tokens), made + _GOODS_REACH + 3))):
        return None
    return in_service_frame(view, made)


def _said_of_owned(view: SentenceView, maker) -> Frame | None:
    """The frame of "<state>'s <goods> are <demonym>-made": the goods a state owns, said to be made by another."""
    be = maker.first - 1
    if be < 3 or view.lower[be] not in ("is", "are", "was", "were"):
        return None
    owner = next((m for m in view.actors if m.last < be and view.possessive(m) and m.entity.kind == "state"
                  and be - m.last <= _GOODS_REACH + 1), None)
    first = owner.last + 1 if owner is not None else be  # after the "'s"
    if owner is None or owner.entity == maker.entity or first >= be \
            or not load_lexicon().categorise([t.text for t in view.tokens[first:be]])[0]:
        return None
    return Frame(_ENTRY, maker.last + 1, maker.last + 2, (maker.entity,), [(first, be, (owner.entity,))], "delivered",
                 owner.first, maker.last + 2)


def used_by_frames(view: SentenceView, at: int) -> list[Frame]:
    """Goods named by their maker's demonym alone and used by a state's forces, at the participle *at*:
    "Chinese Wing Loong and Iranian Mohajer-6 drones already operated by Ethiopian forces". Each maker supplied
    its own goods; a shared head noun ("drones") ends the last of them and stands for all."""
    if view.lower[at] not in USED_BY or view.lower[at + 1:at + 2] != ("by",):
        return []
    user, close = _forces_at(view, at + 2)
    end = at - (at > 0 and view.lower[at - 1] == "already")
    if user is None:
        return []
    frames: list[Frame] = []
    last = end
    k = end - 1
    while k >= 0 and end - k <= 2 * _GOODS_REACH and view.lower[k] not in CLAUSE_END \
            and view.lower[k] not in (",", ";", "of", "by", "the") and view.lower[k] not in MADE:
        maker = view.actor_at.get(k)
        if maker is not None:
            if maker.how != "demonym" or maker.entity.kind != "state" or maker.entity == user or maker.last >= last:
                break
            words = [t.text for t in view.tokens[maker.last:last]]
            goods = words if load_lexicon().categorise(words)[0] else [*words, view.tokens[end - 1].text]
            if not load_lexicon().categorise(goods)[0]:
                break
            frames.append(Frame(_ENTRY, at, at + 1, (maker.entity,), [(maker.last, last, (user,))], "delivered",
                                maker.first, close))
            if maker.first < 1 or view.lower[maker.first - 1] != "and":
                break
            last = maker.first - 1
            k = maker.first - 2
            continue
        k -= 1
    return frames


def _forces_at(view: SentenceView, k: int):
    """The state whose armed forces stand at token *k*, and the end of their name: "Ethiopian forces", "the
    Somali army", "Kenya's navy"; "Ukrainian crews" or a bare "Ukraine" name no forces."""
    k += k < len(view.tokens) and view.lower[k] == "the"
    actor = view.actor_at.get(k)
    if actor is None or actor.entity.kind != "state":
        return None, k
    j = actor.last + (view.lower[actor.last:actor.last + 1] in (("'s",), ("’s",)))
    close = j
    while close < len(view.tokens) and close - j < 3 and view.lower[close] in _FORCES:
        close += 1
    return (actor.entity, close) if close > j and view.lower[close - 1] in _FORCES - {"air"} else (None, k)


def _owner_before(view: SentenceView, first: int):
    """The state whose possessive stands right before the maker: "Pakistan's Chinese-made fighters"."""
    if first < 2 or view.lower[first - 1] not in ("'s", "’s") or (first - 2) not in view.actor_at:
        return None
    owner = view.actor_at[first - 2]
    return owner.entity if owner.entity.kind == "state" and owner.how != "demonym" else None


def _user_after(view: SentenceView, end: int):
    """"flown by the Indian Air Force", "in service with the Kosovo army", "already in the Kosovo army's inventory"."""
    j = end + (end < len(view.tokens) and view.lower[end] == "already")
    words = view.lower[j:j + 8]
    if len(words) >= 2 and words[0] in USED_BY and words[1] == "by":
        return _state_at(view, j + 2)
    if words[:3] == ("in", "service", "with"):
        return _state_at(view, j + 3)
    if words[:1] == ("in",):
        holding = next((k for k in range(j + 1, min(j + 8, len(view.tokens))) if view.lower[k] in _HOLDINGS), None)
        if holding is not None:
            return next((m.entity for m in view.state_in(j + 1, holding) if m.entity.kind == "state"), None)
    return None


def _user_before(view: SentenceView, first: int):
    """The state that opens the clause of a verb of using just before the compound: "Egypt's air force flies"."""
    verb = next((k for k in range(first - 1, max(-1, first - _VERB_REACH - 1), -1) if view.lower[k] in _USING), None)
    if verb is None or any(view.lower[k] in (",", ";") or view.lower[k] in CLAUSE_END for k in range(verb, first)):
        return None
    states = [m for m in view.state_in(0, verb) if m.entity.kind == "state"]
    start = next((k for k in range(verb - 1, -1, -1) if view.lower[k] in (",", ";") or view.lower[k] in CLAUSE_END), -1)
    states = [m for m in states if m.first > start]
    return states[0].entity if len(states) == 1 else None


def _state_at(view: SentenceView, k: int):
    k += k < len(view.tokens) and view.lower[k] == "the"
    actor = view.actor_at.get(k)
    return actor.entity if actor is not None and actor.entity.kind == "state" else None
