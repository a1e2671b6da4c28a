#!/usr/bin/env bash
# Runs a benchmark: a main class in org.socialsim.workbench.bench, on the workbench's classpath.
#
#   environment/bench.sh list            # the benchmarks there are
#   environment/bench.sh sim [args]      # runs org.socialsim.workbench.bench.SimBench (name -> Name + "Bench")
#   environment/bench.sh kernel          # kernel start reliability (50 starts) and quickstart notebook wall time
#   environment/bench.sh kernel-stock    # the same 50 starts with rapaio's stock launcher (the reference)
#
# Benchmarks print their numbers and, where a reference exists, a ratio against it measured in the same run.
# JAVA_OPTS is passed to the JVM (default -Xmx8g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
name="${1:-list}"; shift || true
if [[ "$name" == kernel-stock ]]; then
  # the same kernel and class path started by rapaio's own launcher (org.rapaio.jupyter.kernel.MainApp), from a
  # kernelspec written to a temporary Jupyter path for this run only: the reference for the launcher's reliability
  bash "$here/setup.sh"
  tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
  /usr/bin/python3 - "$tmp/kernels/workbench-stock" <<'PY'
import json, os, subprocess, sys
spec_dir = json.loads(subprocess.check_output(["jupyter", "kernelspec", "list", "--json"]))["kernelspecs"]["workbench"]["resource_dir"]
spec = json.load(open(os.path.join(spec_dir, "kernel.json")))
argv = spec["argv"]
cp = argv[argv.index("-cp") + 1].split(":")[0]            # the rapaio jar alone, without the workbench launcher
argv[argv.index("-cp") + 1] = cp
argv[argv.index("WorkbenchKernel")] = "org.rapaio.jupyter.kernel.MainApp"
spec["display_name"] = "Java (rapaio stock launcher, benchmark only)"
os.makedirs(sys.argv[1])
json.dump(spec, open(os.path.join(sys.argv[1], "kernel.json"), "w"), indent=1)
PY
  JUPYTER_PATH="$tmp${JUPYTER_PATH:+:$JUPYTER_PATH}" WORKBENCH_KERNEL_NAME=workbench-stock \
    /usr/bin/python3 "$here/kernel_bench.py" starts "${1:-50}"
  exit $?
fi
if [[ "$name" == kernel ]]; then
  bash "$here/setup.sh"
  /usr/bin/python3 "$here/kernel_bench.py" starts "${1:-50}"
  exec /usr/bin/python3 "$here/kernel_bench.py" notebook "$repo/notebooks/00-quickstart.ipynb" "${2:-5}"
fi
bash "$here/setup.sh" >&2
classes="$repo/workbench-lib/target/classes"
benchdir="$classes/org/socialsim/workbench/bench"
if [[ "$name" == list ]]; then
  echo "kernel"; echo "kernel-stock"; shopt -s nullglob
  for f in "$benchdir"/*Bench.class; do b="$(basename "$f" .class)"; [[ "$b" == *'$'* ]] || echo "${b%Bench}" | tr '[:upper:]' '[:lower:]'; done
  exit 0
fi
cls="$(ls "$benchdir" 2>/dev/null | grep -i "^${name}bench.class$" | head -n1 || true)"
[[ -n "$cls" ]] || { echo "no benchmark '$name' (try: environment/bench.sh list)" >&2; exit 2; }
exec java ${JAVA_OPTS:--Xmx8g} -Djava.awt.headless=true -cp "$classes:$here/build/lib/*" \
  "org.socialsim.workbench.bench.${cls%.class}" "$@"
