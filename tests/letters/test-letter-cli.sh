#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The contract of `phoenix-cli letter RESUME.json OFFER.txt [--lang] [--tone] [--length] [--draft]` (TAP).
# Usage: test-letter-cli.sh PHOENIX-CLI SOURCE-DIR   (PHOENIX_TAXONOMY points at the compiled taxonomy)
set -u
cli=$1
data=$2/tests/letters/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
check () { local name=$1; shift; if "$@" >/dev/null 2>&1; then ok "$name"; else not_ok "$name"; fi; }
run () { "$cli" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; }

echo "1..14"
run letter "$data/nurse.json" "$data/offer-data-analyst-fr.txt" --date 2025-03-14
check "letter exits 0" test "$rc" -eq 0
check "nothing on stderr" test ! -s "$tmp/err"
check "the draft holds the person, the company and the title" eval 'grep -q "Sophie Laurent" "$tmp/out" && grep -q "Santé Conseil" "$tmp/out" && grep -q "Data Analyst" "$tmp/out"'
check "a French offer gets a French letter" eval 'grep -q "^Madame, Monsieur,$" "$tmp/out" && grep -q "^Lyon, le 14 mars 2025$" "$tmp/out"'
check "no slot is left in the text" eval '! grep -q "{{" "$tmp/out"'
cp "$tmp/out" "$tmp/formal"

run letter "$data/nurse.json" "$data/offer-data-analyst-fr.txt" --tone concise --date 2025-03-14
check "concise is shorter than formal" test "$(wc -w < "$tmp/out")" -lt "$(wc -w < "$tmp/formal")"

run letter "$data/nurse.json" "$data/offer-data-analyst-fr.txt" --lang en --date 2025-03-14
check "--lang en writes in English" eval 'grep -q "^Dear Hiring Manager,$" "$tmp/out" && grep -q "^14 March 2025$" "$tmp/out"'

run letter "$data/teacher.json" "$data/offer-ux-designer-en.txt" --draft skills --tone warm --length long
check "an English offer, another draft, tone and length" eval 'test "$rc" -eq 0 && grep -q "Thomas Reed" "$tmp/out" && grep -q "^Kind regards,$" "$tmp/out"'

run letter "$tmp/none.json" "$data/offer-data-analyst-fr.txt"
check "a missing resume exits 1 with stderr and no stdout" eval 'test "$rc" -eq 1 && test -s "$tmp/err" && test ! -s "$tmp/out"'

printf '{"basics": ' > "$tmp/broken.json"
run letter "$tmp/broken.json" "$data/offer-data-analyst-fr.txt"
check "a broken resume exits 1" eval 'test "$rc" -eq 1 && test -s "$tmp/err" && test ! -s "$tmp/out"'

: > "$tmp/empty.txt"
run letter "$data/nurse.json" "$tmp/empty.txt"
check "an empty offer exits 1" eval 'test "$rc" -eq 1 && test -s "$tmp/err" && test ! -s "$tmp/out"'

echo '{"basics": {"email": "a@b.c"}}' > "$tmp/noname.json"
run letter "$tmp/noname.json" "$data/offer-data-analyst-fr.txt"
check "a resume without a name exits 1 and says why" eval 'test "$rc" -eq 1 && grep -qi "name" "$tmp/err"'

run letter "$data/nurse.json" "$data/offer-data-analyst-fr.txt" --tone angry
check "an unknown tone exits 2" eval 'test "$rc" -eq 2 && test -s "$tmp/err" && test ! -s "$tmp/out"'

run letter "$data/nurse.json"
check "a missing argument exits 2" eval 'test "$rc" -eq 2 && test -s "$tmp/err"'
exit 0
