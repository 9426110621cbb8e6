#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# TAP validation of the desktop integration files as built, and of the French translation.
# Usage: test-data.sh DESKTOP-FILE METAINFO-FILE SCHEMA-DIR FR-PO ICONS-DIR
set -u

desktop=${1:?usage: test-data.sh DESKTOP-FILE METAINFO-FILE SCHEMA-DIR FR-PO ICONS-DIR}
metainfo=${2:?missing METAINFO-FILE}
schemadir=${3:?missing SCHEMA-DIR}
fr_po=${4:?missing FR-PO}
icons=${5:?missing ICONS-DIR}
export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$tmp/log" 2>/dev/null | head -n 40; }
# check DESCRIPTION COMMAND…: ok when COMMAND succeeds; its output is shown on failure.
check () { local desc=$1; shift; if ( "$@" ) >"$tmp/log" 2>&1; then ok "$desc"; else not_ok "$desc"; fi; }
need () { command -v "$1" >/dev/null || { echo "$1: not installed"; return 1; }; }

echo "1..25"

# Desktop file
check "desktop-file-validate accepts $(basename "$desktop")" \
  eval 'need desktop-file-validate && desktop-file-validate "$desktop" && ! grep -q . <(desktop-file-validate "$desktop")'
check "the desktop file carries a French translation" \
  eval 'grep -q "^Comment\[fr\]=" "$desktop" && grep -q "^GenericName\[fr\]=" "$desktop" && grep -q "^Keywords\[fr\]=.*;$" "$desktop"'
app_id=$(basename "$desktop" .desktop)
check "the desktop file's Icon is the application ID ($app_id)" grep -qx "Icon=$app_id" "$desktop"

# AppStream metainfo
check "appstreamcli validate --no-net --pedantic accepts $(basename "$metainfo") without warnings or errors" \
  eval 'need appstreamcli && appstreamcli validate --no-net --pedantic "$metainfo" && ! appstreamcli validate --no-net --pedantic "$metainfo" | grep -Eq "^(E|W):"'
# --strict fails on infos too. AppStream before 1.0 (Debian 12 has 0.16) does not know the <developer>
# tag that Flathub asks for (beside <developer_name> for older tools): that one info is let through there.
strict_ok () {
  appstreamcli validate --no-net --strict "$metainfo" >"$tmp/strict" 2>&1 && return 0
  cat "$tmp/strict"
  local version
  version=$(appstreamcli --version | sed -n 's/^AppStream version: //p')
  dpkg --compare-versions "$version" lt 1.0 || return 1
  ! grep -E "^[EWIP]:" "$tmp/strict" | grep -v ": unknown-tag developer$" | grep -v "^P:" | grep -q .
}
check "appstreamcli validate --no-net --strict accepts $(basename "$metainfo") (on AppStream < 1.0, but for its unknown <developer>)" \
  eval 'need appstreamcli && strict_ok'
check "the metainfo carries a French name, summary and description" \
  eval 'grep -q "<name xml:lang=\"fr\">" "$metainfo" && grep -q "<summary xml:lang=\"fr\">" "$metainfo" && grep -q "<p xml:lang=\"fr\">" "$metainfo"'
check "the metainfo's id and launchable match the desktop file" \
  eval 'grep -q "<id>$app_id</id>" "$metainfo" && grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"'
check "the metainfo lists the welcome, unlock, CV (wide and narrow), editor, photo, import, ATS, Overview and consent screenshots" \
  eval 'for s in welcome unlock cv welcome-narrow unlock-narrow cv-narrow editor photo import-preview ats overview consent; do grep -q "<image>https://.*/data/screenshots/$s.png</image>" "$metainfo" || { echo "missing $s.png"; exit 1; }; done'
check "every screenshot the metainfo lists is in data/screenshots/" \
  eval 'for s in $(sed -n "s|.*<image>https://.*/data/screenshots/\(.*\)</image>.*|\1|p" "$metainfo"); do [ -s "$icons/../screenshots/$s" ] || { echo "no data/screenshots/$s"; exit 1; }; done'

check "the metainfo has an OARS 1.1 content rating, light and dark branding colours and a developer" \
  eval 'grep -q "<content_rating type=\"oars-1.1\"" "$metainfo" && grep -q "<color type=\"primary\" scheme_preference=\"light\">#[0-9a-f]\{6\}</color>" "$metainfo" && grep -q "<color type=\"primary\" scheme_preference=\"dark\">#[0-9a-f]\{6\}</color>" "$metainfo" && grep -q "<developer id=" "$metainfo" && grep -q "<developer_name" "$metainfo"'
# The anonymous statistics (src/core/sync, opt-in) are diagnostic data that do not identify the user:
# OARS social-info "moderate" while a sync client sends them, "none" (no attribute) without one.
oars_social_info () {
  local root=$icons/../.. declared
  declared=$(sed -n 's|.*<content_attribute id="social-info">\([a-z]*\)</content_attribute>.*|\1|p' "$metainfo")
  if grep -rqs soup_session_new "$root/src/core/sync"; then
    [ "$declared" = moderate ] || { echo "src/core/sync sends statistics, social-info is '${declared:-none}', not moderate"; return 1; }
  else
    [ -z "$declared" ] || { echo "nothing sends statistics, social-info is '$declared'"; return 1; }
  fi
}
check "the OARS rating declares the opt-in anonymous statistics (social-info moderate) exactly when the code sends them" oars_social_info
check "the metainfo has keywords in English and French" \
  eval '[ "$(grep -c "<keyword>" "$metainfo")" -ge 5 ] && [ "$(grep -c "<keyword xml:lang=\"fr\">" "$metainfo")" -ge 5 ]'
project_version () {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
    "${PHOENIX_BUILD_DIR:?}/meson-info/intro-projectinfo.json"
}
check "the metainfo's newest release is the project's version ($(project_version 2>/dev/null)), dated, with notes" \
  eval 'v=$(project_version) && sed -n "/<releases>/,/<\/releases>/p" "$metainfo" | grep -m1 "<release " | grep -q "version=\"$v\" date=\"[0-9-]\{10\}\"" && sed -n "/<releases>/,/<\/releases>/p" "$metainfo" | grep -q "<li>"'
check "every screenshot URL is absolute https from the repository, with a caption" \
  eval '[ "$(grep -c "<screenshot[ >]" "$metainfo")" -eq "$(grep -c "<image>https://raw.githubusercontent.com/phoenixecosystem/phoenix/main/data/screenshots/[a-z0-9-]*\.png</image>" "$metainfo")" ] && [ "$(grep -c "<screenshot[ >]" "$metainfo")" -le "$(grep -c "<caption>" "$metainfo")" ]'

# GSettings schema
check "glib-compile-schemas --strict accepts the schemas in $(basename "$schemadir")" \
  eval 'need glib-compile-schemas && ls "$schemadir"/*.gschema.xml && glib-compile-schemas --strict --dry-run "$schemadir"'
check "the schema has the window, auto-lock and color-scheme keys" \
  eval 'for k in window-width window-height window-maximized auto-lock-minutes color-scheme; do grep -q "<key name=\"$k\"" "$schemadir"/*.gschema.xml || { echo "missing key $k"; exit 1; }; done'

# Icons (sources; installed under the application ID, .Devel included)
base_id=io.github.phoenixecosystem.Phoenix
check "the colour app icon is a 128×128 SVG" \
  grep -q 'viewBox="0 0 128 128"' "$icons/hicolor/scalable/apps/$base_id.svg"
check "the symbolic app icon is a 16×16 SVG in one colour" \
  eval 'f="$icons/hicolor/symbolic/apps/$base_id-symbolic.svg"; grep -q "viewBox=\"0 0 16 16\"" "$f" && ! grep -qi "gradient" "$f" && test "$(grep -o "fill=\"#[0-9a-fA-F]*\"" "$f" | sort -u | wc -l)" -le 1'

# Every symbolic icon the code names is bundled (data/icons/fallback), in case the runtime's Adwaita lacks it.
icons_bundled () {
  local root=$icons/../.. resources
  resources=$root/src/gui/phoenix.gresource.xml.in
  for name in $(grep -rhoE '"[a-z0-9-]+-symbolic"|>[a-z0-9-]+-symbolic<' "$root/src" | tr -d '"<>' | sort -u); do
    grep -q "alias=\"icons/scalable/[a-z]*/$name.svg\">icons/fallback/[a-z]*/$name.svg<" "$resources" ||
      { echo "$name is not in $resources"; return 1; }
  done
}
check "every symbolic icon the code names is in the resource bundle" icons_bundled

# The Flatpak manifest as flatpak-builder reads it (no runtime needed to parse it; building needs one).
manifest_parses () {
  local manifest=$icons/../../flatpak/io.github.phoenixecosystem.Phoenix.json
  flatpak-builder --show-manifest "$manifest" >"$tmp/manifest.json" 2>"$tmp/manifest.err" || { cat "$tmp/manifest.err"; return 1; }
  cat "$tmp/manifest.err"
  ! grep -q . "$tmp/manifest.err" && grep -q '"runtime-version" : "51"' "$tmp/manifest.json"
}
check "flatpak-builder --show-manifest reads the manifest without an unknown property" \
  eval 'need flatpak-builder && manifest_parses'

# French translation
check "po/fr.po compiles with msgfmt --check" msgfmt --check -o /dev/null "$fr_po"
msgfmt --statistics -o /dev/null "$fr_po" >"$tmp/stats" 2>&1
check "po/fr.po has no fuzzy or untranslated strings ($(cat "$tmp/stats"))" \
  eval '! grep -Eq "fuzzy|untranslated" "$tmp/stats"'
# Every string the sources mark for translation has a French translation (not only the ones fr.po lists).
srcroot=$(cd "$(dirname "$fr_po")/.." && pwd)
extract_pot () {
  xgettext --directory="$srcroot" --files-from="$srcroot/po/POTFILES.in" --from-code=UTF-8 \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
    --keyword=ngettext:1,2 --output="$tmp/phoenix.pot" && msgcmp "$fr_po" "$tmp/phoenix.pot"
}
check "po/fr.po translates every string marked in po/POTFILES.in's files" extract_pot
# France's usage, not Québec's (issue #17): « E-mail » / « adresse e-mail », not « courriel », and no other
# Québec-only word in a translation (obsolete #~ entries aside).
quebec_words () {
  ! grep -v '^#~' "$fr_po" | grep -Eiq 'courriel|clavard|fureteur|pourriel|téléverse|infolettre|cellulaire|magasiner|baladodiffus'
}
check "po/fr.po uses France's words (no courriel, clavarder, fureteur…)" quebec_words
check "po/fr.po declares French and its plural forms" \
  eval 'grep -q "^\"Language: fr\\\\n\"" "$fr_po" && grep -q "^\"Plural-Forms: nplurals=2; plural=(n > 1);" "$fr_po"'

exit 0
