#!/bin/bash
# The reference child of tests/gui/bench-scale (issue #20's "at S and M, nothing slower"):
# the code before #20's work, built beside this tree, running the same steps as bench-scale's
# own child, so that `bench-scale OFFER RUNS --reference PROGRAM` interleaves old and new
# (A B A B) on the same vaults.
#
#   build-aux/bench-scale-reference.sh [COMMIT [FOLDER]]
#
# COMMIT (default 4395b4d, the parent of #20's first commit c0066aa and the merge base of
# both #20 branches) is checked out with `git worktree add --detach` in FOLDER (default
# ../<this folder>-old); this tree's bench-scale.c and S/M/L/XL generator
# (tests/lib/phoenix-test-scale.[ch], which that commit lacks) are copied in and built there as
# bench-scale-reference, with the old tree's own compiled taxonomy (this tree's is newer, format 7: 6 since
# issue #16's third round, 7 with the transversal groups; the old code refuses it). Prints the path of
# FOLDER/build/bench-scale-reference.sh, a wrapper that runs that child with the old tree's schemas,
# taxonomy and fonts. Nothing in this tree is changed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COMMIT=${1:-4395b4d}
DIR=${2:-$(dirname "$ROOT")/$(basename "$ROOT")-old}
if [ ! -d "$DIR" ]; then
  git -C "$ROOT" worktree add --detach "$DIR" "$COMMIT" >&2
fi

# The child's source and what it needs that the old tree has not got.
# PHOENIX_BENCH_SCALE_REFERENCE leaves out the hooks the old code has not got (the page's fill).
{ echo '#define PHOENIX_BENCH_SCALE_REFERENCE 1'; cat "$ROOT/tests/gui/bench-scale.c"; } \
  >"$DIR/tests/gui/bench-scale-reference.c"
for f in phoenix-test-scale.c phoenix-test-scale.h; do
  [ -f "$DIR/tests/lib/$f" ] || cp "$ROOT/tests/lib/$f" "$DIR/tests/lib/$f"
done
if ! grep -q "bench-scale-reference" "$DIR/tests/gui/meson.build"; then
  cat >>"$DIR/tests/gui/meson.build" <<'MESON'

# Added by build-aux/bench-scale-reference.sh of a newer tree: bench-scale's child on this code.
executable('bench-scale-reference', 'bench-scale-reference.c', '../lib/phoenix-test-scale.c',
  dependencies: [phoenix_test_ui_dep, phoenix_test_core_dep])
MESON
fi

if [ ! -f "$DIR/build/build.ninja" ]; then
  meson setup "$DIR/build" "$DIR" -Dflywheel=false >&2
fi
nice ninja -C "$DIR/build" tests/gui/bench-scale-reference data/gschemas.compiled src/tools/taxonomy.gvariant >&2

cat >"$DIR/build/bench-scale-reference.sh" <<WRAPPER
#!/bin/sh
# bench-scale's child built from $COMMIT (build-aux/bench-scale-reference.sh).
export GSETTINGS_SCHEMA_DIR="$DIR/build/data"
export GSETTINGS_BACKEND=memory
export PHOENIX_TAXONOMY="$DIR/build/src/tools/taxonomy.gvariant"
export PHOENIX_FONT_DIR="$DIR/data/fonts"
export PHOENIX_SOURCE_DIR="$DIR"
export PHOENIX_BUILD_DIR="$DIR/build"
export PHOENIX_IMPORT_HELPER="$DIR/build/src/pdf/phoenix-import-helper"
exec "$DIR/build/tests/gui/bench-scale-reference" "\$@"
WRAPPER
chmod +x "$DIR/build/bench-scale-reference.sh"
echo "$DIR/build/bench-scale-reference.sh"
