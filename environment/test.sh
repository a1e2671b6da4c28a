#!/usr/bin/env bash
# The test command: sets up whatever is missing (Jupyter, the build, the kernel), then runs every test with
# `mvn -B verify`: the unit tests, then the integration test that executes every notebook in real Jupyter on the small
# data size and checks that no cell errored and that every expected figure (image/png) is there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/setup.sh"
cd "$here/.."
exec "${MVN:-mvn}" -B verify "$@"
