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
import itertools
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


def near_key(text):
    """Folded words without French small words and a plural -s/-x: 'Coupes de cheveux' -> 'coupe cheveu'."""
    words = [w for w in fold(text).split() if w not in STOP_FR]
    return ' '.join(w[:-1] if len(w) > 3 and w[-1] in 'sx' else w for w in words)


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


def read_phrases(path):
    """(line number, [skill id, fr|en, phrase]) of a hand-made phrase file."""
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            if len(fields) != 3 or fields[1] not in ('fr', 'en') or not clean(fields[2]):
                sys.exit('generate.py: %s:%d: expected "skill_id<TAB>fr|en<TAB>phrase": %s' % (path, n, line.strip()))
            yield n, fields


def read_columns(path, count, layout):
    """(line number, fields) of a hand-made table of @count tab-separated columns."""
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            if len(fields) != count or not all(x.strip() for x in fields):
                sys.exit('generate.py: %s:%d: expected "%s": %s' % (path, n, layout, line.strip()))
            yield n, fields


def write_tsv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + '\t'.join(header) + '\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')


TRANSVERSAL_COLLECTIONS = ('transversalSkillsCollection_en', 'languageSkillsCollection_en')

STOP_EN = set("a an and are be for in is of on or our the this to we will with you your by as at from into".split())


def word_synonyms(esco_fr, esco_en):
    """Words ESCO gives as the same concept's labels in the same place: two labels of one skill, in one
    language, of the same words but one ("gérer un budget" / "administrer un budget"; "operate" / "use"),
    the pair counted once per concept. Kept when at least three concepts say so and they are at least a
    fifth of the concepts whose labels hold the rarer word (so "élevage" / "rapport", met by chance in a
    few of the hundreds of labels that hold each, is not kept), words of four letters or more that are
    not one another's inflection (Snowball joins those). Each word joins one other only, the best
    attested first, so no chain joins words that were never labels of one concept. Only v1.0.3's labels
    (French has alternative labels there, English almost none): v1.2.0's collections list paraphrases
    that join distinct skills' words ("speak" / "fluent", "manage" / "lead"; measured on the tuning
    offers: issue 5's precision 0.798 → 0.777 with them, 0.798 without). Rows: language, the word kept,
    the word read as it, concepts."""
    labels = {'fr': collections.defaultdict(set), 'en': collections.defaultdict(set)}
    stop = {'fr': STOP_FR, 'en': STOP_EN}

    def add(lang, uri, label):
        words = tuple(w for w in fold(label).split() if w not in stop[lang])
        if words:
            labels[lang][uri].add(words)

    for lang, rows in (('fr', esco_fr), ('en', esco_en)):
        for u, r in rows.items():
            for label in [r['preferredLabel']] + split_labels(r['altLabels']):
                add(lang, u, label)
    out = []
    for lang in ('fr', 'en'):
        df = collections.Counter()
        pairs = collections.defaultdict(set)
        for u, ls in labels[lang].items():
            for w in {w for label in ls for w in label}:
                df[w] += 1
            for a, b in itertools.combinations(sorted(ls), 2):
                if len(a) != len(b) or len(a) < 2:
                    continue
                diff = [i for i in range(len(a)) if a[i] != b[i]]
                if len(diff) != 1:
                    continue
                x, y = sorted((a[diff[0]], b[diff[0]]))
                if len(x) >= 4 and len(y) >= 4 and not (x.startswith(y[:-1]) or y.startswith(x[:-1])):
                    pairs[(x, y)].add(u)
        ranked = sorted(((len(us), x, y) for (x, y), us in pairs.items()
                         if len(us) >= 3 and len(us) >= 0.2 * min(df[x], df[y])), key=lambda t: (-t[0], t[1], t[2]))
        taken = set()
        for n, x, y in ranked:
            if x in taken or y in taken:
                continue
            taken |= {x, y}
            keep, other = (x, y) if df[x] >= df[y] else (y, x)
            out.append((lang, keep, other, str(n)))
    return sorted(out)


# Each transversal skill's ESCO group, written as its flag "transversal:CODE" (a bare "transversal" when
# ESCO's hierarchy puts it in none): "L" the languages collection; T1 core, T2 thinking, T3 self-management,
# T4 social and communication (T4.4 leading others told apart, a manager's trade), T5 physical, T6 life
# skills. When a skill has several (a ROME skill two ESCO ones merged into), the first of this order wins:
# the skills a CV only claims (T2, T3, T4) first. The compiler reads the flag (src/tools/
# phoenix-taxonomy-transversal.c), gives a skill its class's group and the group of a transversal label of
# two words or more its label holds.
TRANSVERSAL_ORDER = ('T2', 'T3', 'T4', 'T4.4', 'T1', 'T5', 'T6', 'L', '')


def transversal_code(hierarchy_codes):
    """The group code of a transversal collection skill from its broader concepts' codes."""
    codes = {'T4.4' if c.startswith('T4.4') else c[:2] for c in hierarchy_codes if c and c.startswith('T')}
    return min(codes, key=TRANSVERSAL_ORDER.index) if codes else ''


def flag_transversal(esco_dir, esco_fr, esco_en, esco_ids, skills, resolve):
    """The transversal skills, flagged "transversal:CODE" (the compiled taxonomy keeps each one's group, so
    matching can weigh them apart): ESCO's reuse level "transversal" (v1.0.3, both languages) and ESCO
    v1.2.0's transversal and language skills collections, by URI, their group from skillsHierarchy (the
    group of each one's broader concept); a ROME skill an ESCO one merged into takes its group. The
    collections' concepts newer than v1.0.3 have no French label and are left out."""
    group_of = {}
    for r in read_csv(os.path.join(esco_dir, 'esco-1.2.0-en', 'skillsHierarchy_en.csv')):
        for level in range(4):
            uri, code = r['Level %d URI' % level], r['Level %d code' % level]
            if uri and code:
                group_of[short_uuid(uri)] = code
    transversal = {u: '' for u, r in list(esco_fr.items()) + list(esco_en.items()) if r['reuseLevel'] == 'transversal'}
    for name in TRANSVERSAL_COLLECTIONS:
        for r in read_csv(os.path.join(esco_dir, 'esco-1.2.0-en', name + '.csv')):
            broader = [short_uuid(b.strip()) for b in r['broaderConceptUri'].split('|') if b.strip()]
            code = 'L' if name.startswith('language') else transversal_code(group_of.get(b) for b in broader)
            transversal[short_uuid(r['conceptUri'])] = code
    best = {}
    for u, code in sorted(transversal.items()):
        sid = resolve(esco_ids[u]) if u in esco_ids else None
        if sid is not None and (sid not in best or TRANSVERSAL_ORDER.index(code) < TRANSVERSAL_ORDER.index(best[sid])):
            best[sid] = code
    for sid, code in sorted(best.items()):
        flag = 'transversal:' + code if code else 'transversal'
        skills[sid]['flags'] = ' '.join(x for x in (skills[sid]['flags'], flag) if x)


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
    esco_by_en = {}
    for u, r in sorted(esco_en.items()):
        esco_by_en.setdefault(fold(r['preferredLabel']), u)
    # Near French labels: preferred or alternative, without small words and plural endings
    # ("Techniques de coupes de cheveux" is ESCO's "techniques de coupe de cheveux").
    esco_by_fr_near = {}
    for u, r in sorted(esco_fr.items()):
        for label in [r['preferredLabel']] + split_labels(r['altLabels']):
            esco_by_fr_near.setdefault(near_key(label), u)

    # English labels translated by hand for the ROME skills ESCO does not name in French (ROME's labels are
    # French only). A row counts only while its French label is still the source's: a relabelled skill shows
    # up as missing below.
    hand_skill_en = {}
    with open(os.path.join(HERE, 'skills-en.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            sid, fr, en = line.rstrip('\n').split('\t')
            hand_skill_en[sid] = (fr, en)

    def hand_label(sid, fr):
        row = hand_skill_en.get(sid)
        return row[1] if row is not None and row[0] == fr else ''

    # A ROME skill is linked to the ESCO skill of the same French label, or else of the same English label
    # as its hand-made one; the ESCO skill then merges into it (one id for "Graphisme" and "graphic design",
    # so a French CV meets an English offer) and gives it ESCO's synonyms.
    rome_linked_esco = collections.Counter()
    skills_by_hand = set()
    link = {}
    for how in ('fr', 'en', 'fr-near'):
        for sid, (kind, label) in sorted(rome_skill.items()):
            if sid in link or fold(label) in tool_by_name:
                continue
            if how == 'fr':
                key, table = fold(label), esco_by_fr
            elif how == 'en':
                key, table = fold(hand_label(sid, label)), esco_by_en
            else:
                key, table = near_key(label), esco_by_fr_near
            u = table.get(key) if key else None
            if u is not None and u in esco_en and esco_ids[u] not in alias:
                alias[esco_ids[u]] = sid
                link[sid] = (u, how)
                rome_linked_esco[how] += 1
    for sid, (kind, label) in sorted(rome_skill.items()):
        key = fold(label)
        if key in tool_by_name:
            alias[sid] = tool_by_name[key]
            skills[tool_by_name[key]]['syn_fr'].add(label)
            continue
        en = hand_label(sid, label)
        flags = 'xlat' if en else ''
        syn_fr, syn_en = set(), set()
        if sid in link:
            u, how = link[sid]
            e = esco_en[u]
            if how == 'fr' or not en:
                en = clean(e['preferredLabel'])
            syn_en = set(split_labels(e['altLabels'])) | {clean(e['preferredLabel'])}
            if u in esco_fr:
                syn_fr = set(split_labels(esco_fr[u]['altLabels'])) | {clean(esco_fr[u]['preferredLabel'])}
            flags = ''
        elif en:
            skills_by_hand.add(sid)
        add_skill(sid, kind, label, en, syn_fr, syn_en, flags)

    for u in uuids:
        eid = esco_ids[u]
        if eid in alias:
            continue
        fr_row, en_row = esco_fr.get(u), esco_en.get(u)
        ref = en_row or fr_row
        fr = clean(fr_row['preferredLabel']) if fr_row else ''
        en = (clean(en_row['preferredLabel']) if en_row else '') or hand_label(eid, fr)
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

    flag_transversal(esco_dir, esco_fr, esco_en, esco_ids, skills, resolve)

    # Soft skills as offers name them ("autonome", "rigueur", "team player"), each a synonym of the one skill
    # that means it: ROME and ESCO name them as verb phrases ("travailler de manière autonome").
    soft_path = os.path.join(HERE, 'soft-skills.tsv')
    for n, fields in read_phrases(soft_path):
        sid = resolve(fields[0])
        if sid is None:
            sys.exit('generate.py: %s:%d: unknown skill id %s' % (soft_path, n, fields[0]))
        skills[sid]['syn_' + fields[1]].add(clean(fields[2]))

    # Hard skills as offers and CVs name them ("pétrissage", "prise de cotes", "incident response"), ROME and
    # ESCO naming savoir-faire as long verb phrases: build-aux/taxonomy/skill-phrases.tsv, written out with the
    # ids resolved (data/taxonomy/skill-phrases.tsv). A phrase is a term of its language only, and the compiler
    # lets it win over a ROME or ESCO label of the same words: it was written for what offers mean by them.
    phrases_path = os.path.join(HERE, 'skill-phrases.tsv')
    hand_phrases = set()
    for n, fields in read_phrases(phrases_path):
        sid = resolve(fields[0])
        if sid is None:
            sys.exit('generate.py: %s:%d: unknown skill id %s' % (phrases_path, n, fields[0]))
        hand_phrases.add((sid, fields[1], clean(fields[2])))

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

    # One English label names one fiche (issue #16: « Responsable marketing » read as "Chief marketing officer",
    # the label of « Directeur du marketing » too): a label two fiches share needs a hand-made one.
    by_label = collections.defaultdict(list)
    for c, o in occupations.items():
        if o['en']:
            by_label[o['en'].lower()].append(c)
    shared = sorted((label, codes) for label, codes in by_label.items() if len(codes) > 1)
    if shared:
        sys.exit('generate.py: English labels shared by several fiches, give all but one a label in %s:\n%s'
                 % (os.path.join(HERE, 'occupations-en.tsv'),
                    '\n'.join('%s: %s' % (label, ' '.join(codes)) for label, codes in shared)))

    missing = [c for c, o in occupations.items() if not o['en']]
    if missing:
        sys.stderr.write('generate.py: %d occupations without an English label, add them to %s:\n'
                         % (len(missing), os.path.join(HERE, 'occupations-en.tsv')))
        for c in missing:
            sys.stderr.write('%s\t%s\n' % (c, occupations[c]['fr']))

    # Titles, each with a kind: "label" (the fiche's own French label or its English label), "title" (ROME
    # appellations, hand-made titles, the preferred label of an exactly linked ESCO occupation) or "alt" (ESCO
    # alternative labels). A hand-made title belongs to its fiche alone: ESCO titles spelt the same are dropped
    # from other fiches (ESCO lists "warehouse supervisor" under logistics manager, ROME has a warehouse fiche).
    RANK = {'label': 0, 'title': 1, 'alt': 2}
    hand_titles = set()
    for lang in ('en', 'fr'):
        with open(os.path.join(HERE, 'titles-%s.tsv' % lang), encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                code, title = line.rstrip('\n').split('\t')
                if code not in occupations:
                    sys.exit('generate.py: unknown code in titles-%s.tsv: %s' % (lang, line.strip()))
                hand_titles.add((code, lang, title))
    hand_owner = {}
    for code, lang, title in hand_titles:
        hand_owner.setdefault((lang, fold(title)), set()).add(code)
    best_kind = {}

    def add_title(code, lang, title, kind, from_esco=False):
        owners = hand_owner.get((lang, fold(title)))
        if from_esco and owners and code not in owners:
            return
        key = (code, lang, title)
        if key not in best_kind or RANK[kind] < RANK[best_kind[key]]:
            best_kind[key] = kind

    for code, lang, title in hand_titles:
        add_title(code, lang, title, 'title')
    for code, o in occupations.items():
        add_title(code, 'fr', o['fr'], 'label')
        for a in appellations[code]:
            add_title(code, 'fr', a, 'title')
        if o['en']:
            add_title(code, 'en', o['en'], 'label')
        # Alternative English titles only from ESCO occupations linked by an exact French label.
        for u in (o['esco'] if o['link'] == 'esco-exact' else []):
            en, alts = esco_occ_en[u]
            add_title(code, 'en', cap(en), 'title', True)
            for a in alts:
                add_title(code, 'en', a, 'alt', True)
    titles = {(code, lang, title, kind) for (code, lang, title), kind in best_kind.items()}

    # ---- Occupation -> skills.
    # Each link keeps where it comes from: "rome" (coherence_item), "esco" (the linked ESCO occupation's
    # essential skills, or its optional ones: rank "optional") or "tool" (tools.tsv by ROME domain).
    occ_skills = {}
    link_source = {}
    for r in read_csv(os.path.join(rome_dir, 'unix_coherence_item_v460_utf8.csv')):
        sid = resolve('rome:' + r['code_ogr'])
        if sid is None or r['code_rome'] not in occupations:
            continue
        rank = 'core' if r['coeur_metier'] == 'Principale' else 'secondary'
        key = (r['code_rome'], sid)
        if occ_skills.get(key) != 'core':
            occ_skills[key] = rank
        link_source[key] = 'rome'
    esco_occ_skills = {'essential': collections.defaultdict(set), 'optional': collections.defaultdict(set)}
    for r in read_csv(os.path.join(esco_dir, 'derived', 'occupation_skill_relations_esco1.2.0.csv')):
        if r['relation_type'] in esco_occ_skills and r['skill_uuid'] and r['skill_uuid'] in esco_ids:
            esco_occ_skills[r['relation_type']][r['occupation_uuid']].add(esco_ids[r['skill_uuid']])
    for code, o in occupations.items():
        if not o['link'] or o['best'] is None:
            continue
        for eid in esco_occ_skills['essential'].get(o['best'], ()):
            sid = resolve(eid)
            if sid is not None and (code, sid) not in occ_skills:
                occ_skills[(code, sid)] = 'secondary'
                link_source[(code, sid)] = 'esco'
    for t in tools:
        for code in occupations:
            if any(code.startswith(d) for d in t['domains']) and (code, t['id']) not in occ_skills:
                occ_skills[(code, t['id'])] = 'secondary'
                link_source[(code, t['id'])] = 'tool'

    # Kept: every tool and ESCO skill (bilingual, what English text is matched against), soft skills,
    # and the ROME skills some occupation uses.
    used = {sid for (_, sid) in occ_skills}
    kept = {sid for sid, s in skills.items()
            if sid in used or sid.startswith('tool:') or sid.startswith('esco:') or s['kind'] == 'soft'}
    # ESCO's optional skills of the linked occupation, for the training gap only (rank "optional": the
    # compiled taxonomy keeps them apart from the links offers are matched against). Only skills kept
    # anyway: they never change the skill list or the terms.
    for code, o in occupations.items():
        if not o['link'] or o['best'] is None:
            continue
        for eid in esco_occ_skills['optional'].get(o['best'], ()):
            sid = resolve(eid)
            if sid is not None and sid in kept and (code, sid) not in occ_skills:
                occ_skills[(code, sid)] = 'optional'
                link_source[(code, sid)] = 'esco'

    # ---- How people get there: ROME's "accès au métier" sentences, in order, one line a fiche. The export
    # doubles apostrophes ("l''entretien"), as SQL does; they are undoubled here.
    access = collections.defaultdict(list)
    for r in read_csv(os.path.join(rome_dir, 'unix_texte_v460_utf8.csv')):
        if r['libelle_type_texte'] == 'acces_metier' and r['code_rome'] in occupations:
            access[r['code_rome']].append((int(r['position_phrase']), clean(r['libelle_texte'].replace("''", "'"))))

    # ---- Mobilités.
    mobilities = []
    for r in read_csv(os.path.join(rome_dir, 'unix_rubrique_mobilite_v460_utf8.csv')):
        if r['code_rome'] in occupations and r['code_rome_cible'] in occupations:
            mobilities.append((r['code_rome'], r['code_rome_cible'], '%02d' % int(r['numero_ordre'])))

    # ---- Write.
    write_tsv(os.path.join(args.out, 'occupations.tsv'),
              ['code', 'label_fr', 'label_en', 'label_en_source', 'esco_occupations'],
              [(c, o['fr'], o['en'], o['source'], ','.join(o['esco'])) for c, o in sorted(occupations.items())])
    write_tsv(os.path.join(args.out, 'occupation-titles.tsv'), ['code', 'lang', 'title', 'kind'], sorted(titles))

    def join(labels, exclude):
        return '|'.join(sorted(x for x in labels if x and x != exclude and '|' not in x))

    write_tsv(os.path.join(args.out, 'skills.tsv'),
              ['id', 'kind', 'label_fr', 'label_en', 'synonyms_fr', 'synonyms_en', 'flags'],
              [(sid, s['kind'], s['fr'], s['en'], join(s['syn_fr'], s['fr']), join(s['syn_en'], s['en']), s['flags'])
               for sid, s in sorted(skills.items()) if sid in kept])
    write_tsv(os.path.join(args.out, 'occupation-skills.tsv'), ['code', 'skill', 'rank', 'source'],
              sorted((c, sid, rank, link_source[(c, sid)]) for (c, sid), rank in occ_skills.items() if sid in kept))
    write_tsv(os.path.join(args.out, 'occupation-access.tsv'), ['code', 'text'],
              [(c, ' '.join(t for _, t in sorted(access[c]))) for c in sorted(access)])
    write_tsv(os.path.join(args.out, 'mobilities.tsv'), ['code', 'target', 'rank'], sorted(mobilities))
    # Ids merged into another skill (an ESCO skill into the ROME skill of the same label, a ROME item into a
    # tool): a CV or a stored offer that kept the old id still finds its skill.
    aliases = sorted((old, resolve(old)) for old in alias if resolve(old) in kept and resolve(old) != old)
    write_tsv(os.path.join(args.out, 'skill-aliases.tsv'), ['id', 'skill'], aliases)
    unkept = sorted(sid for sid, _, _ in hand_phrases if sid not in kept)
    if unkept:
        sys.exit('generate.py: skill-phrases.tsv names skills the taxonomy does not keep: %s' % ', '.join(unkept))
    write_tsv(os.path.join(args.out, 'skill-phrases.tsv'), ['skill', 'lang', 'phrase'], sorted(hand_phrases))

    # ---- Skill → broader skill: a narrower skill proves its broader one (a CV naming Haskell shows computer
    # programming; Power BI shows data visualisation). ESCO's hierarchy between skills (not its skill groups),
    # through the merges, and build-aux/taxonomy/skill-broader.tsv, by hand, for tools.
    broader = set()
    for r in read_csv(os.path.join(esco_dir, 'esco-1.2.0-en', 'broaderRelationsSkillPillar_en.csv')):
        if r['conceptType'] != 'KnowledgeSkillCompetence' or r['broaderType'] != 'KnowledgeSkillCompetence':
            continue
        a, b = short_uuid(r['conceptUri']), short_uuid(r['broaderUri'])
        if a not in esco_ids or b not in esco_ids:
            continue
        narrow, wide = resolve(esco_ids[a]), resolve(esco_ids[b])
        if narrow in kept and wide in kept and narrow != wide:
            broader.add((narrow, wide))
    broader_path = os.path.join(HERE, 'skill-broader.tsv')
    for n, fields in read_columns(broader_path, 2, 'narrower_id<TAB>broader_id'):
        narrow, wide = resolve(fields[0]), resolve(fields[1])
        if narrow not in kept or wide not in kept:
            sys.exit('generate.py: %s:%d: unknown skill id in %s' % (broader_path, n, '\t'.join(fields)))
        broader.add((narrow, wide))
    write_tsv(os.path.join(args.out, 'skill-broader.tsv'), ['skill', 'broader'], sorted(broader))

    # ---- Skills that are one recruiter skill under several ids ("Animer une équipe", "lead others", "manage a
    # team"), by hand: build-aux/taxonomy/skill-equivalents.tsv, one group a line. The compiler adds the groups
    # it finds itself (labels of the same words once light verbs and words like "techniques" are left out).
    equivalent = []
    equivalents_path = os.path.join(HERE, 'skill-equivalents.tsv')
    for n, fields in read_columns(equivalents_path, 2, 'name<TAB>id|id|…'):
        ids = sorted({resolve(x) for x in fields[1].split('|')})
        if None in ids or any(x not in kept for x in ids) or len(ids) < 2:
            sys.exit('generate.py: %s:%d: a group needs two known skill ids: %s' % (equivalents_path, n, fields[1]))
        equivalent.append((fields[0], '|'.join(ids)))
    write_tsv(os.path.join(args.out, 'skill-equivalents.tsv'), ['group', 'skills'], sorted(equivalent))
    # ---- Words of one meaning, as ESCO's labels of one concept show them (read by the tokens' stems).
    write_tsv(os.path.join(args.out, 'word-synonyms.tsv'), ['lang', 'word', 'same_as', 'concepts'],
              word_synonyms(esco_fr, esco_en))

    both = sum(1 for sid in kept if skills[sid]['fr'] and skills[sid]['en'])
    untranslated = sorted(sid for sid in kept if not (skills[sid]['fr'] and skills[sid]['en']))
    if untranslated:
        sys.stderr.write('generate.py: %d skills lack a French or an English label, add them to %s:\n'
                         % (len(untranslated), os.path.join(HERE, 'skills-en.tsv')))
        for sid in untranslated[:50]:
            sys.stderr.write('%s\t%s\n' % (sid, skills[sid]['fr'] or skills[sid]['en']))
    print('occupations: %d (%s)' % (len(occupations), ', '.join('%s %d' % kv for kv in sorted(sources.items()))))
    print('skills: %d kept, %d with French and English labels; ROME skills linked to ESCO by French label %d, '
          'by English label %d, by a near French label %d; %d translated by hand only'
          % (len(kept), both, rome_linked_esco['fr'], rome_linked_esco['en'], rome_linked_esco['fr-near'],
             len(skills_by_hand & kept)))
    print('occupation-skills: %d (%d ESCO optional), mobilities: %d, titles: %d, access texts: %d'
          % (len(occ_skills), sum(1 for r in occ_skills.values() if r == 'optional'), len(mobilities), len(titles),
             len(access)))
    return 1 if missing or untranslated else 0


if __name__ == '__main__':
    sys.exit(main())
