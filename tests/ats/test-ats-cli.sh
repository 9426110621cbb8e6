#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The contract of `phoenix-cli ats RESUME.json OFFER.txt` (TAP; PDF offers are tested in test-offer-loader.c, which draws them).
# Usage: test-ats-cli.sh PHOENIX-CLI SOURCE-DIR   (PHOENIX_TAXONOMY points at the compiled taxonomy)
set -u
cli=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
check () { local name=$1; shift; if "$@" >/dev/null 2>&1; then ok "$name"; else not_ok "$name"; fi; }
run () { "$cli" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; }
json () { python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if ($1) else 1)"; }

echo "1..16"
run ats "$src/tests/data/ats/cv-developpeur.json" "$src/tests/data/offers/fr-01-developpeur-web.txt"
check "ats exits 0" test "$rc" -eq 0
check "ats prints one JSON object" json 'isinstance(d, dict)'
check "score is an integer from 0 to 100" json 'isinstance(d["score"], int) and 0 <= d["score"] <= 100'
check "breakdown has the six parts with weights summing to 100" json 'sorted(d["breakdown"]) == sorted(["hard_skills","soft_skills","title","education","experience","keywords"]) and sum(p["weight"] for p in d["breakdown"].values()) == 100'
check "matched skills carry id and label" json 'd["matched"] and all(m["id"] and m["label"] for m in d["matched"])'
check "matched Python is where the CV says it" json 'any(m["id"] == "tool:python" and any(w["section"] == "work" for w in m["where"]) for m in d["matched"])'
check "missing skills carry id and label, required first" json 'all(m["id"] and m["label"] for m in d["missing"]) and [m["required"] for m in d["missing"]] == sorted([m["required"] for m in d["missing"]], reverse=True)'
check "occupation has the offer's ROME code and label" json 'd["occupation"]["code"] == "M1855" and d["occupation"]["label"]'
check "nothing on stderr" test ! -s "$tmp/err"

run ats "$src/tests/data/ats/cv-developpeur.json" "$src/tests/data/offers/en-01-backend-engineer.txt"
check "an English offer gets English labels" json 'd["occupation"]["label"] == "Software developer"'

cat > "$tmp/offer.html" <<'HTML'
<!DOCTYPE html><html><head><title>Offre</title><style>h1 { color: red }</style></head><body>
<h1>Développeur web (H/F)</h1><p>Entreprise&nbsp;: Acme</p><p>Lieu : Lyon</p>
<h2>Profil recherché</h2><ul><li>Python et Django</li><li>3 ans d&#39;expérience</li></ul></body></html>
HTML
run ats "$src/tests/data/ats/cv-developpeur.json" "$tmp/offer.html"
check "an HTML offer is read as text" json 'd["offer"]["title"] == "Développeur web" and d["offer"]["company"] == "Acme"'
check "the HTML offer's skills are found" json 'set(m["id"] for m in d["matched"]) >= {"tool:python", "tool:django"}'

run ats "$tmp/nope.json" "$src/tests/data/offers/fr-01-developpeur-web.txt"
check "an unreadable resume exits 1 with stderr and no stdout" eval 'test "$rc" -eq 1 && test -s "$tmp/err" && test ! -s "$tmp/out"'

printf '%%PDF-1.4\n' > "$tmp/offer.pdf"
run ats "$src/tests/data/ats/cv-developpeur.json" "$tmp/offer.pdf"
check "a damaged PDF offer exits 1 and says so" eval 'test "$rc" -eq 1 && grep -q PDF "$tmp/err" && test ! -s "$tmp/out"'

run ats "$src/tests/data/ats/cv-developpeur.json"
check "a missing argument exits 2" eval 'test "$rc" -eq 2 && test -s "$tmp/err" && test ! -s "$tmp/out"'

PHOENIX_TAXONOMY="$tmp/none.gvariant" run ats "$src/tests/data/ats/cv-developpeur.json" "$src/tests/data/offers/fr-01-developpeur-web.txt"
check "a missing taxonomy exits 1 with a message" eval 'test "$rc" -eq 1 && grep -q -i taxonom "$tmp/err"'
exit 0
