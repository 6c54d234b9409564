"""kg.extract.aid_to_which: the state a relative clause ("to which", ", where") hangs on gets what it tells."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.aid_to_which import where_getter
from kg.extract.view import SentenceView
from kg.model import EntityRef, SourceDocument


def _view(text: str) -> SentenceView:
    return sentence_view(text, sentence=-1)


def _labels(refs: tuple[EntityRef, ...]) -> list[str]:
    return [r.label for r in refs]


def test_where_clause_on_a_list_of_states():
    view = _view("Sri Lanka and the Maldives, where Chinese lenders have financed ports, faced debt crises.")
    assert _labels(where_getter(view, view.lower.index("financed"))) == ["Sri Lanka", "Maldives"]


def test_where_clause_after_a_time_phrase():
    view = _view("Modi will travel on to Sri Lanka later this week, where he will open a plant built with Indian financing.")
    assert _labels(where_getter(view, view.lower.index("financing"))) == ["Sri Lanka"]


def test_no_where_clause_or_no_state():
    view = _view("The talks were held in Geneva, where donors pledged $2 billion for Sudan.")
    assert where_getter(view, view.lower.index("pledged")) == ()
    view = _view("China has financed ports in Sri Lanka.")
    assert where_getter(view, view.lower.index("financed")) == ()


def test_later_getters_share_the_main_clause_getter_with_the_same_giver():
    from kg.extract.aid_context import later_getters  # noqa: PLC0415
    from kg.extract.aid_nouns import Frame  # noqa: PLC0415
    from kg.extract.lexicon import Entry  # noqa: PLC0415
    japan, ukraine, poland = (EntityRef("state", k, k.title()) for k in ("japan", "ukraine", "poland"))
    entry = Entry(("send",), "give", "delivered")
    relative = Frame(entry, 3, 4, (japan,), [(4, 6, ())])
    main = Frame(entry, 8, 9, (japan,), [(9, 11, (ukraine,))])
    other = Frame(entry, 3, 4, (poland,), [(4, 6, ())])
    assert later_getters([relative, main]) == [(ukraine,), ()]
    assert later_getters([other, main]) == [(), ()]
