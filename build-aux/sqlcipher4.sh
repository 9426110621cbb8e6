#!/usr/bin/env bash
# build-aux/sqlcipher4.sh DIR
#
# Builds SQLCipher 4 (the amalgamation of 4.5.5, from the npm registry) into DIR as a static library with a
# pkg-config file, so that `PKG_CONFIG_PATH=DIR/lib/pkgconfig meson setup …` links Phoenix against SQLCipher 4
# (as the Flatpak does) instead of Debian's 3.4.1. build-aux/dev test runs the vault's tests against it.
#
# Does nothing when DIR/lib/libsqlcipher.a is already there (built from the same version and flags). Needs npm, a C compiler and libssl-dev.
# The tarball's SHA-256 is pinned below: a changed or tampered package fails the build.
#
# Built like the Flatpak's SQLCipher (flatpak/*.json: autotools defaults, --enable-tempstore=yes,
# -DSQLITE_HAS_CODEC, OpenSSL): thread-safe, temporary tables in memory, no FTS (the Flatpak has none, so
# neither may the vault's SQL), math functions and extension loading as the configure script's defaults.
set -euo pipefail

VERSION=4.5.5
PACKAGE=@commapp/sqlcipher-amalgamation
TARBALL=commapp-sqlcipher-amalgamation-$VERSION.tgz
SHA256=5e49e540eb0274d8ba87c1ce680a1143971a2528e0783044a08b39c97ea07d13

CFLAGS_SQLCIPHER=(
  -DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL
  -DSQLITE_TEMP_STORE=2 -DSQLITE_THREADSAFE=1
  -DSQLITE_ENABLE_MATH_FUNCTIONS
  -DHAVE_USLEEP=1 -DHAVE_FDATASYNC=1 -DHAVE_LOCALTIME_R=1 -DHAVE_GMTIME_R=1
  -O2 -fPIC -w
)

if [ $# -ne 1 ]; then
  echo "usage: build-aux/sqlcipher4.sh DIR" >&2
  exit 2
fi

mkdir -p "$1"
DIR=$(cd "$1" && pwd)

# What the library in DIR was built from: another version or other flags build it again.
STAMP="$VERSION $SHA256 ${CFLAGS_SQLCIPHER[*]}"
if [ -f "$DIR/lib/libsqlcipher.a" ] && [ -f "$DIR/lib/pkgconfig/sqlcipher.pc" ] &&
   [ "$(cat "$DIR/stamp" 2>/dev/null)" = "$STAMP" ]; then
  exit 0
fi

# DIR's include/ and lib/ are replaced below: only ever in a folder this script made.
if [ -n "$(ls -A "$DIR")" ] && ! grep -qs "built by build-aux/sqlcipher4.sh" "$DIR/lib/pkgconfig/sqlcipher.pc"; then
  echo "sqlcipher4.sh: $DIR is not empty and was not made by this script: give an empty or new folder" >&2
  exit 1
fi

if ! command -v npm >/dev/null; then
  echo "sqlcipher4.sh: npm is missing (build-aux/dev deps installs it)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/phoenix-sqlcipher4-XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "sqlcipher4.sh: fetching $PACKAGE@$VERSION from the npm registry" >&2
if ! (cd "$work" && npm pack --loglevel=error --cache "$work/npm-cache" --fetch-retries=1 \
        --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 "$PACKAGE@$VERSION" >/dev/null 2>"$work/npm.log"); then
  grep -v "complete log of this run" "$work/npm.log" | head -n 4 >&2
  echo "sqlcipher4.sh: could not download $PACKAGE@$VERSION (no network or no npm registry?)" >&2
  exit 1
fi

echo "$SHA256  $work/$TARBALL" | sha256sum --check --quiet - || {
  echo "sqlcipher4.sh: $TARBALL does not have the pinned SHA-256 $SHA256" >&2
  exit 1
}

tar -xzf "$work/$TARBALL" -C "$work"
src=$work/package/src

echo "sqlcipher4.sh: compiling SQLCipher $VERSION (about a minute)" >&2
mkdir -p "$work/obj"
"${CC:-cc}" "${CFLAGS_SQLCIPHER[@]}" -c "$src/sqlite3.c" -o "$work/obj/sqlite3.o"

# Installed last, the library after everything else: a half-done DIR is never taken for a finished one.
rm -rf "${DIR:?}/include" "${DIR:?}/lib" "${DIR:?}/stamp"
mkdir -p "$DIR/include/sqlcipher" "$DIR/lib/pkgconfig"
install -m 644 "$src/sqlite3.h" "$src/sqlite3ext.h" "$DIR/include/sqlcipher/"
cat >"$DIR/lib/pkgconfig/sqlcipher.pc" <<EOF
# SQLCipher $VERSION built by build-aux/sqlcipher4.sh (static, for the test run only)
prefix=$DIR
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: sqlcipher
Description: SQLCipher $VERSION (amalgamation, static)
Version: $VERSION
Libs: \${libdir}/libsqlcipher.a -lcrypto -lpthread -ldl -lm
Cflags: -I\${includedir}/sqlcipher -DSQLITE_HAS_CODEC
EOF
ar rcs "$work/libsqlcipher.a" "$work/obj/sqlite3.o"
mv "$work/libsqlcipher.a" "$DIR/lib/libsqlcipher.a"
echo "$STAMP" >"$DIR/stamp"
echo "sqlcipher4.sh: SQLCipher $VERSION in $DIR" >&2
