#!/usr/bin/env bash
# Seed corpora for the libFuzzer targets of tests/fuzz, made from the test data (nothing from
# ../shared: fictional people only), one folder a target in OUT.
# Usage: build-aux/fuzz-seeds.sh OUT
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:?usage: fuzz-seeds.sh OUT}
rm -rf "$OUT"
mkdir -p "$OUT"/{fuzz-json-resume,fuzz-helper-reply,fuzz-cv-parser,fuzz-offer-reader,fuzz-skill-extractor,fuzz-photo}

python3 - "$ROOT" "$OUT" <<'PY'
import glob, json, os, struct, sys

root, out = sys.argv[1], sys.argv[2]
resumes = sorted(glob.glob(os.path.join(root, 'tests/data/json-resume/*.resume.json')) +
                 glob.glob(os.path.join(root, 'tests/data/ats/*.json')))
offers = sorted(glob.glob(os.path.join(root, 'tests/data/offers*/*.txt')))

def record(kind, payload):
    return kind.encode() + struct.pack('<I', len(payload)) + payload

def line_stream(lines):
    """The import helper's line stream (src/core/cvparse/phoenix-cv-line-stream.h) of @lines."""
    n_pages = max([l['page'] for l in lines] + [0]) + 1
    out = b'PHXLINES1\n' + record('D', struct.pack('<Idd', n_pages, 595.0, 842.0))
    for l in lines:
        text = l['text'].encode('utf-8')
        words = l['text'].split(' ')
        out += record('L', struct.pack('<IdddddBII', l['page'], l['x'], l['y'], l['width'], l['height'],
                                       l['fontSize'], 1 if l['bold'] else 0, 0, len(words)) + text)
        x = l['x']
        for word in words:
            width = l['width'] * len(word) / max(1, len(l['text']))
            out += record('W', struct.pack('<dddd', x, l['y'], width, l['height']) + word.encode('utf-8'))
            x += width + 3
    return out + record('E', struct.pack('<I', len(lines)))

def write(target, name, data):
    with open(os.path.join(out, target, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

for path in resumes:
    name = os.path.basename(path)
    with open(path, 'rb') as f:
        data = f.read()
    write('fuzz-json-resume', name, data)

for path in offers:
    name = os.path.basename(path)
    with open(path, 'r', encoding='utf-8') as f:
        text = f.read()
    write('fuzz-skill-extractor', name, text)
    write('fuzz-offer-reader', name, '\x00' + text)
    paragraphs = ''.join('<p>%s</p>' % l.replace('&', '&amp;').replace('<', '&lt;') for l in text.splitlines() if l.strip())
    html = '<!DOCTYPE html><html><head><style>p{}</style><script>var x = "</p>";</script></head><body>%s</body></html>' % paragraphs
    write('fuzz-offer-reader', name + '.html', '\x01' + html)
    # The offer's lines laid out in two columns, as the helper gives positioned lines.
    lines = []
    for i, line in enumerate(l for l in text.splitlines() if l.strip()):
        column = i % 3 == 0
        lines.append({'page': i // 45, 'x': 40.0 if column else 220.0, 'y': 60.0 + (i % 45) * 16.0,
                      'width': 150.0 if column else 330.0, 'height': 12.0, 'text': line[:120],
                      'fontSize': 13.0 if line.isupper() else 10.0, 'bold': line.isupper()})
    write('fuzz-cv-parser', name + '.json', json.dumps({'width': 595, 'height': 842, 'lines': lines},
                                                       ensure_ascii=False))
    write('fuzz-helper-reply', name + '.lines', line_stream(lines))
PY

# Images: small JPEG, PNG (opaque and transparent), and what must be refused (GIF, BMP, a PNG
# whose header claims 46,000 x 46,000 pixels).
if command -v convert >/dev/null; then
  convert -size 24x16 gradient:red-blue "$OUT/fuzz-photo/seed.jpg"
  convert -size 16x24 gradient:green-white "$OUT/fuzz-photo/seed.png"
  convert -size 8x8 xc:none -fill red -draw 'point 3,3' "PNG32:$OUT/fuzz-photo/alpha.png"
  convert -size 4x4 xc:white "$OUT/fuzz-photo/seed.gif"
fi
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\xb3\xb0\x00\x00\xb3\xb0\x08\x06\x00\x00\x00' >"$OUT/fuzz-photo/bomb.png"
for d in "$OUT"/*; do echo "$(basename "$d"): $(ls "$d" | wc -l) seeds"; done
