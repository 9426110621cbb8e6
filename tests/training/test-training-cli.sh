#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The contracts of `phoenix-cli targets RESUME.json` and `phoenix-cli gap RESUME.json --target CODE` (TAP).
# Usage: test-training-cli.sh PHOENIX-CLI SOURCE-DIR   (PHOENIX_TAXONOMY points at the compiled taxonomy)
set -u
cli=$1
src=$2
cv="$src/tests/data/training/cv-vendeuse.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=C
n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
check () { local name=$1; shift; if "$@" >/dev/null 2>&1; then ok "$name"; else not_ok "$name"; fi; }
run () { "$cli" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; }
json () { python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if ($1) else 1)"; }

echo "1..26"
run targets "$cv"
check "targets exits 0" test "$rc" -eq 0
check "targets prints {\"targets\": [...]}" json 'isinstance(d, dict) and list(d) == ["targets"] and len(d["targets"]) > 3'
check "each target has code, label, have_share and why" json 'all(set(t) == {"code", "label", "have_share", "why"} for t in d["targets"])'
check "codes are ROME codes, labels and reasons are text" json 'all(len(t["code"]) == 5 and t["code"][0].isalpha() and t["label"] and t["why"] for t in d["targets"])'
check "have_share is a share from 0 to 1" json 'all(isinstance(t["have_share"], (int, float)) and 0 <= t["have_share"] <= 1 for t in d["targets"])'
check "a ROME mobility from the current job is explained" json 'any("A usual move from your job as Vendeuse en prêt-à-porter" in t["why"] for t in d["targets"])'
check "nothing on stderr" test ! -s "$tmp/err"
run targets "$cv" --max 3
check "--max 3 prints at most three" json 'len(d["targets"]) <= 3'

run gap "$cv" --target M1855
check "gap exits 0" test "$rc" -eq 0
check "gap has have, partly, missing and path" json 'all(k in d for k in ("have", "partly", "missing", "path"))'
check "have, partly and missing skills carry id and label" json 'all(s["id"] and s["label"] for k in ("have", "partly", "missing") for s in d[k])'
check "HTML is had, JavaScript (beginner) partly" json '"tool:html" in [s["id"] for s in d["have"]] and any("Débutante" in s.get("evidence", "") for s in d["partly"])'
check "the path's modules have title, hours and covers" json 'd["path"] and all(m["title"] and isinstance(m["hours"], int) and m["hours"] > 0 and isinstance(m["covers"], list) for m in d["path"])'
check "every covered skill is a missing one" json 'set(c["id"] for m in d["path"] for c in m["covers"]) <= set(s["id"] for s in d["missing"])'
check "the target and its accès text" json 'd["target"]["code"] == "M1855" and d["access"]["text"] and d["access"]["comparison"]'
slow=$(python3 -c "import json; print(json.load(open('$tmp/out'))['end_date'])")
run gap "$cv" --target M1855 --hours-per-week 30
check "more hours a week, an earlier end" eval "python3 -c \"import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if d['end_date'] < '$slow' else 1)\""
run gap "$cv" --target M1855 --lang en
check "--lang en gives English labels" json 'd["target"]["label"] == "Web developer" or d["target"]["label"].startswith("Web")'

cat > "$tmp/catalogue.csv" <<'CSV'
id;title;skills;hours;certifying
org:interfaces;Interfaces et contenus numériques;esco:04fe962b|esco:5fd5c985;12;non
CSV
run gap "$cv" --target M1855 --catalogue "$tmp/catalogue.csv"
check "an imported catalogue's module can join the path" json '"org:interfaces" in [m["id"] for m in d["path"]]'
printf 'id,title,skills,hours\nx,X,tool:nope,3\n' > "$tmp/bad.csv"
run gap "$cv" --target M1855 --catalogue "$tmp/bad.csv"
check "a bad catalogue exits 1 naming the line" eval 'test "$rc" -eq 1 && grep -q "Line 2" "$tmp/err" && test ! -s "$tmp/out"'

# Hostile catalogues get the app's caps: an endless stream stops at the byte cap while reading (stat() says
# nothing of a pipe), an endless line at the field cap.
run gap "$cv" --target M1855 --catalogue <(yes 'x;X;tool:python;3')
check "an endless catalogue stream exits 1: too large" eval 'test "$rc" -eq 1 && grep -q "too large for a training catalogue" "$tmp/err" && test ! -s "$tmp/out"'
{ printf 'id;title;skills;hours\nx;'; head -c 3000000 /dev/zero | tr '\0' x; } > "$tmp/endless.csv"
run gap "$cv" --target M1855 --catalogue "$tmp/endless.csv"
check "a catalogue line that never ends exits 1 naming the cap" eval 'test "$rc" -eq 1 && grep -q "Line 2: a field is longer than 16 KB" "$tmp/err"'

run gap "$cv" --target Z9999
check "an unknown code exits 1" eval 'test "$rc" -eq 1 && grep -q Z9999 "$tmp/err" && test ! -s "$tmp/out"'
run gap "$cv"
check "gap without --target exits 2" eval 'test "$rc" -eq 2 && test -s "$tmp/err" && test ! -s "$tmp/out"'
run gap "$cv" --target M1855 --hours-per-week 0
check "0 hours a week exits 2" eval 'test "$rc" -eq 2 && test -s "$tmp/err"'
run targets "$tmp/nope.json"
check "an unreadable resume exits 1" eval 'test "$rc" -eq 1 && test -s "$tmp/err" && test ! -s "$tmp/out"'
PHOENIX_TAXONOMY="$tmp/none.gvariant" run targets "$cv"
check "a missing taxonomy exits 1 with a message" eval 'test "$rc" -eq 1 && grep -q -i taxonom "$tmp/err"'
exit 0
