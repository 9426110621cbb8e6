#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# TAP tests of the taxonomy compiler on a consistent slice of data/taxonomy (a dozen occupations with
# their skills, titles, mobilities, aliases, access texts, phrases, broader skills and classes): fast enough to run under the sanitizers, where it
# also proves that the compiler frees what it allocates (issue #14, row 12: it leaked 19.7 MB and
# LeakSanitizer failed the build). The sanitizer build itself uses the gcc build's taxonomy file.
# Usage: test-taxonomy-compile.sh COMPILER SOURCE-DIR
set -u

compiler=${1:?usage: test-taxonomy-compile.sh COMPILER SOURCE-DIR}
source_dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }

echo "1..3"

python3 - "$source_dir/data/taxonomy" "$tmp/slice" <<'PY'
import os, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
def rows(name):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        return [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]
def write(name, lines):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
occupations = rows('occupations.tsv')[:12]
codes = {l.split('\t')[0] for l in occupations}
links = [l for l in rows('occupation-skills.tsv') if l.split('\t')[0] in codes]
all_skills = rows('skills.tsv')
wanted = {l.split('\t')[1] for l in links}
# Tools with their flags (case-sensitive, verb) and a few synonyms, for every path of the compiler.
wanted |= {l.split('\t')[0] for l in all_skills if l.startswith('tool:')}
skills = [l for l in all_skills if l.split('\t')[0] in wanted]
kept = {l.split('\t')[0] for l in skills}
aliases = [l for l in rows('skill-aliases.tsv') if l.split('\t')[1] in kept][:40]
write('occupations.tsv', occupations)
write('skills.tsv', skills)
write('occupation-skills.tsv', links)
write('mobilities.tsv', [l for l in rows('mobilities.tsv') if l.split('\t')[0] in codes and l.split('\t')[1] in codes])
write('occupation-titles.tsv', [l for l in rows('occupation-titles.tsv') if l.split('\t')[0] in codes])
write('skill-aliases.tsv', aliases)
write('occupation-access.tsv', [l for l in rows('occupation-access.tsv') if l.split('\t')[0] in codes])
write('skill-phrases.tsv', [l for l in rows('skill-phrases.tsv') if l.split('\t')[0] in kept])
write('skill-broader.tsv', [l for l in rows('skill-broader.tsv') if l.split('\t')[0] in kept and l.split('\t')[1] in kept])
groups = []
for l in rows('skill-equivalents.tsv'):
    name, members = l.split('\t')[:2]
    members = [m for m in members.split('|') if m in kept]
    if len(members) >= 2:
        groups.append(name + '\t' + '|'.join(members))
write('skill-equivalents.tsv', groups)
print('# slice: %d occupations, %d skills, %d links, %d aliases' % (len(occupations), len(skills), len(links), len(aliases)))
PY

if "$compiler" "$tmp/slice" "$tmp/taxonomy.gvariant" >"$tmp/out" 2>"$tmp/err"; then
  ok "the compiler makes a taxonomy of the slice (and, under LeakSanitizer, frees everything)"
else
  not_ok "the compiler makes a taxonomy of the slice" "$(head -c 2000 "$tmp/err")"
fi
if [ -s "$tmp/taxonomy.gvariant" ] && grep -q "12 occupations" "$tmp/out"; then
  ok "the file holds the slice's 12 occupations"
else
  not_ok "the file holds the slice's 12 occupations" "$(cat "$tmp/out")"
fi
"$compiler" "$tmp/missing" "$tmp/none.gvariant" >/dev/null 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 1 ] && [ ! -e "$tmp/none.gvariant" ] && ! grep -q "Sanitizer" "$tmp/err"; then
  ok "a missing folder is an error (status 1), with nothing leaked"
else
  not_ok "a missing folder is an error (status 1), with nothing leaked" "status $rc" "$(head -c 2000 "$tmp/err")"
fi
