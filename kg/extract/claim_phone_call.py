""""Japarov called his Tajik counterpart Emomali Rahmon on Monday", "Macron called Putin to discuss the
war": calling a person is a telephone call (a meeting), not a statement, though "called" is a speech verb
in "called the decision an unfriendly act" and "called on X to ..." (gold rule C1 needs words)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_CALLED = frozenset("called calls call phoned phones".split())
_LEADING = frozenset("his her their its the".split())  # "called his Tajik counterpart Emomali Rahmon"
_NOT_SUMMONED = frozenset("a an its his her their statement interview".split())  # "called in a statement for"
_AFTER_CALL = frozenset(". , ; on late last earlier later this yesterday by to after and at in from over "
                        "overnight again".split())


def phone_call(view: SentenceView, j: int) -> bool:
    """Is the verb at *j* "called" with a person as its whole object, followed by no complement, or "called in"
    (a summons: "called in Iran's ambassador in Seoul")?"""
    if view.lower[j] not in _CALLED:
        return False
    if view.lower[j + 1:j + 2] == ("in",) and j + 2 < len(view.tokens) and view.lower[j + 2] not in _NOT_SUMMONED:
        return True  # "called in the Iranian ambassador": summoned, no words (not "called in a statement for")
    k = j + 1
    while k < len(view.tokens) and k - j <= 4 and (
            view.lower[k] in _LEADING or view.lower[k] == "counterpart" or (k in view.actor_at and view.actor_at[
                k].how == "demonym") or (k not in view.actor_at and view.tokens[k].text[:1].isupper())):
        k += 1  # "his Tajik counterpart", "Prime Minister"
    mention = view.actor_at.get(k)
    if mention is None or mention.entity.kind != "person" or mention.first != k:
        return False
    after = mention.last
    return after >= len(view.tokens) or (view.lower[after] in _AFTER_CALL and not view.possessive(mention))
