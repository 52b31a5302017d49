#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster: initdb in a fresh temporary folder, a
# server on a free loopback port (no other address, no Unix socket outside that folder), and
# WELCOME_TEST_POSTGRES set to a URL of its superuser, so the portal's tests also run on
# PostgreSQL (each test makes and drops a database of its own). The cluster is stopped and its
# folder removed when the command ends, however it ends.
#
# PostgreSQL refuses to run as root; as root the cluster belongs to the `postgres` system user.
#
# Usage: scripts/with-postgres.sh <command> [args…]
set -euo pipefail

bin="${PG_BIN:-}"
if [[ -z "$bin" ]]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  if command -v initdb >/dev/null 2>&1; then
    bin="$(dirname "$(command -v initdb)")"
  else
    echo "with-postgres.sh: no PostgreSQL server found (Debian: apt-get install postgresql)" >&2
    exit 1
  fi
fi

dir="$(mktemp -d)"
as_owner=()
if [[ "$(id -u)" -eq 0 ]]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi
data="$dir/data"

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# Durability is of no use to a cluster that is deleted afterwards; many tests each make a
# database and a pool, so allow plenty of connections. A random loopback port, another one if
# it is taken.
started=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  port=$((20000 + RANDOM % 40000))
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
    start >/dev/null 2>&1; then
    started=1
    break
  fi
done
if [[ -z "$started" ]]; then
  cat "$dir/server.log" >&2
  exit 1
fi

export WELCOME_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
echo "==> PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
status=0
"$@" || status=$?
exit "$status"
