#!/usr/bin/env bash
# Runs "$@" with a throw-away PostgreSQL server (Debian's postgresql package) and
# PHOENIX_TEST_POSTGRES_URL naming it: initdb in a temporary folder, its own free port on 127.0.0.1,
# stopped and removed at the end, whether the command passed, failed or was killed. PostgreSQL
# refuses to run as root, so as root it runs as "nobody", in a folder nobody owns.
#   PHOENIX_SKIP_POSTGRES=1   run "$@" without PostgreSQL (its tests then skip themselves)
#   PHOENIX_PG_DURABLE=1      keep fsync on (benchmarks); tests turn it off for speed
set -euo pipefail

if [ "${PHOENIX_SKIP_POSTGRES:-}" = 1 ]; then
  "$@"
  exit $?
fi

bindir=
for d in /usr/lib/postgresql/*/bin; do
  [ -x "$d/initdb" ] && bindir=$d
done
if [ -z "$bindir" ]; then
  echo "Bail out! PostgreSQL is not installed (build-aux/dev deps installs it; PHOENIX_SKIP_POSTGRES=1 skips)"
  exit 1
fi

dir=$(mktemp -d /tmp/phoenix-pg.XXXXXX)
run_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$dir"
  run_pg=(runuser -u nobody --)
fi

cleanup () {
  "${run_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
options="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200"
[ "${PHOENIX_PG_DURABLE:-}" = 1 ] || options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"

if ! "${run_pg[@]}" "$bindir/initdb" -D "$dir/data" -U flywheel --auth=trust -E UTF8 --no-locale \
     >"$dir/initdb.log" 2>&1; then
  echo "Bail out! initdb failed: $(tail -3 "$dir/initdb.log")"
  exit 1
fi
if ! "${run_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w -t 60 start \
     >/dev/null 2>&1; then
  echo "Bail out! PostgreSQL did not start: $(tail -3 "$dir/server.log")"
  exit 1
fi

export PHOENIX_TEST_POSTGRES_URL="postgresql://flywheel@127.0.0.1:$port/postgres"
export PHOENIX_TEST_POSTGRES_BIN="$bindir"
rc=0
"$@" || rc=$?
exit $rc
