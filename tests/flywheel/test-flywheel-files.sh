#!/usr/bin/env bash
# What ships beside phoenix-flywheel (TAP): the man page renders cleanly and documents every option
# --help lists; the systemd unit is sandboxed (systemd-analyze's exposure score, when systemd-analyze
# is there) and starts the installed binary; the JSON Schema parses.
#   test-flywheel-files.sh PHOENIX_FLYWHEEL SERVICE_FILE SOURCE_ROOT
set -uo pipefail
flywheel=$1 service=$2 root=$3
n=0 failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

man=$root/data/phoenix-flywheel.1
if warnings=$(groff -man -ww -z "$man" 2>&1) && [ -z "$warnings" ]; then ok "man page renders without warnings"
else not_ok "man page renders without warnings: $warnings"; fi

missing=()
for option in $("$flywheel" --help | grep -o -- '--[a-z-]*' | sort -u); do
  [ "$option" = --help ] && continue
  grep -q -- "$(echo "$option" | sed 's/-/\\\\-/g')" "$man" || missing+=("$option")
done
if [ ${#missing[@]} -eq 0 ]; then ok "man page documents every option of --help"
else not_ok "man page lacks ${missing[*]}"; fi

for setting in DynamicUser=yes ProtectSystem=strict ProtectHome=yes NoNewPrivileges=yes PrivateTmp=yes \
               "CapabilityBoundingSet=" StateDirectory=phoenix-flywheel; do
  if grep -qx -- "$setting" "$service"; then ok "unit sets $setting"; else not_ok "unit sets $setting"; fi
done
if grep -q "^ExecStart=$(dirname "$(dirname "$flywheel")")" "$service" || grep -q "^ExecStart=/.*/bin/phoenix-flywheel " "$service"; then
  ok "unit starts the installed phoenix-flywheel"
else
  not_ok "unit starts the installed phoenix-flywheel"
fi
if command -v systemd-analyze >/dev/null; then
  score=$(systemd-analyze security --offline=true "$service" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
  if [ -n "$score" ] && awk -v s="$score" 'BEGIN { exit !(s <= 2.0) }'; then ok "systemd exposure level $score (≤ 2.0)"
  else not_ok "systemd exposure level '$score' (≤ 2.0 wanted)"; fi
else
  skip "systemd exposure level" "systemd-analyze is not installed"
fi

if python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$root/docs/contribution-v1.schema.json"; then
  ok "docs/contribution-v1.schema.json is JSON"
else
  not_ok "docs/contribution-v1.schema.json is JSON"
fi
echo "1..$n"
exit $failed
