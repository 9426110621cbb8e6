#!/usr/bin/env bash
# phoenix-flywheel benchmarks (meson benchmark 'flywheel', run under with-postgres.sh with a durable
# PostgreSQL): contributions a second through HTTP (wrk on 127.0.0.1, a new install each request)
# against the raw insert rate of the same database, interleaved A B A B…; insights latency with
# PHOENIX_BENCH_INSTALLS (100,000) installs stored; the server's memory and CPU time.
#   bench-flywheel.sh PHOENIX_FLYWHEEL BENCH_TOOL
# PHOENIX_BENCH_ROUNDS (3), PHOENIX_BENCH_SECONDS (5) and PHOENIX_BENCH_INSTALLS change the run.
set -euo pipefail

FLYWHEEL=$1
TOOL=$2
ROUNDS=${PHOENIX_BENCH_ROUNDS:-3}
DURATION=${PHOENIX_BENCH_SECONDS:-5}
INSTALLS=${PHOENIX_BENCH_INSTALLS:-100000}
PG_URL=${PHOENIX_TEST_POSTGRES_URL:-}
PG_BIN=${PHOENIX_TEST_POSTGRES_BIN:-}
TICKS=$(getconf CLK_TCK)

work=$(mktemp -d /tmp/phoenix-bench.XXXXXX)
pid=
cleanup () {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (build-aux/dev deps installs it)" >&2; exit 1; }
"$TOOL" wrk-script "$work/post.lua"

port=
start_server () {
  "$FLYWHEEL" --port=0 --rate=0 --database "$1" >"$work/server.log" 2>"$work/server.err" &
  pid=$!
  for _ in $(seq 200); do
    port=$(sed -n 's|.*://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/server.log" | head -1)
    [ -n "$port" ] && return 0
    sleep 0.05
  done
  echo "the server did not start: $(cat "$work/server.err")" >&2
  exit 1
}
stop_server () {
  kill -TERM "$pid"
  wait "$pid"
  pid=
}
cpu_ticks () { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
peak_rss_mb () { awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }
median () { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# One wrk run against the running server: prints "requests/s cpu-ms-per-1000-requests".
load () {
  local before after rate requests
  before=$(cpu_ticks)
  wrk -t2 -c8 -d"${DURATION}s" -s "$work/post.lua" "http://127.0.0.1:$port" >"$work/wrk.txt"
  after=$(cpu_ticks)
  rate=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  if grep -q "Non-2xx" "$work/wrk.txt"; then
    echo "wrk saw errors:" >&2
    cat "$work/wrk.txt" >&2
    exit 1
  fi
  echo "$rate $(awk -v t=$((after - before)) -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.1f", t * 1000 / hz / n * 1000 }')"
}

pg_exec () { "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 "$PG_URL" -c "$1" >/dev/null; }
pg_url_of () { echo "${PG_URL%/postgres}/$1"; }

echo "bench: flywheel, $ROUNDS rounds of ${DURATION} s, wrk -t2 -c8 on 127.0.0.1; $(nproc) cores"
raw_sqlite=() http_sqlite=() cpu_sqlite=() rss_sqlite=()
raw_pg=() http_pg=() cpu_pg=() rss_pg=()

if [ -n "$PG_URL" ]; then
  cat >"$work/raw.sql" <<'SQL'
INSERT INTO raw (install, occupation, body, received)
VALUES (md5(random()::text || clock_timestamp()::text), 'J1506', repeat('x', 1500), 0);
SQL
fi

for round in $(seq "$ROUNDS"); do
  # A: SQLite's raw insert rate (one row a transaction, the server's library and pragmas).
  r=$("$TOOL" raw-sqlite "$work/raw-$round.db" "$DURATION" | awk '{ print $3 }')
  raw_sqlite+=("$r")
  # B: the server on SQLite.
  start_server "$work/flywheel-$round.db"
  read -r rate cpu < <(load)
  http_sqlite+=("$rate"); cpu_sqlite+=("$cpu"); rss_sqlite+=("$(peak_rss_mb)")
  stop_server
  echo "bench: round $round sqlite: raw inserts/s $r, server contributions/s $rate (server CPU ${cpu} ms per 1000)"

  if [ -n "$PG_URL" ]; then
    pg_exec "DROP DATABASE IF EXISTS bench_raw"
    pg_exec "CREATE DATABASE bench_raw"
    "$PG_BIN/psql" -q -X "$(pg_url_of bench_raw)" -c "CREATE TABLE raw (install TEXT PRIMARY KEY, occupation TEXT NOT NULL, body TEXT NOT NULL, received BIGINT NOT NULL)" >/dev/null
    # A: PostgreSQL's raw insert rate, 4 clients like the server's 4 connections.
    r=$("$PG_BIN/pgbench" -n -c 4 -j 2 -T "$DURATION" -f "$work/raw.sql" "$(pg_url_of bench_raw)" 2>/dev/null |
        awk '/^tps/ { print int($3) }')
    raw_pg+=("$r")
    pg_exec "DROP DATABASE IF EXISTS bench_http"
    pg_exec "CREATE DATABASE bench_http"
    start_server "$(pg_url_of bench_http)"
    read -r rate cpu < <(load)
    http_pg+=("$rate"); cpu_pg+=("$cpu"); rss_pg+=("$(peak_rss_mb)")
    stop_server
    echo "bench: round $round postgresql: raw inserts/s $r, server contributions/s $rate (server CPU ${cpu} ms per 1000)"
  fi
done

summary () {
  local name=$1 raw http cpu rss
  raw=$(printf '%s\n' "${@:2:$ROUNDS}" | median)
  http=$(printf '%s\n' "${@:$((2 + ROUNDS)):$ROUNDS}" | median)
  cpu=$(printf '%s\n' "${@:$((2 + 2 * ROUNDS)):$ROUNDS}" | median)
  rss=$(printf '%s\n' "${@:$((2 + 3 * ROUNDS)):$ROUNDS}" | median)
  echo "bench: $name median: raw inserts/s $raw, server contributions/s $http ($(awk -v a="$http" -v b="$raw" 'BEGIN { printf "%.2f", a / b }')× raw), server CPU $cpu ms per 1000 contributions, peak RSS $rss MB"
}
summary sqlite "${raw_sqlite[@]}" "${http_sqlite[@]}" "${cpu_sqlite[@]}" "${rss_sqlite[@]}"
[ -n "$PG_URL" ] && summary postgresql "${raw_pg[@]}" "${http_pg[@]}" "${cpu_pg[@]}" "${rss_pg[@]}"

# Insights with INSTALLS installs stored for the occupation asked about.
echo "bench: insights, $INSTALLS installs stored"
"$TOOL" preload "$work/big.db" "$INSTALLS" | sed 's/^/bench: sqlite /'
start_server "$work/big.db"
"$TOOL" latency "$port" J1506 1000 | sed 's/^/bench: sqlite /'
echo "bench: sqlite server peak RSS $(peak_rss_mb) MB, database $(du -m "$work/big.db" | cut -f1) MB"
stop_server
if [ -n "$PG_URL" ]; then
  pg_exec "DROP DATABASE IF EXISTS bench_big"
  pg_exec "CREATE DATABASE bench_big"
  # The preload is not measured against anything: commits need not wait for the disk there.
  "$TOOL" preload "$(pg_url_of bench_big)?options=-c%20synchronous_commit%3Doff" "$INSTALLS" |
    sed 's/^/bench: postgresql /'
  start_server "$(pg_url_of bench_big)"
  "$TOOL" latency "$port" J1506 1000 | sed 's/^/bench: postgresql /'
  echo "bench: postgresql server peak RSS $(peak_rss_mb) MB"
  stop_server
fi
