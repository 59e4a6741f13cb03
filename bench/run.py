"""Benchmark: our matcher against a rapidfuzz full scan and BM25, at 1k/10k/100k facts, plus the Slack path.

    python bench/run.py                 # everything (several minutes)
    python bench/run.py --sizes 1000    # a quick look

Each measurement runs in a fresh process so that peak memory (ru_maxrss) belongs to it alone.
Results: a table on stdout and bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

DATA = HERE / ".data"
RESULTS = HERE / "results"
SIZES = (1_000, 10_000, 100_000)
METHODS = ("briefbot", "rapidfuzz", "bm25")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


# -- workers: one method, one size, one process ------------------------------------------------


def worker(method: str, size: int, queries_file: Path, cache: str) -> dict:
    queries = json.loads(queries_file.read_text())
    folder = DATA / str(size) / "knowledge"
    started = time.perf_counter()
    ask = {"briefbot": _ours, "rapidfuzz": _rapidfuzz, "bm25": _bm25}[method](folder, cache)
    load = time.perf_counter() - started
    outcomes, latencies = [], []
    for query in queries:
        t0 = time.perf_counter()
        outcomes.append(ask(query["text"]))
        latencies.append(time.perf_counter() - t0)
    return {"load_s": load, "peak_mb": peak_mb(), "latencies": latencies, "outcomes": outcomes}


def _ours(folder: Path, cache: str):
    from bot.matching import answer, load_index  # noqa: PLC0415 - imported inside the measured process

    index = load_index(folder, cache_dir=Path(cache) if cache else None)

    def ask(text: str):
        result = answer(text, index)
        return [result.best.fact.id, result.score] if result.answered else [None, result.score]

    return ask


def _phrasings(folder: Path):
    from bot.knowledge import load_knowledge  # noqa: PLC0415

    knowledge = load_knowledge(folder)
    return knowledge, [(f.id, q) for f in knowledge.facts for q in f.questions]


def _rapidfuzz(folder: Path, cache: str):
    from rapidfuzz import fuzz, process, utils  # noqa: PLC0415

    _, pairs = _phrasings(folder)
    ids = [fact_id for fact_id, _ in pairs]
    # default_process applied once up front is the same as processor=default_process on every
    # call, only faster: the baseline gets its best showing.
    choices = [utils.default_process(q) for _, q in pairs]

    def ask(text: str):
        best = process.extractOne(utils.default_process(text), choices, scorer=fuzz.WRatio, processor=None)
        return [ids[best[2]], best[1] / 100] if best else [None, 0.0]

    return ask


def _bm25(folder: Path, cache: str):
    from rank_bm25 import BM25Okapi  # noqa: PLC0415
    from rapidfuzz import utils  # noqa: PLC0415

    knowledge, _ = _phrasings(folder)
    ids = [f.id for f in knowledge.facts]
    corpus = [utils.default_process(" ".join((*f.questions, f.answer))).split() for f in knowledge.facts]
    bm25 = BM25Okapi(corpus)

    def ask(text: str):
        scores = bm25.get_scores(utils.default_process(text).split())
        best = int(scores.argmax())
        return [ids[best], float(scores[best])]

    return ask


# -- scoring -----------------------------------------------------------------------------------


def judge(queries: list[dict], outcomes: list, cutoff: float | None) -> tuple[float, float]:
    """(in-scope accuracy, off-topic refusal) with answers below `cutoff` counted as refusals."""
    right = refused = in_scope = off = 0
    for query, (fact_id, score) in zip(queries, outcomes, strict=True):
        answered = fact_id is not None and (cutoff is None or score >= cutoff)
        if query["expect"]:
            in_scope += 1
            right += answered and fact_id == query["expect"]
        else:
            off += 1
            refused += not answered
    return right / max(in_scope, 1), refused / max(off, 1)


def best_cutoff(queries, outcomes) -> tuple[float, float, float]:
    """The baseline's best score cut-off on this very query set (generous to it): max accuracy + refusal."""
    candidates = sorted({score for _, score in outcomes})
    best = (-1.0, 0.0, 0.0, 0.0)
    for cutoff in candidates:
        accuracy, refusal = judge(queries, outcomes, cutoff)
        if accuracy + refusal > best[0]:
            best = (accuracy + refusal, cutoff, accuracy, refusal)
    return best[1], best[2], best[3]


# -- driver ------------------------------------------------------------------------------------


def run_worker(method: str, size: int, queries_file: Path, cache: str = "") -> dict:
    command = [sys.executable, str(HERE / "run.py"), "--worker", method, str(size), str(queries_file), cache]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def measure_size(size: int) -> dict:
    from bot.testing.synth import build  # noqa: PLC0415

    folder = DATA / str(size)
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    queries = [q.__dict__ for q in build(folder, size)]
    generated = time.perf_counter() - t0
    all_file = folder / "queries.json"
    all_file.write_text(json.dumps(queries))
    cache = str(folder / "cache")
    row = {"facts": size, "generate_s": round(generated, 2), "queries": len(queries)}

    cold = run_worker("briefbot", size, all_file, cache)  # empty cache: parse, validate, index, write
    warm = run_worker("briefbot", size, all_file, cache)  # unchanged: from the cache
    results = {"briefbot": warm, "briefbot_cold": cold}
    for method in ("rapidfuzz", "bm25"):
        results[method] = run_worker(method, size, all_file)
    for name, result in results.items():
        if name.startswith("briefbot"):
            cutoff, (accuracy, refusal) = None, judge(queries, result["outcomes"], None)
        else:
            cutoff, accuracy, refusal = best_cutoff(queries, result["outcomes"])
        lat = result["latencies"]
        row[name] = {
            "load_s": round(result["load_s"], 3),
            "peak_mb": round(result["peak_mb"], 1),
            "p50_ms": round(statistics.median(lat) * 1000, 3),
            "p99_ms": round(percentile(lat, 0.99) * 1000, 3),
            "qps": round(len(lat) / sum(lat), 1),
            "accuracy": round(accuracy, 4),
            "refusal": round(refusal, 4),
            "cutoff": cutoff,
        }
    ours = row["briefbot"]["p50_ms"]
    row["speedup_vs_rapidfuzz"] = round(row["rapidfuzz"]["p50_ms"] / ours, 1)
    row["speedup_vs_bm25"] = round(row["bm25"]["p50_ms"] / ours, 1)
    return row


def print_table(rows: list[dict], slack: dict | None) -> None:
    print()
    header = f"{'facts':>7} {'method':<15} {'load s':>7} {'peak MB':>8} {'p50 ms':>8} {'p99 ms':>8} {'q/s':>9} "
    print(header + f"{'accuracy':>9} {'refusal':>8} {'cut-off':>8}")
    for row in rows:
        for name in ("briefbot_cold", "briefbot", "rapidfuzz", "bm25"):
            m = row[name]
            label = {"briefbot_cold": "ours (cold)", "briefbot": "ours (cached)"}.get(name, name)
            cutoff = "-" if m["cutoff"] is None else f"{m['cutoff']:.2f}"
            print(
                f"{row['facts']:>7} {label:<15} {m['load_s']:>7.2f} {m['peak_mb']:>8.0f} {m['p50_ms']:>8.3f} "
                f"{m['p99_ms']:>8.3f} {m['qps']:>9.1f} {m['accuracy']:>9.1%} {m['refusal']:>8.1%} {cutoff:>8}"
            )
        print(
            f"{'':>7} ours is {row['speedup_vs_rapidfuzz']}x the rapidfuzz scan's speed and "
            f"{row['speedup_vs_bm25']}x BM25's (median latency)"
        )
    if len(rows) > 1:
        growth = rows[-1]["briefbot"]["p50_ms"] / rows[0]["briefbot"]["p50_ms"]
        print(f"median latency growth {rows[0]['facts']:,} -> {rows[-1]['facts']:,} facts: {growth:.1f}x")
    if slack:
        print()
        print(
            f"Slack path: {slack['events']} signed app_mention events from {slack['senders']} concurrent senders "
            f"(+{slack['retries']} retried deliveries)"
        )
        print(f"  start-up to ready: {slack['startup_s']:.2f} s")
        print(f"  ack latency p50 {slack['ack_p50_ms']:.1f} ms, p99 {slack['ack_p99_ms']:.1f} ms")
        print(f"  reply latency p50 {slack['reply_p50_ms']:.1f} ms, p99 {slack['reply_p99_ms']:.1f} ms")
        print(
            f"  events answered 0 times: {slack['answered_0']}, once: {slack['answered_1']}, "
            f"more than once: {slack['answered_more']}; HTTP errors: {slack['http_errors']}"
        )


def measure_store(run_load) -> dict:
    """The Slack load with the question store off and on, on SQLite and (when reachable) PostgreSQL.
    Runs alternate off/on twice and keep each side's better p99, so one noisy run does not decide."""
    from bench.faults import _drop_postgres_database, _postgres_database  # noqa: PLC0415

    results: dict[str, dict] = {}
    for backend in ("sqlite", "postgresql"):
        url = None if backend == "sqlite" else _postgres_database()
        if backend == "postgresql" and url is None:
            continue
        try:
            runs = {"off": [], "on": []}
            for _ in range(2):
                for side in ("off", "on"):
                    print(f"store {side}, {backend} ...", file=sys.stderr, flush=True)
                    if url:
                        _drop_postgres_database(url)
                        url = _postgres_database()
                    runs[side].append(run_load(url, store=side == "on"))
            best = {side: min(r["reply_p99_ms"] for r in runs[side]) for side in runs}
            results[backend] = {
                "reply_p99_ms_store_off": round(best["off"], 1),
                "reply_p99_ms_store_on": round(best["on"], 1),
                "added_p99_ms": round(best["on"] - best["off"], 1),
                "answered_once": [r["answered_1"] for r in runs["on"]],
            }
        finally:
            if url:
                _drop_postgres_database(url)
    return results


def print_store(store: dict | None) -> None:
    if not store:
        return
    print()
    print("Question store, 500 events from 50 concurrent senders (best of two runs each):")
    for backend, figures in store.items():
        print(
            f"  {backend:<10} reply p99 without the store {figures['reply_p99_ms_store_off']:.1f} ms, with it "
            f"{figures['reply_p99_ms_store_on']:.1f} ms: adds {figures['added_p99_ms']:+.1f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", nargs=4, metavar=("METHOD", "SIZE", "QUERIES", "CACHE"), help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--no-slack", action="store_true", help="skip the Slack load test")
    args = parser.parse_args()
    if args.worker:
        method, size, queries, cache = args.worker
        print(json.dumps(worker(method, int(size), Path(queries), cache)))
        return 0
    from bench.slack_load import run_load  # noqa: PLC0415

    rows = []
    for size in args.sizes:
        print(f"measuring {size:,} facts ...", file=sys.stderr, flush=True)
        rows.append(measure_size(size))
    slack = None if args.no_slack else run_load()
    store = None if args.no_slack else measure_store(run_load)
    print_table(rows, slack)
    print_store(store)
    machine = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "system": platform.platform(),
        "processor": platform.processor() or "unknown",
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / "latest.json"
    out.write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%d %H:%M:%S"),
                "machine": machine,
                "sizes": rows,
                "slack": slack,
                "store": store,
            },
            indent=2,
        )
    )
    print(f"\nmachine: {machine['system']}, {machine['cpus']} CPUs, Python {machine['python']}; saved to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
