from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.settings import PROJECT_ROOT, Settings, load_settings
from kg.store import GraphStore

SHARED = PROJECT_ROOT.parent / "shared"
SEEDS = PROJECT_ROOT / "seeds"
CUBA_IRAN_SEED = SEEDS / "000_5fae679bbda454a8.txt"
COMMENTS_SEED = SEEDS / "001_dcba561c04f42727.txt"
ACTOR_KINDS = ("state", "organisation")


def person_labels(text: str) -> set[str]:
    """The labels of the persons the pipeline finds in *text*."""
    from kg.extract import extract
    from kg.model import SourceDocument

    return {m.entity.label for m in extract(SourceDocument("test", text)).mentions if m.entity.kind == "person"}


def sentence_view(text: str, *, sentence: int = 0, kinds: tuple[str, ...] | None = ACTOR_KINDS):
    """The SentenceView of one sentence of *text* (the first by default) after the whole pipeline, with the
    mentions of *kinds* as its actors (None: every mention) -- what the rule modules' unit tests read."""
    from kg.extract import extract
    from kg.extract.view import SentenceView
    from kg.model import SourceDocument

    doc = extract(SourceDocument("test", text))
    chosen = doc.sentences[sentence]
    return SentenceView(chosen, [m for m in doc.mentions if m.sentence == chosen.index
                                 and (kinds is None or m.entity.kind in kinds)])


def pytest_addoption(parser):
    parser.addoption("--network", action="store_true", default=False, help="run tests that reach the internet")


def pytest_runtest_setup(item):
    if "network" in item.keywords and not item.config.getoption("--network"):
        pytest.skip("needs --network")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh store directory under tmp_path."""
    return load_settings({}).with_values(store=tmp_path / "store")


@pytest.fixture(scope="session")
def seeded_settings(tmp_path_factory) -> Settings:
    """Settings whose store holds the graph built from seeds/ (built once per session)."""
    from kg.ingest import ingest

    store_dir = tmp_path_factory.mktemp("seeded") / "store"
    settings = load_settings({}).with_values(store=store_dir)
    ingest([SEEDS], settings=settings)
    return settings


@pytest.fixture(scope="session")
def seeded_store(seeded_settings):
    return GraphStore(seeded_settings.store, read_only=True)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder


def copy_seed(seed: Path, folder: Path) -> Path:
    target = folder / seed.name
    shutil.copy(seed, target)
    return target


# The web app over a private copy of the seeded store (the app opens its store read-write), one per module.
@pytest.fixture(scope="module")
def served(seeded_settings, tmp_path_factory):
    folder = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(seeded_settings.store, folder)
    return seeded_settings.with_values(store=folder)


@pytest.fixture(scope="module")
def served_store(served):
    graph = GraphStore(served.store, atomic=True)
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def app(served, served_store):
    from kg.web import create_app

    app = create_app(served, store=served_store)
    yield app
    app.extensions["kg"].close()


@pytest.fixture
def client(app):
    return app.test_client()
