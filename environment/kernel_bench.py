#!/usr/bin/python3
"""Kernel start reliability and notebook wall time, measured through Jupyter's own client (what nbconvert uses).

  kernel_bench.py starts [N]        N consecutive headless executions of a one-cell notebook (default 50):
                                    prints successes/N, and median / p90 / max kernel start (launch to ready)
  kernel_bench.py notebook PATH [N] executes a notebook N times (default 5) headless: median wall time

The kernel is the one named by WORKBENCH_KERNEL_NAME (default "workbench"). Each start has 60 s to answer, as
nbconvert allows; a start that does not answer counts as a failure and the run goes on.
"""
import os
import statistics
import sys
import time

import nbformat
from nbclient import NotebookClient

KERNEL = os.environ.get("WORKBENCH_KERNEL_NAME", "workbench")


def one_cell_run():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('"ok " + (6 * 7)')])
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=60, startup_timeout=60)
    t0 = time.perf_counter()
    with client.setup_kernel():
        ready = time.perf_counter() - t0
        client.execute_cell(nb.cells[0], 0)
    total = time.perf_counter() - t0
    html = nb.cells[0].outputs[0]["data"]["text/html"]
    if "ok 42" not in html:
        raise RuntimeError(f"unexpected cell output: {html!r}")
    return ready, total


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def starts(n):
    ready, total, failures = [], [], []
    for i in range(n):
        try:
            r, t = one_cell_run()
            ready.append(r)
            total.append(t)
            print(f"start {i + 1:3d}/{n}: ready {r:5.2f} s, cell done {t:5.2f} s", flush=True)
        except Exception as e:  # noqa: BLE001 - a failed start is a measurement, not a crash
            failures.append(f"start {i + 1}: {type(e).__name__}: {e}")
            print(f"start {i + 1:3d}/{n}: FAILED {type(e).__name__}: {e}", flush=True)
    print(f"\nkernel '{KERNEL}': {len(ready)}/{n} starts answered")
    if ready:
        print(f"kernel start (launch to ready): median {statistics.median(ready):.2f} s, "
              f"p90 {pct(ready, 0.9):.2f} s, max {max(ready):.2f} s")
        print(f"one-cell notebook (launch to result): median {statistics.median(total):.2f} s")
    for f in failures:
        print("  " + f)
    return 0 if not failures else 1


def notebook(path, n):
    walls = []
    for i in range(n):
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name=KERNEL, timeout=1800, startup_timeout=60,
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        t0 = time.perf_counter()
        client.execute()
        walls.append(time.perf_counter() - t0)
        print(f"run {i + 1}/{n}: {walls[-1]:.2f} s", flush=True)
    print(f"\n{os.path.basename(path)}: median wall {statistics.median(walls):.2f} s over {n} runs "
          f"(min {min(walls):.2f}, max {max(walls):.2f})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "starts":
        sys.exit(starts(int(sys.argv[2]) if len(sys.argv) > 2 else 50))
    if len(sys.argv) >= 3 and sys.argv[1] == "notebook":
        sys.exit(notebook(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5))
    print(__doc__)
    sys.exit(2)
