"""A state's institution named "<Institution> of <State>": "The Government of Japan donated $5 million",
"The Embassy of Japan handed over 20 ambulances", "The Central Bank of Kenya received $1 billion from the UAE",
"the Ministry of Foreign Affairs of Japan", and lenders after "from": "loans from the export-import banks of India
and China". The institution acts for its state (README G2) and is the subject of the supply verb or the lender after
"from", so the state's mention is widened over the whole name for the aid frames to read (the names stay as they are
for claims, whose claimant may be the institution itself)."""

from __future__ import annotations

from dataclasses import replace

from kg.model import Mention

# heads of a state's institution; a bank only with a public qualifier
_HEADS = frozenset("Government Embassy Ministry Republic Kingdom Council Department Office Presidency Agency Authority "
                   "Forces Navy Army Parliament Cabinet Consulate Commission Mission Treasury Federation Sultanate "
                   "Emirate Principality".split())
# (not "National": the National Bank of Kuwait is a private lender, as the Bank of America is)
_PUBLIC_BANKS = frozenset("Central Reserve State People's Development Export-Import".split())
_LINKS = frozenset(("of", "and", "for", "&", "-"))
_REACH = 8  # words of an institution's name before "of <State>"
_SUBJECT_OPENERS = frozenset((",", ";", ":", "and", "but", "while", '"', "“", "—", "–"))


def institutions_of_states(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* with each state named as "<Institution> of <State>" widened over the institution's name."""
    by_index = {s.index: s for s in sentences}
    out, changed = [], False
    for m in mentions:
        widened = _widened(m, by_index[m.sentence]) if m.entity.kind == "state" and m.first >= 2 else None
        out.append(widened or m)
        changed = changed or widened is not None
    return tuple(out) if changed else mentions


def _widened(m: Mention, sentence) -> Mention | None:
    tokens = sentence.tokens
    if tokens[m.first - 1].lower != "of":
        return None
    if (lender := _lenders_of(m, tokens)) is not None:  # "loans from the export-import banks of India and China"
        return _over(m, sentence, lender)
    j, head = m.first - 2, False
    while j >= 0 and m.first - j <= _REACH and (tokens[j].text[:1].isupper() or tokens[j].lower in _LINKS):
        word = tokens[j].text
        head = head or word in _HEADS or (word == "Bank" and j > 0 and tokens[j - 1].text in _PUBLIC_BANKS)
        j -= 1
    first = j + 1
    while first < m.first and (tokens[first].lower in _LINKS or tokens[first].lower == "the"):
        first += 1
    if not head or first >= m.first - 1:
        return None
    before = first - (first > 0 and tokens[first - 1].lower == "the")
    if before > 0 and tokens[before - 1].lower not in _SUBJECT_OPENERS:
        return None  # only as a clause's subject (not "deposited $1 billion in the account of the Central Bank of Yemen")
    return _over(m, sentence, first)


def _over(m: Mention, sentence, first: int) -> Mention:
    """*m* widened back to the token *first*."""
    start = sentence.tokens[first].start
    return replace(m, start=start, text=sentence.text[start - sentence.start:m.end - sentence.start], first=first,
                   how="institution")


_BODIES = frozenset("bank banks government governments treasury treasuries fund funds agency agencies".split())


def _lenders_of(m: Mention, tokens) -> int | None:
    """The first word of "the <bodies> of" right after "from" before the state at *m*, if so."""
    j = m.first - 2
    if j < 0 or tokens[j].lower not in _BODIES:
        return None
    first = j
    while first > 0 and m.first - first <= 5 and tokens[first - 1].lower not in ("the", "from") \
            and (tokens[first - 1].text == "-" or tokens[first - 1].text.isalpha()):  # ("export - import banks")
        first -= 1
    the = first > 0 and tokens[first - 1].lower == "the"
    return first if first - the > 0 and tokens[first - 1 - the].lower == "from" else None
