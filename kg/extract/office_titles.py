"""The state of an office that its title's wording gives.

Some title wordings belong to one state's government only: "Secretary of State Marco Rubio" and
"Treasury Secretary Scott Bessent" are American offices, "External Affairs Minister S. Jaishankar"
an Indian one, "Chancellor of the Exchequer Rachel Reeves" a British one, with no demonym written.
The `[home]` table of `kg/rules/offices.toml` lists these wordings; a titled person whose office the
text ties to no state holds it for the state the wording names ("Secretary of State for Wales",
with "for" after it, is not the American office).
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache

from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence


@lru_cache(maxsize=1)
def _home_titles() -> dict[str, EntityRef]:
    from kg.errors import ExtractionError
    from kg.extract.gazetteer import RULES_DIR, load_gazetteer

    try:
        table = tomllib.loads((RULES_DIR / "offices.toml").read_text(encoding="utf-8")).get("home", {})
        return {form.casefold(): load_gazetteer().state(code).ref for form, code in table.items()}
    except (OSError, KeyError, tomllib.TOMLDecodeError) as err:
        raise ExtractionError(f"The [home] table of offices.toml is unreadable: {err}") from None


def title_state(sentence: Sentence, first: int, last: int) -> EntityRef | None:
    """The state whose own office the title at tokens *first*..*last* names, or None."""
    tokens = sentence.tokens
    if last < len(tokens) and tokens[last].lower == "for":
        return None
    return _home_titles().get(" ".join(t.text for t in tokens[first:last]).casefold())


def with_title_states(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                      mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the state their title's wording names, where the text ties the office to none and
    names that state somewhere ("Washington", "U.S.", "American" will do)."""
    named = {m.entity for m in mentions if m.entity.kind == "state"}
    out = []
    for find in finds:
        if find.titles and find.office_of is None:
            states = {title_state(sentences[t.sentence], t.first, t.last) for t in find.titles}
            if len(states) == 1 and None not in states and states <= named:
                find = replace(find, office_of=states.pop())
        out.append(find)
    return out
