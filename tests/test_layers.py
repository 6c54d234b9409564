"""Layer rules: thin shells, lazy heavy imports, a complete public surface."""

from __future__ import annotations

import re
import subprocess
import sys

import kg
from kg.settings import PROJECT_ROOT

HEAVY = ("spacy", "rdflib", "pyshacl", "owlready2", "country_converter", "pandas", "flask", "werkzeug", "kg.web")


def test_click_is_imported_only_by_the_cli():
    offenders = []
    for path in (PROJECT_ROOT / "kg").rglob("*.py"):
        if path.name in ("cli.py",):
            continue
        if re.search(r"^\s*(import click|from click)", path.read_text(encoding="utf-8"), re.MULTILINE):
            offenders.append(path.name)
    assert offenders == []


def test_store_backend_is_only_known_to_store_and_rdf():
    allowed = {"store.py", "build.py", "links.py", "queries.py", "ingest.py"}
    offenders = [
        p.name for p in (PROJECT_ROOT / "kg").rglob("*.py")
        if re.search(r"^\s*(import pyoxigraph|from pyoxigraph)", p.read_text(encoding="utf-8"), re.MULTILINE)
        and p.name not in allowed
    ]
    assert offenders == []


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, cwd=PROJECT_ROOT)
    return set(out.stdout.split())


def test_help_and_query_do_not_import_heavy_libraries(seeded_settings):
    help_modules = _modules_after(
        "from kg.cli import cli\ntry:\n    cli(['--help'])\nexcept SystemExit:\n    pass"
    )
    query_modules = _modules_after(
        "from kg.cli import cli\ntry:\n"
        f"    cli(['query', 'who-supplies', '--param', 'recipient=Cuba', '--store', {str(seeded_settings.store)!r}])\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code"
    )
    for name in HEAVY:
        assert name not in help_modules, name
        assert name not in query_modules, name


def test_public_names_are_exported_in_sorted_order():
    assert kg.__all__ == sorted(kg.__all__)
    for name in kg.__all__:
        assert hasattr(kg, name)


def test_every_module_stays_small():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in (PROJECT_ROOT / "kg").rglob("*.py")}
    assert max(sizes.values()) <= 600, sizes
