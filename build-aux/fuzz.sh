#!/usr/bin/env bash
# Builds the libFuzzer target of the contribution parser and validator with clang (ASan + UBSan, the
# two core sources it tests instrumented, the rest of libphoenix-core as the build made it) and runs it.
#   build-aux/fuzz.sh BUILD_DIR [SECONDS] [-- libFuzzer options]
# The test suite runs it for a few seconds (tests/flywheel, test 'fuzz-contribution'); by hand, e.g.
#   build-aux/fuzz.sh build 600 -- -jobs=2 -workers=2
# Findings (crash-*, leak-*) land in BUILD_DIR/fuzz/; the corpus grows in BUILD_DIR/fuzz/corpus.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(cd "${1:?usage: build-aux/fuzz.sh BUILD_DIR [SECONDS] [-- libFuzzer options]}" && pwd)
SECONDS_TO_RUN=${2:-10}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = -- ] && shift

if [ "${PHOENIX_SKIP_FUZZ:-}" = 1 ]; then
  echo "PHOENIX_SKIP_FUZZ=1: not fuzzing" >&2
  exit 77
fi
if ! command -v clang >/dev/null; then
  echo "clang is not installed (build-aux/dev deps installs it)" >&2
  exit 77
fi

OUT=$BUILD/fuzz
mkdir -p "$OUT/corpus"
CORE=$BUILD/src/core/libphoenix-core.a
[ -f "$CORE" ] || { echo "$CORE is missing: build first" >&2; exit 1; }

PKGS="glib-2.0 gobject-2.0 gio-2.0 json-glib-1.0 sqlcipher libargon2 gdk-pixbuf-2.0"
SOURCES=("$ROOT/tests/flywheel/fuzz-contribution.c" "$ROOT/src/core/sync/phoenix-contribution.c"
         "$ROOT/src/core/sync/phoenix-contribution-json.c"
         "$ROOT/src/core/sync/phoenix-randomized-response.c")
TARGET=$OUT/fuzz-contribution

# Rebuilt only when a source or the core library is newer than the binary.
rebuild=0
[ -x "$TARGET" ] || rebuild=1
for f in "${SOURCES[@]}" "$CORE" "${BASH_SOURCE[0]}"; do
  [ "$f" -nt "$TARGET" ] && rebuild=1
done
if [ $rebuild = 1 ]; then
  # shellcheck disable=SC2046 # pkg-config output is a list of flags
  clang -g -O1 -std=gnu17 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 \
    '-DGETTEXT_PACKAGE="phoenix"' -DSQLITE_HAS_CODEC \
    -I"$BUILD" -I"$ROOT/src" -I"$ROOT/src/core/sync" -I"$ROOT/src/core/taxonomy" \
    $(pkg-config --cflags $PKGS) \
    "${SOURCES[@]}" "$CORE" \
    $(pkg-config --libs $PKGS) -lstemmer -lm \
    -o "$TARGET"
fi

# Seeds: the committed corpus (valid and broken contributions); new finds stay in the build folder.
export PHOENIX_TAXONOMY=${PHOENIX_TAXONOMY:-$BUILD/src/tools/taxonomy.gvariant}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export G_SLICE=always-malloc
cd "$OUT"
exec "$TARGET" -max_total_time="$SECONDS_TO_RUN" -max_len=70000 -timeout=10 -rss_limit_mb=1024 \
  -print_final_stats=1 "$@" "$OUT/corpus" "$ROOT/tests/flywheel/fuzz-corpus"
