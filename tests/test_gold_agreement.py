"""scripts/gold_agreement.py scores one gold annotation against another with kg eval's keys."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from kg.evaluate import load_gold
from kg.settings import PROJECT_ROOT

GOLD = PROJECT_ROOT / "tests" / "data" / "gold"


def _script():
    spec = importlib.util.spec_from_file_location("gold_agreement", PROJECT_ROOT / "scripts" / "gold_agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(directory: Path, doc_id: str, **facts) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{doc_id}.json").write_text(json.dumps({"doc_id": doc_id, **facts}), encoding="utf-8")


def test_agreement_counts_shared_and_disagreeing_keys(tmp_path):
    flow = {"donor": "Germany", "recipient": "Ukraine", "status": "delivered", "categories": ["military"]}
    _write(tmp_path / "a", "doc", aid_flows=[flow, {**flow, "donor": "Israel", "status": "declined"}],
           offices=[{"person": "Olaf Scholz", "role": "chancellor"}],
           claims=[{"claimant": "Christine Lambrecht", "about": ["Ukraine"], "stance": "supports",
                    "modality": "asserted"}])
    _write(tmp_path / "b", "doc", aid_flows=[{**flow, "status": "pledged"}],
           claims=[{"claimant": "Lambrecht", "about": ["Ukraine"], "stance": "supports", "modality": "asserted"}])
    _write(tmp_path / "a", "only-in-a", aid_flows=[flow])
    report, diff = _script().agreement(tmp_path / "a", tmp_path / "b")
    assert report.documents == 1
    pair = report.scores["aid flows (donor, recipient)"]
    assert (pair.tp, pair.fp, pair.fn) == (1, 0, 1)
    status = report.scores["aid flows + status"]
    assert (status.tp, status.fp, status.fn) == (0, 1, 2)
    assert report.scores["claims + stance"].f1 == 1.0  # "Lambrecht" matches "Christine Lambrecht"
    assert "offices (person, role)" not in report.scores  # b did not annotate offices
    assert diff["doc"]["aid flows (donor, recipient)"] == ({("israel", "ukraine")}, set())


def test_second_annotations_stay_out_of_the_eval_splits():
    second = {p.stem for p in (GOLD / "second").glob("*.json")}
    assert second and second <= {p.stem for p in (GOLD / "dev").glob("*.json")}
    assert len(load_gold(GOLD, "all")) == len(list(GOLD.glob("dev/*.json")) + list(GOLD.glob("test/*.json")))
