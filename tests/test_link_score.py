"""Context scoring, confidence, overrides and query building, without any endpoint."""

from __future__ import annotations

import pytest

from kg.errors import LinkError
from kg.link.cache import AnswerCache
from kg.link.candidates import Candidate, Statement, lookup_query, sparql_string
from kg.link.context import EntityContext
from kg.link.decide import Lookup, decide, load_overrides
from kg.link.score import is_confident, rank, score_candidate

RUBIO = EntityContext("https://w3id.org/geokg/resource/person/marco-rubio", "person", "Marco Rubio", "doc",
                      "2026-02-16", roles=("senator",), states=("Q30",))


def _person(qid, matched="label", *statements, sitelinks=10):
    return Candidate(qid, "Marco Rubio", "", matched, (*statements, Statement("sitelinks", str(sitelinks))))


SENATOR = Statement("P39", "Q4416090", "United States senator", "2011-01-03", "2025-01-20")


def test_holding_the_articles_office_outweighs_popularity():
    politician = _person("Q1", "label", SENATOR, Statement("P27", "Q30"), sitelinks=5)
    famous = _person("Q2", "label", Statement("P39", "Q999"), sitelinks=5000)
    ranked = rank([famous, politician], RUBIO)
    assert ranked[0].candidate.qid == "Q1"
    assert any("United States senator" in line for line in ranked[0].evidence)
    assert is_confident(ranked)


def test_office_on_the_article_date_counts_extra():
    in_office = EntityContext(RUBIO.iri, "person", "Marco Rubio", "doc", "2020-06-01", roles=("senator",))
    assert score_candidate(_person("Q1", "label", SENATOR), in_office).score > \
        score_candidate(_person("Q1", "label", SENATOR), RUBIO).score


def test_dead_before_the_article_and_no_office_lose_points():
    dead = _person("Q1", "label", Statement("P570", "0158-01-01"))
    scored = score_candidate(dead, RUBIO)
    assert scored.score < 0
    assert any("died 0158-01-01" in line for line in scored.evidence)
    assert any("no position held" in line for line in scored.evidence)


def test_two_equal_candidates_are_not_confident():
    a, b = _person("Q1", "label", SENATOR), _person("Q2", "label", SENATOR)
    assert not is_confident(rank([a, b], RUBIO))
    assert not is_confident([])


def test_an_alias_alone_is_not_enough():
    ctx = EntityContext("https://w3id.org/geokg/resource/person/x", "person", "X", "doc", "2026-01-01")
    assert not is_confident(rank([_person("Q1", "alias", sitelinks=100)], ctx))


def test_decisions_offline_without_a_cached_answer(tmp_path):
    decision = decide(RUBIO, Lookup(AnswerCache(tmp_path)), {})
    assert decision.status == "unresolved" and decision.qid is None
    assert "kg link" in decision.reason


def test_overrides_are_read_and_checked(tmp_path):
    path = tmp_path / "o.toml"
    assert load_overrides(path) == {}
    path.write_text('[[override]]\nentity = "person/x"\nqid = "Q42"\nreason = "checked by hand"\n', encoding="utf-8")
    (override,) = load_overrides(path).values()
    assert override.qid == "Q42" and override.reason == "checked by hand"
    path.write_text('[[override]]\nentity = "person/x"\nqid = "42"\nreason = "r"\n', encoding="utf-8")
    with pytest.raises(LinkError, match="override 1"):
        load_overrides(path)
    path.write_text('[[override]]\nentity = "person/x"\nqid = "Q42"\n', encoding="utf-8")
    with pytest.raises(LinkError, match="reason"):
        load_overrides(path)


def test_the_committed_overrides_file_parses():
    from kg.settings import load_settings

    load_overrides(load_settings({}).wikidata_overrides)


def test_query_text_escapes_names_and_checks_kinds():
    assert sparql_string('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'
    query = lookup_query('Wang "Yi"', "person")
    assert '"Wang \\"Yi\\""@en' in query and "wd:Q5" in query
    with pytest.raises(LinkError, match="type filter"):
        lookup_query("x", "concept")
    with pytest.raises(LinkError):
        lookup_query("   ", "person")


def test_queries_parse_as_sparql():
    import pyoxigraph as ox

    from kg.link.candidates import features_query
    from kg.link.enrich import enrichment_query

    store = ox.Store()
    for query in (lookup_query('x"} DROP ALL {', "place"), features_query(["Q1", "Q2"]), enrichment_query("Q30")):
        assert list(store.query(query)) == []
    with pytest.raises(LinkError):
        features_query(["Q1 } DROP ALL"])


def test_documents_that_disagree_leave_the_entity_unresolved():
    from kg.link import _agree_across_documents
    from kg.link.decide import LinkDecision

    def linked(doc, qid, status="linked"):
        ctx = EntityContext(RUBIO.iri, "person", "Marco Rubio", doc, "2026-01-01")
        return LinkDecision(ctx, status, qid, "test")

    agreeing = {"a": ([linked("a", "Q1")], {}), "b": ([linked("b", "Q1")], {})}
    assert _agree_across_documents(agreeing) == agreeing
    fixed = _agree_across_documents({"a": ([linked("a", "Q1")], {}), "b": ([linked("b", "Q2")], {})})
    for doc in ("a", "b"):
        (decision,) = fixed[doc][0]
        assert decision.status == "unresolved" and decision.qid is None
        assert "Q1 (a), Q2 (b)" in decision.reason


def test_link_needs_an_existing_store(tmp_path, runner):
    from kg.cli import cli

    result = runner.invoke(cli, ["link", "--offline", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and result.output.startswith("Error: No store at")
    assert not (tmp_path / "none").exists()


def test_the_dead_may_be_named_in_history_but_not_hold_office():
    castro = Candidate("Q11256", "Fidel Castro", "", "label", (Statement("P570", "2016-11-25"), Statement("P27", "Q241"),
                                                                 Statement("sitelinks", "200")))
    history = EntityContext("https://w3id.org/geokg/resource/person/fidel-castro", "person", "Fidel Castro", "doc",
                            "2026-02-16", states=("Q241",))
    assert is_confident(rank([castro], history))
    in_office = EntityContext(history.iri, "person", "Fidel Castro", "doc", "2026-02-16", roles=("president",),
                              states=("Q241",))
    assert not is_confident(rank([castro], in_office))


def test_relations_to_other_entities_of_the_article_count():
    member = Candidate("Q1", "X", "", "label", (Statement("P463", "Q7184"),))
    ctx = EntityContext("https://w3id.org/geokg/resource/org/x", "organisation", "X", "doc", "2026-01-01",
                        cooccurring=("Q7184",))
    scored = score_candidate(member, ctx)
    assert any("related to Q7184" in line for line in scored.evidence)
    assert scored.score > score_candidate(member, EntityContext(ctx.iri, "organisation", "X", "doc")).score


# --- evidence for entities named without a title or found by the place gazetteer ---------------

def _named(qid, label, matched, *statements, sitelinks=10):
    return Candidate(qid, label, "", matched, (*statements, Statement("sitelinks", str(sitelinks))))


def test_the_place_gazetteers_country_picks_the_city_over_a_namesake():
    ctx = EntityContext("https://w3id.org/geokg/resource/place/lyon", "place", "Lyon", "doc", "2026-01-01",
                        states=("Q30",), countries=("Q142",))
    city = _named("Q1", "Lyon", "label", Statement("P17", "Q142"), sitelinks=150)
    namesake = _named("Q2", "Lyon", "label", Statement("P17", "Q30"), sitelinks=5)  # a town in a named state
    ranked = rank([namesake, city], ctx)
    assert ranked[0].candidate.qid == "Q1" and is_confident(ranked)
    assert any("place gazetteer" in line for line in ranked[0].evidence)
    without = EntityContext(ctx.iri, "place", "Lyon", "doc", "2026-01-01", states=("Q30",))
    assert not is_confident(rank([namesake, city], without))


def test_a_surname_alone_means_the_incumbent_of_a_named_state():
    ctx = EntityContext("https://w3id.org/geokg/resource/person/modi", "person", "Modi", "doc", "2026-01-01",
                        states=("Q668",))
    incumbent = _named("Q1", "Narendra Modi", "alias", Statement("P27", "Q668"),
                       Statement("P39", "Q2", "Prime Minister of India", "2014-05-26"), sitelinks=200)
    former = _named("Q3", "Narendra Modi", "alias", Statement("P27", "Q668"),
                    Statement("P39", "Q2", "Prime Minister of India", "2014-05-26", "2019-05-30"), sitelinks=200)
    assert any("held a position on the article's date" in line for line in score_candidate(incumbent, ctx).evidence)
    assert not any("held a position on the article's date" in line for line in score_candidate(former, ctx).evidence)


def test_one_name_alone_favours_the_famous_bearer_only_with_other_evidence():
    ctx = EntityContext("https://w3id.org/geokg/resource/person/mandela", "person", "Mandela", "doc", "2026-01-01",
                        states=("Q258",))
    famous = _named("Q1", "Nelson Mandela", "alias", Statement("P27", "Q258"), sitelinks=250)
    other = _named("Q2", "Zola Mandela", "alias", Statement("P27", "Q1033"), sitelinks=3)
    ranked = rank([other, famous], ctx)
    assert ranked[0].candidate.qid == "Q1" and is_confident(ranked)
    assert any("named by one name alone" in line for line in ranked[0].evidence)
    nowhere = EntityContext(ctx.iri, "person", "Mandela", "doc", "2026-01-01")  # no state of citizenship named
    assert not is_confident(rank([other, famous], nowhere))
    full = EntityContext(ctx.iri, "person", "Nelson Mandela", "doc", "2026-01-01", states=("Q258",))
    assert not any("one name alone" in line for line in score_candidate(famous, full, rival_sitelinks=3).evidence)
