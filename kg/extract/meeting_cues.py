"""Cues of meetings: which trigger words are meetings ("spoke to X", not "spoke to Bloomberg"), who is no
participant (the reporter of ", he said", the body in a person's title), hosts of a visit, and the summit
of heads of state or government (README M1-M3)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import needs
from kg.extract.meeting_addressed import audience
from kg.extract.meeting_call_on import called_on, welcomed_by
from kg.extract.meeting_rolls import listed_heads
from kg.extract.meeting_senses import other_sense
from kg.extract.meeting_hosts import host_word
from kg.extract.meeting_receive import received_someone
from kg.extract.meeting_travel import expected_traveller, visit_denied
from kg.extract.meeting_trips import next_stop
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import EntityRef, Meeting, Mention


_IN_PERSON = frozenset(("talks", "visit", "conference"))


def summit(meeting: Meeting, heads: frozenset[EntityRef]) -> Meeting:
    """M3: heads of state or government meeting in person hold a summit, whatever the text calls it, also where
    ministers sit in with two of them."""
    people = meeting.participants
    if meeting.kind in _IN_PERSON and len(people) >= 2 and sum(p in heads for p in people) >= 2:
        return replace(meeting, kind="summit")  # "The king held talks with Trump and Rubio": two heads met
    # "talks between President Putin and his Uzbek counterpart, Shavkat Mirziyoyev": a head's counterpart is one
    if meeting.kind in _IN_PERSON and len(people) == 2 and all(p.kind == "person" for p in people) \
            and any(p in heads for p in people) and "counterpart" in meeting.evidence.quote.lower():
        return replace(meeting, kind="summit")
    return meeting


_SPOKE_AFTER = frozenset("on by , . for late early again twice last this yesterday today overnight briefly".split())
_SPOKE_BEFORE = frozenset("had have has also later then".split())
_SPOKE = frozenset(("spoke", "spoken", "talked"))  # the verbs _pair_spoke reads


def _pair_spoke(view: SentenceView, j: int) -> bool:
    """"Macron and Zelensky spoke on Saturday": two persons joined by "and" right before "spoke", and a time
    phrase or the end after it (not "spoke at a rally", "spoke to reporters")."""
    if view.lower[j] not in ("spoke", "spoken", "talked") or j + 1 >= len(view.tokens) \
            or view.lower[j + 1] not in _SPOKE_AFTER:
        return False
    k = j - 1
    while k >= 0 and view.lower[k] in _SPOKE_BEFORE:
        k -= 1
    if k < 0 or k not in view.actor_at or view.actor_at[k].entity.kind != "person":
        return False
    second = view.actor_at[k]
    first = next((m for m in view.actors if m.entity.kind == "person" and m.last <= second.first
                  and "and" in view.lower[m.last:second.first] and "," not in view.lower[m.last:second.first]
                  and second.first - m.last <= 5), None)
    return first is not None and first.entity != second.entity


@needs(lambda: _SPOKE | {"speak"}, nothing=[])  # "spoke", "talked", a form of "speak"
def spoke_with(view: SentenceView) -> list[tuple[int, int, str]]:
    """"had spoken on Monday with Cameron": a time phrase between "spoke" and "with" (a call); and "Macron and
    Zelensky spoke on Saturday" (:func:`_pair_spoke`)."""
    found = [(j, j + 1, "call") for j, word in enumerate(view.lower) if word in _SPOKE and _pair_spoke(view, j)]
    for j, lemma in enumerate(view.lemmas):
        if lemma != "speak" or view.lower[j] == "speaking" or (j + 1 < len(view.tokens) and view.lower[j + 1] in (
                "with", "to", "by")):
            continue  # the adjacent forms are in the trigger table
        for k in range(j + 2, min(j + 6, len(view.tokens) - 1)):
            if view.lower[k] in (",", ".", ";", "that", "about"):
                break
            if view.lower[k] in ("with", "to"):
                x = k + 1 + (view.lower[k + 1] in ("the", "his", "her"))
                while x < min(k + 5, len(view.tokens)) and x not in view.actor_at and view.tokens[x].text[:1].isupper():
                    x += 1  # "with Prime Minister Kofi Asante"
                if x in view.actor_at:
                    found.append((j, k + 1, "call"))
                break
    return found


_TARGETS = frozenset("concerns demands needs requirements conditions target targets expectations criteria deadline "
                      "deadlines obligations standards goals goal costs demand challenges challenge commitments "
                      "commitment payments payment shortfall threats threat".split())
_OBJECT_ENDS = frozenset("with to , . ; in on at for from during after before who which that".split())


def met_target(view: SentenceView, last: int) -> bool:
    """"meet the country's pressing political and security challenges", "to meet the deadline": the object of
    "meet" (up to the first preposition, comma or actor that is a side) is a need or target, no one met."""
    for j in range(last, min(last + 8, len(view.tokens))):
        if view.lower[j] in _OBJECT_ENDS or (j in view.actor_at and view.actor_at[j].entity.kind == "person"):
            return False
        if view.lower[j] == "and" and j + 1 < len(view.tokens) and (
                view.lower[j + 1].endswith("ed") or view.lower[j + 1] in ("the", "a", "an", "then", "he", "she")):
            return False  # "met officials and discussed the challenges": a second clause
        if view.lower[j] in _TARGETS:
            return True
    return False


_CONFER = frozenset("speak talk meet hold confer converse join".split())


def meeting_hit(view: SentenceView, hit: tuple[int, int, str]) -> bool:
    """Leave out "calling X a Y", "a press conference" and "spoke to Bloomberg TV"."""
    first, last, _ = hit
    word = view.lower[first]
    if other_sense(view, first, last):
        return False  # "the television host X", "was in force", "told Arab News by telephone"
    if view.lower[last - 1] in ("link", "videolink") or (word in ("by", "via") and view.lower[last - 1] == "video"):
        # "spoke by video link", "held a video link", not "opened a runway by video link" or "addressed it by video"
        return any(view.lemmas[j] in _CONFER for j in range(max(0, first - 4), first))
    if view.lower[first] == "called" and last - first == 2 and view.lower[first + 1] == "on":
        return called_on(view, first, last)  # "called on President Murmu", not "called on Kishida to ..."
    if word == "rang":
        return rang(view, last)  # "Trump rang Putin on Tuesday", not "rang alarm bells"
    if word in ("call", "calls") and last - first == 1 and last < len(view.tokens) and view.lower[last] == "for":
        return False  # "repeated her call for more funding": an appeal, not a phone call
    if word in ("call", "called", "calls", "calling") and last - first == 1 and (
            first == 0 or view.lower[first - 1] not in ("a", "the", "their", "his", "her", "phone", "joint")):
        return word == "called" and rang(view, last)  # "Sikorski called his Ukrainian counterpart Dmytro Kuleba"
    if word in ("conference", "briefing") and first > 0 and view.lower[first - 1] in ("press", "news"):
        return False
    if word == "joint" and view.lower[last - 1] == "conference":  # "X and Y told a joint news conference": they met;
        persons = [m for m in view.actors if m.entity.kind == "person" and m.last <= first]  # one speaker: told before
        return any(a.last <= k < b.first and view.lower[k] == "and" for a in persons for b in persons
                   for k in range(a.last, min(b.first, a.last + 8)))
    if word == "jointly":  # "Modi and King Jigme jointly inaugurated a plant": two persons at one ceremony, not
        return len({m.entity for m in view.actors if m.entity.kind == "person" and m.last <= first}) >= 2  # two states
    if word == "expected" and not expected_traveller(view, first):
        return False  # "a decision is expected in Washington": no traveller
    if view.lemmas[first] in ("trip", "visit", "tour") and visit_denied(view, last):
        return False  # "a trip to Israel was not planned"
    if word in ("conference", "forum") and audience(view, first):
        return False  # "the minister told a business forum": the audience of a speech
    if any(w in ("not", "n't", "never") for w in view.lower[max(0, first - 3):first]):
        return False  # M1: "did not meet", "never spoke with": no meeting took place
    if any(lemma in ("refuse", "decline", "reject") for lemma in view.lemmas[max(0, first - 3):first]):
        return False  # "has refused to negotiate with Moscow", "declined to meet him"
    if _not_attending(view, first):
        return False  # "is not expected to attend the G20 summit"
    if cancelled(view, first):
        return False  # M1: "cancelled a planned meeting", "called off his visit": not held
    if word in ("session", "sessions") and "council" not in view.lower[max(0, first - 6):last + 6]:
        return False  # M3: a session of a council, not "a joint session of Congress"
    if view.lemmas[first] == "host" and last - first == 1 and not _hosts_someone(view, last):
        return False  # "Poland has hosted a million refugees", "hosts a US base": no one met
    if view.lemmas[first] == "receive" and last - first == 1:
        return received_someone(view, last)  # "received Wang Yi", not "received a licence"
    if view.lemmas[first] == "welcome":
        return person_follows(view, last) or welcomed_by(view, first, last)  # "welcomed Kim to ...", "was welcomed
        # at the airport by Goyal", not "welcomed the decision"
    if view.lemmas[first] == "greet":  # "greeted Orban", "was greeted at the airport by Vucic", not "greeted the news"
        return person_follows(view, last) or "by" in view.lower[last:last + 6]
    if view.lemmas[first] == "meet" and met_target(view, last):
        return False  # "did not meet Russia's concerns", "to meet the deadline": no meeting
    if (view.lemmas[first] == "speak" or view.lower[first] in ("talk", "talked", "talking")) and last - first == 2:
        # "spoke to X", "talked with X": X must be someone who talks back
        k = last if view.lower[last:last + 1] != ["the"] else last + 1
        return k in view.actor_at and (view.actor_at[k].entity.kind in ("person", "state")
                                       or members_of(view, view.actor_at[k]))  # "spoke to EU leaders"
    return True


_MEMBERS = frozenset("leaders ministers heads officials counterparts envoys".split())


def members_of(view: SentenceView, body: Mention) -> bool:
    """The body at *body* names its members right after it ("EU leaders", "NATO foreign ministers"): people one
    can talk to, not the body as a topic or recipient."""
    return any(view.lower[j] in _MEMBERS for j in range(body.last, min(body.last + 2, len(view.tokens))))


_NOT_RUNG = frozenset("a an the his her their its our out up \" ' “ ‘ as".split())


def rang(view: SentenceView, k: int) -> bool:
    """"called his Ukrainian counterpart Dmytro Kuleba on Sunday", "called Xi": a person right after "called"
    (a title, "his counterpart" or a demonym may come first) and no complement after the name ("called Putin a
    war criminal", "called Xi's remarks ...")."""
    j = k
    while j < len(view.tokens) and j - k < 6 and j not in view.actor_at and (
            view.lower[j] in _BEFORE_NAME or view.tokens[j].text[:1].isupper()):
        j += 1
    while j < len(view.tokens) and j in view.actor_at and view.actor_at[j].entity.kind != "person":
        j = view.actor_at[j].last  # "his Ukrainian counterpart": a demonym
        while j < len(view.tokens) and j - k < 8 and j not in view.actor_at and (
                view.lower[j] in _BEFORE_NAME or view.tokens[j].text[:1].isupper()):
            j += 1  # "Prime Minister", "counterpart"
    if j >= len(view.tokens) or j not in view.actor_at or view.actor_at[j].entity.kind != "person":
        return False
    after = view.actor_at[j].last
    return after >= len(view.tokens) or (view.lower[after] not in _NOT_RUNG and view.tokens[after].text not in ("'s", "’s"))


_GUESTS = frozenset("talks summit meeting meetings conference delegation delegations leaders ministers counterpart "
                    "counterparts gathering forum session visit visitors guests officials envoys him her them "
                    "dinner lunch banquet ceremony round".split())


def _hosts_someone(view: SentenceView, k: int) -> bool:
    """What "hosted" takes at *k*: a person, state or body, or a gathering or guests ("hosted talks", "hosted his
    counterpart", "was hosted by Erdogan"); not "hosted a million refugees", "hosts a naval base"."""
    return any(j in view.actor_at and (view.actor_at[j].how != "demonym" or delegation(view, view.actor_at[j]))
               or view.lower[j] in _GUESTS or view.lower[j] in _DELEGATES | _HOLDERS
               for j in range(k, min(k + 6, len(view.tokens)))) or k >= len(view.tokens) \
        or view.lower[k] in (".", ",", "by")


_ATTEND = frozenset("attend join go travel".split())


def _not_attending(view: SentenceView, first: int) -> bool:
    """A negated verb of attending governs the event noun ("will not attend the summit", "is not expected to
    travel to the summit"), within its clause."""
    for j in range(first - 1, max(-1, first - 8), -1):
        if view.lower[j] in (",", ";", ".", "and", "but", "or"):
            return False
        if view.lemmas[j] in _ATTEND:
            return any(w in ("not", "n't", "never") for w in view.lower[max(0, j - 4):j])
    return False


_CANCEL = frozenset("cancel cancelled canceled scrap scrapped axe axed postpone postponed".split())


_SUBORDINATE = frozenset("after before because as while since when although though but which that".split())


def _called_off_after(view: SentenceView, first: int) -> bool:
    """"The meeting between Xi and Biden was cancelled", "talks ... have been called off": a passive of cancelling
    after the meeting noun, in its clause."""
    n = len(view.tokens)
    for j in range(first + 1, min(first + 14, n - 1)):
        if view.lower[j] in (",", ";", ".", ":") or view.lower[j] in _SUBORDINATE:
            return False  # "met Biden after a planned summit was cancelled": the other meeting
        nxt = j + 1
        if view.lower[j] in ("was", "were", "been", "be") and (view.lower[nxt] in _CANCEL or view.lemmas[nxt] in _CANCEL or (
                view.lemmas[nxt] == "call" and nxt + 1 < n and view.lower[nxt + 1] == "off")):
            return True
    return False


def cancelled(view: SentenceView, first: int) -> bool:
    """A verb of cancelling just before the meeting noun: "cancelled a planned meeting", "called off a visit";
    or a passive one after it: "the meeting between Xi and Biden was cancelled"."""
    if _called_off_after(view, first):
        return True
    for j in range(first - 1, max(-1, first - 5), -1):
        if view.lower[j] in (",", ";", "and", "but") or j in view.actor_at:
            return False  # "cancelled the deal, and met ...", "scrapped tariffs on China and met"
        if view.lemmas[j] in _CANCEL or view.lower[j] in _CANCEL or (
                view.lemmas[j] == "call" and j + 1 < first and view.lower[j + 1] == "off"):
            return True
    return False


_OWNED = frozenset("meeting meetings talks visit trip call conversation summit".split())


def owner(view: SentenceView, mention: Mention) -> bool:
    """"Putin's meeting with Modi", "Sybiha's talks with Sikorski", "Modi's visit to Moscow": the possessor of a
    meeting noun takes part in it (one modifier may come between: "Modi's first visit", or a hyphened one:
    "Ruto's three-day visit", "his two-day state visit")."""
    k = mention.last + 1
    reach = 2 + 3 * sum(view.lower[j] == "-" for j in range(k, min(k + 5, len(view.tokens))))
    return view.possessive(mention) and any(view.lower[j] in _OWNED for j in range(k, min(k + reach, len(view.tokens))))


_BEFORE_NAME = frozenset("by his her their its the counterpart counterparts , leader president".split())


def person_follows(view: SentenceView, k: int) -> bool:
    """A person is named right after *k* ("by his Chinese counterpart, Xi Jinping"; "North Korean leader Kim")."""
    for j in range(k, min(k + 8, len(view.tokens))):
        if j in view.actor_at:
            if view.actor_at[j].entity.kind == "person":
                return True
            continue  # a demonym: "North Korean leader ..."
        if view.tokens[j].text[:1].islower() and view.lower[j] not in _BEFORE_NAME or view.lower[j] in (".", ";"):
            return False
    return False


def attribution(view: SentenceView, mention: Mention) -> bool:
    """"..., Nigerian President Bola Tinubu said.": the person who reports a meeting is no participant
    (but "Katz said he had spoken with Cameron" keeps Katz, through the pronoun); nor is the source of
    "..., according to the Ukrainian president"."""
    # "according to the foreign minister, Peter Szijjarto" (an appositive), not "according to Reuters, Putin met"
    appositive = mention.first > 1 and view.lower[mention.first - 1] == "," and view.tokens[mention.first - 2].text.islower() \
        and (mention.last >= len(view.tokens) or view.lower[mention.last] in (",", ".", ";"))
    if any(view.lower[k] == "according" and view.lower[k + 1] == "to" and (
            "," not in view.lower[k:mention.first - 1] and (appositive or view.lower[mention.first - 1] != ","))
           for k in range(max(0, mention.first - 8), mention.first - 1)):
        return True
    if mention.last >= len(view.tokens) or view.lower[mention.last] not in SAID_SAYS:
        return False
    after = view.lower[mention.last + 1:]
    if any(w in ("that", "he", "she", "they", "it") for w in after[:2]):
        return False
    comma = next((j for j in range(mention.first - 1, max(-1, mention.first - 6), -1) if view.lower[j] == ","), None)
    if comma is not None and view.lower[0] in _FRAME_OPENERS and "," not in view.lower[:comma]:
        return False  # "In a phone call with Ruto, Starmer said ...": a fronted frame, no statement before the comma
    return comma is not None and len(after) <= 6


_FRAME_OPENERS = frozenset("at after following during in speaking".split())


# nouns whose "of <person>" tells the person's fate or rule, not a side of the meeting
_FATE = frozenset("fall ouster overthrow toppling death killing assassination arrest removal resignation regime "
                  "rule era government administration election inauguration".split())


def not_a_side(view: SentenceView, mention: Mention) -> bool:
    """A person named in a meeting's clause who takes no part in it: its reporter (:func:`attribution`), the
    person of "after the fall of Bashar al-Assad", "the government of Viktor Orban", or of what befell him
    ("after Bashar al-Assad was toppled")."""
    if attribution(view, mention):
        return True
    if mention.last < len(view.tokens) and view.lower[mention.last] in _REGIMES:
        return True  # "the Biden administration had urged New Delhi": the government, not the person
    k = mention.first - 1
    while k >= 0 and view.tokens[k].text[:1].isupper() and k in view.actor_at:
        k -= 1  # a title inside the mention's span
    if k >= 1 and view.lower[k] == "of" and view.lower[k - 1] in _FATE:
        return True
    t = mention.first - 1
    while t > 0 and mention.first - t <= 4 and (view.tokens[t].text[:1].isupper() or view.lower[t] == "-"):
        t -= 1  # "in place of President Masoud Pezeshkian": back over the title
    if t >= 1 and view.lower[t] == "of" and view.lower[t - 1] in ("place", "instead", "behalf"):
        return True  # the one who stayed away, or the one spoken for
    if t >= 1 and view.lower[t] == "of" and view.lower[t - 1] in _KIN:
        return True  # "Khaled, the eldest son of UAE President Mohamed bin Zayed,": named to say who Khaled is
    j = mention.last  # "after Bashar al-Assad was toppled in December": what befell him, no meeting
    if j < len(view.tokens) and view.lower[j] in ("was", "were", "had", "has"):
        j += 2 if j + 1 < len(view.tokens) and view.lower[j + 1] == "been" else 1
    return mention.last < j < len(view.tokens) and view.lower[j] in _BEFELL


_KIN = frozenset("son sons daughter daughters wife husband brother sister widow father mother nephew niece cousin "
                 "grandson granddaughter".split())
_REGIMES = frozenset("administration administrations government regime camp".split())
_BEFELL = frozenset("toppled ousted overthrown deposed killed assassinated arrested removed impeached jailed "
                    "detained exiled elected sworn inaugurated".split())


_VIDEO_NOUNS = frozenset("call calls link links conference conferences summit meeting talks chat -".split())


def verb_call(view: SentenceView, j: int) -> bool:
    """"did not call on her", "to call for a ceasefire": the verb, not a phone call; nor is "a courtesy call" (a visit)
    or "virtually" away from a verb of meeting."""
    if view.lower[j] in ("call", "calls") and j > 0 and view.lower[j - 1] == "courtesy":
        return True
    if view.lower[j] == "called":  # "called his counterpart Kuleba" is a call, "what he called a success" is not
        return not rang(view, j + 1)
    if view.lower[j] == "virtually":  # "met virtually" is a video link, "virtually every leader" is not
        return not (j > 0 and view.lemmas[j - 1] in ("meet", "hold", "talk", "speak", "attend", "join"))
    if view.lower[j] == "video":  # "by video", "a video call", not "confronted him with a video" (a film shown)
        return not (j > 0 and view.lower[j - 1] in ("by", "via", "over", "on")
                    or j + 1 < len(view.tokens) and view.lower[j + 1] in _VIDEO_NOUNS)
    return view.lower[j] in ("call", "calls", "called") and (
        (j > 0 and view.lower[j - 1] in ("not", "n't", "to", "will", "would", "did", "and", "also"))
        or (j + 1 < len(view.tokens) and view.lower[j + 1] in ("on", "for", "off", "it", "him", "her", "them")
            and not _on_a_day(view, j + 1)))


_DAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())


def _on_a_day(view: SentenceView, j: int) -> bool:
    """"held a call on Friday", "a phone call on May 3": "on" opens the call's day, no verb "call on"."""
    return view.lower[j] == "on" and j + 1 < len(view.tokens) and (
        view.lower[j + 1] in _DAYS or view.lower[j + 1].isdigit())


def more_hosts(view: SentenceView, meeting: Meeting, clause: tuple[int, int]) -> list[Meeting]:
    """"after visits to China and Belarus": the visitor meets each host the text joins to the first."""
    visitor, host = meeting.participants[0], meeting.participants[-1]
    named = [m for m in view.state_in(*clause) if m.entity == host] if host.kind == "state" else []
    # the host's name the trip goes to ("during a visit to Hanoi"), not the same state named as a subject before
    # ("Vietnam and Indonesia elevated ties during a visit to Hanoi": Indonesia is no next stop)
    at = next((m.last for m in named if host_word(view, m.first)), named[0].last if named else None)
    more = []
    end = next((j for j in range(clause[1], len(view.tokens)) if view.lower[j] in (".", ";")), len(view.tokens))
    while at is not None and at + 1 < end and (
            (stop := next_stop(view, at, end)) is not None or view.lower[at] in ("and", ",") and at + 1 in view.actor_at
            and at + 1 < clause[1] and (stop := at + 1)):
        nxt = view.actor_at[stop]
        if nxt.entity.kind != "state" or nxt.how not in ("name", "capital"):
            break
        city = nxt.text if nxt.how == "capital" else None  # "travelled to Kigali and Kinshasa": the second capital
        place = EntityRef("place", city.lower().replace(" ", "-"), city) if city else None
        more.append(replace(meeting, participants=(visitor, nxt.entity), place=place))
        at = nxt.last
    return more


_AFTER_MEETING = frozenset("after following".split())
_MEETING_WORDS = frozenset("talks meeting meetings met discussions consultations call".split())


def said_by(view: SentenceView, j: int) -> bool:
    """", he said.": the pronoun of an attribution names the reporter, no participant -- unless the speech verb
    goes on to the meeting it was said after (", she told reporters in Jerusalem after talks with X", ", he said
    following a meeting with Y"): then the speaker took part."""
    if not (j > 0 and view.lower[j - 1] == "," and j + 1 < len(view.tokens) and view.lower[j + 1] in SAID_SAYS):
        return False
    n = len(view.tokens)
    return not any(view.lower[k] in _AFTER_MEETING and _MEETING_WORDS & set(view.lower[k + 1:k + 4])
                   for k in range(j + 2, min(j + 9, n)))


_TITLE_NOUNS = frozenset("official envoy spokesperson spokesman spokeswoman chief head ambassador diplomat "
                         "representative commander negotiator".split())


def in_title(view: SentenceView, mention: Mention) -> bool:
    """"NATO Secretary General Mark Rutte", "senior U.N. official Martha Pobee": the body of a person's title is
    his office, not another party."""
    k = mention.last
    while k < min(mention.last + 4, len(view.tokens)) and k not in view.actor_at and (
            view.tokens[k].text[:1].isupper() or view.lower[k] in _TITLE_NOUNS):
        k += 1
    if k > mention.last and k in view.actor_at and view.actor_at[k].entity.kind == "person":
        return True
    # "the European Union's special envoy for the Sahel, Joao Cravinho": the body's office, its holder named after
    k = mention.last + 1 if mention.last < len(view.tokens) and view.lower[mention.last] in ("'s", "’s") else None
    if k is None:
        return False
    while k < min(mention.last + 5, len(view.tokens)) and view.tokens[k].text.islower() and view.lower[k] not in _HOLDERS:
        k += 1
    return k < len(view.tokens) and view.lower[k] in _HOLDERS and _named_holder(view, k + 1)


_DELEGATE_KINDS = frozenset("trade military defence defense security foreign government senior top finance economic "
                            "nuclear energy border army naval prime crown vice coast guard police intelligence customs "
                            "health water interior justice".split())
_DELEGATES = frozenset("officials delegation delegations negotiators diplomats representatives envoys teams team authorities "
                       "counterparts mission missions staff lawmakers legislators senators".split())
# one unnamed office holder as a side: "received the Japanese foreign minister", "met the two Saudi ministers";
# only in lower case and with no name after it ("German Foreign Minister Annalena Baerbock" is a title)
_HOLDERS = frozenset("minister ministers envoy official diplomat negotiator representative mediator mediators "
                     "commanders president premier chancellor prince emir sultan secretary ambassador".split())
_HEADS = frozenset("president premier chancellor prince emir sultan".split())


def delegation(view: SentenceView, mention: Mention) -> bool:
    """"American and Russian officials", "a Ukrainian delegation", "U.S. negotiators": a state taking part
    through people the text does not name; so does "a delegation from the United Arab Emirates"."""
    j = mention.first - 1
    if j >= 1 and view.lower[j] == "the":
        j -= 1
    if j >= 1 and view.lower[j] == "from" and view.lower[j - 1] in ("delegation", "delegations", "officials", "team",
                                                                    "envoys", "negotiators"):
        return True
    k = mention.last
    if k + 1 < len(view.tokens) and view.tokens[k].text in ("'s", "’s"):
        if mention.first > 1 and view.lower[mention.first - 1] == "," and mention.first - 2 in view.actor_at \
                and view.actor_at[mention.first - 2].entity.kind == "person":
            return False  # "Hina Rabbani Khar, Pakistan's minister of state": the named person's own title
        k += 1  # "Qatar's prime minister", "Kenya's president"
    while k + 1 < len(view.tokens) and view.lower[k] == "and" and k + 1 in view.actor_at:
        k = view.actor_at[k + 1].last  # "American and Russian officials"
    for _ in range(2):  # "US and Chinese trade officials", "the Saudi crown prince", "Indian coast guard officials"
        if k + 1 < len(view.tokens) and view.lower[k] in _DELEGATE_KINDS:
            k += 1
    if k < len(view.tokens) and view.lower[k] in _HOLDERS:
        heads = view.lower[k] in _HEADS or view.lower[k - 1] == "prime"
        generic = heads and view.lower[max(0, mention.first - 1)] in ("a", "an")  # "the first by an Indian prime minister"
        named = _named_holder(view, k + 1)  # "Ethiopia's finance minister, Ahmed Shide": named
        return view.tokens[k].text.islower() and k + 1 not in view.actor_at and not generic and not named
    return k < len(view.tokens) and view.lower[k] in _DELEGATES


_OF_OFFICE = frozenset("for to of on in the and".split())


def _named_holder(view: SentenceView, j: int) -> bool:
    """Is the office holder named at ", <Name>" right after the title, over a short phrase of the office ("the EU's
    special envoy for the Great Lakes, Johan Borgstam")?"""
    for k in range(j, min(j + 6, len(view.tokens) - 1)):
        if view.lower[k] == ",":
            return k + 1 in view.actor_at and view.actor_at[k + 1].entity.kind == "person"
        if view.lower[k] not in _OF_OFFICE and not view.tokens[k].text[:1].isupper():
            return False
    return False


def evaluator(view: SentenceView, mention: Mention, trigger_end: int, verbs: frozenset[str]) -> bool:
    """"Zelensky criticised Modi for meeting Putin": who judges a meeting does not take part in it (but "X said
    he had met Y" keeps X, through the pronoun)."""
    verb = next((j for j in range(mention.last, min(mention.last + 3, len(view.tokens))) if view.lower[j] in verbs),
                None)
    return verb is not None and verb < trigger_end - 1 and not any(
        w in ("he", "she", "they", "we", "i") for w in view.lower[verb + 1:trigger_end]) \
        and not _framed(view, verb, trigger_end)


_FRAMES = frozenset("during in at throughout".split())


def _framed(view: SentenceView, verb: int, trigger_end: int) -> bool:
    """"Zelensky thanked Frederiksen for the jets during a call", "praised Ruto in talks": a phrase of the meeting
    ("during a phone call") frames the judging itself, so the judge took part (not "criticised Modi for meeting
    Putin", whose meeting is what is judged), and so does a guest "visiting"."""
    j = trigger_end - 1
    if view.lower[j] == "visiting" and j - verb <= 2:
        return True  # "thanked visiting Foreign Minister Lavrov": the guest was thanked in person
    while j > verb + 1 and trigger_end - j <= 4 and view.lower[j].isalpha() and view.lower[j] not in _FRAMES \
            and view.lower[j] not in ("for", "of", "with", "after", "before", "to"):
        j -= 1
    return view.lower[j] in _FRAMES and j > verb


_MINISTERS = frozenset("ministers ministers' ministerial".split())
_LEADERS = frozenset("leaders leaders' heads".split())


def multilateral_kind(view: SentenceView, hit: tuple[int, int, str]) -> tuple[int, int, str]:
    """M3: "a meeting of NATO defence ministers", "a G7 foreign ministers' meeting", "Foreign ministers of ASEAN
    met" is a conference; "a meeting of African Union leaders" a summit."""
    first, last, kind = hit
    verb = view.lemmas[first] in ("meet", "gather", "convene") and view.lower[first] not in ("meeting", "meetings")
    if kind != "talks" or not (verb or view.lower[first] in ("meeting", "meetings")):
        return hit
    words = []
    for j in range(first - 1, max(-1, first - (6 if verb else 4)), -1):  # "ministers' meeting", "ministers of X met"
        if view.lower[j] == "the" and verb and j + 1 in view.actor_at and j > 0 and view.lower[j - 1] == "of":
            continue  # "Finance ministers of the G7 met": the body's own article
        if view.lower[j] in (",", ";", ".", "at", "in", "for", "a", "the") or (verb and j in view.actor_at
                                                                            and view.actor_at[j].entity.kind == "person"):
            break
        words.append(view.lower[j])
    if last < len(view.tokens) and view.lower[last] == "of":  # "meeting of NATO defence ministers"
        for j in range(last + 1, min(last + 6, len(view.tokens))):
            if view.lower[j] in (",", ";", ".", "in", "at", "on", "to"):
                break
            words.append(view.lower[j])
    if verb:
        words.extend(listed_heads(view, first))  # "The foreign ministers of Laos, Thailand and Myanmar met"
    if verb and words and words[0] == "council":
        return first, last, "councilSession"  # "The UN Security Council met on Sunday" (M3)
    if _MINISTERS & set(words):
        return first, last, "conference"
    if _LEADERS & set(words):
        return first, last, "summit"
    return hit


_SETTING = frozenset("sidelines sideline margins margin fringes fringe".split())


def on_sidelines(view: SentenceView, hit: tuple[int, int, str]) -> bool:
    """"On the sidelines of the conference, X held talks with Y": the summit or conference named after
    "sidelines of" is where the talks happened, not their kind (M3 applies to the talks themselves)."""
    first, _, kind = hit
    if kind not in ("summit", "conference", "councilSession"):
        return False
    for j in range(first - 1, max(0, first - 8), -1):
        if view.lower[j] in (",", ";", ".", "at", "in", "during"):
            return False
        if view.lower[j] == "of" and view.lower[j - 1] in _SETTING:
            return True
    return False
