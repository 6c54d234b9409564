"""The subject of a supply verb where the plain clause reading picks the wrong actor or none:

* reported speech without "that": in "Kyiv says Iran has delivered missiles to Russia" the speaker
  before the reporting verb is not the giver; the actor right after it is the verb's subject;
* a count standing for goods named before: in "Germany promised Ukraine 100 tanks. Only 30 have been
  delivered" the subject of the passive is part of the promised goods;
* a relative clause set off by commas between subject and verb: in "South Korea, which says it cannot
  give weapons to Ukraine because of the threat from North Korea, agreed to lend the United States
  shells" the subject of "lend" is South Korea, not an actor inside the relative clause.
"""

from __future__ import annotations

from kg.extract.aid_among import among_members

from kg.extract.aid_quoted import quoted_we
from kg.extract.aid_refusal import barred_after, let_actor, refusal_before_time, stopped_from
from kg.extract.aid_vehicle_subject import vehicle_subject
from kg.extract.speech_verbs import FINITE
from kg.extract.view import SentenceView, unique

# Reporting verbs that take a clause with no "that": "X says Y sent", "X claims Y sent"; also belief and
# suspicion: "X believes Y will supply"
REPORTING = FINITE | frozenset("claim claims believe believes believed suspect suspects suspected".split())
_OPENERS = frozenset("the that".split())
_CLAUSE_BREAKS = frozenset(". ; :".split())


_URGING = frozenset("urge call press ask encourage push implore lobby want".split())


def _urged_others(view: SentenceView, first: int) -> bool:
    """Is the verb at *first* what the subject urges others, named by a common noun, to do ("urged allies to
    send", "called on other partners to provide")?"""
    if first < 3 or view.lower[first - 1] != "to":
        return False
    j = first - 2
    if j in view.actor_at or not view.lower[j].isalpha() or view.tokens[j].text[:1].isupper():
        return False
    j -= 1
    while j > 0 and view.lower[j] in ("its", "their", "the", "other", "fellow", "western", "european", "on", "all",
                                      "foreign", "friendly", "allied", "donor"):
        j -= 1
    return view.lemmas[j] in _URGING


_GERUND_OPENERS = frozenset("before after while by since without besides".split())


def _infinitive_between(view: SentenceView, first: int, last: int) -> bool:
    """Is there an infinitive "to <verb>" between *first* and *last* ("urged actors to stop ... by sending"),
    not a preposition "to" before a name or a noun phrase ("turned to Seoul after donating")?"""
    return any(view.lower[k] == "to" and k + 1 not in view.actor_at and view.tokens[k + 1].text[:1].islower()
               and view.lower[k + 1] not in _DETERMINERS for k in range(first, last - 1))


_DETERMINERS = frozenset("the a an its their his her this that these those other".split())
_OBJECT_ENDS = frozenset("to and for with".split())


def _fronted_gerund_subject(view: SentenceView, first: int):
    """The subject of the main clause after a fronted gerund clause ("After donating 300 tanks to Ukraine,
    Poland bought new ones"): the actor right after the comma that closes the clause, when the gerund's
    object names aid or goods (not "Besides giving the junta one week to ..., the bloc ordered")."""
    from kg.extract.aid_checks import aid_like  # noqa: PLC0415 -- aid_checks sits above this module

    comma = next((k for k in range(first + 1, len(view.tokens)) if view.lower[k] == ","), None)
    if comma is None:
        return (), None
    end = next((k for k in range(first + 1, comma) if view.lower[k] in _OBJECT_ENDS), comma)  # the gerund's object
    if not aid_like(view, first + 1, end):
        return (), None
    mention = view.actor_at.get(comma + 1 + (comma + 1 < len(view.tokens) and view.lower[comma + 1] == "the"))
    if mention is None or mention.how == "demonym" or view.possessive(mention):
        return (), None
    return unique(m.entity for m in view.group(mention)), mention.first


_PLAIN_ADVERBS = frozenset("also now still already then too".split())


def verb_subject(view: SentenceView, first: int):
    """The actors that are the subject of the verb at *first* and the token where they start."""
    if _urged_others(view, first):
        return (), None  # "Lithuania urged allies to send more air defence systems": the allies would give
    if (infinitive := for_to_subject(view, first)) is not None:
        return infinitive  # "clearing the way for the IMF to release a further $188 million"
    if (let := let_actor(view, first)) is not None:
        return unique(m.entity for m in view.group(let)), let.first  # "refused to let Madrid re-export the guns"
    if (barred := stopped_from(view, first) or barred_after(view, first)) is not None:
        return unique(m.entity for m in view.group(barred)), barred.first  # "Bern stopped Spain from sending guns"
    if (antecedent := reported_relative(view, first)) is not None:
        return antecedent  # "Chinese firms that the EU says have shipped drone parts": the firms ship
    if first >= 2 and view.lower[first].endswith("ing") and first - 1 in view.actor_at:
        group = view.group(view.actor_at[first - 1])
        if group[0].first > 0 and view.lower[group[0].first - 1] == "with":
            return unique(m.entity for m in group), group[0].first  # ", with Russia lending 1.3 billion euros"
    verb_at = first
    while verb_at > 2 and (view.lower[verb_at - 1] in _PLAIN_ADVERBS or view.lower[verb_at - 1].endswith("ly")):
        verb_at -= 1  # "and Angola mainly sells crude oil to Brazil"
    if (joined := next((m for m in view.actors if m.last == verb_at and m.first > 1), None)) is not None \
            and view.lower[joined.first - 1] == "and" and joined.how != "demonym" and (
                view.lower[joined.first - 2] == "," or _clause_before_and(view, joined.first - 1)):
        return (joined.entity,), joined.first  # "flour to Afghanistan, and Uzbekistan sends electricity to Kabul"
    donors, subject_at = view.subject(first)
    if not donors and first >= 2 and view.lower[first].endswith("ing") and view.lower[first - 1] in _GERUND_OPENERS:
        donors, subject_at = view.subject(first - 1)  # "Greece waited two days before sending rescue teams"
        if subject_at is not None and _infinitive_between(view, subject_at, first):
            donors, subject_at = (), None  # "urged all outside actors to stop fuelling the war by sending weapons"
    if not donors and first == 1 and view.lower[0] in _GERUND_OPENERS and view.lower[first].endswith("ing"):
        donors, subject_at = _fronted_gerund_subject(view, first)  # "After donating 300 tanks to Ukraine, Poland ..."
    if (intent := _intent_owner(view, first))[0] or (intent := _pledges_from(view, first))[0]:
        return intent  # "Putin confirmed Russia's readiness to keep supplying gas to Slovakia"
    if not donors and (shared := _shared_subject(view, first))[0]:
        return shared  # "has ordered tanks from Seoul since Russia's invasion, and has sent 300 tanks to Kyiv"
    if not donors and (carried := vehicle_subject(view, first))[0]:
        return carried  # "Military planes from Jordan and Egypt parachuted food over Gaza"
    if not donors and (quoted := quoted_we(view, first))[0]:
        return quoted  # '"We have delivered everything we promised," the Czech defence minister said'
    if not donors and (members := among_members(view, first))[0]:
        return members  # "Algeria and Tunisia are among the countries that have sent aid to Libya"
    if not donors:
        return _before_relative(view, first) or (donors, subject_at)
    return reported_subject(view, first, donors, subject_at)


_INTENT_NOUNS = frozenset("readiness willingness decision plan plans offer promise pledge commitment intention "
                          "refusal bid move".split())


def _intent_owner(view: SentenceView, first: int):
    """The owner of "<X>'s readiness/decision/plan to (keep) supply": X gives, whoever speaks of it."""
    j = first - 1
    if j > 0 and view.lemmas[j] in ("keep", "continue", "start", "resume", "begin"):
        j -= 1
    if j < 3 or view.lower[j] != "to" or view.lower[j - 1] not in _INTENT_NOUNS \
            or view.lower[j - 2] not in ("'s", "’s"):
        return (), None
    owner = next((m for m in view.actors if m.last in (j - 2, j - 1)), None)
    if owner is None or owner.entity.kind not in ("state", "organisation"):
        return (), None
    return (owner.entity,), owner.first


def _pledges_from(view: SentenceView, first: int):
    """The givers named after "from" in "<pledges> from X, Y and Z to <verb>": "Pledges from China, Saudi
    Arabia and the United Arab Emirates to roll over their deposits"."""
    found = pledge_noun(view, first)
    if found is None:
        return (), None
    group = found[1]
    return unique(m.entity for m in group if m.entity.kind in ("state", "organisation")), group[0].first


_PROMISE_NOUNS = _INTENT_NOUNS | frozenset("pledges promises offers commitments".split())


def pledge_noun(view: SentenceView, first: int):
    """(the token of "pledges" / "offer" ..., the actors named after its "from") when the supply verb at
    *first* is the infinitive of "<pledges> from X to <verb>"; else None."""
    j = first - 1
    if j < 3 or view.lower[j] != "to":
        return None
    mention = next((m for m in reversed(view.actors) if m.last == j), None)
    if mention is None:
        return None
    group = view.group_ending(mention)
    k = group[0].first - 1 - (view.lower[group[0].first - 1] == "the")
    if k < 1 or view.lower[k] != "from" or view.lower[k - 1] not in _PROMISE_NOUNS:
        return None
    return k - 1, group


def _shared_subject(view: SentenceView, first: int):
    """The first clause's subject for a verb coordinated after ", and" with no subject of its own ("Poland has
    ordered tanks ..., and has sent 300 tanks to Kyiv")."""
    j = first - 1
    while j > 0 and (view.lower[j] in _AUX_BEFORE or view.lower[j].endswith("ly")):
        j -= 1
    if j < 2 or view.lower[j] != "and" or j == first - 1 and not view.lower[first].endswith("ed"):
        return (), None
    if view.lower[j - 1] != "," and (j != first - 1 or view.tokens[first].text != view.lower[first]) \
            and not set(view.lower[j + 1:first]) & (_AUX_BEFORE - {"also"}):
        return (), None  # bare "and" only before a past verb ("had troops in Niger and provided training") or an
        # auxiliary that opens a verb phrase ("has provided $500 million since 2022 and will send more")
    subject, at = view.subject(j - 1)
    if subject:
        return subject, at
    opener = next((m for m in view.actors if m.first < j and not view.in_pp(m) and not view.possessive(m)), None)
    return (unique(m.entity for m in view.group(opener)), opener.first) if opener is not None else ((), None)


def reported_subject(view: SentenceView, first: int, donors, subject_at: int | None):
    """The subject of the verb at *first* when a reporting verb stands between the first actor and the
    verb and another actor opens the reported clause ("Washington says Tehran sent drones", "Kyiv
    claims that the Iranian military delivered ..."); else the subject given."""
    if subject_at is None:
        return donors, subject_at
    say = next((j for j in range(first - 1, subject_at, -1) if view.lower[j] in REPORTING), None)
    if say is None:
        return donors, subject_at
    k = say + 1
    while k < first and view.lower[k] in _OPENERS:
        k += 1
    mention = view.actor_at.get(k)
    if mention is None or view.in_pp(mention):
        return donors, subject_at
    return unique(m.entity for m in view.group(mention) if m.first < first), mention.first


def _before_relative(view: SentenceView, first: int):
    """"X, which ..., agreed to lend": the actor before ", which/who" whose clause closes at the comma
    that opens the verb's own chunk."""
    comma = next((j for j in range(first - 1, -1, -1) if view.lower[j] in (",",) or view.lower[j] in _CLAUSE_BREAKS),
                 None)
    if comma is None or view.lower[comma] != ",":
        return None
    for r in range(comma - 1, 1, -1):
        if view.lower[r] in _CLAUSE_BREAKS:
            return None
        if view.lower[r] in ("which", "who") and view.lower[r - 1] == "," and (r - 2) in view.actor_at:
            mention = view.actor_at[r - 2]
            return (mention.entity,), mention.first
    return None


_COUNT_WORDS = frozenset("only just all some most half the first last rest remainder of them these those few more "
                         "another further have has had will would now so far yet".split())


def counted_subject(view: SentenceView, first: int, last: int) -> bool:
    """Is tokens[first:last] a count of goods named before ("Only 30", "Six of them", "the last four")?"""
    words = view.lower[first:last]
    numbers = [w for w in words if w not in _COUNT_WORDS]
    return bool(words) and len(numbers) <= 1 and all(w[:1].isdigit() or w in _NUMBER_WORDS for w in numbers) \
        and bool(numbers or set(words) & {"rest", "remainder", "half"})


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen twenty thirty forty fifty "
                          "hundred".split())


def for_to_subject(view: SentenceView, first: int):
    """The subject of an infinitive set up by "for": "room for Ukraine's supporters to buy weapons",
    "a plan for Egypt to import gas". Returns (actors, their token) when the "for" phrase names actors,
    ((), None) when it names someone the gazetteers do not know, and None when there is no such phrase."""
    if first < 3 or view.lower[first - 1] != "to":
        return None
    at = next((j for j in range(first - 2, max(-1, first - 8), -1) if view.lower[j] in ("for", ",", ".", ";")), None)
    if at is None or view.lower[at] != "for" or refusal_before_time(view, first - 1) is not None:
        return None  # (not "refused for months to sell": a time phrase)
    actors = [m for m in view.actors_in(at + 1, first - 1) if not view.possessive(m) and m.how != "demonym"]
    if not actors:
        return (), None
    return unique(m.entity for m in actors), actors[0].first


_GERUND_LINKS = frozenset("while whilst besides".split())


def gerund_sharing_subject(view: SentenceView, first: int, frames: list, frame):
    """A gerund after "while" shares the giver of the frame before it: "accused of sending Russia
    weapons while cutting back drone supplies to Ukraine" (the accused cut back, not Russia)."""
    if not frames or first < 2 or not view.lower[first].endswith("ing") or view.lower[first - 1] not in _GERUND_LINKS:
        return frame
    donors = frames[-1].donors
    if not donors:  # the earlier giver is unknown; its getter ("sending Russia weapons") is not this giver
        getters = {r for _, _, rs in frames[-1].segments for r in rs or ()}
        donors = tuple(d for d in frame.donors if d not in getters)
    if set(donors) == set(frame.donors):
        return frame
    return _given_by(frame, donors)


def _given_by(frame, donors):
    """*frame* with *donors* as its givers, who are no longer among its getters."""
    frame.donors = donors
    frame.segments = [(s, e, tuple(r for r in rs if r not in donors) if rs else rs) for s, e, rs in frame.segments]
    return frame


_DEAL_NOUNS = frozenset("agreement agreements deal deals contract contracts accord accords plan plans pact "
                        "memorandum".split())


def deal_sharing_giver(view: SentenceView, first: int, frames: list, frame):
    """The supply verb of "<deal> to <verb>" with no giver of its own is given by whoever approved, signed or
    agreed the deal just before it: "Netanyahu said on Wednesday that he had approved a $35 billion agreement
    to export natural gas to Egypt" (Israel exports)."""
    if frame.donors or not frames or first < 2 or view.lower[first - 1] != "to" or view.lower[first - 2] not in _DEAL_NOUNS:
        return frame
    before = frames[-1]
    if not before.donors or not any(s <= first - 2 < e for s, e, _ in before.segments):
        return frame
    frame = _given_by(frame, before.donors)
    if before.status == "approved":
        frame.status = "approved"  # the export the approved deal is for is contracted (README A3)
    return frame


_BESIDES = (("besides",), ("apart", "from"), ("aside", "from"), ("in", "addition", "to"), ("alongside",))


def besides_opening(view: SentenceView, first: int):
    """An opening "Besides Copenhagen," / "In addition to Japan," names more givers, not the getter:
    returns (where the clause proper starts, the actors named) or (first, ()) when there is none."""
    words = next((w for w in _BESIDES if tuple(view.lower[first:first + len(w)]) == w), None)
    if words is None:
        return first, ()
    comma = next((j for j in range(first + len(words), min(first + 12, len(view.tokens))) if view.lower[j] == ","), None)
    actors = view.actors_in(first + len(words), comma) if comma is not None else []
    if comma is None or not actors:
        return first, ()
    return comma + 1, unique(m.entity for m in actors)


_AUX_BEFORE = frozenset("have has had will would could can may might is are was were been also".split())


def reported_relative(view: SentenceView, first: int):
    """The antecedent of a relative clause with a reporter inside it: in "Chinese firms that the EU says have
    shipped drone parts to Russia" the firms (China) ship, the EU only says so. None when the verb at
    *first* is not in such a clause."""
    j = first - 1
    while j > 0 and (view.lower[j] in _AUX_BEFORE or view.lower[j].endswith("ly")):
        j -= 1
    if j < 3 or view.lower[j] not in REPORTING:
        return None
    reporter = next((view.actor_at[k] for k in range(j - 1, max(-1, j - 4), -1) if k in view.actor_at), None)
    if reporter is None:
        return None
    that = reporter.first - 1 - (view.lower[reporter.first - 1] == "the")
    if that < 1 or view.lower[that] not in ("that", "which", "who"):
        return None
    owner = next((view.actor_at[k] for k in range(that - 1, max(-1, that - 4), -1) if k in view.actor_at), None)
    if owner is None or owner.entity == reporter.entity or not (
            owner.how == "demonym" or owner.last == that or (owner.last == that - 1 and view.lower[that - 1] == ",")):
        return None
    return (owner.entity,), owner.first


def main_subject(view: SentenceView, first: int) -> tuple:
    """The subject of the main clause when a pronoun opens a "that" clause: "Iran said that it had ...", or a
    clause on an accord: "Canberra signed a security agreement with Port Moresby, under which it committed ..."."""
    if (deal := _under_which_it(view, first)) is not None:
        return tuple(r for r in view.subject(deal)[0] if r.kind in ("state", "organisation"))
    j = first - 1
    while j >= 0 and view.lower[j] not in ("that",) and first - j <= 5:
        j -= 1
    if j <= 0 or view.lower[j] != "that" or view.lower[j + 1] not in ("it", "they", "he", "she") \
            and view.lower[j + 1:j + 3] not in (("his", "government"), ("her", "government"), ("his", "country"),
                                                ("her", "country")):
        return ()  # ("The Israeli leader said that his government would send aid")
    subject, _ = view.subject(j)
    if not subject and view.lower[j + 1] in ("he", "she", "his", "her"):
        # "Mirziyoyev told reporters that his country had received ...": the speaker the text ties to a state
        speaker = view.tied_person_before(j)
        subject = (view.person_state_at[speaker],) if speaker is not None else ()
    return subject


_UNDER = frozenset("under by through in".split())


def _under_which_it(view: SentenceView, first: int) -> int | None:
    """The preposition of "under which it <verb>" ("whereby it") before the verb at *first*, if any."""
    j = first - 1
    while j > 0 and (view.lower[j] in _PRONOUN_AUXILIARIES or view.lower[j].endswith("ly")):
        j -= 1
    if j < 2 or view.lower[j] not in ("it", "they"):
        return None
    if view.lower[j - 1] == "whereby":
        return j - 1
    return j - 2 if view.lower[j - 1] == "which" and view.lower[j - 2] in _UNDER else None


def person_pronoun_state(view: SentenceView, first: int) -> tuple:
    """The state of the person named last when "he" or "she" opens the clause of the verb at *first* ("Kenyan
    President William Ruto visited Lilongwe. He pledged maize to Malawi"), if the text ties that person to one."""
    j = first - 1
    while j >= 0 and (view.lower[j] in _PRONOUN_AUXILIARIES or view.lower[j].endswith("ly")):
        j -= 1
    if j < 0 or view.lower[j] not in ("he", "she") or (j > 0 and view.lower[j - 1] not in (",", ";", "and", "but")):
        return ()
    return view.last_person_state if not view.person_state_at else ()


_PRONOUN_AUXILIARIES = frozenset("has had have will would also then later is was".split())


def _clause_before_and(view: SentenceView, at: int) -> bool:
    """Does the "and" at *at* join a new clause to goods rather than a state to states: "sent two field
    hospitals and France sent firefighters" (not "Germany and France sent")?"""
    return at >= 2 and view.lower[at - 1].isalpha() and not any(m.last == at for m in view.actors) \
        and view.tokens[at - 1].text.islower()
