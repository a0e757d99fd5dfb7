#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL cluster on loopback for the sync receiver's tests.
# Installs Debian's postgresql when missing, starts (or reuses) a cluster owned by the postgres
# user on 127.0.0.1:${TILLPOINT_PG_PORT:-55432}, creates the database and exports DATABASE_URL.
set -euo pipefail

pg_port="${TILLPOINT_PG_PORT:-55432}"
pg_data="${TILLPOINT_PG_DATA:-/tmp/tillpoint-pg}"
pg_db="tillpoint_sync"

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

as_postgres() { runuser -u postgres -- "$@"; }

if ! as_postgres "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
  if [ ! -f "$pg_data/PG_VERSION" ]; then
    rm -rf "$pg_data"
    install -d -o postgres -g postgres -m 700 "$pg_data"
    as_postgres "$pg_bin/initdb" -D "$pg_data" --auth=trust --username=postgres --encoding=UTF8 >/dev/null
  fi
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data -c fsync=off" start >/dev/null
fi

if ! as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$pg_db'" | grep -q 1; then
  as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$pg_db"
fi

export DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/$pg_db"
echo "PostgreSQL for the sync tests: $DATABASE_URL"
