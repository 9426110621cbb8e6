#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate Phoenix's skills taxonomy (data/taxonomy/*.tsv) from ROME 4.0 and ESCO.

Usage: generate.py [--shared DIR] [--out DIR]
  --shared  the folder holding data/rome and data/esco (default: ../shared next to the repository)
  --out     where to write the generated files (default: data/taxonomy in the repository)

Python 3 standard library only; the output is deterministic (sorted, no timestamps), so running it
again over the same inputs reproduces the committed files byte for byte.
"""

import argparse
import collections
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

STOP_FR = set("de d des du la le l les en et a au aux pour sur dans par un une ou avec".split())


def fold(text):
    """Lower case, no accents, punctuation to spaces; keeps + and # (C++, C#)."""
    text = unicodedata.normalize('NFKD', text.lower())
    text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
    text = text.replace('\u2019', "'").replace('œ', 'oe').replace('æ', 'ae')
    return ' '.join(re.sub(r"[^a-z0-9+#]+", ' ', text).split())


def clean(text):
    return ' '.join(text.replace('\t', ' ').split())


def word_set(text):
    return frozenset(w[:6] for w in fold(text).split() if w not in STOP_FR)


def masculine(label):
    """'Conducteur / Conductrice d'engins agricoles' -> 'Conducteur d'engins agricoles'."""
    if ' / ' not in label:
        return label
    first, second = label.split(' / ', 1)
    rest = second.split(' ', 1)[1] if ' ' in second else ''
    return (first + ' ' + rest).strip()


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            if any(v for v in row.values() if v):
                yield row


def split_labels(text):
    return [clean(x) for x in text.split('\n') if clean(x)]


def short_uuid(uri):
    return uri.rstrip('/').rsplit('/', 1)[-1]


def cap(label):
    return label[:1].upper() + label[1:] if label else label


def write_tsv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + '\t'.join(header) + '\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    parser.add_argument('--out', default=os.path.join(ROOT, 'data', 'taxonomy'))
    args = parser.parse_args()

    rome_dir = os.path.join(args.shared, 'data', 'rome')
    esco_dir = os.path.join(args.shared, 'data', 'esco')
    for d in (rome_dir, esco_dir):
        if not os.path.isdir(d):
            sys.exit('generate.py: %s not found' % d)
    os.makedirs(args.out, exist_ok=True)

    # ---- Hand-made inputs (committed): tools, English labels for unlinked occupations.
    tools = []
    with open(os.path.join(ROOT, 'data', 'taxonomy', 'tools.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            tid, en, fr, syn, flags, domains = line.rstrip('\n').split('\t')
            tools.append({'id': tid, 'en': en, 'fr': fr,
                          'syn': [s for s in syn.split('|') if s],
                          'flags': flags, 'domains': [d for d in domains.split(',') if d]})
    hand_en = {}
    with open(os.path.join(HERE, 'occupations-en.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, label = line.rstrip('\n').split('\t')
            hand_en[code] = label

    # ---- ESCO skills (v1.0.3 FR and en-us, same URIs).
    esco_fr = {short_uuid(r['conceptUri']): r for r in read_csv(os.path.join(esco_dir, 'esco-1.0.3-fr', 'skills_fr.csv'))}
    esco_en = {short_uuid(r['conceptUri']): r for r in read_csv(os.path.join(esco_dir, 'esco-1.0.3-fr', 'skills_en-us.csv'))}

    # Short ids: the first 8 hex digits of the UUID, the whole UUID on a clash.
    uuids = sorted(set(esco_fr) | set(esco_en))
    prefixes = collections.Counter(u[:8] for u in uuids)
    esco_ids = {u: 'esco:' + (u[:8] if prefixes[u[:8]] == 1 else u) for u in uuids}

    # skill id -> record
    skills = {}

    def add_skill(sid, kind, fr, en, syn_fr=(), syn_en=(), flags=''):
        skills[sid] = {'kind': kind, 'fr': fr, 'en': en, 'syn_fr': set(syn_fr), 'syn_en': set(syn_en), 'flags': flags}

    tool_by_name = {}
    for t in tools:
        add_skill(t['id'], 'hard', t['fr'], t['en'], t['syn'], t['syn'], t['flags'])
        for name in [t['en'], t['fr']] + t['syn']:
            tool_by_name.setdefault(fold(name), t['id'])

    alias = {}  # source skill id (rome:/esco:) -> merged skill id

    # ROME competences and savoirs.
    rome_skill = {}
    for r in read_csv(os.path.join(rome_dir, 'unix_referentiel_competence_v460_utf8.csv')):
        if r['nature'] != 'Compétence':
            continue
        kind = 'soft' if r['cat_comp'].startswith('Savoir-être') else 'hard'
        rome_skill['rome:' + r['code_ogr']] = (kind, clean(r['libelle_competence']))
    for r in read_csv(os.path.join(rome_dir, 'unix_referentiel_savoir_v460_utf8.csv')):
        rome_skill['rome:' + r['code_ogr_savoir']] = ('knowledge', clean(r['libelle_savoir']))

    esco_by_fr = {}
    for u, r in sorted(esco_fr.items()):
        esco_by_fr.setdefault(fold(r['preferredLabel']), u)

    rome_linked_esco = 0
    for sid, (kind, label) in sorted(rome_skill.items()):
        key = fold(label)
        if key in tool_by_name:
            alias[sid] = tool_by_name[key]
            skills[tool_by_name[key]]['syn_fr'].add(label)
            continue
        en = ''
        syn_fr, syn_en = set(), set()
        u = esco_by_fr.get(key)
        if u is not None and u in esco_en and esco_ids[u] not in alias:
            e = esco_en[u]
            en = clean(e['preferredLabel'])
            syn_en = set(split_labels(e['altLabels']))
            syn_fr = set(split_labels(esco_fr[u]['altLabels']))
            alias[esco_ids[u]] = sid
            rome_linked_esco += 1
        add_skill(sid, kind, label, en, syn_fr, syn_en)

    for u in uuids:
        eid = esco_ids[u]
        if eid in alias:
            continue
        fr_row, en_row = esco_fr.get(u), esco_en.get(u)
        ref = en_row or fr_row
        fr = clean(fr_row['preferredLabel']) if fr_row else ''
        en = clean(en_row['preferredLabel']) if en_row else ''
        bare = {fold(re.sub(r'\s*\(.*?\)', '', x)) for x in (fr, en) if x}
        hit = sorted(tool_by_name[b] for b in bare if b in tool_by_name)
        if hit:
            alias[eid] = hit[0]
            continue
        if ref['skillType'] == 'knowledge':
            kind = 'knowledge'
        elif ref['reuseLevel'] == 'transversal':
            kind = 'soft'
        else:
            kind = 'hard'
        add_skill(eid, kind, fr, en,
                  split_labels(fr_row['altLabels']) if fr_row else (),
                  split_labels(en_row['altLabels']) if en_row else ())

    def resolve(sid):
        seen = 0
        while sid in alias and seen < 4:
            sid = alias[sid]
            seen += 1
        return sid if sid in skills else None

    # ---- Occupations: ROME fiches, linked to ESCO occupations by French labels.
    rome_occ = {r['code_rome']: clean(r['libelle_rome']) for r in read_csv(os.path.join(rome_dir, 'unix_referentiel_code_rome_v460_utf8.csv'))}
    appellations = collections.defaultdict(set)
    for r in read_csv(os.path.join(rome_dir, 'unix_referentiel_appellation_v460_utf8.csv')):
        appellations[r['code_rome']].add(clean(r['libelle_appellation_court']))
        appellations[r['code_rome']].add(clean(r['libelle_appellation_long']))

    esco_occ_en = {}
    for r in read_csv(os.path.join(esco_dir, 'esco-1.2.0-en', 'occupations_en.csv')):
        esco_occ_en[short_uuid(r['conceptUri'])] = (clean(r['preferredLabel']), split_labels(r['altLabels']))
    esco_occ_words = collections.defaultdict(set)
    esco_occ_exact = collections.defaultdict(set)
    for r in read_csv(os.path.join(esco_dir, 'esco-1.0.3-fr', 'occupations_fr.csv')):
        u = short_uuid(r['conceptUri'])
        if u not in esco_occ_en:
            continue
        for label in [r['preferredLabel']] + split_labels(r['altLabels']):
            for part in label.split('/'):
                if part.strip():
                    esco_occ_words[u].add(word_set(part))
                    esco_occ_exact[fold(part)].add(u)
    inverted = collections.defaultdict(set)
    for u, sets in esco_occ_words.items():
        for ws in sets:
            for w in ws:
                inverted[w].add(u)

    def variants(label):
        out = {label, masculine(label)}
        if ' / ' in label:
            out.add(label.split(' / ', 1)[1])
        return out

    occupations = {}
    sources = collections.Counter()
    for code in sorted(rome_occ):
        label = rome_occ[code]
        exact = set()
        for v in variants(label):
            exact |= esco_occ_exact.get(fold(v), set())
        main_exact = set(exact)
        for a in sorted(appellations[code]):
            for v in variants(a):
                exact |= esco_occ_exact.get(fold(v), set())
        linked, source, best = [], '', None
        if exact:
            linked = sorted(exact)
            # The linked ESCO occupation closest to the fiche's own label names it in English.
            main_words = word_set(masculine(label))

            def closeness(u):
                return (u in main_exact,
                        max(len(main_words & es) / max(1, len(main_words | es)) for es in esco_occ_words[u]))
            best = sorted(linked, key=lambda u: (-closeness(u)[0], -closeness(u)[1], u))[0]
            source = 'esco-exact'
        else:
            cands = [word_set(masculine(label))] + [word_set(masculine(a)) for a in sorted(appellations[code])]
            score, best = 0.0, None
            for i, ws in enumerate(cands):
                us = set()
                for w in ws:
                    us |= inverted.get(w, set())
                for u in sorted(us):
                    for es in esco_occ_words[u]:
                        j = len(ws & es) / len(ws | es) + (0.01 if i == 0 else 0.0)
                        if j > score:
                            score, best = j, u
            if code in hand_en:
                source = 'hand'
                if score >= 0.5:
                    linked = [best]
            elif score >= 0.5:
                source, linked = 'esco-close', [best]
            elif score >= 0.34:
                source, linked = 'esco-approx', []
            else:
                source = 'missing'
        link = source if source in ('esco-exact', 'esco-close') else ''
        if code in hand_en:
            en = hand_en[code]
            source = 'hand'
        elif best is not None and source != 'missing':
            en = cap(esco_occ_en[best][0])
        else:
            en = ''
        sources[source] += 1
        occupations[code] = {'fr': label, 'en': en, 'source': source, 'esco': linked, 'best': best, 'link': link}

    missing = [c for c, o in occupations.items() if not o['en']]
    if missing:
        sys.stderr.write('generate.py: %d occupations without an English label, add them to %s:\n'
                         % (len(missing), os.path.join(HERE, 'occupations-en.tsv')))
        for c in missing:
            sys.stderr.write('%s\t%s\n' % (c, occupations[c]['fr']))

    titles = set()
    with open(os.path.join(HERE, 'titles-en.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, title = line.rstrip('\n').split('\t')
            if code in occupations:
                titles.add((code, 'en', title))
    for code, o in occupations.items():
        titles.add((code, 'fr', o['fr']))
        for a in appellations[code]:
            titles.add((code, 'fr', a))
        if o['en']:
            titles.add((code, 'en', o['en']))
        # Alternative English titles only from ESCO occupations linked by an exact French label.
        for u in (o['esco'] if o['link'] == 'esco-exact' else []):
            en, alts = esco_occ_en[u]
            titles.add((code, 'en', cap(en)))
            for a in alts:
                titles.add((code, 'en', a))

    # ---- Occupation -> skills.
    occ_skills = {}
    for r in read_csv(os.path.join(rome_dir, 'unix_coherence_item_v460_utf8.csv')):
        sid = resolve('rome:' + r['code_ogr'])
        if sid is None or r['code_rome'] not in occupations:
            continue
        rank = 'core' if r['coeur_metier'] == 'Principale' else 'secondary'
        key = (r['code_rome'], sid)
        if occ_skills.get(key) != 'core':
            occ_skills[key] = rank
    esco_occ_skills = collections.defaultdict(set)
    for r in read_csv(os.path.join(esco_dir, 'derived', 'occupation_skill_relations_esco1.2.0.csv')):
        if r['relation_type'] == 'essential' and r['skill_uuid'] and r['skill_uuid'] in esco_ids:
            esco_occ_skills[r['occupation_uuid']].add(esco_ids[r['skill_uuid']])
    for code, o in occupations.items():
        if not o['link'] or o['best'] is None:
            continue
        for eid in esco_occ_skills.get(o['best'], ()):
            sid = resolve(eid)
            if sid is not None:
                occ_skills.setdefault((code, sid), 'secondary')
    for t in tools:
        for code in occupations:
            if any(code.startswith(d) for d in t['domains']):
                occ_skills.setdefault((code, t['id']), 'secondary')

    # Kept: every tool and ESCO skill (bilingual, what English text is matched against), soft skills,
    # and the ROME skills some occupation uses.
    used = {sid for (_, sid) in occ_skills}
    kept = {sid for sid, s in skills.items()
            if sid in used or sid.startswith('tool:') or sid.startswith('esco:') or s['kind'] == 'soft'}

    # ---- Mobilités.
    mobilities = []
    for r in read_csv(os.path.join(rome_dir, 'unix_rubrique_mobilite_v460_utf8.csv')):
        if r['code_rome'] in occupations and r['code_rome_cible'] in occupations:
            mobilities.append((r['code_rome'], r['code_rome_cible'], '%02d' % int(r['numero_ordre'])))

    # ---- Write.
    write_tsv(os.path.join(args.out, 'occupations.tsv'),
              ['code', 'label_fr', 'label_en', 'label_en_source', 'esco_occupations'],
              [(c, o['fr'], o['en'], o['source'], ','.join(o['esco'])) for c, o in sorted(occupations.items())])
    write_tsv(os.path.join(args.out, 'occupation-titles.tsv'), ['code', 'lang', 'title'], sorted(titles))

    def join(labels, exclude):
        return '|'.join(sorted(x for x in labels if x and x != exclude and '|' not in x))

    write_tsv(os.path.join(args.out, 'skills.tsv'),
              ['id', 'kind', 'label_fr', 'label_en', 'synonyms_fr', 'synonyms_en', 'flags'],
              [(sid, s['kind'], s['fr'], s['en'], join(s['syn_fr'], s['fr']), join(s['syn_en'], s['en']), s['flags'])
               for sid, s in sorted(skills.items()) if sid in kept])
    write_tsv(os.path.join(args.out, 'occupation-skills.tsv'), ['code', 'skill', 'rank'],
              sorted((c, sid, rank) for (c, sid), rank in occ_skills.items() if sid in kept))
    write_tsv(os.path.join(args.out, 'mobilities.tsv'), ['code', 'target', 'rank'], sorted(mobilities))

    both = sum(1 for sid in kept if skills[sid]['fr'] and skills[sid]['en'])
    print('occupations: %d (%s)' % (len(occupations), ', '.join('%s %d' % kv for kv in sorted(sources.items()))))
    print('skills: %d kept, %d with French and English labels, %d ROME skills linked to ESCO'
          % (len(kept), both, rome_linked_esco))
    print('occupation-skills: %d, mobilities: %d, titles: %d' % (len(occ_skills), len(mobilities), len(titles)))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
