"""Build the cache's per-file segments in worker processes, on every core, when a large fact base is read
from nothing (a first start, or an edit to the aliases, the documents or the code, which every segment
depends on). Each worker reads, validates and indexes whole fact files and writes each segment to the
cache; the parent reads them from there.

Workers are forked, so they start at once with the documents and aliases already read, and no script is
imported again (a spawned worker re-runs the caller's main module). A fork copies only the thread that
calls it, with other threads' locks in whatever state they are: a process running other threads (a bot
reloading its fact base) builds in its own process instead.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

# Below this much YAML to read, starting processes costs more than it saves.
PARALLEL_BYTES = 4_000_000

_state: dict[str, Any] = {}  # what a worker was forked with: the report, documents, normaliser, writer


def worth_it(files: Sequence[Path]) -> bool:
    """Whether building these files' segments in several processes is quicker than in this one."""
    if not can_fork() or (os.cpu_count() or 1) < 2 or len(files) < 2:
        return False
    return sum(file.stat().st_size for file in files if file.is_file()) >= PARALLEL_BYTES


def can_fork() -> bool:
    """Forking is safe: this platform forks, and this process runs no other thread."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def build_segments(
    state: dict[str, Any], jobs: Sequence[tuple[Path, Path]], workers: int | None = None
) -> Iterator[tuple[Path, bool]]:
    """Build the segment of each (fact file, cache entry) job in forked workers. `state` holds `report`,
    `common` (documents and aliases), `normalizer` and `write(entry, segment)`. Yields each fact file in
    turn as soon as its job is done, with whether its segment was written (not for one with a problem: the
    caller reads it again, where problems are reported); yields nothing when workers can't be used here.
    The caller can read each segment while the workers build the next ones."""
    if not can_fork():
        return
    count = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    _state.update(state)  # inherited by the forked workers, never pickled
    try:
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
            for (file, _), written in zip(jobs, pool.map(_build, jobs), strict=True):
                yield file, written
    finally:
        _state.clear()


def _build(job: tuple[Path, Path]) -> bool:
    from bot.knowledge.validate import read_facts  # noqa: PLC0415 - imported already by the parent
    from bot.matching.index import segment_of  # noqa: PLC0415

    file, entry = job
    report = _state["report"]
    before = len(report.problems)
    facts = read_facts(report, file, _state["common"].documents)
    if len(report.problems) > before:
        del report.problems[before:]  # the next job in this worker starts clean
        return False
    _state["write"](entry, segment_of(facts, _state["normalizer"]))
    return True
