#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that src/ keeps the layout HACKING.md describes; prints TAP.

1. no two files in src/ share a name (includes are by name, so a second one would be ambiguous);
2. every quoted #include names a file of src/, the build's config.h or a generated header (resources, the phone module's build path);
3. the layers: core/ knows no GTK and includes nothing from pdf/, export/, gui/, cli/, flywheel/;
   pdf/ and export/ nothing from gui/ or cli/; flywheel/ nothing from gui/, export/ or pdf/;
4. no include cycle between folders (each folder of src/ and of src/core, src/gui is a node);
5. no file over MAX_LINES lines unless LONG_FILES says why it is one job.
It also reports, as TAP comments, the folders each folder includes from.
Usage: check-layout.py SOURCE_ROOT
"""
import os
import re
import sys

MAX_LINES = 1000
# Files allowed past MAX_LINES: one job each, and why it stays one file.
LONG_FILES = {
}
GENERATED = {'config.h', 'phoenix-resources.h', 'phoenix-json-resume-resources.h', 'phoenix-word-synonyms.h',
             'phoenix-phone-module-path.h'}
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.M)
LAYERS = {
    'core': ('pdf', 'export', 'gui', 'cli', 'flywheel', 'tools'),
    'pdf': ('export', 'gui', 'cli', 'flywheel'),
    'export': ('pdf', 'gui', 'cli', 'flywheel'),
    'gui': ('pdf', 'cli', 'flywheel'),
    'flywheel': ('pdf', 'export', 'gui', 'cli'),
    'tools': ('pdf', 'export', 'gui', 'cli', 'flywheel'),
}
GTK = ('gtk/', 'adwaita.h', 'gdk/')


def main():
    root = os.path.abspath(sys.argv[1])
    src = os.path.join(root, 'src')
    files = {}
    dupes = []
    for folder, _, names in os.walk(src):
        for name in names:
            if not name.endswith(('.c', '.h', '.cc')):
                continue
            path = os.path.relpath(os.path.join(folder, name), src)
            if name in files:
                dupes.append((files[name], path))
            files[name] = path
    results = []

    def check(ok, what, details=()):
        results.append((ok, what, list(details)))

    check(not dupes, 'no two files in src/ share a name', ['%s and %s' % d for d in dupes])

    def folder_of(path):
        parts = path.split(os.sep)[:-1]
        # src/core/<subsystem>/, src/gui/<feature>/ are nodes; so are the top of core/ and gui/.
        return '/'.join(parts) if parts else '.'

    unknown, layer_errors, gtk_in_core = [], [], []
    edges = {}
    for name, path in sorted(files.items()):
        with open(os.path.join(src, path), encoding='utf-8') as f:
            text = f.read()
        top = path.split(os.sep)[0]
        here = folder_of(path)
        for kind, target in INCLUDE.findall(text):
            if kind == '<':
                if top in ('core', 'flywheel', 'tools', 'pdf', 'export') and target.startswith(GTK):
                    gtk_in_core.append('%s includes <%s>' % (path, target))
                continue
            base = os.path.basename(target)
            if base in GENERATED or base.endswith('-resources.h'):
                continue
            if base not in files:
                unknown.append('%s includes "%s"' % (path, target))
                continue
            there = folder_of(files[base])
            other_top = files[base].split(os.sep)[0]
            if other_top in LAYERS.get(top, ()):
                layer_errors.append('%s (%s/) includes %s (%s/)' % (path, top, files[base], other_top))
            if there != here:
                edges.setdefault(here, {}).setdefault(there, []).append('%s → %s' % (path, files[base]))
    check(not unknown, 'every quoted #include names a file of src/', unknown)
    check(not gtk_in_core, 'core/, pdf/, export/, flywheel/ and tools/ include no GTK', gtk_in_core)
    check(not layer_errors, 'the layers include only downwards', layer_errors)

    # Folder cycles: strongly connected components of more than one folder (Tarjan).
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            sccs.append(comp)

    nodes = set(edges) | {t for e in edges.values() for t in e}
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    cycles = []
    for comp in sccs:
        if len(comp) > 1:
            members = set(comp)
            why = [l for a in comp for b, ls in edges.get(a, {}).items() if b in members for l in ls]
            cycles.append('cycle between %s: %s' % (', '.join(sorted(comp)), '; '.join(why)))
    check(not cycles, 'no include cycle between folders', cycles)

    long_files = []
    for name, path in sorted(files.items()):
        with open(os.path.join(src, path), encoding='utf-8') as f:
            n = sum(1 for _ in f)
        if n > MAX_LINES and path not in LONG_FILES:
            long_files.append('%s: %d lines' % (path, n))
    check(not long_files, 'no file over %d lines but those with one job (LONG_FILES)' % MAX_LINES, long_files)

    print('1..%d' % len(results))
    for i, (ok, what, details) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', i, what))
        for d in details:
            print('# %s' % d)
    for folder in sorted(edges):
        print('# %s includes from: %s' % (folder, ', '.join(sorted(edges[folder]))))
    return 0 if all(r[0] for r in results) else 1


if __name__ == '__main__':
    sys.exit(main())
