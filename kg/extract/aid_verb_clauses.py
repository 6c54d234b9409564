"""Is a word a finite verb of its own clause? Helpers of :func:`kg.extract.aid_slots.verb_like` for
participles and gerunds that follow asides and commas: "France, which hosted the conference, promised",
"India, along with China, sent", "responded by sending rice", "a package promised during the visit"."""

from __future__ import annotations

from kg.extract.view import BE_FORMS, CLAUSE_END, SentenceView, participle_aside, unique

DETERMINERS = frozenset("the a an their its his her our this these those that such of any no every".split())


def closes_subject_aside(view: SentenceView, comma: int) -> bool:
    """Does the comma at *comma* close an aside set after an actor that opens the clause ("France, which
    hosted the conference, promised", "The UAE, accused by UN experts of arming the RSF, pledged")?"""
    start = next((j for j in range(comma - 1, max(-1, comma - 16), -1)
                  if view.lower[j] in (",", ";", ".") or view.lower[j] in CLAUSE_END), None)
    if start is None or view.lower[start] != "," or start + 1 >= comma:
        return False
    if view.tokens[start + 1].text[:1].isupper() and (any(start < m.first < comma for m in view.actors)
                                                      or view.person_state_at.get(start + 1) is not None):
        return True  # "The host, French President Emmanuel Macron, announced", "Japan's prime minister, Fumio
        # Kishida, pledged": the aside names the subject
    named = next((k for k, state in view.person_state_at.items() if state is not None and k < start
                  and all(t.text[:1].isupper() for t in view.tokens[k:start])), None)
    if named is not None and any(m.entity == view.person_state_at[named] for m in view.actors_in(start + 1, comma)):
        return True  # "William Ruto, the Kenyan president, sent": the aside says whom the person acts for
    subject = next((m for m in view.actors if m.last == start), None)
    return subject is not None and (view.lower[start + 1] in _ASIDE_OPENERS  # "Mali, also run by a junta, received"
                                    or participle_aside(view.lower, start + 1, comma)) and (
        subject.first == 0 or view.lower[subject.first - 1] in ("the", ",", "—", "and") or subject.first == 1)


_MAKING = frozenset("built made developed produced designed manufactured assembled co-developed co-produced".split())


def relative_aside_end(view: SentenceView, verb: int, after: int) -> int:
    """Where the object of the verb at *verb* (read from *after*) must end: at the comma that closes a "which"/"who"
    aside on the clause's subject when the verb is the aside's ("Germany, which had refused to send tanks, agreed
    to deliver 14"), at the comma of an aside on how the goods were made ("offered Argentina its JF-17 fighters,
    built jointly with Pakistan, on credit": Pakistan neither gives nor gets), at a second predicate ("and has
    threatened to ..."), else the sentence's end."""
    maker = next((c for c in range(after, len(view.tokens) - 2) if view.lower[c] == "," and (
        view.lower[c + 1] in _MAKING or view.lower[c + 1].endswith("ly") and view.lower[c + 2] in _MAKING)), None)
    return min(maker if maker is not None else _aside_close(view, verb, after), _next_predicate(view, after))


_AUXILIARIES = frozenset("has have had will would could can may might should must".split())


def _next_predicate(view: SentenceView, after: int) -> int:
    """Where a second predicate of the same subject begins after the object: "refused to provide Kyiv with
    weapons and has threatened to block EU sanctions" (an "and" before an auxiliary that a participle or base
    verb follows), else the sentence's end."""
    for c in range(after, len(view.tokens) - 2):
        if view.lower[c] == "and" and view.lower[c + 1] in _AUXILIARIES and c + 2 not in view.actor_at \
                and view.lower[c + 2].isalpha():
            return c
    return len(view.tokens)


def _aside_close(view: SentenceView, verb: int, after: int) -> int:
    opening = next((j for j in range(verb - 1, max(-1, verb - 12), -1) if view.lower[j] in (",", ";", ".")), None)
    if opening is None or opening < 1 or view.lower[opening] != "," or view.lower[opening + 1] not in ("which", "who") \
            or not any(m.last == opening for m in view.actors):
        return len(view.tokens)
    closing = next((c for c in range(after, len(view.tokens)) if view.lower[c] in (",", ";", ".")), None)
    return closing if closing is not None and view.lower[closing] == "," and closes_subject_aside(view, closing) \
        else len(view.tokens)


_ASIDE_OPENERS = frozenset("which who whose accused criticised criticized itself a an the one long "
                           # the means or the partner set off: "Saudi Arabia, through KSrelief, airlifted"
                           "through via".split())


def after_subject_aside(view: SentenceView, i: int, adverbs: frozenset[str]) -> bool:
    """Does the verb at *i* follow the comma that closes an aside after its subject ("Turkey, in turn,
    sells", "Kazakhstan, too, ships", "France, which hosted the talks, sends"), or "in turn"/"in return"
    ("which in turn supplies")?"""
    if i >= 3 and view.lower[i - 2:i] in (("in", "turn"), ("in", "return")):
        return True  # "to Turkey, which in turn supplies the gas to Bulgaria"
    if i < 3 or view.lower[i - 1] != "," or view.lemmas[i] == "fly":
        return False  # "Israel, the strongest air force in the region, flies F-35s": it operates them
    return view.lower[i - 2] in adverbs or closes_subject_aside(view, i - 1) or after_companions(view, i - 1)


def after_companions(view: SentenceView, comma: int) -> bool:
    """Does the comma at *comma* close a companions aside ("India, along with China, sent")?"""
    start = next((j for j in range(comma - 1, -1, -1) if view.lower[j] == ","), None)
    return start is not None and view.companion_aside(start + 1, comma)


# nouns for what is given, and what follows a participle that tells of them ("the aid pledged last year")
GOODS_HEADS = frozenset("package packages money funds aid assistance loan loans credit grant grants support "
                         "supplies weapons arms equipment deliveries tranche tranches "
                         # works paid for: "roads and government buildings financed after riots in 2006"
                         "roads buildings bridges ports railways schools hospitals projects plants".split())
AFTER_REDUCED = frozenset("during in last at on earlier this since under after before through".split())


def by_doing(view: SentenceView, i: int) -> bool:
    """Is "by <gerund>" at *i* a means clause with an object ("responded by sending 20 tonnes of rice")
    rather than a noun after "by" ("hit by the bombing of the port"), or "from <gerund>" after a barred actor?"""
    nxt = view.lower[i + 1:i + 2]
    if not nxt or nxt[0] in ("of", ",", ".") or view.lower[i - 2:i - 1] == ("the",):
        return False
    if view.lower[i - 1] == "from":  # "stopped Spain from sending guns": the gerund a barred actor would do
        from kg.extract.aid_refusal import stopped_from  # noqa: PLC0415 -- aid_refusal sits above this module

        return stopped_from(view, i) is not None
    # "urged outside actors to stop fuelling the war by sending weapons": the means of an infinitive,
    # whose subject the sentence does not name as such
    return not any(view.lower[j] == "to" and j + 1 not in view.actor_at and view.lower[j + 1] not in DETERMINERS
                   for j in range(0, i - 1))


def coordinated_present(view: SentenceView, i: int, noun_like: frozenset[str]) -> bool:
    """Is the "-s" form at *i* the second verb of its subject's clause after "and" ("Serbia has refused to
    join the sanctions and gets almost all of its gas from Russia")? Only a word with no noun reading
    counts: "gets", "sends", "provides" (not "supplies", "exports", "loans", "arms")."""
    if i < 3 or view.lower[i - 1] != "and" or view.lower[i - 2] in (",", "to", "from"):
        return False
    from kg.extract.lexicon import load_lexicon  # noqa: PLC0415 -- the lexicon loads this module's users

    lemma = view.lemmas[i]
    nouns = load_lexicon().by_first_word.get(lemma, ())
    if lemma in noun_like or lemma == view.lower[i] or any(e.frame.endswith("noun") for e in nouns):
        return False
    # a finite verb before "and" in the same clause: the subject has a verb phrase of its own to coordinate with
    for j in range(i - 2, -1, -1):
        if view.lower[j] in CLAUSE_END or view.lower[j] in (",", ";"):
            return False
        if view.lower[j] in _FINITE_CUES or (j - 1 in view.actor_at and view.lower[j].endswith(("s", "ed"))
                                             and not view.actor_at[j - 1].how == "demonym"):
            return True
    return False


_FINITE_CUES = frozenset("has have had is are was were will would can could does did".split())


# Nouns for states and their governments that a relative clause with its verb in the past can follow:
# "the countries that sent aid", "the only state that pledged troops".
_STATE_HEADS = frozenset("countries country states state nations nation governments government donors allies "
                         "partners members".split())


def relative_past(view: SentenceView, i: int, participle: bool) -> bool:
    """Is the past form at *i* the verb of a relative clause on a noun for states ("among the countries
    that promised money")? Then "that" is no determiner of it ("that promised aid")."""
    return participle and i >= 2 and view.lower[i - 1] == "that" and view.lower[i - 2] in _STATE_HEADS


_ACCUSING = frozenset("accuse suspect charge".split())


def accused_of(view: SentenceView, i: int) -> bool:
    """Is the gerund at *i* a receiving verb someone is accused or suspected of ("has been accused of receiving
    weapons from the UAE")? Then it is a verb with the accused for its subject, not a noun after "of" (a
    supplying verb after "accused X of" is read with the accused as giver before this check)."""
    from kg.extract.lexicon import load_lexicon  # noqa: PLC0415 -- the rule file, read once

    return view.lemmas[i] in load_lexicon().receive_verbs and accuser_verb(view, i) is not None


def accuser_verb(view: SentenceView, i: int) -> int | None:
    """Where the verb of accusing is whose "of" the gerund at *i* follows: "has been accused of receiving",
    "accused by UN experts of receiving", "accused the RSF of receiving"; None when there is none."""
    if i < 2 or not view.lower[i].endswith("ing") or view.lower[i - 1] != "of":
        return None
    return next((k for k in range(i - 2, max(-1, i - 9), -1) if view.lemmas[k] in _ACCUSING), None)


def accused_party(view: SentenceView, i: int):
    """(the accused, where they are named) for the gerund at *i* of an accusation: the subject of a passive
    "has been accused (by UN experts) of receiving", the object of an active "accused the RSF of receiving";
    None when the gerund is no such thing or the accused is no known actor."""
    k = accuser_verb(view, i)
    if k is None:
        return None
    if view.lower[k - 1:k] and view.lower[k - 1] in BE_FORMS:
        accused, at = view.subject(k)
    else:
        j = k + 1 + (k + 1 < len(view.tokens) and view.lower[k + 1] == "the")
        mention = view.actor_at.get(j)
        accused, at = ((unique(m.entity for m in view.group(mention)), mention.first) if mention is not None
                       else ((), None))
    return (accused, at) if accused else None

