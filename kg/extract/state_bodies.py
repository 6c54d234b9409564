"""State funds and state banks named after their state act for it (gold rule G2): "the Saudi Fund for
Development", "the Exim Bank of China".

The listed state-owned companies and funds ("Rosatom", "Pemex", "QFFD") are gazetteer forms of
their state (``kg/rules/state_bodies.toml``). Funds are too many to list, and their names say whose
they are, so a capitalised name that ends in "Fund" (or "Fund for ... Development") and starts
with a state's name, demonym or capital, or ends in "of <state>", becomes one mention of that
state, ``how="body"``:

* "Saudi Fund for Development", "Qatar Fund for Development", "Kuwait Fund for Arab Economic
  Development", "Abu Dhabi Fund for Development";
* "Russian Direct Investment Fund", "China-Africa Development Fund" is not (a hyphen is no state's name);
* "National Development Fund of Iran".

The words inside the name are then no person ("Development") and no separate state mention.

A state's national Red Cross or Red Crescent society acts for it too (by statute an auxiliary to its public
authorities): "the Thai Red Cross", "the Turkish Red Crescent", "the Kenya Red Cross Society", "the Red Cross
Society of China" are mentions of their state, not of the International Committee of the Red Cross, whose
gazetteer form "Red Cross" they contain.
"""

from __future__ import annotations

from kg.model import Mention, Sentence

_JOINERS = frozenset(["for", "and", "&", "of"])
_LONGEST = 8  # words after the state's name


# Banks that are a state's own by their kind: export-import banks ("Exim Bank of China", "Korea Exim Bank").
# A bank of another kind may be private ("National Bank of Kuwait", "Bank of America"); central banks stay
# bodies of their own, which the gold names as claimants (taking them as their state lowered claims).
_STATE_BANKS = frozenset("exim export-import".split())


def _state_bank(tokens, j: int) -> bool:
    """Is token *j* the "Bank" of an export-import bank ("Exim Bank", "Export-Import Bank")?"""
    return tokens[j].text == "Bank" and j > 0 and tokens[j - 1].lower in _STATE_BANKS and tokens[j - 1].text[:1].isupper()


def _word(sentence: Sentence, j: int, taken: set[int]) -> bool:
    text = sentence.tokens[j].text
    return j not in taken and text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper() \
        and sentence.tokens[j].lower not in ("the", "a", "an", "its", "this")


def _fund_after(sentence: Sentence, mention: Mention, taken: set[int]) -> int | None:
    """End of "<state> ... Fund [for ... Development]" starting at *mention*, or None."""
    tokens = sentence.tokens
    j, end, fund = mention.last, None, False
    if j >= len(tokens) or not _word(sentence, j, taken):
        return None
    while j < len(tokens) and j - mention.last < _LONGEST:
        text = tokens[j].text
        if text in _JOINERS and not (j + 1 < len(tokens) and _word(sentence, j + 1, taken)):
            break
        if text not in _JOINERS and not _word(sentence, j, taken):
            break
        if text == "Fund" or _state_bank(tokens, j):
            fund, end = True, j + 1
        elif fund and text == "Development":
            end = j + 1
        j += 1
    return end


def _fund_before(sentence: Sentence, mention: Mention, taken: set[int]) -> int | None:
    """Start of "... Fund of <state>" ending at *mention*, or None."""
    tokens = sentence.tokens
    k = mention.first - 2
    if k < 0 or tokens[k + 1].lower != "of" or not (tokens[k].text == "Fund" or _state_bank(tokens, k)) or k in taken:
        return None
    while k > 0 and _word(sentence, k - 1, taken) and mention.first - k < _LONGEST:
        k -= 1
    return k


_MOVEMENT = frozenset(["cross", "crescent"])


def _society_after(sentence: Sentence, mention: Mention) -> int | None:
    """End of "<state> Red Cross/Red Crescent [Society]" starting at *mention*, or None."""
    tokens, j = sentence.tokens, mention.last
    if mention.how == "capital" or j + 1 >= len(tokens) or tokens[j].text != "Red" \
            or tokens[j + 1].lower not in _MOVEMENT or not tokens[j + 1].text[:1].isupper():
        return None
    return j + 3 if j + 2 < len(tokens) and tokens[j + 2].text == "Society" else j + 2


def _society_before(sentence: Sentence, mention: Mention) -> int | None:
    """Start of "Red Cross/Red Crescent Society of [the] <state>" ending at *mention*, or None."""
    tokens, k = sentence.tokens, mention.first - 1
    k -= tokens[k].lower == "the" if k >= 0 else 0
    if k < 3 or mention.how != "name" or tokens[k].lower != "of" or tokens[k - 1].text != "Society" \
            or tokens[k - 2].lower not in _MOVEMENT or tokens[k - 3].text != "Red":
        return None
    return k - 3


def _societies(sentence: Sentence, mentions: list[Mention], states: list[Mention]) -> list[Mention]:
    """*mentions* with national Red Cross and Red Crescent societies merged into mentions of their state."""
    out = list(mentions)
    for mention in states:
        end = _society_after(sentence, mention)
        first, last = (mention.first, end) if end is not None else (_society_before(sentence, mention), mention.last)
        if first is None:
            continue
        out = _merged(sentence, out, mention, first, last)
    return out


def _merged(sentence: Sentence, mentions: list[Mention], mention: Mention, first: int, last: int) -> list[Mention]:
    """*mentions* with tokens *first* to *last* made one mention of *mention*'s state, in place of every mention
    inside them."""
    start, stop = sentence.tokens[first].start, sentence.tokens[last - 1].end
    body = Mention(start, stop, sentence.text[start - sentence.start:stop - sentence.start], sentence.index,
                   first, last, mention.entity, "body")
    return [m for m in mentions if m is not mention and not (first <= m.first and m.last <= last)] + [body]


def state_funds(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions of one sentence with state funds and national Red Cross and Red Crescent societies merged
    into mentions of their state."""
    states = [m for m in mentions if m.entity.kind == "state" and m.how in ("name", "demonym", "capital")]
    if states and "red" in sentence.lower_set and not _MOVEMENT.isdisjoint(sentence.lower_set):
        mentions = sorted(_societies(sentence, mentions, states), key=lambda m: m.start)
        states = [m for m in mentions if m.entity.kind == "state" and m.how in ("name", "demonym", "capital")]
    if not states or not ("fund" in sentence.lowers and any(t.text == "Fund" for t in sentence.tokens)
                          or "bank" in sentence.lowers and any(_state_bank(sentence.tokens, j)
                                                                for j in range(len(sentence.tokens)))):
        return mentions
    out = list(mentions)
    for mention in states:
        if mention not in out:
            continue  # inside a fund's name merged before
        taken = {i for m in out if m is not mention for i in range(m.first, m.last)}
        end = _fund_after(sentence, mention, taken)
        first, last = (mention.first, end) if end is not None else (_fund_before(sentence, mention, taken), mention.last)
        if first is None or last is None:
            continue
        out = _merged(sentence, out, mention, first, last)
    return sorted(out, key=lambda m: m.start)


_FUND_KINDS = frozenset(["development", "investment", "sovereign", "wealth"])


def fund_references(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with "the fund" (or "the development fund") after a state fund named earlier in the
    document read as that fund, so as its state: "Citing the Qatar Fund for Development ... the fund
    handed a grant to Jordan". A capitalised "the Fund" is the IMF's short name (org_short.py)."""
    bodies = [m for m in mentions if m.how == "body" and "Fund" in m.text]
    if not bodies:
        return mentions
    first_at = min(m.start for m in bodies)
    taken = {(m.sentence, i) for m in mentions for i in range(m.first, m.last)}
    added: list[Mention] = []
    for sentence in sentences:
        if sentence.end <= first_at or "fund" not in sentence.lowers:
            continue
        tokens = sentence.tokens
        for j, token in enumerate(tokens):
            if token.text != "fund" or (sentence.index, j) in taken:
                continue
            k = j - 1 if j > 0 and tokens[j - 1].lower in _FUND_KINDS else j
            if k == 0 or tokens[k - 1].lower != "the" or token.start < first_at:
                continue
            last = max((m for m in bodies if m.start < token.start), key=lambda m: m.start)
            added.append(Mention(tokens[k - 1].start, token.end,
                                 sentence.text[tokens[k - 1].start - sentence.start:token.end - sentence.start],
                                 sentence.index, k - 1, j + 1, last.entity, "body"))
    if not added:
        return mentions
    return tuple(sorted((*mentions, *added), key=lambda m: m.start))
