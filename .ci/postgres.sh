#!/usr/bin/env bash
# Source it (.ci/run does): a throwaway PostgreSQL cluster on loopback for the sync receiver's tests.
# Installs Debian's postgresql when missing, starts (or reuses) a cluster owned by the postgres
# user on 127.0.0.1:${TILLPOINT_PG_PORT:-55432}, creates the database and exports DATABASE_URL.
# The work runs in a subshell, so sourcing it never changes the options of your own shell.

tillpoint_pg_port="${TILLPOINT_PG_PORT:-55432}"
tillpoint_pg_db="tillpoint_sync"

tillpoint_pg_start() (
  set -euo pipefail
  data="${TILLPOINT_PG_DATA:-/tmp/tillpoint-pg}"
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  as_postgres() { runuser -u postgres -- "$@"; }
  if ! as_postgres "$bin/pg_isready" -q -h 127.0.0.1 -p "$tillpoint_pg_port"; then
    if [ ! -f "$data/PG_VERSION" ]; then
      rm -rf "$data"
      install -d -o postgres -g postgres -m 700 "$data"
      as_postgres "$bin/initdb" -D "$data" --auth=trust --username=postgres --encoding=UTF8 >/dev/null
    fi
    # fsync off: a test cluster that is thrown away; the receiver's guarantees come from its constraints.
    as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $tillpoint_pg_port -k $data -c fsync=off" start >/dev/null
  fi
  if ! as_postgres "$bin/psql" -h 127.0.0.1 -p "$tillpoint_pg_port" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$tillpoint_pg_db'" | grep -q 1; then
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$tillpoint_pg_port" -U postgres "$tillpoint_pg_db"
  fi
)

if tillpoint_pg_start; then
  export DATABASE_URL="postgres://postgres@127.0.0.1:$tillpoint_pg_port/$tillpoint_pg_db"
  echo "PostgreSQL for the sync tests: $DATABASE_URL"
else
  echo "PostgreSQL for the sync tests could not be started (see /tmp/tillpoint-pg/server.log)" >&2
  return 1 2>/dev/null || exit 1
fi
