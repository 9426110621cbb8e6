#!/usr/bin/env python3
"""Counts test cases in meson's testlog.json files and prints "N passed, N failed".

usage: count-tests.py TESTLOG.json [TESTLOG.json…]

Each TAP test executable contributes one case per `ok`/`not ok` line (every g_test path).
An executable that crashed, timed out or stopped short of its plan adds failures, so a
crash can never hide cases. Non-TAP tests count as one case each. With several logs
(build-aux/dev test: the main build, then the SQLCipher 4 build) the one line adds them
up; a log that is missing or holds no passing case counts as a failure.
"""
import json
import os
import re
import sys

TAP_LINE = re.compile(r'^(not ok|ok)\b(.*)$')
PLAN = re.compile(r'^1\.\.(\d+)')


def count(entry):
    passed = failed = skipped = 0
    out = entry.get('stdout') or ''
    plan = None
    seen = 0
    for line in out.splitlines():
        m = PLAN.match(line)
        if m:
            plan = int(m.group(1))
            continue
        m = TAP_LINE.match(line)
        if not m:
            continue
        seen += 1
        directive = m.group(2)
        if re.search(r'#\s*skip', directive, re.I):
            skipped += 1
        elif m.group(1) == 'ok' or re.search(r'#\s*todo', directive, re.I):
            passed += 1
        else:
            failed += 1
    result = entry.get('result', '')
    if seen == 0:
        if result in ('OK', 'EXPECTEDFAIL'):
            passed = 1
        elif result == 'SKIP':
            skipped = 1
        else:
            failed = 1
    else:
        if plan is not None and seen < plan:
            failed += plan - seen
        if result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and failed == 0:
            failed = 1
    return passed, failed, skipped


def count_log(path, label):
    p = f = s = 0
    bad = []
    with open(path, encoding='utf-8') as fh:
        for raw in fh:
            raw = raw.strip()
            if not raw:
                continue
            entry = json.loads(raw)
            a, b, c = count(entry)
            p += a
            f += b
            s += c
            if b:
                bad.append(entry.get('name', '?') + label)
    return p, f, s, bad


def main(paths):
    p = f = s = 0
    bad = []
    for path in paths:
        # Names are the same in every build: say which build a failure is from.
        label = f' ({os.path.relpath(os.path.dirname(os.path.dirname(os.path.abspath(path))))})' \
            if len(paths) > 1 else ''
        try:
            a, b, c, names = count_log(path, label)
        except FileNotFoundError:
            print(f'count-tests.py: {path} is missing: that run did not happen', file=sys.stderr)
            a, b, c, names = 0, 1, 0, [f'{path} missing']
        except (OSError, ValueError) as e:
            print(f'count-tests.py: {path}: {e}', file=sys.stderr)
            a, b, c, names = 0, 1, 0, [f'{path} unreadable']
        if a == 0 and b == 0:
            b, names = 1, [f'{path} has no passing test']
        p += a
        f += b
        s += c
        bad += names
    if bad:
        print('failing: ' + ', '.join(bad), file=sys.stderr)
    line = f'{p} passed, {f} failed'
    if s:
        line += f', {s} skipped'
    print(line)
    return 1 if f or (p == 0) else 0


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print('usage: count-tests.py TESTLOG.json [TESTLOG.json…]', file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
