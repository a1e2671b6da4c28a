"""Reference for SimBench: independent cascade in NetworkX on the same graph and seeds, run on request so that each
NetworkX run can be paired with the engine's run taken just before it (machine speed drifts).

Usage: networkx_ic.py SRC DST N SEEDS P
  SRC, DST  little-endian int32 files: edge i goes from SRC[i] (who posts) to DST[i] (a follower who reads it)
  N         node count; SEEDS comma-separated seed nodes; P activation probability
Builds the graph, prints {"ready": true, "build_s": ...}, then reads commands from standard input, one per line:
  ic SEED   one cascade with random.seed(SEED); prints {"ic_s": ..., "examined": ..., "activated": ...}
  done      prints {"networkx": version, "nodes", "edges", "peak_rss_mb"} and exits
Every answer is one JSON line.
"""
import json
import random
import resource
import sys
import time

import networkx as nx
import numpy as np

src = np.fromfile(sys.argv[1], dtype="<i4")
dst = np.fromfile(sys.argv[2], dtype="<i4")
n = int(sys.argv[3])
seeds = [int(s) for s in sys.argv[4].split(",")]
p = float(sys.argv[5])

t0 = time.perf_counter()
g = nx.DiGraph()
g.add_nodes_from(range(n))
g.add_edges_from(zip(src.tolist(), dst.tolist()))
build = time.perf_counter() - t0
del src, dst


def cascade():
    active = set(seeds)
    frontier = list(seeds)
    examined = 0
    while frontier:
        following = []
        for v in frontier:
            for u in g.successors(v):
                examined += 1
                if u not in active and random.random() < p:
                    active.add(u)
                    following.append(u)
        frontier = following
    return examined, len(active)


def answer(obj):
    print(json.dumps(obj), flush=True)


answer({"ready": True, "build_s": build})
for line in sys.stdin:
    words = line.split()
    if not words:
        continue
    if words[0] == "ic":
        random.seed(int(words[1]))
        t0 = time.perf_counter()
        examined, activated = cascade()
        answer({"ic_s": time.perf_counter() - t0, "examined": examined, "activated": activated})
    elif words[0] == "done":
        answer({"networkx": nx.__version__, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
        break
    else:
        answer({"error": "unknown command: " + line.strip()})
