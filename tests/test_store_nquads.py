"""to_nquads: how worker processes hand a document graph over as N-Quads bytes."""

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
