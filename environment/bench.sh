#!/usr/bin/env bash
# Runs a benchmark: a main class in org.socialsim.workbench.bench, on the workbench's classpath.
#
#   environment/bench.sh list            # the benchmarks there are
#   environment/bench.sh sim [args]      # runs org.socialsim.workbench.bench.SimBench (name -> Name + "Bench")
#   environment/bench.sh kernel          # kernel start reliability (50 starts) and quickstart notebook wall time
#
# Benchmarks print their numbers and, where a reference exists, a ratio against it measured in the same run.
# JAVA_OPTS is passed to the JVM (default -Xmx8g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
name="${1:-list}"; shift || true
if [[ "$name" == kernel ]]; then
  bash "$here/setup.sh"
  /usr/bin/python3 "$here/kernel_bench.py" starts "${1:-50}"
  exec /usr/bin/python3 "$here/kernel_bench.py" notebook "$repo/notebooks/00-quickstart.ipynb" "${2:-5}"
fi
bash "$here/setup.sh" >&2
classes="$repo/workbench-lib/target/classes"
benchdir="$classes/org/socialsim/workbench/bench"
if [[ "$name" == list ]]; then
  echo "kernel"; shopt -s nullglob
  for f in "$benchdir"/*Bench.class; do b="$(basename "$f" .class)"; [[ "$b" == *'$'* ]] || echo "${b%Bench}" | tr '[:upper:]' '[:lower:]'; done
  exit 0
fi
cls="$(ls "$benchdir" 2>/dev/null | grep -i "^${name}bench.class$" | head -n1 || true)"
[[ -n "$cls" ]] || { echo "no benchmark '$name' (try: environment/bench.sh list)" >&2; exit 2; }
exec java ${JAVA_OPTS:--Xmx8g} -Djava.awt.headless=true -cp "$classes:$here/build/lib/*" \
  "org.socialsim.workbench.bench.${cls%.class}" "$@"
