#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# TAP tests of phoenix-cli on hostile input (issue #14, rows 1, 2, 6, 7, 10): each ends with a
# clear message and exit status 1 (or its result), never a crash, a hang or a flood.
# Usage: test-cli-hostile.sh CLI HELPER FAKE-HELPER TAXONOMY SOURCE-DIR
set -u

cli=${1:?usage: test-cli-hostile.sh CLI HELPER FAKE-HELPER TAXONOMY SOURCE-DIR}
helper=$2
fake=$3
taxonomy=$4
source_dir=$5
export LC_ALL=C.UTF-8 LANGUAGE= PHOENIX_IMPORT_HELPER=$helper
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
check () { local desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc" "exit: $rc" "stdout: $(head -c 300 "$tmp/out")" "stderr: $(head -c 300 "$tmp/err")"; fi; }
run () { "$cli" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; }
# Failed as a program does: status 1 and a message, not a signal (128 + n) or an abort.
failed_cleanly () { test "$rc" -eq 1 && test -s "$tmp/err" && ! grep -q CRITICAL "$tmp/err"; }

echo "1..14"

resume=$source_dir/tests/data/ats/cv-infirmiere.json
: >"$tmp/empty.json"
run export-pdf -o "$tmp/x.pdf" "$tmp/empty.json"
check "export-pdf: an empty JSON file fails cleanly (it crashed)" failed_cleanly
check "export-pdf: the message says the file is empty" grep -q "empty" "$tmp/err"

{ printf '{"x":'; head -c 100000 /dev/zero | tr '\0' '['; } >"$tmp/deep.json"
run export-pdf -o "$tmp/x.pdf" "$tmp/deep.json"
check "export-pdf: JSON nested 100,000 deep fails cleanly (json-glib's stack overflowed)" failed_cleanly
check "export-pdf: the message says it is nested too deeply" grep -q "nested too deeply" "$tmp/err"
run ats --taxonomy "$taxonomy" "$tmp/deep.json" "$source_dir/tests/data/offers/$(ls "$source_dir/tests/data/offers" | grep '\.txt$' | head -1)"
check "ats: a resume nested 100,000 deep fails cleanly" failed_cleanly

# A one-page PDF 2^32 + 10 points wide (no cross-reference table: the reader rebuilds it).
{
  printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
  printf '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
  printf '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 4294967306 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj\n'
  content='BT /F1 10 Tf'
  for i in 0 1 2 3 4 5 6 7; do
    y=$((700 - 20 * i))
    content="$content 1 0 0 1 40 $y Tm (Competence $i) Tj 1 0 0 1 300 $y Tm (Experience $i chez Exemple) Tj"
  done
  content="$content ET"
  printf '4 0 obj << /Length %d >> stream\n%s\nendstream endobj\n' "$((${#content} + 1))" "$content"
  printf '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n'
  printf 'trailer << /Size 6 /Root 1 0 R >>\n%%%%EOF\n'
} >"$tmp/wide.pdf"
run import-pdf "$tmp/wide.pdf"
check "import-pdf: a page 2^32 points wide is read (it crashed)" eval 'test "$rc" -eq 0 && grep -q "Competence 3" "$tmp/out"'

# The CLI reads PDFs through the sandboxed helper, with its caps: a helper that floods is stopped.
PHOENIX_IMPORT_HELPER=$fake PHOENIX_IMPORT_HELPER_TEST_MODE=flood-stdout run import-pdf "$tmp/wide.pdf"
check "import-pdf: goes through the helper, and a helper that floods its output is stopped" \
  eval 'failed_cleanly && grep -q "stopped" "$tmp/err"'
PHOENIX_IMPORT_HELPER=$fake PHOENIX_IMPORT_HELPER_TEST_MODE=fork-bomb run import-pdf "$tmp/wide.pdf"
check "import-pdf: the helper may not fork" grep -q "started 0 errno 1" "$tmp/out"

# --lines too: the same helper (the PDF is never opened in phoenix-cli), its lines and no "pages".
run import-pdf --lines "$tmp/wide.pdf"
check "import-pdf --lines: the helper's positioned lines, without pages" \
  eval 'test "$rc" -eq 0 && python3 -c "import json,sys; d=json.load(open(\"$tmp/out\")); sys.exit(0 if d[\"lines\"] and \"pages\" not in d and any(\"Competence 3\" in l[\"text\"] for l in d[\"lines\"]) else 1)"'
PHOENIX_IMPORT_HELPER=$fake PHOENIX_IMPORT_HELPER_TEST_MODE=flood-stdout run import-pdf --lines "$tmp/wide.pdf"
check "import-pdf --lines: goes through the helper, a flood is stopped" eval 'failed_cleanly && grep -q "stopped" "$tmp/err"'
PHOENIX_IMPORT_HELPER=$fake PHOENIX_IMPORT_HELPER_TEST_MODE=garbled run import-pdf --lines "$tmp/wide.pdf"
check "import-pdf --lines: a garbled line stream fails cleanly" failed_cleanly

# 20,000 unclosed <script> tags (60 s in a backtracking regex), and 1.6 MB of them (never ended).
{ printf '<html><body>'; for i in $(seq 20000); do printf '<script>'; done; } >"$tmp/scripts.html"
run ats --taxonomy "$taxonomy" "$resume" "$tmp/scripts.html"
check "ats: 20,000 unclosed <script> tags end at once (an empty offer)" eval 'failed_cleanly && grep -q "empty" "$tmp/err"'
{ printf '<html><body><h1>Infirmier (H/F)</h1><p>Soins infirmiers</p>'; yes '<script>' | tr -d '\n' | head -c 1600000; } >"$tmp/big.html"
run ats --taxonomy "$taxonomy" "$resume" "$tmp/big.html"
check "ats: 1.6 MB of unclosed <script> tags end (they never did)" eval 'test "$rc" -eq 0 && grep -q "Infirmier" "$tmp/out"'
head -c $((9 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$tmp/huge.txt"
run ats --taxonomy "$taxonomy" "$resume" "$tmp/huge.txt"
check "ats: a 9 MB offer is refused by its size" eval 'failed_cleanly && grep -q "too large" "$tmp/err"'
