"""Reference for SimBench: independent cascade in NetworkX on the same graph and seeds.

Usage: networkx_ic.py SRC DST N SEEDS P
  SRC, DST  little-endian int32 files: edge i goes from SRC[i] (who posts) to DST[i] (a follower who reads it)
  N         node count; SEEDS comma-separated seed nodes; P activation probability
Prints one JSON line: build and IC seconds, edges examined, activated, peak RSS.
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

random.seed(1)
t0 = time.perf_counter()
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
ic = time.perf_counter() - t0
print(json.dumps({"networkx": nx.__version__, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "build_s": build, "ic_s": ic, "examined": examined, "activated": len(active),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
