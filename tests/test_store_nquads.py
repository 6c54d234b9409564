"""N-Quads bytes: how a document graph goes to the store (build_graph) and how quads are written (to_nquads)."""

import pyoxigraph as ox

from kg.store import to_nquads


def test_nquads_of_quads_already_in_their_graph_are_the_same_bytes():
    graph = "https://example.org/graph/a"
    node = ox.NamedNode("https://example.org/s")
    quads = [ox.Quad(node, ox.NamedNode("https://example.org/p"), ox.Literal(f'say "{n}"\n'), ox.NamedNode(graph))
             for n in range(3)]
    assert to_nquads(graph, quads, in_graph=True) == to_nquads(graph, quads)
    moved = to_nquads("https://example.org/graph/b", quads)  # without in_graph the quads move over
    assert moved.count(b"<https://example.org/graph/b>") == 3 and b"graph/a" not in moved


def test_build_graph_writes_the_bytes_pyoxigraph_writes_for_build_quads():
    """build_graph's N-Quads are byte for byte pyoxigraph's serialisation of build_quads (terms with quotes,
    backslashes and line breaks included), and the quads it keeps aside are those of the predicates asked for."""
    from kg.extract import extract
    from kg.model import SourceDocument
    from kg.rdf.build import Run, build_graph, build_quads
    from kg.vocab import KG, RDFS

    text = ('Russia has shipped 100,000 tonnes of wheat to Cuba, officials in Havana said on Monday.\n\n'
            'Cuba\'s foreign minister said: "We thank \\ our friends."\r\nThe aid arrived in March.\n')
    extraction = extract(SourceDocument("quoted-doc", text, date="2026-03-02"))
    run = Run("r1", "2026-01-01T00:00:00Z", "0", "t")
    quads = build_quads(extraction, run)
    keep = frozenset((RDFS.label, KG.donor))
    graph = build_graph(extraction, run, keep)
    assert graph.nquads == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert graph.count == len(quads) == len(set(quads))
    assert graph.kept == [q for q in quads if q.predicate.value in keep]
    assert any(q.predicate.value == KG.donor for q in graph.kept)
    assert any("\\" in q.object.value for q in quads)  # the backslash survived the round trip
