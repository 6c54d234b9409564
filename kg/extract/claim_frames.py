"""Frames around a speech verb: verbs that make a statement only in one frame ("declined to comment (on ...)",
not "declined the offer"; "posted on Telegram that ...", not "posted troops"), and a speaker's name set off
after a title phrase."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.claim_named_agent import named_agent
from kg.extract.claim_outlet_by import date_words, outlet_by
from kg.extract.claim_passive_pair import shared_be
from kg.extract.view import BE_FORMS, SentenceView
from kg.model import EntityRef, Mention

_TITLES = frozenset("ambassador envoy minister head chief spokesman spokeswoman spokesperson secretary president "
                    "director adviser advisor representative commander governor premier chancellor rapporteur "
                    "commissioner coordinator negotiator mediator chairman chairwoman chair leader prosecutor".split())


def declined_to_say(view: SentenceView, j: int, objects: frozenset[str]) -> bool:
    """Is the verb at *j* followed by "to" and a verb of saying ("declined to comment", "refused to confirm")?"""
    return j + 2 < len(view.tokens) and view.lower[j + 1] == "to" and view.lower[j + 2] in objects


_RAISED = frozenset("concern concerns questions doubts alarm".split())  # what "raised" voices
_GIVING = frozenset("offered conveyed".split())
_CONDOLENCES = frozenset("condolences sympathy sympathies congratulations".split())  # what they voice


def expressed_stance(view: SentenceView, j: int, objects: frozenset[str]) -> bool:
    """Does "expressed" at *j* express a stance ("expressed deep concern over ...", "voiced support for")?
    After "raised" the stance noun comes at once ("raised serious concerns"), not in a later phrase."""
    if view.lower[j] in ("raised", "raises"):  # not "raised interest rates"
        return any(w in _RAISED for w in view.lower[j + 1:j + 4])
    if view.lower[j] in _GIVING:  # "offered its condolences to", "sent his sympathy to"; not "sent aid"
        return any(w in _CONDOLENCES for w in view.lower[j + 1:j + 4])
    return any(w in objects for w in view.lower[j + 1:j + 6])  # "voiced his country's interest in"


def posted_on(view: SentenceView, j: int) -> bool:
    """Does "posted" at *j* put words on a platform: "posted on Telegram that ...", "posted on X: ..."?"""
    return j + 2 < len(view.tokens) and view.lower[j + 1] in ("on", "to") and any(
        w in ("that", ":", '"', "“") for w in view.lower[j + 2:j + 7])


def title_to_state(view: SentenceView, mention: Mention) -> bool:
    """Is the person *mention* named after a title that links it to a state or body by a preposition ("US
    Ambassador to Japan Rahm Emanuel", "UN Special Envoy for Yemen Hans Grundberg"): a subject, not the
    object of "to"?"""
    if mention.entity.kind != "person" or (owner := view.actor_at.get(mention.first - 1)) is None:
        return False
    k = owner.first - 1 - (owner.first > 0 and view.lower[owner.first - 1] == "the")
    return k > 0 and view.lower[k] in ("to", "for", "of") and view.tokens[k - 1].text[:1].isupper() \
        and view.tokens[k - 1].text.isalpha()


def shown_to_outlet(view: SentenceView, j: int) -> tuple[EntityRef, int] | None:
    """The outlet (and where it is named) when "showed" at *j* has a document it saw as subject: "A document
    seen by Reuters showed that ...", "Customs data reviewed by Bloomberg show ..."; None otherwise ("The data
    show" says nothing)."""
    k = j - 1
    while k > 0 and (view.tokens[k].text[:1].isupper() or view.lower[k] in ("the", "-", "&") or k in view.actor_at):
        k -= 1  # back over the outlet's name
    if k == j - 1 or k < 2 or view.lower[k] != "by" or view.lower[k - 1] not in _SEEN \
            or view.lower[k - 2] not in _SHOWN_DOCUMENTS:
        return None
    name = k + 1 + (view.lower[k + 1] == "the")
    if (mention := view.actor_at.get(name)) is not None:
        return mention.entity, mention.first
    found = source_name(view, name, 1)
    return (found[0], found[1]) if found is not None and found[2] == j else None


_SEEN = frozenset("seen reviewed obtained analysed analyzed examined".split())
_SHOWN_DOCUMENTS = frozenset("document documents data figures records images letter letters files emails contract "
                             "contracts memo report reports filing filings footage".split())


def titled_aside(view: SentenceView, mention: Mention, verb: int) -> bool:
    """Is the person *mention* a name set off by commas right before the verb at *verb*, after a title phrase
    that opens the sentence ("Russia's ambassador to the UN, Vassily Nebenzia, told ...")?"""
    if mention.entity.kind != "person" or mention.last != verb - 1 or mention.first < 2 \
            or view.lower[mention.first - 1] != ",":
        return False
    phrase = view.lower[:mention.first - 1]
    return "," not in phrase and any(word in _TITLES for word in phrase)


def titled_aside_after(view: SentenceView, mention: Mention, verb: int) -> int | None:
    """Where the title phrase starts when the person *mention* is a name set off by commas after a title
    phrase that follows what was said ("Russia will keep supplying diesel, Moscow's ambassador in Havana,
    Viktor Koronelli, said"), right before the verb at *verb*; else None."""
    if mention.entity.kind != "person" or mention.first < 4 or view.lower[mention.first - 1] != "," \
            or not (mention.last == verb - 1 or (mention.last == verb - 2 and view.lower[verb - 1] == ",")):
        return None
    start = mention.first - 1
    while start > 0 and view.lower[start - 1] not in (",", ";", '"', "“", "”"):
        start -= 1
    if start == 0 or view.lower[start - 1] != "," or mention.first - 1 - start > 8:
        return None  # a title phrase opening the sentence is titled_aside's
    if not (view.lower[start] in ("the", "its", "his", "her", "their") or view.tokens[start].text[:1].isupper()):
        return None  # "Lavrov, receiving Venezuela's ambassador in Moscow, X, reaffirmed": the one received
    return start if any(word in _TITLES for word in view.lower[start:mention.first - 1]) else None


def name_then_title(view: SentenceView, mention: Mention, verb: int) -> bool:
    """Is the person *mention* a name after what was said and before a title phrase set off by commas that
    runs up to the verb at *verb* ("..., Viktor Koronelli, Moscow's ambassador in Havana, said")?"""
    if mention.entity.kind != "person" or mention.first < 3 or view.lower[mention.first - 1] != "," \
            or mention.last >= verb or view.lower[mention.last] != ",":
        return False  # *mention*.last is the token after the name
    end = verb - 1
    while end > mention.last and view.lower[end] in _AUXILIARIES:
        end -= 1
    phrase = view.lower[mention.last + 1:end]
    return view.lower[end] == "," and 0 < len(phrase) <= 8 and "," not in phrase \
        and any(word in _TITLES for word in phrase)


_TELLING = frozenset("told tells assured assures informed informs".split())
_AUXILIARIES = frozenset("is was were are be been had has have would will could should can may might".split())


def addressee_end(view: SentenceView, verb: int, first: int) -> int:
    """Where what was told starts: after "that" when the verb at *verb* names its addressee first ("told
    Vladimir Putin that ...", "told the Security Council on Monday that ..."); else *first*."""
    if first >= len(view.tokens) or view.lower[first] == "that" or (
            view.lower[verb] not in _TELLING and view.lower[first] != "to"):  # "confirmed to Reuters that ..."
        return first
    for k in range(first, min(first + 9, len(view.tokens))):
        if view.lower[k] == "that":
            return k + 1
        if view.lower[k] in (",", ".", ";", ":", '"', "“", "”") or view.lower[k] in _AUXILIARIES:
            return first
    return first


_WHEN_WORDS = frozenset("on in at late early earlier later this last monday tuesday wednesday thursday friday "
                        "saturday sunday day week morning evening night month year january february march april "
                        "june july august september october november december".split())  # "announced in December by"


def titled_person(view: SentenceView, k: int) -> Mention | None:
    """A person named after title words from token *k* on ("ambassador Jean-Baptiste Vilmer"), or None."""
    for x in range(k, min(k + 5, len(view.tokens))):
        mention = view.actor_at.get(x)
        if mention is not None:
            return mention if mention.entity.kind == "person" else None
        if not view.tokens[x].text.isalpha() and view.lower[x] not in ("'s", "’s", ","):
            return None  # "by France's ambassador, Jean-Baptiste Vilmer"
    return None


def passive_agent(view: SentenceView, j: int) -> tuple[Mention, int, int] | None:
    """"The launch was condemned by Japan", "Russia's move was sharply criticised by the EU": (the agent,
    the span of the subject it judges) for an evaluative speech verb at *j*, or None."""
    k = j - 1
    while k >= 0 and (view.lower[k].endswith("ly") or view.lower[k] == "first"):
        k -= 1
    k = shared_be(view, k)  # "was welcomed by Japan and condemned by China": China's "condemned" shares the "was"
    by = j + 1
    while by < min(j + 5, len(view.tokens)) and view.lower[by] in _WHEN_WORDS:
        by = date_words(view, by + 1) if view.lower[j] == "reported" else by + 1
        # "was confirmed on Thursday by ...", "was reported on 21 August by" (a date only before an outlet: "was
        # first disclosed in May by Antony Blinken, ..., who said" is the person's own statement, read there)
    if k < 1 or view.lower[k] not in BE_FORMS or by + 1 >= len(view.tokens) or view.lower[by] != "by":
        return None
    if view.lower[k] == "be":  # "must still be endorsed by the board", "will be backed by": not said yet
        return None
    agent = (outlet_by(view, by + 1) if view.lower[j] == "reported" else None) or view.actor_at.get(by + 1) or (view.actor_at.get(by + 2) if view.lower[by + 1] == "the" else None) \
        or _unnamed_agent(view, by + 1) \
        or (titled_person(view, by + 1) if view.tokens[by + 1].text[:1].isupper() else None) \
        or named_agent(view, by + 1, view.lower[j] == "reported")
    # "by Minister X", "by the Defense Security Cooperation Agency"; any name for "was reported by Bloomberg"
    if agent is not None and agent.entity.kind == "state":
        titled = titled_person(view, agent.last)  # "by French ambassador Jean-Baptiste Vilmer": the person
        agent = titled or agent
    if agent is None:
        return None
    stop = k
    while stop > 1 and view.lower[stop - 1] in _PERFECT:
        stop -= 1  # "had been announced by": the statement ends before "had"
    end = stop
    if view.lower[stop - 1] == ",":  # "The death of X, who lived in Vanuatu, was confirmed by ...": past the aside
        opener = next((x for x in range(stop - 2, 0, -1) if view.lower[x] in ("who", "which")
                       and view.lower[x - 1] == ","), None)
        opener = opener or next((x + 1 for x in range(stop - 2, max(0, stop - 12), -1) if view.lower[x] == ","), None)
        end = opener - 1 if opener is not None else end  # "The sale, estimated at $997 million, was announced by"
    start = max((x + 1 for x in range(end) if view.lower[x] in (",", ";", ":")), default=0)
    return (agent, start, stop) if end - start >= 2 else None


_PERFECT = frozenset("had has have".split())


_UNNAMED_AGENTS = frozenset("spokesman spokeswoman spokesperson official diplomat".split())


def _unnamed_agent(view: SentenceView, k: int) -> Mention | None:
    """The state or body an unnamed agent speaks for at *k*: "by a State Department spokesman", "by a US
    official", "by a spokesman for the Kremlin" (gold rule C2), or None."""
    if view.lower[k] not in ("a", "an", "the") or k + 2 >= len(view.tokens):
        return None
    body = view.actor_at.get(k + 1)
    if body is not None and body.entity.kind != "person" and view.lower[body.last:body.last + 1] \
            and view.lower[body.last] in _UNNAMED_AGENTS:
        return body  # "by a State Department spokesman"
    if view.lower[k + 1] in _UNNAMED_AGENTS and view.lower[k + 2] == "for":
        at = k + 3 + (view.lower[k + 3:k + 4] == ("the",))
        body = view.actor_at.get(at)
        return body if body is not None and body.first == at and body.entity.kind != "person" else None
    return None


# a participle opening an aside that tells where or how the speaker spoke ("X, speaking alongside Y in Moscow, said")
_SETTING_PARTICIPLES = frozenset("speaking writing addressing talking appearing standing answering commenting visiting "
                                 "testifying travelling traveling".split())


def name_after_title(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """'"...," said the US ambassador to Manila, MaryKay Carlson.': the person named after the title phrase
    that follows an inverted speech verb at *verb* (the title alone names no one), or None."""
    comma = next((k for k in range(verb + 2, min(verb + 10, len(view.tokens))) if view.lower[k] in _BREAKS), None)
    if comma is None or view.lower[comma] != ",":
        return None
    person = view.actor_at.get(comma + 1)
    if person is None or person.entity.kind != "person" or person.first != comma + 1 \
            or (person.last < len(view.tokens) and view.lower[person.last] not in (".", ",", ";")):
        return None
    return person.entity, comma + 1


_BREAKS = frozenset([",", ".", ";", '"', "“", "”", "that"])


def relative_aside_start(view: SentenceView, verb: int) -> int:
    """Where to look back for the speaker of ", said" at *verb*: before a relative clause set off by commas
    ("Erdogan, who met Putin in Sochi last month, said": not Putin) or a setting ("Jaishankar, speaking
    alongside his Russian counterpart Sergei Lavrov, said": not Lavrov), else right before the verb."""
    comma = verb - 1
    for k in range(comma - 1, max(-1, comma - 25), -1):
        if view.lower[k] in (",", ".", ";", '"', "“", "”"):
            return k - 1 if view.lower[k] == "," and (view.lower[k + 1] in ("who", "which", "whose") or _title_aside(view, k)
                                                      or view.lower[k + 1] in _SETTING_PARTICIPLES) else comma - 1
    return comma - 1


def _title_aside(view: SentenceView, comma: int) -> bool:
    """Does a title in apposition follow a person's name at *comma* ("Bola Tinubu, the Nigerian president,")?"""
    before, after = view.actor_at.get(comma - 1), view.actor_at.get(comma + 1)
    return before is not None and before.entity.kind == "person" and (view.lower[comma + 1] in ("the", "a", "an") or (
        after is not None and after.entity.kind == "state" and view.lower[after.last:after.last + 1] in (("'s",), ("’s",))))
