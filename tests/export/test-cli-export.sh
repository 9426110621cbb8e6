#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# TAP tests of phoenix-cli export-pdf and export-docx (pandoc reads the Word documents back).
# Usage: test-cli-export.sh PATH/TO/phoenix-cli SOURCE-ROOT
set -u

cli=${1:?usage: test-cli-export.sh PATH/TO/phoenix-cli SOURCE-ROOT}
src=${2:?usage: test-cli-export.sh PATH/TO/phoenix-cli SOURCE-ROOT}
export LC_ALL=C.UTF-8 LANGUAGE= PHOENIX_FONT_DIR="$src/data/fonts"
resume=$src/tests/data/json-resume/camille.resume.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
check () { local desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc" "stdout: $(head -c 400 "$tmp/out")" "stderr: $(head -c 400 "$tmp/err")"; fi; }
run () { "$cli" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; }

echo "1..23"

run export-pdf --list-templates
check "--list-templates exits 0" test "$rc" -eq 0
check "--list-templates prints one template a line, id first" \
  eval 'test "$(cut -f1 "$tmp/out" | tr "\n" " ")" = "classic modern compact ats elegant "'

for t in classic modern compact ats elegant; do
  run export-pdf "$resume" -t "$t" -o "$tmp/$t.pdf" --lang en --paper letter
  check "export-pdf -t $t writes a PDF and nothing on stdout" \
    eval 'test "$rc" -eq 0 && test ! -s "$tmp/out" && head -c 5 "$tmp/$t.pdf" | grep -q "%PDF-"'
done

run export-pdf "$resume" -o "$tmp/default.pdf"
check "template, language and paper have defaults (classic, fr, a4)" \
  eval 'test "$rc" -eq 0 && pdfinfo "$tmp/default.pdf" | grep -q "595.* x 841.*" && pdftotext "$tmp/default.pdf" - | grep -q "FORMATION"'

run export-pdf "$resume" -t modern -o "$tmp/fr.pdf" --lang fr
check "--lang fr sets French section titles" eval 'pdftotext "$tmp/fr.pdf" - | grep -q "Expérience professionnelle"'

run export-pdf "$resume" -t nope -o "$tmp/x.pdf"
check "an unknown template exits 2 and names it" eval 'test "$rc" -eq 2 && grep -q nope "$tmp/err" && test ! -e "$tmp/x.pdf"'

run export-pdf "$resume"
check "no -o exits 2" eval 'test "$rc" -eq 2 && test -s "$tmp/err"'

run export-pdf "$resume" -o "$tmp/x.pdf" --paper a5
check "an unknown paper size exits 2" test "$rc" -eq 2

printf '{"basics": {"name": 42}}' >"$tmp/bad.json"
run export-pdf "$tmp/bad.json" -o "$tmp/x.pdf"
check "a wrong type exits 1, names the member, writes nothing" \
  eval 'test "$rc" -eq 1 && grep -q "basics.name" "$tmp/err" && test ! -e "$tmp/x.pdf"'

printf '{"basics": ' >"$tmp/broken.json"
run export-pdf "$tmp/broken.json" -o "$tmp/x.pdf"
check "invalid JSON exits 1 with a message" eval 'test "$rc" -eq 1 && test -s "$tmp/err" && test ! -e "$tmp/x.pdf"'

run export-pdf "$tmp/missing.json" -o "$tmp/x.pdf"
check "a missing file exits 1" eval 'test "$rc" -eq 1 && test -s "$tmp/err"'

printf '{"basics": {"name": "Jean Martin", "email": "pas une adresse"}}' >"$tmp/lax.json"
run export-pdf "$tmp/lax.json" -o "$tmp/lax.pdf"
check "a schema problem is a warning that names the member; the PDF is written" \
  eval 'test "$rc" -eq 0 && grep -q "/basics/email" "$tmp/err" && test -s "$tmp/lax.pdf"'
run export-pdf "$tmp/lax.json" -o "$tmp/strict.pdf" --strict
check "--strict refuses it" eval 'test "$rc" -eq 1 && grep -q "/basics/email" "$tmp/err" && test ! -e "$tmp/strict.pdf"'

run export-docx "$resume" -o "$tmp/cv.docx"
check "export-docx writes a Word document, nothing on stdout" \
  eval 'test "$rc" -eq 0 && test ! -s "$tmp/out" && head -c 2 "$tmp/cv.docx" | grep -q "PK" && test ! -e "$tmp/cv.docx.part"'
check "pandoc reads every section back, as headings, in French by default" \
  eval 'pandoc -f docx -t markdown "$tmp/cv.docx" >"$tmp/cv.md" && for h in PROFIL "EXPÉRIENCE PROFESSIONNELLE" FORMATION COMPÉTENCES LANGUES PROJETS BÉNÉVOLAT CERTIFICATIONS; do grep -q "^# \*\*$h\*\*" "$tmp/cv.md" || exit 1; done'
run export-docx "$resume" -o "$tmp/en.docx" --lang en -t modern
check "--lang en: English headings" eval 'test "$rc" -eq 0 && pandoc -f docx -t plain "$tmp/en.docx" | grep -q "^Experience$"'
run export-docx "$resume"
check "export-docx without -o exits 2 and says -o OUT.docx" eval 'test "$rc" -eq 2 && grep -q "OUT.docx" "$tmp/err"'
run export-docx "$resume" -o "$tmp/x.docx" -t nope
check "export-docx with an unknown template exits 2" eval 'test "$rc" -eq 2 && test ! -e "$tmp/x.docx"'
run export-docx "$resume" -o "$tmp/no/such/folder/x.docx"
check "an unwritable place exits 1 with a message, no file" \
  eval 'test "$rc" -eq 1 && grep -q "Word" "$tmp/err" && test ! -e "$tmp/no/such/folder/x.docx"'

exit 0
