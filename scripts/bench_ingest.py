"""Benchmark the whole ingest: articles per second and tokens per second.

Generates synthetic 1,000-word articles (scripts/synthetic.py, fixed seed), then times
`kg.ingest` into a fresh on-disk store, single process and with worker processes, with
full, sampled and no SHACL validation (`kg ingest`'s default, auto, samples any batch
of more than 20 files), and last as ``kg ingest`` in a new process, start-up included. Prints
one line per configuration, with articles per wall-clock second and per CPU-second (the
steadier figure when other work shares the machine).

    python scripts/bench_ingest.py [--count 200] [--jobs 2] [--stages]

``--stages`` prints only the CPU milliseconds per article of each extraction stage (best of three
passes), the figure to compare before and after a speed change to one stage.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_articles  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.settings import load_settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--stages", action="store_true", help="only CPU ms per article of each extraction stage")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_articles(Path(tmp) / "articles", args.count, words=args.words)
        if args.stages:
            _stages(paths)
            return
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        # warm the spaCy pipeline and gazetteers once so that start-up is not counted per configuration
        ingest(paths[:1], settings=load_settings({}).with_values(store=Path(tmp) / "warm"), validate="off")
        print(f"{len(paths)} synthetic articles, {words} words ({words / len(paths):.0f} per article), "
              f"{os.cpu_count()} cores")
        _phases(paths, Path(tmp))
        configs = [(1, "off"), (1, "sample"), (args.jobs, "off"), (args.jobs, "sample"), (1, "full")]
        for jobs, validate in configs:
            count = len(paths) if validate != "full" else min(len(paths), 20)
            store = Path(tmp) / f"store-{jobs}-{validate}"
            started, cpu_started = time.perf_counter(), _cpu_seconds()
            ingest(paths[:count], settings=load_settings({}).with_values(store=store), jobs=jobs, validate=validate)
            seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
            share = words * count / len(paths)
            print(f"jobs={jobs} validate={validate:6} articles={count:4d} seconds={seconds:7.2f} "
                  f"articles/s={count / seconds:7.1f} tokens/s={share / seconds:9.0f} "
                  f"articles/s/core={count / seconds / jobs:6.1f} articles/cpu-s={count / cpu:6.1f}")
        for jobs in (1, args.jobs):  # what a user's `kg ingest` pays: start-up and loading the rules included
            store = Path(tmp) / f"store-cold-{jobs}"
            started, cpu_started = time.perf_counter(), _cpu_seconds()
            subprocess.run([sys.executable, "-m", "kg", "ingest", str(paths[0].parent), "--jobs", str(jobs),
                            "--validate", "off", "--store", str(store)], check=True, stdout=subprocess.DEVNULL)
            seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
            print(f"jobs={jobs} cold: `kg ingest --jobs {jobs} --validate off` in a new process: "
                  f"seconds={seconds:6.2f} articles/s={len(paths) / seconds:6.1f} "
                  f"articles/cpu-s={len(paths) / cpu:6.1f}")


def _phases(paths: list[Path], tmp: Path) -> None:
    """CPU milliseconds per article of each part of a single-process ingest: extraction, building the
    N-Quads (and what ingest reads from them), and the rest (store writes, linking, ontology), which a
    parent process does alone while worker processes wait."""
    from kg.extract import extract
    from kg.ingest import _build_one
    from kg.rdf.build import Run, build_graph
    from kg.sources import read_document

    run = Run("bench", "2026-01-01T00:00:00Z", "0", "0")
    started = time.process_time()
    extractions = [extract(read_document(p)) for p in paths]
    extracted = time.process_time()
    for extraction in extractions:
        build_graph(extraction, run)
    built = time.process_time()
    for path in paths:
        _build_one(path, 10**9, run)
    whole = time.process_time()
    ingest(paths, settings=load_settings({}).with_values(store=tmp / "store-phases"), validate="off")
    ingested = time.process_time()
    per = 1000 / len(paths)
    print(f"CPU ms per article, one process: extract {(extracted - started) * per:.1f}, build "
          f"{(built - extracted) * per:.1f}, extract+build as ingest does {(whole - built) * per:.1f}, "
          f"whole ingest (validate=off) {(ingested - whole) * per:.1f}, so store/link/ontology "
          f"{(ingested - whole - (whole - built)) * per:.1f}")


def _stages(paths: list[Path], passes: int = 3) -> None:
    """CPU milliseconds per article of each stage of the default pipeline, the best of *passes* passes."""
    from kg.extract import STAGES, Pipeline, Work, extract
    from kg.sources import read_document

    documents = [read_document(p) for p in paths]
    extract(documents[0])  # loads spaCy, the gazetteers and the rule files
    names = Pipeline().names
    best = dict.fromkeys(names, float("inf"))
    for _ in range(passes):
        spent = dict.fromkeys(names, 0.0)
        for document in documents:
            work = Work(source=document)
            for name in names:
                started = time.process_time()
                work = STAGES[name].func(work)
                spent[name] += time.process_time() - started
        best = {name: min(best[name], spent[name]) for name in names}
    for name in names:
        print(f"{name:20} {best[name] * 1000 / len(documents):6.2f} CPU ms per article")
    print(f"{'all stages':20} {sum(best.values()) * 1000 / len(documents):6.2f} CPU ms per article")


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: steadier than wall time on a shared machine."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


if __name__ == "__main__":
    main()
