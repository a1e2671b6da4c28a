#!/usr/bin/env bash
# Takes a Debian 12 machine with Java 17 and Maven to a working notebook setup. Idempotent: a second run only
# recompiles what changed and re-registers the kernel (a few seconds).
#
#   1. Jupyter (notebook, nbconvert, jupyter-client) from Debian apt, if missing;
#   2. the workbench built (workbench-lib/target/classes) and its dependencies copied to environment/build/lib;
#   3. rapaio-jupyter-kernel fetched from Maven Central, with the workbench launcher that fixes its start-up race;
#   4. a kernelspec registered (name "workbench" unless WORKBENCH_KERNEL_NAME says otherwise) whose classpath already
#      holds workbench-lib and every dependency, so a notebook imports the library with no magic and no download.
#
# Environment: WORKBENCH_KERNEL_NAME (default workbench), WORKBENCH_SKIP_APT=1 (never call apt), MVN (default mvn).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
build="$here/build"
kernel_name="${WORKBENCH_KERNEL_NAME:-workbench}"
mvn_cmd="${MVN:-mvn}"
rjk_version="3.0.1"
log() { printf '[setup] %s\n' "$*" >&2; }

# --- 1. Jupyter from Debian -------------------------------------------------------------------------------------
need_pkgs=()
# (fontconfig and a font: Java draws chart text with them; a minimal JDK install may lack both;
#  libgomp1: the in-process llama.cpp engine of the llm package needs it)
for p in jupyter-notebook jupyter-nbconvert jupyter-client python3-nbformat python3-nbclient fontconfig fonts-dejavu-core libgomp1; do
  dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p")
done
if ((${#need_pkgs[@]})); then
  if [[ "${WORKBENCH_SKIP_APT:-0}" == 1 ]]; then
    log "missing Debian packages: ${need_pkgs[*]} (WORKBENCH_SKIP_APT=1, not installing)"; exit 1
  fi
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  log "installing ${need_pkgs[*]} from Debian"
  $sudo_cmd apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi
# Debian's Python has nbformat/nbclient; a pyenv python3 on PATH may not.
py=/usr/bin/python3

# --- 2. the workbench and its dependencies -------------------------------------------------------------------------
mkdir -p "$build"
stamp="$build/deps.stamp"
pom_hash="$(cat "$repo/pom.xml" "$repo/workbench-lib/pom.xml" | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$pom_hash" || ! -d "$build/lib" ]]; then
  log "resolving dependencies (first run downloads about 600 MB from Maven Central)"
  rm -rf "$build/lib" "$build/kernel"
  (cd "$repo" && "$mvn_cmd" -B -q -pl workbench-lib dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$build/lib" \
   && "$mvn_cmd" -B -q -pl workbench-lib dependency:copy \
      -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$rjk_version" -DoutputDirectory="$build/kernel")
  echo "$pom_hash" > "$stamp"
fi
log "compiling workbench-lib"
(cd "$repo" && "$mvn_cmd" -B -q -pl workbench-lib -DskipTests process-classes)

# --- 3. the kernel launcher --------------------------------------------------------------------------------------
kjar="$build/kernel/rapaio-jupyter-kernel-$rjk_version.jar"
launcher_src="$here/kernel/WorkbenchKernel.java"
if [[ ! -f "$build/kernel/launcher/WorkbenchKernel.class" || "$launcher_src" -nt "$build/kernel/launcher/WorkbenchKernel.class" ]]; then
  log "compiling the kernel launcher"
  mkdir -p "$build/kernel/launcher"
  javac -nowarn -d "$build/kernel/launcher" -cp "$kjar" "$launcher_src"
fi

# --- 4. the kernelspec -------------------------------------------------------------------------------------------
spec="$build/kernelspec/$kernel_name"
mkdir -p "$spec" "$build/kernel/mima-cache"
"$py" - "$spec/kernel.json" "$repo" "$build" "$kjar" "$kernel_name" <<'PY'
import json, sys
out, repo, build, kjar, name = sys.argv[1:]
display = "Java · Social Simulation Workbench" + ("" if name == "workbench" else f" ({name})")
spec = {
    "argv": ["java", "-Djava.awt.headless=true", "-Xss4m", "-XX:+UseParallelGC",
             "-cp", f"{kjar}:{build}/kernel/launcher", "WorkbenchKernel", "{connection_file}"],
    "display_name": display,
    "language": "java",
    "interrupt_mode": "message",
    "env": {
        # the library and all its dependencies, preloaded into the kernel's JShell (';'-separated, globs allowed)
        "RJK_CLASSPATH": f"{repo}/workbench-lib/target/classes;{build}/lib/*",
        "RJK_MIMA_CACHE": f"{build}/kernel/mima-cache",
        "WORKBENCH_HOME": repo,
        "WORKBENCH_KERNEL": "1",
        "OMP_NUM_THREADS": "1",
    },
}
with open(out, "w") as f:
    json.dump(spec, f, indent=2)
PY
jupyter kernelspec install --user --replace --name="$kernel_name" "$spec" >/dev/null 2>&1
log "kernel '$kernel_name' ready ($(jupyter kernelspec list 2>/dev/null | awk -v k="$kernel_name" '$1 == k {print $2}'))"
