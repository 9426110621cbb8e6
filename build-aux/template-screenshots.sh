#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every CV template with a fictional person (tests/data/json-resume/camille.resume.json)
# to data/screenshots/template-<id>.png, page 1, through phoenix-cli export-pdf and pdftoppm.
# Usage: build-aux/template-screenshots.sh [BUILD-DIR]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-$ROOT/build}
CLI=$BUILD/src/cli/phoenix-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export PHOENIX_FONT_DIR=$ROOT/data/fonts
"$CLI" export-pdf --list-templates | cut -f1 | while read -r id; do
  "$CLI" export-pdf "$ROOT/tests/data/json-resume/camille.resume.json" -t "$id" --lang fr --paper a4 \
    -o "$tmp/$id.pdf"
  pdftoppm -r 110 -png -f 1 -l 1 -singlefile "$tmp/$id.pdf" "$ROOT/data/screenshots/template-$id"
  echo "data/screenshots/template-$id.png"
done
