#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the screenshots listed in the metainfo, into data/screenshots/:
#   welcome.png, unlock.png, cv.png (1280×800) and welcome-narrow.png, unlock-narrow.png,
#   cv-narrow.png (360×720),
#   editor.png and variant.png (1280×800), preview.png (600×800),
#   photo.png (1280×800: a CV in the Modern template showing a drawn stand-in photo),
#   import-preview.png (the PDF import's preview) and ats.png (the ATS check window),
#   training.png, training-gap.png, training-empty.png, training-certificate.png (1280×800) and
#   training-narrow.png (360×720): the Training tab (a target, its path, gap and plan; the first
#   run; the certificate offered into the CV),
#   and main-fr.png (the CV page in French) and training-fr.png when the French translation is there.
#   overview.png (1280×800) and overview-narrow.png (360×720): the Overview with a CV, applications,
#   a target, training progress and four months of history; consent.png: the consent dialog.

#   letters.png and letters-narrow.png (the letter composer, in French), tracker.png and
#   board.png (the applications list and board),
#   and main-fr.png (the CV page in French) when the French translation is there.
#
# Usage: build-aux/screenshots.sh [BUILD_DIR]   (default: build; it must be configured)
#
# Each picture comes from tests/gui/screenshot-tool, which drives the real window
# under Xvfb with a fresh vault in a temporary folder and a fictional person
# (Camille Martin), and renders the window itself to PNG (the Xvfb screen is
# larger than the biggest window so that its frame fits around it, and the
# pointer, at its centre, hovers nothing).
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-build}
case $builddir in
  /*) ;;
  *) builddir=$srcdir/$builddir ;;
esac

ninja -C "$builddir" tests/gui/screenshot-tool data/gschemas.compiled src/tools/taxonomy.gvariant >/dev/null
ninja -C "$builddir" po/fr/LC_MESSAGES/phoenix.mo >/dev/null 2>&1 || true

outdir=$srcdir/data/screenshots
mkdir -p "$outdir"
tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT INT TERM

# shot MODE SIZE OUTPUT [LANGUAGE]
shot () {
  rm -rf "$tmpdir/vault"
  mkdir -p "$tmpdir/vault"
  env -u DBUS_SESSION_BUS_ADDRESS \
    LANGUAGE="${4:-en}" LANG=C.UTF-8 LC_ALL= \
    GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$builddir/data" \
    GSK_RENDERER=cairo \
    NO_AT_BRIDGE=1 \
    PHOENIX_VAULT_PATH="$tmpdir/vault/vault.db" \
    PHOENIX_KDF_TEST=1 \
    PHOENIX_TAXONOMY="$builddir/src/tools/taxonomy.gvariant" \
    PHOENIX_LOCALEDIR="$builddir/po" \
    PHOENIX_WINDOW_SIZE="$2" \
    xvfb-run -a -s "-screen 0 2800x1800x24" \
    dbus-run-session -- "$builddir/tests/gui/screenshot-tool" "$1" "$outdir/$3"
}

shot welcome 1280x800 welcome.png
shot unlock 1280x800 unlock.png
shot cv 1280x800 cv.png
shot cv 360x720 cv-narrow.png
shot welcome 360x720 welcome-narrow.png
shot unlock 360x720 unlock-narrow.png
# The CV editor beside its live preview, a CV variant choosing its entries, the preview alone.
shot editor 1280x800 editor.png
shot variant 1280x800 variant.png
shot preview 600x800 preview.png
# The Show Photo switch on, the photo row, and the photo in the Modern template's sidebar.
shot photo 1280x800 photo.png
shot import-preview 1280x800 import-preview.png
shot ats 1280x800 ats.png
# The Training tab: the plan and the path, the gap and how people get there, the first run, the
# certificate offered into the CV, a narrow window.
shot training 1280x800 training.png
shot training-gap 1280x800 training-gap.png
shot training-empty 1280x800 training-empty.png
shot training-certificate 1280x800 training-certificate.png
shot training 360x720 training-narrow.png

# The Overview (the next step, the metrics and their charts, the chances) and the consent dialog.
shot overview 1280x800 overview.png
shot overview 360x720 overview-narrow.png
shot consent 1280x800 consent.png

# The Letters tab: a letter drafted from an offer in its composer, the applications list and board.
shot letters 1280x800 letters.png fr_FR:fr
shot letters 360x720 letters-narrow.png fr_FR:fr
shot tracker 1280x800 tracker.png
shot board 1280x800 board.png

# Issue 17: the CV editor at a phone's, a laptop's and a large screen's width, in English and in
# French; its design window (the gallery drawn from the CV); the ATS check at 360 px.
for lang in en fr; do
  case $lang in en) suffix= language=en ;; fr) suffix=-fr language=fr_FR:fr ;; esac
  shot editor 360x720 "editor-360$suffix.png" "$language"
  shot editor 1280x800 "editor-1280$suffix.png" "$language"
  shot editor 1920x1080 "editor-1920$suffix.png" "$language"
  shot design 1280x800 "design$suffix.png" "$language"
  shot ats 360x720 "ats-360$suffix.png" "$language"
done

# French, once po/fr.po translates the window (the catalogue is compiled in the build folder).
if grep -q '^msgid "Unlock Your Vault"' "$srcdir/po/fr.po" 2>/dev/null; then
  shot cv 1280x800 main-fr.png fr_FR:fr
  shot training-gap 1280x800 training-fr.png fr_FR:fr
else
  echo "po/fr.po does not translate the UI yet: main-fr.png not taken" >&2
fi
