"""The host state a visitor goes to: "visited Russia", "was in Beijing", "travelled to the Emirates" (README M1:
a visit to the host state counts, and its side is the state when no host official is named)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention


def host_word(view: SentenceView, at: int) -> bool:
    """The state named at *at* follows "to", "in", "into" or a form of "visit", over a "the" that belongs to its
    name ("to the United Arab Emirates", "visited the Philippines")."""
    k = _capital_noun_before(view, at - 1)
    if k > 0 and view.lower[k] == "the":
        k -= 1
    return k >= 0 and (view.lower[k] in ("to", "in", "into") or view.lemmas[k] == "visit")


def _capital_noun_before(view: SentenceView, k: int) -> int:
    """Back over "the capital," / "the Nigerien capital" before a capital's name ("travelled to the capital, Niamey"):
    the index of that "the", else *k*."""
    j = k - 1 if k > 0 and view.lower[k] == "," else k
    if j < 1 or view.lower[j] not in ("capital", "capitals"):
        return k
    j -= 1
    if j > 0 and view.lower[j] != "the" and (view.tokens[j].text[:1].isupper() or view.tokens[j].text.islower()):
        j -= 1  # "the Ukrainian capital", "the coastal capital"
    return j if view.lower[j] == "the" else k


def host_place(view: SentenceView, c_first: int, c_last: int, host: Mention, place: EntityRef | None
               ) -> EntityRef | None:
    """The clause's place when it lies in the host state ("flew to the United States for talks in Washington"),
    else None: a city of another state is no place of this visit."""
    if place is None:
        return None
    if place.country == host.entity.key:
        return place
    return place if any(m.how == "capital" and m.entity == host.entity and m.first != host.first
                        for m in view.state_in(c_first, c_last)) else None


def at_home(view: SentenceView, host: Mention, visitor: EntityRef) -> bool:
    """Is the host state the visitor itself, or the visitor's own state as the sentence ties it to him: a
    demonym or possessive a few words before his name ("hosted by Kenyan President William Ruto" in Nairobi,
    "Kenya's president, William Ruto"): a leader at home visits no one."""
    if host.entity == visitor:
        return True
    for m in view.actors:
        if m.entity != visitor:
            continue
        return any(o.entity == host.entity and 0 < m.first - o.last <= 4 and _title_between(view, o, m.first)
                   for o in view.actors)
    return False


_TITLE_WORDS = frozenset("president prime minister leader foreign defence defense king emir crown prince chancellor "
                         "premier , 's ’s".split())


def _title_between(view: SentenceView, owner: Mention, first: int) -> bool:
    """"Kenyan President William Ruto", "Kenya's president, William Ruto": only title words between the state
    and the name (not "Indonesia since Biden")."""
    between = range(owner.last, first)
    if owner.how == "name" and (not between or view.lower[owner.last] not in ("'s", "’s")):
        return False
    return owner.how in ("demonym", "name") and all(
        view.lower[k] in _TITLE_WORDS or view.tokens[k].text[:1].isupper() for k in between)


def visit_host(view: SentenceView, c_first: int, c_last: int, at: int, people: tuple[EntityRef, ...],
               place: EntityRef | None) -> tuple[tuple[EntityRef, ...], EntityRef | None] | None:
    """The sides and place of a visit whose trigger ends at *at*: one visitor ("Hasina paid a state visit to
    India", "Tajani flew to Beijing", "Wang Yi was in Pretoria") meets the host state, placed at its capital
    when the text names the state by it ("for talks in Washington" else); None where the talks that follow
    in the sentence are the meeting ("travelled to Oslo, where he met Store")."""
    if len(people) >= 2 and all(p.kind == "person" for p in people):
        return travellers(view, c_first, c_last, at, people, place), place
    if not (len(people) == 1 and people[0].kind in ("person", "state", "organisation")):
        return people, place
    if (met := _met_on_arrival(view, c_first, c_last, at)) is not None:  # "The leaders of France and Germany
        sides = tuple(dict.fromkeys(m.entity for m in view.state_in(c_first, at) if m.entity.kind == "state"))
        return ((*sides, met), _capital_place(view, at, c_last, place)) if sides else None  # went to Kyiv to meet Zelensky"
    hosts = [m for m in view.state_in(c_first, c_last) if m.entity.kind == "state" and m.how in ("name", "capital")
             and host_word(view, m.first)]  # "visited Russia", "travelled to the Emirates"
    # "said during a visit to a military air base outside Athens": a visit to a site, not to a state named before
    to_site = at + 1 < len(view.lower) and (view.lower[at] in ("a", "an") or view.lower[at] == "to"
                                            and view.lower[at + 1] in ("a", "an"))
    host = next((m for m in hosts if m.first >= at), hosts[0] if hosts and not to_site else None)
    if host is not None and c_last + 1 < len(view.tokens) and view.lower[c_last + 1] == "where" and any(
            m.entity.kind == "person" for m in view.state_in(c_last, len(view.tokens))):
        return None
    if host is not None and not at_home(view, host, people[0]):
        people = (people[0], host.entity)
        place = EntityRef("place", host.text.lower().replace(" ", "-"), host.text) if host.how == "capital" \
            else host_place(view, c_first, c_last, host, place)  # "for talks in Washington"
    return people, place


_MOTION = frozenset("arrive fly travel land head touch".split())
_BEFORE_VERB = frozenset(", have has had will would also later then jointly together".split())


def travellers(view: SentenceView, c_first: int, c_last: int, at: int, people: tuple[EntityRef, ...],
               place: EntityRef | None) -> tuple[EntityRef, ...]:
    """Persons who travel together, all named before the verb ("The U.S. delegation, led by Rubio and Waltz,
    arrived in Jeddah"), are one side: they meet the host state, the state named after the verb or the state
    of the city they went to (M2); *people* else."""
    named = [m for m in view.state_in(c_first, c_last) if m.entity.kind == "person" and not _companion(view, m, at)]
    if not named or any(m.first >= at for m in named):
        return people  # "Lula hosted Milei": a person after the verb is the other side
    verb = next((j for j in range(max(named[-1].last, at - 3), at) if view.lemmas[j] in _MOTION), None)
    if verb is None or any(view.lower[k] not in _BEFORE_VERB for k in range(named[-1].last, verb)):
        return people  # "Biden hosted Ruto for a state visit": only the subjects of a verb of travel are one side
    hosts = [m for m in view.state_in(at, c_last) if m.entity.kind == "state" and m.how in ("name", "capital")
             and host_word(view, m.first)]
    if hosts:
        host = hosts[0]
    elif place is not None and place.country and place.key != "virtual":
        from kg.extract.gazetteer import load_gazetteer
        host = Mention(0, 0, "", 0, 0, 0, load_gazetteer().state(place.country).ref, "place")
    else:
        return people
    if any(at_home(view, host, p) for p in people):
        return people
    return (*people, host.entity)


_MEETS = frozenset("meet meeting with".split())


def _companion(view: SentenceView, m: Mention, at: int) -> bool:
    """A person who travels with the subject: named after "with" right after the destination of a verb of travel
    ending at *at* ("travelled to Manila with Defense Minister Minoru Kihara"), title words only between."""
    if m.first < at:
        return False
    w = next((j for j in range(m.first - 1, max(at - 1, m.first - 6), -1) if view.lower[j] == "with"), None)
    if w is None or w == 0 or any(not view.tokens[j].text[:1].isupper() for j in range(w + 1, m.first)):
        return False
    before = view.actor_at.get(w - 1)
    return before is not None and before.entity.kind == "state" and before.how in ("name", "capital") \
        and any(view.lemmas[j] in _MOTION for j in range(max(0, at - 3), at))


def _met_on_arrival(view: SentenceView, c_first: int, c_last: int, at: int) -> EntityRef | None:
    """The person the travellers meet, named only after the visit's trigger ending at *at* ("travelled to Kyiv
    to meet President Zelensky", "flew to Ankara for talks with Erdogan"), where no person is named before
    it; None else."""
    if any(m.entity.kind == "person" for m in view.state_in(c_first, at)):
        return None
    met = next((m for m in view.state_in(at, c_last) if m.entity.kind == "person"), None)
    if met is None or not any(view.lemmas[j] in _MEETS or view.lower[j] in _MEETS
                              for j in range(max(at, met.first - 5), met.first)):
        return None
    return met.entity


def _capital_place(view: SentenceView, at: int, c_last: int, place: EntityRef | None) -> EntityRef | None:
    """The capital the travellers went to, named right after the trigger ending at *at* ("travelled to Kyiv"),
    else *place*."""
    host = next((m for m in view.state_in(at, c_last) if m.how == "capital" and host_word(view, m.first)), None)
    return EntityRef("place", host.text.lower().replace(" ", "-"), host.text) if host is not None else place
