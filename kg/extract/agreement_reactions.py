"""Who condemns, criticises or welcomes an accord reacts to it and is no party: in "South Korea and Japan
have condemned the treaty" the treaty is the one told earlier (Russia's with North Korea), not a new one
between the critics; "Greece welcomed the accord between Egypt and Cyprus" is Egypt's with Cyprus."""

from __future__ import annotations

from kg.extract.view import SentenceView

_REACTING = frozenset("condemn criticise criticize denounce slam decry welcome hail praise applaud "
                      "oppose deplore".split())
_DETERMINERS = frozenset("the this that these those".split())


def reaction_end(view: SentenceView, c_first: int, noun: int) -> int:
    """Where the object of a verb of reacting begins, when the agreement noun at *noun* is that definite object
    ("have condemned the treaty", "welcomed the new deal"); actors before it are no parties. *c_first* else."""
    for j in range(noun - 1, max(c_first, noun - 4) - 1, -1):
        if view.lower[j] in _DETERMINERS:
            return j if j > c_first and view.lemmas[j - 1] in _REACTING else c_first
    return c_first


# ", angering Somalia", ", prompting protests from Beijing": what follows is how others took the accord;
# ", clearing the way for an IMF disbursement", ", ending a dispute with Chile", ", putting Washington on a par
# with Moscow": what it led to
_STIRRING = frozenset("angering infuriating irking upsetting alarming worrying rattling unsettling outraging provoking prompting sparking triggering "
                      "drawing dismaying enraging antagonising antagonizing clearing paving unlocking ending "
                      "easing bolstering shoring boosting putting placing leaving making bringing "
                      # ", deepening ties between two US allies locked in disputes with China": what the accord does
                      "deepening strengthening cementing expanding broadening reinforcing underscoring underlining "
                      "highlighting signalling signaling marking capping crowning formalising formalizing opening "
                      "allowing enabling giving raising reviving restoring".split())  # ", easing pressure ... ahead of an IMF programme"


_STIRRED = frozenset("angered infuriated irked upset alarmed provoked prompted sparked triggered drew dismayed "
                     "enraged antagonised antagonized worried rattled unsettled troubled outraged annoyed riled "
                     "irritated offended".split())  # "a pact that angered Turkey", "the pact, signed in May, worried Egypt"


_TO_STIR = frozenset("anger infuriate irk upset alarm provoke antagonise antagonize rile annoy worry rattle unsettle "
                     "outrage".split())


# "a pact that China criticised": the actor of a relative clause of reaction is its critic
_REACTED = frozenset("criticised criticized condemned denounced opposed welcomed hailed praised slammed "
                     "protested".split())
# "a deal that Turkey rejected as null and void": a third state's rejection of an accord others made
_REJECTED = frozenset("rejected dismissed disputed".split())
# "rejected a pact with China after objections from its Mercosur partners": the cause of the stage, no party
_CAUSES = frozenset("after amid despite following".split())
_OPENERS = frozenset("objections objection pressure protests protest criticism opposition complaints "
                     "warnings demands a an".split())


def before_stirred(view: SentenceView, last: int, c_last: int) -> int:
    """Where a participle or relative clause of reaction after the agreement noun ending before *last* begins
    ("signed a memorandum with Somaliland in January, angering Somalia", "a pact that angered Turkey", "a pact
    that China criticised": Somalia, Turkey and China are no party), or a phrase or clause of what caused it
    ("after objections from its Mercosur partners", "after the United States imposed sanctions"); *c_last*
    else."""
    return next((j for j in range(last, c_last - 1)
                 if view.lower[j] == "," and view.lower[j + 1] in _STIRRING
                 or view.lower[j] in ("that", "which") and view.lower[j + 1] in _STIRRED
                 or view.lower[j] == "," and view.lower[j + 1] in _STIRRED and _subject_is_accord(view, last, j)
                 or view.lower[j] == "to" and view.lower[j + 1] in _TO_STIR  # "a pact likely to anger China"
                 or view.lower[j] in ("that", "which") and _reacted_after(view, j + 1, c_last)
                 or view.lower[j] in _CAUSES and view.lower[j + 1] in _OPENERS
                 and view.lower[j + 2:j + 3] != ["deal"]
                 or view.lower[j] in _CAUSES | _BECAUSE and _finite_after(view, j + 1, c_last)
                 or view.lower[j] == "," and view.lower[j + 1] == "as" and _as_clause(view, j + 2)), c_last)


# ", as well as Japan", ", as part of a deal with X", ", as agreed with Y", ", as a gesture to Z": no clause of its own
_AS_PHRASES = frozenset("well part agreed planned expected promised announced per such of a an one its their his her our "
                        "is was has had".split())


def after_as_clause(view: SentenceView, c_first: int, first: int) -> int:
    """Where a ", as ..." clause of what went on meanwhile begins when the agreement noun at *first* is inside it
    ("signed a swap with China, as talks with the IMF on its loan programme dragged on": the programme is the
    IMF's, no accord with China); *c_first* else."""
    return max((j + 2 for j in range(c_first, first - 2) if view.lower[j] == "," and view.lower[j + 1] == "as"
                and _as_clause(view, j + 2)), default=c_first)


def _subject_is_accord(view: SentenceView, last: int, comma: int) -> bool:
    """Is the accord noun ending before *last* the subject of the verb after the *comma*, past an aside set off
    by commas ("Beijing's security pact with Honiara, signed in 2022, alarmed Canberra")?"""
    return any(view.lower[k] == "," for k in range(last, comma))


def _as_clause(view: SentenceView, k: int) -> bool:
    """", as talks with the IMF dragged on", ", as Russia massed troops": a clause of what went on meanwhile,
    whose actors are no party."""
    return k < len(view.tokens) and view.tokens[k].text.isalpha() and view.lower[k] not in _AS_PHRASES


_BECAUSE = frozenset("because when once".split())
_GROUP_NOUNS = frozenset("rebels militants group government authorities leaders officials opposition".split())
_NOT_VERBS = frozenset("and or of in on for to with at by from over as than into".split())


def _finite_after(view: SentenceView, k: int, c_last: int) -> bool:
    """A clause of its own at *k*: an actor and its verb ("after the United States imposed sanctions")."""
    if k < c_last and view.lower[k] == "the":
        k += 1
    actor = view.actor_at.get(k)
    if actor is None or actor.first != k or actor.how == "demonym":
        return False
    j = actor.last
    return j < c_last and view.tokens[j].text.isalpha() and view.tokens[j].text.islower() \
        and view.lower[j] not in _NOT_VERBS  # "imposed", "cut", "had"; not "and Japan", "of Ukraine"


def _reacted_after(view: SentenceView, k: int, c_last: int) -> bool:
    """An actor at *k* followed by a verb of reacting ("China criticised", "Beijing has condemned")."""
    if k < c_last and view.lower[k] == "the":
        k += 1  # "a deal that the M23 rebels rejected"
    actor = view.actor_at.get(k)
    if actor is None:
        return False
    j = actor.last
    if j < c_last and view.lower[j] in _GROUP_NOUNS:
        j += 1  # "the M23 rebels", "the Kurdish authorities"
    if j < c_last and view.lower[j] in ("has", "have", "had"):
        j += 1
    if j < c_last and (view.lower[j].endswith("ly") or view.lower[j] in ("long", "also")) and view.tokens[j].text.islower():
        j += 1  # "a deal that Turkey immediately rejected", "which Russia had long opposed"
    return j < c_last and (view.lower[j] in _REACTED or view.lower[j] in _REJECTED)
