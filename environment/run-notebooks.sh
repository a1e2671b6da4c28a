#!/usr/bin/env bash
# The main job: sets up whatever is missing, then executes every notebook in notebooks/ in order, headless, with
# nbconvert, writing the executed notebooks and their figures. Exits non-zero naming the notebook and cell of any error.
#
#   environment/run-notebooks.sh                 # all notebooks, full size: updates notebooks/*.ipynb and figures/
#   environment/run-notebooks.sh 00 02           # only notebooks whose names start with 00 or 02
#   WORKBENCH_SIZE=small environment/run-notebooks.sh   # small data (CI); writes to environment/build/small/
#
# Environment:
#   WORKBENCH_SIZE        small | full (default full)
#   WORKBENCH_NOTEBOOK_OUT  where executed notebooks go (default: notebooks/ at full size, environment/build/small/notebooks
#                         at small size, so a quick run never overwrites the published outputs)
#   WORKBENCH_FIGURES     where figures go (default: figures/ at full size, environment/build/small/figures at small size)
#   WORKBENCH_CELL_TIMEOUT  seconds one cell may run (default 7200)
#   WORKBENCH_KERNEL_NAME the kernelspec to use (default workbench)
#   WORKBENCH_SKIP_SETUP=1  do not run setup.sh first (the test suite sets it: the test command already did)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
size="${WORKBENCH_SIZE:-full}"
kernel="${WORKBENCH_KERNEL_NAME:-workbench}"
if [[ "$size" == small ]]; then
  out="${WORKBENCH_NOTEBOOK_OUT:-$here/build/small/notebooks}"
  export WORKBENCH_FIGURES="${WORKBENCH_FIGURES:-$here/build/small/figures}"
else
  out="${WORKBENCH_NOTEBOOK_OUT:-$repo/notebooks}"
fi
export WORKBENCH_SIZE="$size"
if [[ "${WORKBENCH_SKIP_SETUP:-0}" != 1 ]]; then
  bash "$here/setup.sh" || { echo "[notebooks] setup failed" >&2; exit 2; }
elif ! jupyter kernelspec list 2>/dev/null | grep -w "$kernel" >/dev/null; then
  echo "[notebooks] kernel '$kernel' is not installed: run environment/setup.sh first" >&2; exit 2
fi

mkdir -p "$out" "$here/build/failed"
shopt -s nullglob
notebooks=()
for nb in "$repo"/notebooks/*.ipynb; do
  name="$(basename "$nb")"
  if (($# == 0)); then notebooks+=("$nb"); continue; fi
  for prefix in "$@"; do [[ "$name" == "$prefix"* ]] && { notebooks+=("$nb"); break; }; done
done
((${#notebooks[@]})) || { echo "[notebooks] no notebook matches: $*" >&2; exit 2; }

failed=()
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  tmp="$here/build/executing-$name"
  start=$(date +%s)
  printf '[notebooks] %-34s (%s size) ... ' "$name" "$size" >&2
  # --allow-errors so an erroring notebook is still written and its error cells can be named
  if ! jupyter nbconvert --to notebook --execute --allow-errors \
        --ExecutePreprocessor.kernel_name="$kernel" \
        --ExecutePreprocessor.timeout="${WORKBENCH_CELL_TIMEOUT:-7200}" \
        --output "$tmp" "$nb" >"$here/build/nbconvert-$name.log" 2>&1; then
    echo "nbconvert failed" >&2
    tail -n 20 "$here/build/nbconvert-$name.log" >&2
    failed+=("$name (nbconvert: see environment/build/nbconvert-$name.log)")
    continue
  fi
  if /usr/bin/python3 "$here/notebook_errors.py" "$tmp" >"$here/build/errors-$name.txt"; then
    mv "$tmp" "$out/$name"
    echo "ok in $(( $(date +%s) - start )) s" >&2
  else
    mv "$tmp" "$here/build/failed/$name"
    echo "ERROR" >&2
    sed "s#$here/build/executing-##" "$here/build/errors-$name.txt" >&2
    failed+=("$name (executed copy: environment/build/failed/$name)")
  fi
done

if ((${#failed[@]})); then
  printf '[notebooks] %d notebook(s) failed:\n' "${#failed[@]}" >&2
  printf '  %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "[notebooks] all ${#notebooks[@]} notebook(s) ran; executed notebooks in ${out#$repo/}, figures in ${WORKBENCH_FIGURES:-figures}" >&2
