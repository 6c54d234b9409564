"""The SPARQL client against endpoints that fail: down, slow, erroring, garbage, rate limiting."""

from __future__ import annotations

import pytest
from wikidata_server import bad_endpoint, free_port

from kg.errors import LinkError
from kg.link.client import SparqlClient, _retry_after, parse_results

QUERY = "SELECT ?item WHERE { ?item ?p ?o } LIMIT 1"


def test_answers_are_parsed_and_the_user_agent_is_descriptive():
    with bad_endpoint("empty") as (url, server):
        result = SparqlClient(url, timeout=5).select(QUERY)
    assert result["results"]["bindings"] == []
    (agent,) = server.agents
    assert agent.startswith("kg/") and "knowledge graph" in agent


@pytest.mark.parametrize("mode, message", [
    ("error", "HTTP 500|rejected"),
    ("garbage", "not SPARQL JSON"),
], ids=["http-500", "garbage"])
def test_bad_answers_become_link_errors(mode, message):
    with bad_endpoint(mode) as (url, _):
        with pytest.raises(LinkError, match=message):
            SparqlClient(url, timeout=5).select(QUERY)


def test_a_slow_endpoint_times_out():
    with bad_endpoint("slow", delay=3) as (url, _):
        with pytest.raises(LinkError, match="within 1 s|timed out"):
            SparqlClient(url, timeout=1).select(QUERY)


def test_an_endpoint_that_is_down():
    with pytest.raises(LinkError, match="Cannot reach"):
        SparqlClient(f"http://127.0.0.1:{free_port()}/sparql", timeout=2).select(QUERY)


def test_retry_after_is_honoured_then_the_answer_used():
    waits: list[float] = []
    with bad_endpoint("busy-once") as (url, server):
        result = SparqlClient(url, timeout=5, sleep=waits.append).select(QUERY)
    assert result["results"]["bindings"] == []
    assert waits == [1.0] and server.hits == 2


def test_retries_are_bounded():
    waits: list[float] = []
    with bad_endpoint("busy") as (url, server):
        with pytest.raises(LinkError, match="HTTP 429 after 3 attempts"):
            SparqlClient(url, timeout=5, retries=2, sleep=waits.append).select(QUERY)
    assert waits == [1.0, 1.0] and server.hits == 3


def test_a_too_long_retry_after_fails_at_once():
    with bad_endpoint("busy") as (url, server):
        with pytest.raises(LinkError, match="asks to wait"):
            SparqlClient(url, timeout=5, max_wait=0.5, sleep=lambda s: None).select(QUERY)
    assert server.hits == 1


def test_retry_after_forms():
    assert _retry_after("12") == 12.0
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: no wait
    assert _retry_after("soon") == 5.0


@pytest.mark.parametrize("body", [b"[]", b'{"results": {"bindings": 3}}', b'{"results": {"bindings": [1]}}', b"\xff"],
                         ids=["list", "bindings-not-list", "binding-not-object", "not-utf8"])
def test_result_shape_is_checked(body):
    with pytest.raises(LinkError):
        parse_results(body)
