"""Whether a phrase after the item names who gets it: aid dropped "over" a place goes to its state,
troops sent "into" a state invade it, and support "to France's bid" backs a cause, not a getter."""

from __future__ import annotations

from kg.extract.view import SentenceView

# what is built or financed "in" a city is the city's state's: "financing the metro in Dhaka"
BUILD = frozenset("build construct finance fund upgrade modernise modernize rebuild".split())
INVADING = frozenset("troops soldiers forces army armies units tanks".split())
# words before a getter that describe it: "supplying the paramilitary Rapid Support Forces with drones"
OBJECT_LEADS = frozenset("the paramilitary rebel militant islamist separatist armed".split())
_CAUSES = frozenset("bid bids candidacy candidature plan plans proposal proposals call calls position stance "
                    "initiative campaign claim claims demand demands application".split())


def dropped_over(view: SentenceView, j: int, end: int) -> bool:
    """Is the place after "over" (*j*) one the aid was dropped on? Only a place mention that the city
    reading turned into its state qualifies (the drop verb is checked there): "over Gaza", not "over Iraq"."""
    return any(x in view.actor_at and view.actor_at[x].how == "city" for x in range(j + 1, min(j + 4, end)))


NEARBY = frozenset("near around off".split())
_PATROLS = INVADING | frozenset("warplanes warships bombers fighters jets aircraft planes vessels ships navy".split())


def patrolled(view: SentenceView, start: int, j: int) -> bool:
    """Are military craft or troops sent "near", "around" or "off" a place (*j*): a show of force, not
    a supply ("sends warplanes near the island", "sailed warships off the coast")?"""
    return bool(_PATROLS & set(view.lower[start:j]))


_REGIONS = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                     "southwestern north south east west rural coastal".split())


def _place_at(view: SentenceView, j: int, end: int) -> int:
    """The token after "in" at *j*, past "the" and a region word ("in western Kazakhstan", "in the north of")."""
    k = j + 1 + (j + 1 < end and view.lower[j + 1] == "the")
    return k + 1 if k + 1 < end and view.lower[k] in _REGIONS else k


def built_in(view: SentenceView, j: int, end: int) -> bool:
    """Is the city or capital after "in" (*j*) where a giver builds or finances something: "financing the
    metro in Dhaka", "built a stadium in Colombo" (not "talks held in Geneva")?"""
    k = _place_at(view, j, end)
    return k in view.actor_at and (view.actor_at[k].how in ("city", "capital") or view.actor_at[k].entity.kind == "state"
                                   and view.actor_at[k].how != "demonym") \
        and any(lemma in BUILD for lemma in view.lemmas[:j])


# what money is "for" and done "in" a state is given to that state: "pledged $100 million for quake relief
# in Turkey", "20 million euros for reconstruction in Ukraine"
_WORK_DONE_IN = frozenset("relief reconstruction rebuilding recovery projects project development programmes "
                          "programs operations efforts response".split())


def work_done_in(view: SentenceView, j: int, start: int, end: int) -> bool:
    """Is the actor after "in" (*j*) where the item's purpose is carried out ("for quake relief in Turkey"),
    with "for" before the purpose noun inside the item span *start*..*j*?"""
    k = _place_at(view, j, end)
    return j > start and view.lower[j - 1] in _WORK_DONE_IN and k < end and k in view.actor_at \
        and view.actor_at[k].entity.kind == "state" and "for" in view.lower[max(start, j - 5):j - 1]


def backs_a_cause(view: SentenceView, mention) -> bool:
    """Is the actor the owner of a cause, not a getter: "support to France's bid", "backing for Kenya's plan"?"""
    k = mention.last + (view.lower[mention.last:mention.last + 1] in (("'s",), ("’s",)))
    while k < len(view.tokens) and view.lower[k] in ("membership", "peace", "own", "latest", "new"):
        k += 1
    return view.possessive(mention) and k < len(view.tokens) and view.lower[k] in _CAUSES


def with_clause(view: SentenceView, j: int) -> bool:
    """Does "with" at *j* open a clause with its own subject and verb ("with Russia lending 1.3 billion
    euros") or name a neighbour ("at the border with Colombia"), not a getter ("agreed a loan with the IMF")?"""
    if j > 0 and view.lower[j - 1] in ("border", "borders", "frontier"):
        return True
    k = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] == "the")
    if k not in view.actor_at:
        return False
    end = view.group(view.actor_at[k])[-1].last
    return end < len(view.tokens) and view.lower[end].endswith("ing") and view.lower[end].isalpha() \
        and view.lower[end] not in ("including", "regarding", "concerning")


_OWN = frozenset("own northern southern eastern western central coastal remote domestic".split())
_PARTS = frozenset("region regions province provinces city cities town towns territory population people "
                   "citizens households homes consumers industry industries factories grid plants market".split())


def own_parts(view: SentenceView, at: int) -> bool:
    """After "to its", does the phrase at *at* name the giver's own land or people ("to its own northern
    provinces"), not another state described ("to its neighbour")?"""
    words = view.lower[at:at + 4]
    return bool(words) and (words[0] in _OWN or any(w in _PARTS for w in words))


ORGANS = frozenset("government army military navy police forces authorities treasury".split())
# what opens a second object after the getter: "gave the army $60 million", "sent Iran more drones"
SECOND_OBJECT = frozenset("$ € £ a an more some another additional new further".split())


def state_organ(view: SentenceView, k: int, donors):
    """"the Lebanese army", "Lebanon's government" at *k* as the first of two objects (a sum, goods or
    "with" follows): the state gets, and where its second object starts."""
    mention = view.actor_at.get(k)
    if mention is None or mention.entity in donors or mention.entity.kind != "state" \
            or not (mention.how == "demonym" or view.possessive(mention)):
        return None
    end = mention.last + (view.lower[mention.last:mention.last + 1] in (("'s",), ("’s",)))
    end += end < len(view.tokens) and view.lower[end] == "armed"  # "the Lebanese armed forces"
    if end + 1 < len(view.tokens) and view.lower[end] in ORGANS:
        nxt = end + 1
    elif (nxt := leader_named(view, end)) is None:
        return None
    if view.lower[nxt] == "with":
        return (mention.entity,), nxt + 1
    if view.lower[nxt][:1].isdigit() or view.lower[nxt] in SECOND_OBJECT:
        return (mention.entity,), nxt
    return None


# a state's leader given something in person: "gave North Korean leader Kim Jong Un a limousine"
_LEADERS = frozenset("leader president premier chancellor king emir sultan counterpart".split())


def leader_named(view: SentenceView, at: int) -> int | None:
    """Where the name after a leader's title at *at* ends ("leader Kim Jong Un", "President Ruto"), or
    None when no title is there."""
    title = at + (view.lower[at:at + 2] in (("prime", "minister"), ("crown", "prince")))
    if title >= len(view.tokens) or view.lower[title] not in _LEADERS and title == at:
        return None
    k = title + 1
    while k < len(view.tokens) and k - title <= 4 and view.tokens[k].text[:1].isupper():
        k += 1  # the leader's name
    return k if k < len(view.tokens) else None


def owned_organ(view: SentenceView, j: int, donors) -> tuple:
    """"to its army", "to their governments" after "to" at *j*: the state named last before, not the giver,
    owns the organ and gets ("France had troops in Niger and provided training to its army")."""
    if view.lower[j + 1:j + 2] not in (("its",), ("their",)) or j + 2 >= len(view.tokens) \
            or view.lower[j + 2 + (view.lower[j + 2] == "armed")] not in ORGANS:
        return ()
    owner = next((m for m in reversed(view.actors) if m.last <= j and m.entity.kind == "state"
                  and m.entity not in donors), None)
    return (owner.entity,) if owner is not None else ()


# what a measure is taken "over": its reason ("suspended aid to Niger over the coup", "over deals it struck with China")
_REASONS = frozenset("deal deals agreement agreements pact pacts concern concerns row rows dispute disputes support ties "
                     "links coup coups abuses violations allegations accusations claims failure refusal role treatment "
                     "crackdown corruption arrest arrests killing killings invasion war conduct policy policies decision "
                     "decisions plans plan actions involvement backing".split())
_REASON_LEADS = frozenset("its their his her the a an alleged reported recent ongoing human rights".split())


def reason_over(view: SentenceView, at: int) -> bool:
    """Does "over" at *at* open the reason of a measure ("over its support for the M23", "over deals the Pacific
    nation struck with China"), not an amount, a time or a place ("over five years", "over the border")?"""
    k = at + 1
    while k < len(view.tokens) and k - at <= 3 and view.lower[k] in _REASON_LEADS:
        k += 1
    return k < len(view.tokens) and view.lower[k] in _REASONS


# a joint effort that goods are given "to", carried out in a place: "contributed two planes to the airdrops over
# Gaza", "$5 million to the relief effort in Turkey"
_EFFORTS = frozenset("effort efforts operation operations airdrop airdrops airlift airlifts mission missions campaign "
                     "response relief reconstruction".split())


def effort_place(view: SentenceView, j: int, end: int):
    """The state mention (a state or a city read as its state) where the effort named after "to" at *j* is carried
    out, if that is what follows: "to the (international) relief effort in Turkey" -> Turkey."""
    k = j + 1 + (j + 1 < end and view.lower[j + 1] == "the")
    for noun in range(k, min(k + 4, end - 1)):
        if view.lower[noun] in _EFFORTS and view.lower[noun + 1] in ("in", "over", "for", "to"):
            place = noun + 2 + (noun + 2 < end and view.lower[noun + 2] == "the")
            found = view.actor_at.get(place)
            return found if found is not None and found.entity.kind == "state" and found.how != "demonym" else None
        if noun in view.actor_at or not view.lower[noun].isalpha():
            return None
    return None
