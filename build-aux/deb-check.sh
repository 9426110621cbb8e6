#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package (dpkg-buildpackage -b -us -uc, with ccache), checks it with lintian,
# installs it with apt-get and exercises what it installed: phoenix-cli --version, a PDF export
# and its import back, the helper, the translations, the desktop files and the app's first frame
# under Xvfb; then removes it. TAP on stdout; also written as a meson-style testlog.json line so
# that build-aux/count-tests.py counts these cases with the suite's.
#
# Usage: build-aux/deb-check.sh OUT_DIR      (build-aux/dev test passes "$BUILD-deb")
# PHOENIX_SKIP_DEB=1 in build-aux/dev skips it (the install needs root and touches /usr).
set -uo pipefail
# (No "grep -q" after a pipe: with pipefail, the writer's SIGPIPE would fail the check.)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(mkdir -p "${1:?usage: deb-check.sh OUT_DIR}" && cd "$1" && pwd)
export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
installed=0
tap=$OUT/tap.txt
: >"$tap"

n=0
say () { echo "$*" | tee -a "$tap"; }
ok () { n=$((n + 1)); say "ok $n - $1"; }
not_ok () { n=$((n + 1)); say "not ok $n - $1"; sed 's/^/# /' "$tmp/log" | tail -n 30 | tee -a "$tap"; }
# check DESCRIPTION COMMAND…: ok when COMMAND succeeds; its output is shown on failure.
check () { local desc=$1; shift; if ( "$@" ) >"$tmp/log" 2>&1; then ok "$desc"; else not_ok "$desc"; fi; }
note () { say "# $*"; }
ms () { date +%s%3N; }
# apt-get needs root: sudo when this is not root (build-aux/dev does the same).
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
apt () { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=600 "$@"; }

finish () {
  if [ "$installed" = 1 ]; then
    apt purge phoenix >/dev/null 2>&1
  fi
  say "1..$n"
  local result=OK
  grep -q '^not ok' "$tap" && result=FAIL
  python3 - "$tap" "$result" >"$OUT/testlog.json" <<'EOF'
import json, sys
print(json.dumps({"name": "deb-check", "result": sys.argv[2], "stdout": open(sys.argv[1]).read()}))
EOF
  rm -rf "$tmp" "${WORK:-/nonexistent}/src"
}
trap finish EXIT

# Only one package build and install at a time on this machine (other worktrees run this too).
exec 9>"${TMPDIR:-/tmp}/phoenix-deb-check.lock"
flock 9

# 1. The sources as git knows them (tracked and new, not ignored), copied to one fixed folder
#    (the compiler flags name it, so ccache finds the same objects whatever the checkout's path;
#    the lock above keeps it to one run at a time). The package is built there and copied to
#    $OUT, never beside the repository.
WORK=/var/tmp/phoenix-deb-build
rm -rf "$WORK" "$OUT"/phoenix_* "$OUT"/phoenix-dbgsym_*
mkdir -p "$WORK/src"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
   [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf -) | tar -xf - -C "$WORK/src"

# 2. The build. ccache keeps objects between runs (its own folder: debhelper changes HOME).
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
command -v ccache >/dev/null && ccache --zero-stats >/dev/null 2>&1
start=$(ms)
(cd "$WORK/src" && DEB_BUILD_OPTIONS="parallel=$(nproc) nocheck" \
   dpkg-buildpackage -b -us -uc) >"$OUT/build.log" 2>&1
rc=$?
build_ms=$(( $(ms) - start ))
cp "$WORK"/phoenix_* "$WORK"/phoenix-dbgsym_* "$OUT"/ 2>/dev/null
cp "$OUT/build.log" "$tmp/log"
[ $rc = 0 ] && ok "dpkg-buildpackage -b -us -uc builds the package" \
            || not_ok "dpkg-buildpackage -b -us -uc builds the package"
note "build took $((build_ms / 1000)) s"
command -v ccache >/dev/null && note "ccache: $(ccache --print-stats 2>/dev/null | awk -F'\t' '
  $1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { hit += $2 }
  $1 == "cache_miss" { miss = $2 } END { printf "%d hits, %d misses", hit, miss }')"
deb=$(ls "$OUT"/phoenix_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || exit 1
note "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"

# 3. What it holds.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
contains () { for f in "$@"; do grep -qx "$f" "$tmp/contents" || { echo "missing $f"; return 1; }; done; }
check "the package holds the app, phoenix-cli, the import helper, the taxonomy, fonts, the French catalogue, desktop file, metainfo, schema, icons and man pages" \
  contains /usr/bin/phoenix /usr/bin/phoenix-cli /usr/libexec/phoenix-import-helper \
    /usr/share/phoenix/taxonomy/taxonomy.gvariant /usr/share/phoenix/fonts/Lato-Regular.ttf \
    /usr/share/locale/fr/LC_MESSAGES/phoenix.mo \
    /usr/share/applications/io.github.phoenixecosystem.Phoenix.desktop \
    /usr/share/metainfo/io.github.phoenixecosystem.Phoenix.metainfo.xml \
    /usr/share/glib-2.0/schemas/io.github.phoenixecosystem.Phoenix.gschema.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.phoenixecosystem.Phoenix.svg \
    /usr/share/icons/hicolor/symbolic/apps/io.github.phoenixecosystem.Phoenix-symbolic.svg \
    /usr/share/man/man1/phoenix.1.gz /usr/share/man/man1/phoenix-cli.1.gz
check "the package holds the phone-number module the app loads on first use (issue #18)" \
  grep -qE "^/usr/lib/([^/]+/)?phoenix/libphoenix-phone\.so$" "$tmp/contents"
check "the package depends on the libraries the app opens on first use instead of linking them (issue #18)" \
  eval '(for lib in libenchant-2-2 libgsf-1-114 libsoup-3.0-0 libsqlcipher0; do
           dpkg-deb -f "$deb" Depends | tr -d " " | tr , "\n" | grep -qx "$lib" || { echo "no $lib"; exit 1; }; done)'
check "the package holds no flywheel server, test program or development file" \
  eval '! grep -E "flywheel|/test-|/bench-|\.a$|\.h$|/include/|\.pc$" "$tmp/contents"'

# 4. lintian: no error or warning; the remaining tags are explained in debian/phoenix.lintian-overrides.
start=$(ms)
check "lintian finds no error or warning (debian/phoenix.lintian-overrides explains the rest)" \
  eval 'lintian --fail-on error,warning --display-info --pedantic --tag-display-limit 0 "$deb" 2>/dev/null |
        tee "$OUT/lintian.txt"'
note "lintian took $(( $(ms) - start )) ms; tags left: $(grep -c "^[EWIP]:" "$OUT/lintian.txt" 2>/dev/null)"

# 5. A real install, as a user does it, with its dependencies.
start=$(ms)
check "apt-get install ./$(basename "$deb")" \
  apt install --no-install-recommends "$deb"
install_ms=$(( $(ms) - start ))
dpkg-query -W -f='${Status}' phoenix 2>/dev/null | grep "install ok installed" >/dev/null && installed=1
note "install took $install_ms ms (apt-get, dependencies already there)"

# 6. The installed files at work, from a folder of their own (no build tree on the way).
cd "$tmp" || exit 1
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_CONFIG_HOME=$tmp/home/config XDG_CACHE_HOME=$tmp/home/cache
mkdir -p "$HOME"
unset PHOENIX_TAXONOMY PHOENIX_IMPORT_HELPER GSETTINGS_SCHEMA_DIR PHOENIX_SOURCE_DIR PHOENIX_BUILD_DIR
version=$(sed -n "s/^  version: '\(.*\)',$/\1/p" "$ROOT/meson.build")
check "phoenix-cli --version says $version" eval '/usr/bin/phoenix-cli --version | tee /dev/stderr | grep "$version" >/dev/null'
check "phoenix-cli export-pdf renders the fixture CV with the installed templates and fonts" \
  eval '/usr/bin/phoenix-cli export-pdf "$ROOT/tests/data/json-resume/camille.resume.json" -t modern -o cv.pdf &&
        head -c 5 cv.pdf | grep "%PDF-" >/dev/null && pdffonts cv.pdf | grep Lato >/dev/null &&
        pdftotext cv.pdf - | grep "Camille Dupont-Lefèvre" >/dev/null'
check "phoenix-cli import-pdf reads that PDF back (name, e-mail, experience)" \
  eval '/usr/bin/phoenix-cli import-pdf cv.pdf >cv.json && python3 -c "
import json, sys
r = json.load(open(\"cv.json\"))[\"profile\"]
assert r[\"basics\"][\"name\"] == \"Camille Dupont-Lefèvre\", r[\"basics\"]
assert r[\"basics\"][\"email\"] == \"camille.dupont@exemple.fr\", r[\"basics\"]
assert len(r.get(\"work\", [])) == 3, r.get(\"work\")
"'
check "the installed import helper reads the PDF through its descriptor (its line stream holds the name)" \
  eval '/usr/libexec/phoenix-import-helper --fd 3 3<cv.pdf | grep -a "Camille Dupont-Lefèvre" >/dev/null'
check "phoenix-cli ats scores the CV against an offer with the installed taxonomy" \
  eval 'printf "Développeur web (H/F)\n\nProfil recherché\nDéveloppement web, JavaScript, accessibilité.\n" >offer.txt &&
        /usr/bin/phoenix-cli ats "$ROOT/tests/data/json-resume/camille.resume.json" offer.txt >ats.json &&
        python3 -c "import json; r = json.load(open(\"ats.json\")); assert r[\"score\"] > 0, r; assert r[\"occupation\"][\"code\"] == \"M1855\", r"'
check "the installed phone-number module loads with its libraries and finds a number" \
  eval 'python3 -c "
import ctypes, glob, sys
path = glob.glob(\"/usr/lib/*/phoenix/libphoenix-phone.so\") + glob.glob(\"/usr/lib/phoenix/libphoenix-phone.so\")
module = ctypes.CDLL(path[0])
find = module.phoenix_phone_module_find_all
find.restype = ctypes.c_void_p
spans = find(\"Tel. 06 12 34 56 78\".encode())
length = ctypes.cast(spans + 8, ctypes.POINTER(ctypes.c_uint))[0]
assert length == 1, length
"'
check "the French catalogue is installed and complete enough to use" \
  eval '[ "$(msgunfmt /usr/share/locale/fr/LC_MESSAGES/phoenix.mo | grep -c "^msgid ")" -gt 1000 ]'
check "the installed desktop file and metainfo validate" \
  eval 'desktop-file-validate /usr/share/applications/io.github.phoenixecosystem.Phoenix.desktop &&
        appstreamcli validate --no-net /usr/share/metainfo/io.github.phoenixecosystem.Phoenix.metainfo.xml'
check "the schema is compiled into the system's (gsettings reads its keys)" \
  eval 'gsettings list-keys io.github.phoenixecosystem.Phoenix | grep auto-lock-minutes >/dev/null'
# The app's first frame: the welcome page of a first start, painted under Xvfb.
first_frame () {
  local start end
  start=$(ms)
  GSK_RENDERER=cairo NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory PHOENIX_BENCH_FIRST_FRAME=1 \
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- \
    timeout 60 sh -c '/usr/bin/phoenix >frame.out 2>frame.err & pid=$!
                      while kill -0 $pid 2>/dev/null; do
                        grep -q first-frame frame.out && { kill $pid; wait $pid; exit 0; }
                        sleep 0.1
                      done; exit 1'
  local rc=$?
  end=$(ms)
  cat frame.err
  [ $rc = 0 ] && echo "first frame after $((end - start)) ms (Xvfb and the bus included)"
  return $rc
}
check "the installed app starts under Xvfb and paints its first frame" first_frame
grep "first frame after" "$tmp/log" | sed 's/^/# /' | tee -a "$tap" >/dev/null

# 7. And goes away.
start=$(ms)
check "apt-get purge phoenix removes it" \
  eval 'apt purge phoenix >/dev/null &&
        [ ! -e /usr/bin/phoenix ] && [ ! -e /usr/share/phoenix ] && ! gsettings list-schemas | grep phoenixecosystem >/dev/null'
note "purge took $(( $(ms) - start )) ms"
installed=0
