#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The systemd user-scope layer of the sandbox (issue #14), on a machine without a user manager: a
# fake `systemd-run` first on PATH records its arguments and runs the rest (or fails), and a
# fake user manager's socket says one runs. Checks the properties the helper's scope gets
# (MemoryMax, MemorySwapMax, TasksMax), that bwrap and the filter still run inside it, and that
# the fallback (no scope: rlimits + seccomp) runs when systemd-run fails or no manager runs. What
# a real manager adds (the cgroup enforcing MemoryMax and TasksMax on the helper and everything it
# starts together) cannot be seen here. phoenix-cli drives the import: one process per case, as
# the manager probe is done once a process.
# Usage: test-systemd-scope.sh CLI HELPER FAKE-HELPER SOURCE-DIR
set -u

cli=${1:?usage: test-systemd-scope.sh CLI HELPER FAKE-HELPER SOURCE-DIR}
helper=$2
fake=$3
source_dir=$4
export LC_ALL=C.UTF-8 LANGUAGE= PHOENIX_IMPORT_HELPER=$helper
unset PHOENIX_IMPORT_NO_SANDBOX
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do printf "%s\n" "$l" | sed "s/^/# /"; done; }
check () { local desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc" "exit: $rc" "stdout: $(head -c 300 "$tmp/out")" "stderr: $(head -c 300 "$tmp/err")" "systemd-run calls: $(cat "$log" 2>/dev/null)"; fi; }
run () { "$cli" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?; sleep 0.3; }

# Two fake systemd-runs: one that runs what follows "--" (as a scope does, without its cgroup),
# one that fails as a broken manager does. Each writes one line a call, its arguments, into a
# FIFO that a reader here copies to the log: the sandbox's rlimits forbid writing any file (the
# fake is the sandbox's first process), and its environment is cleared, so the path is in the script.
mkdir -p "$tmp/ok" "$tmp/broken" "$tmp/runtime/systemd"
mkfifo "$tmp/ok.fifo" "$tmp/broken.fifo"
for name in ok broken; do
  : >"$tmp/$name.log"
  # A writer that never writes keeps the FIFO open between calls; the reader copies every line.
  sleep 600 >"$tmp/$name.fifo" &
  keepers="${keepers:-} $!"
  cat "$tmp/$name.fifo" >>"$tmp/$name.log" &
done
trap 'kill $keepers 2>/dev/null; rm -rf "$tmp"' EXIT
cat >"$tmp/ok/systemd-run" <<SCRIPT
#!/bin/sh
echo "\$*" >"$tmp/ok.fifo"
while [ "\$#" -gt 0 ] && [ "\$1" != "--" ]; do shift; done
shift
exec "\$@"
SCRIPT
cat >"$tmp/broken/systemd-run" <<SCRIPT
#!/bin/sh
echo "\$*" >"$tmp/broken.fifo"
echo "Failed to connect to bus: No medium found" >&2
exit 1
SCRIPT
chmod +x "$tmp/ok/systemd-run" "$tmp/broken/systemd-run"
# The user manager's private socket: its presence is what the sandbox looks for before probing.
: >"$tmp/runtime/systemd/private"
chmod 0700 "$tmp/runtime"

# A one-page PDF to read.
{
  printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
  printf '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
  printf '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj\n'
  content='BT /F1 10 Tf 1 0 0 1 40 700 Tm (Camille Exemple) Tj 1 0 0 1 40 680 Tm (Competences) Tj 1 0 0 1 40 660 Tm (Python, SQL) Tj ET'
  printf '4 0 obj << /Length %d >> stream\n%s\nendstream endobj\n' "$((${#content} + 1))" "$content"
  printf '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n'
  printf 'trailer << /Size 6 /Root 1 0 R >>\n%%%%EOF\n'
} >"$tmp/cv.pdf"

echo "1..12"

with_ok () { PATH="$tmp/ok:$PATH" XDG_RUNTIME_DIR="$tmp/runtime" "$@"; }
with_broken () { PATH="$tmp/broken:$PATH" XDG_RUNTIME_DIR="$tmp/runtime" "$@"; }

# 1. A user manager that makes scopes: the helper runs in one, with its limits.
log=$tmp/ok.log
with_ok run import-pdf "$tmp/cv.pdf"
check "in a scope: the PDF is read" eval 'test "$rc" -eq 0 && grep -q "Camille Exemple" "$tmp/out"'
check "the manager is probed once, with a scope of its own" \
  eval 'test "$(sed -n 1p "$log")" = "--user --scope --quiet --collect -p TasksMax=4 -- /bin/true"'
scope=$(sed -n 2p "$log")
check "the helper's scope is a transient user scope" eval '[[ "$scope" == "--user --scope --quiet --collect "* ]]'
check "MemoryMax is the helper's memory limit (1 GiB), no swap" \
  eval '[[ " $scope " == *" --property=MemoryMax=1073741824 "* && " $scope " == *" --property=MemorySwapMax=0 "* ]]'
check "TasksMax bounds the processes of the whole sandbox" eval '[[ " $scope " == *" --property=TasksMax=16 "* ]]'
check "inside the scope: bubblewrap, then the helper" \
  eval 'rest=${scope#* -- }; [[ "$(basename "${rest%% *}")" == bwrap && " $rest " == *" $helper "* ]]'
check "one scope a run: two calls in all" eval 'test "$(wc -l <"$log")" -eq 2'
PHOENIX_IMPORT_HELPER=$fake PHOENIX_IMPORT_HELPER_TEST_MODE=fork-bomb with_ok run import-pdf "$tmp/cv.pdf"
check "in a scope, the filter still holds: the helper may not fork" grep -q "started 0 errno 1" "$tmp/out"

# 2. systemd-run fails (a manager that cannot make scopes): the fallback, rlimits and seccomp.
log=$tmp/broken.log
with_broken run import-pdf "$tmp/cv.pdf"
check "systemd-run failing: the PDF is still read" eval 'test "$rc" -eq 0 && grep -q "Camille Exemple" "$tmp/out"'
check "systemd-run failing: only the probe ran, the helper is not put in a scope" \
  eval 'test "$(wc -l <"$log")" -eq 1 && grep -q -- "-- /bin/true" "$log"'
if [ "${PHOENIX_TEST_ASAN:-0}" = 1 ]; then
  # ASan's shadow memory needs terabytes of address space: the sandbox sets no such limit there.
  n=$((n + 1)); echo "ok $n - the fallback's address-space limit holds # SKIP AddressSanitizer build: no address-space limit"
else
  PHOENIX_IMPORT_HELPER=$fake PHOENIX_IMPORT_HELPER_TEST_MODE=memory with_broken run import-pdf "$tmp/cv.pdf"
  check "the fallback's address-space limit holds (under 1 GiB allocated)" \
    eval 'mb=$(grep -o "allocated [0-9]* MB" "$tmp/out" | head -n 1 | grep -o "[0-9]*"); test -n "$mb" && test "$mb" -lt 1024'
fi

# 3. No user manager at all (no socket): systemd-run is not even tried.
rm "$tmp/runtime/systemd/private"
log=$tmp/ok.log
before=$(wc -l <"$log")
PHOENIX_IMPORT_HELPER=$fake PHOENIX_IMPORT_HELPER_TEST_MODE=fork-bomb with_ok run import-pdf "$tmp/cv.pdf"
check "no user manager: systemd-run never runs, the helper may still not fork" \
  eval 'test "$(wc -l <"$log")" -eq "$before" && grep -q "started 0 errno 1" "$tmp/out"'
