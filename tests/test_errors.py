"""Every bad input is one `Error: ...` line, a non-zero exit, and an unchanged store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kg.cli import cli
from kg.store import GraphStore


def _store_snapshot(path: Path) -> set[str]:
    store = GraphStore(path, read_only=True)
    try:
        return {str(q) for q in store.quads_for_pattern()}
    finally:
        store.close()


@pytest.fixture
def built(seeded_settings, settings):
    """A private copy of the seeded store, so tests may try to change it."""
    import shutil

    shutil.copytree(seeded_settings.store, settings.store)
    return settings


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "empty": folder / "empty.txt",
        "blank": folder / "blank.txt",
        "binary": folder / "binary.txt",
        "latin1": folder / "latin1.txt",
        "controls": folder / "controls.txt",
    }
    files["empty"].write_bytes(b"")
    files["blank"].write_text("  \n\n\t\n", encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    files["latin1"].write_bytes("Caf\xe9 in Havana: Cuba's talks".encode("latin-1"))
    files["controls"].write_bytes(b"abc" + bytes(range(1, 9)) * 20)
    return files


@pytest.mark.parametrize("kind,expected", [
    ("empty", "empty file"), ("blank", "empty file"), ("binary", "binary"), ("latin1", "not UTF-8"),
    ("controls", "looks binary"),
], ids=["empty", "blank", "binary", "latin1", "controls"])
def test_bad_file_is_one_line_and_store_unchanged(runner, built, tmp_path, kind, expected):
    before = _store_snapshot(built.store)
    bad = _bad_files(tmp_path)[kind]
    result = runner.invoke(cli, ["ingest", str(bad), "--store", str(built.store)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and expected in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert _store_snapshot(built.store) == before


def test_one_bad_file_in_a_batch_writes_nothing(runner, built, article_dir):
    from conftest import CUBA_IRAN_SEED

    good = article_dir / "good-copy.txt"
    good.write_text(CUBA_IRAN_SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (article_dir / "zz-empty.txt").write_bytes(b"")
    before = _store_snapshot(built.store)
    result = runner.invoke(cli, ["ingest", str(article_dir), "--store", str(built.store)])
    assert result.exit_code == 1 and "empty file" in result.output
    assert _store_snapshot(built.store) == before


def test_too_large_file_is_refused(runner, built, tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("Russia sent oil to Cuba. " * 100, encoding="utf-8")
    monkeypatch.setenv("KG_MAX_FILE_BYTES", "1000")
    result = runner.invoke(cli, ["ingest", str(big), "--store", str(built.store)])
    assert result.exit_code == 1 and "larger than the limit" in result.output


def test_shape_violation_fails_the_ingest_and_writes_nothing(built, tmp_path, monkeypatch):
    from conftest import CUBA_IRAN_SEED

    from kg.errors import ShapeViolation
    from kg.ingest import ingest
    from kg.rdf import build
    from kg.vocab import KG

    real = build.build_graph

    def broken(extraction, run, keep=frozenset()):  # drop every donor: each aid flow now violates its shape
        graph = real(extraction, run, keep)
        lines = [line for line in graph.nquads.decode().splitlines(keepends=True) if f"<{KG.donor}>" not in line]
        return replace(graph, nquads="".join(lines).encode(), count=len(lines))

    monkeypatch.setattr(build, "build_graph", broken)
    before = _store_snapshot(built.store)
    with pytest.raises(ShapeViolation) as info:
        ingest([CUBA_IRAN_SEED], settings=built)
    assert "resource/aidflow/" in str(info.value) and "donor" in str(info.value).lower()
    assert _store_snapshot(built.store) == before


@pytest.mark.parametrize("args,expected", [
    (["ingest", "no/such/file.txt"], "No such file or folder: no/such/file.txt"),
    (["query", "leaders-of-mars"], "No query 'leaders-of-mars'. Available: "),
    (["query", "who-supplies"], "needs --param recipient=VALUE"),
    (["query", "who-supplies", "--param", "country=Cuba"], "has no parameter 'country'. Parameters: recipient"),
    (["query", "who-supplies", "--param", "recipient"], "write it as KEY=VALUE"),
    (["query", "who-supplies", "--param", "recipient=Atlantis"], "no state named 'Atlantis'"),
    (["query", "aid-flows", "--param", "status=stolen"], "Bad value 'stolen' for status. Choices: "),
], ids=["missing-path", "unknown-query", "missing-param", "unknown-param", "no-equals", "unknown-state", "bad-enum"])
def test_error_paths(runner, built, args, expected):
    result = runner.invoke(cli, [*args, "--store", str(built.store)])
    assert result.exit_code != 0
    assert result.output.startswith("Error: ") and expected in result.output, result.output
    assert "Traceback" not in result.output


def test_query_without_a_store_says_how_to_make_one(runner, tmp_path):
    result = runner.invoke(cli, ["query", "who-supplies", "--param", "recipient=Cuba", "--store", str(tmp_path / "x")])
    assert result.exit_code == 1 and "run `kg build`" in result.output


@pytest.mark.parametrize("value", [
    'Cuba" } UNION { ?s ?p ?o',
    "Cuba> } UNION { ?s ?p ?o } #",
    "https://w3id.org/geokg/resource/state/CU> } UNION {",
    "https://w3id.org/geokg/resource/state/C U",
    "http://example.org/evil",
], ids=["quote-union", "angle-union", "iri-union", "iri-space", "foreign-iri"])
def test_injection_attempts_are_rejected(runner, built, value):
    result = runner.invoke(cli, ["query", "who-supplies", "--param", f"recipient={value}", "--store", str(built.store)])
    assert result.exit_code == 1 and result.output.startswith("Error: ")


@pytest.mark.parametrize("files,mode,checked", [(3, "auto", 3), (25, "auto", 1), (25, "full", 25), (25, "off", 0)])
def test_validation_modes_choose_which_documents_pyshacl_checks(tmp_path, monkeypatch, files, mode, checked):
    import kg.validate
    from kg.ingest import ingest
    from kg.settings import load_settings

    seen: list[int] = []
    real = kg.validate.validate_ntriples

    def counting(ntriples, **kwargs):
        seen.append(ntriples.count("<https://w3id.org/geokg/ontology#Document>"))
        return real("", **kwargs)  # the shapes on an empty graph: conforms

    monkeypatch.setattr(kg.validate, "validate_ntriples", counting)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(files):
        (folder / f"note-{n:02d}.txt").write_text(
            f"Aid note {n}\nDate: 2025-03-0{1 + n % 9}\n\nJapan sent {n + 2} patrol boats to the Philippines.\n",
            encoding="utf-8")
    ingest([folder], settings=load_settings({}).with_values(store=tmp_path / "store"),
           **({} if mode == "auto" else {"validate": mode}))
    assert sum(seen) == checked


def test_sparql_shapes_flag_each_bad_node_when_queries_are_prepared_once():
    """The quote check and donor-differs check are SPARQL constraints, prepared once
    (kg/rdflib_prepared.py) and run with a new $this per node: each bad node is named."""
    import re

    from conftest import CUBA_IRAN_SEED

    from kg.ingest import _build_one
    from kg.rdf.build import Run
    from kg.settings import load_settings
    from kg.validate import validate_ntriples

    lines = _build_one(CUBA_IRAN_SEED, 10**7, Run("r1", "2026-01-01T00:00:00Z", "0", "t")).ntriples.splitlines()
    quotes = [n for n, line in enumerate(lines) if "#quote>" in line]
    donors = [n for n, line in enumerate(lines) if "#donor>" in line]
    broken_quotes = {lines[n].split()[0] for n in quotes[:2]}
    for n in quotes[:2]:
        lines[n] = re.sub(r'"(.*)"', '"not what the text says"', lines[n])
    flow, _, _ = lines[donors[0]].split(" ", 2)
    recipient = next(line.split(" ", 2)[2] for line in lines if line.startswith(f"{flow} ") and "#recipient>" in line)
    lines[donors[0]] = f"{flow} <https://w3id.org/geokg/ontology#donor> {recipient}"
    report = validate_ntriples("\n".join(lines), ontology_dir=load_settings({}).ontology_dir)
    found = {(f"<{v.focus_node}>", v.message) for v in report.violations}
    assert {node for node, message in found if message.startswith("The quote must be exactly")} == broken_quotes
    assert {node for node, message in found if "donor and recipient must differ" in message} == {flow}
