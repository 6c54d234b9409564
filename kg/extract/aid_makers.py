"""Arms makers act for their state in the aid stage: every arms export is licensed by the maker's state,
so under gold rule G2 "Korea Aerospace Industries will supply 18 FA-50 jets to Malaysia" is a flow from
South Korea (kg/rules/arms_makers.toml). Only the aid frames read a maker so; the other stages keep the
company it is. A maker's name before a product's ("Lockheed Martin F-16s", "Saab Gripen jets",
"Rheinmetall Denel Munition") names the goods or another firm, not an actor; a maker that builds or makes
the goods ("built by Lockheed Martin", "Hanwha Aerospace, which builds the gun") gives nothing by that; and a
maker named only as the one that gets a contract ("handing Mitsubishi Heavy Industries the contract") is no
getter of goods."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from kg.errors import ExtractionError
from kg.extract.gazetteer import RULES_DIR, load_gazetteer
from kg.extract.view import SentenceView
from kg.model import AidFlow, EntityRef, Mention, Sentence

MAKING = frozenset("build make manufacture produce develop design assemble".split())


@lru_cache(maxsize=1)
def _makers() -> dict[str, tuple[tuple[str, EntityRef], ...]]:
    """First word of each maker's name -> (name, home state) pairs, longest name first."""
    try:
        raw = tomllib.loads((RULES_DIR / "arms_makers.toml").read_text(encoding="utf-8"))
        gazetteer = load_gazetteer()
        pairs = [(form, gazetteer.state(entry["state"]).ref) for entry in raw["maker"].values() for form in entry["forms"]]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as err:
        raise ExtractionError(f"arms_makers.toml is unreadable or names an unknown state: {err}") from None
    by_first: dict[str, list[tuple[str, EntityRef]]] = {}
    for form, state in pairs:
        by_first.setdefault(form.split()[0].split("-")[0], []).append((form, state))
    return {word: tuple(sorted(found, key=lambda pair: -len(pair[0]))) for word, found in by_first.items()}


def maker_mentions(mentions: tuple[Mention, ...], sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    """*mentions* with each arms maker named as an actor made a mention of its home state (``how="maker"``),
    in place of whatever mentions its words held."""
    makers = _makers()
    named: list[Mention] = []
    for sentence in sentences:
        tokens = sentence.tokens
        for i in sentence.capitalised:
            for form, state in makers.get(tokens[i].text, ()):
                start = tokens[i].start - sentence.start
                if sentence.text[start:start + len(form)] != form:
                    continue
                end = tokens[i].start + len(form)
                last = next((j + 1 for j in range(i, min(i + 6, len(tokens))) if tokens[j].end == end), None)
                if last is not None and not _product(tokens, last) and not _making(sentence, i, last):
                    named.append(Mention(tokens[i].start, end, form, sentence.index, i, last, state, "maker"))
                break
    if not named:  # (most documents name no maker)
        return mentions
    added = [m for m in named if not _described([o for o in mentions if o.sentence == m.sentence], m.entity, m.first)]
    if not added:
        return mentions
    taken = {(m.sentence, k) for m in added for k in range(m.first, m.last)}
    kept = [m for m in mentions if not any((m.sentence, k) in taken for k in range(m.first, m.last))]
    return tuple(sorted((*kept, *added), key=lambda m: (m.start, m.end)))


def _product(tokens, last: int) -> bool:
    """Does a product's or a longer firm's name follow the maker's ("F-16", "Gripen", "Denel Munition")?"""
    if last >= len(tokens):
        return False
    text = tokens[last].text
    return text[:1].isupper() or any(c.isdigit() for c in text)


def _making(sentence: Sentence, first: int, last: int) -> bool:
    """Is the maker the agent of a verb of making ("built by Rheinmetall", "made by Diehl Defence")?"""
    return first >= 2 and sentence.lowers[first - 1] == "by" and sentence.lemmas[first - 2] in MAKING


def maker_making(view: SentenceView, subject_at: int | None, verb: int) -> bool:
    """Is the verb at *verb* one of making whose subject is an arms maker ("Hanwha Aerospace, which builds the
    gun")? The maker builds its own goods; who gets them is told by another verb."""
    if view.lemmas[verb] not in MAKING:
        return False
    if subject_at is not None and subject_at in view.actor_at and view.actor_at[subject_at].how == "maker":
        return True
    k = verb - 1
    if k > 0 and view.lower[k] in ("which", "that"):  # "Dassault Aviation, which builds the Rafale"
        k -= 1 + (view.lower[k - 1] == ",")
        return any(m.how == "maker" and m.last == k + 1 for m in view.actors)
    return False


def without_maker_getters(flows: list[AidFlow], mentions: tuple[Mention, ...]) -> list[AidFlow]:
    """*flows* less those whose recipient their sentence names only as an arms maker: a maker sells, the
    buyer is the state that gets the arms ("handing Mitsubishi Heavy Industries the contract")."""
    makers = {(m.sentence, m.entity) for m in mentions if m.how == "maker"}
    if not makers:
        return flows
    named = {(m.sentence, m.entity) for m in mentions if m.how in ("name", "capital")}  # (not "a Japanese bid")
    return [f for f in flows if not any((s, f.recipient) in makers and (s, f.recipient) not in named
                                        for s in f.evidence.context_sentences)]


def _described(mentions, state: EntityRef, first: int) -> bool:
    """Does a mention of the maker's state just before it describe it ("the French defence group Thales",
    "South Korea's Hanwha")? Then that mention already names the state; the maker's name is its firm."""
    return any(m.entity == state and first - 4 <= m.last <= first for m in mentions)
