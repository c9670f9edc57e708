#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite (CI and developers), started idempotently.
#
#   bash tools/pg-test-server.sh          install if needed, initdb once, start if not running;
#                                         prints the URL to put in HANOI_DESK_TEST_PG
#   bash tools/pg-test-server.sh stop     stop it (the data folder stays for the next start)
#
# Debian's `postgresql` package; initdb and pg_ctl refuse to run as root, so they run as the
# `postgres` user on a data folder it owns. Trust authentication, listening on localhost only:
# it is a test server, never an office's database. Port and folder can be changed through
# HANOI_DESK_PG_PORT and HANOI_DESK_PG_DATA.
set -euo pipefail
port="${HANOI_DESK_PG_PORT:-54329}"
data="${HANOI_DESK_PG_DATA:-/var/tmp/hanoi-desk-pg-$port}"
action="${1:-start}"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  elif [ "$(id -un)" = "postgres" ]; then
    sh -c "$*"
  else
    sudo -u postgres sh -c "$*"
  fi
}

bindir() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$found" ] && [ -x "$found/pg_ctl" ] && echo "$found"
}

bin="$(bindir || true)"
if [ -z "$bin" ]; then
  if [ "$action" = "stop" ]; then exit 0; fi
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing PostgreSQL (Debian's postgresql package)…" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin="$(bindir)"
fi

if [ "$action" = "stop" ]; then
  if [ -f "$data/PG_VERSION" ]; then
    as_postgres "'$bin/pg_ctl' -D '$data' -m fast stop" >/dev/null 2>&1 || true
  fi
  exit 0
fi

if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  chown postgres: "$data" 2>/dev/null || true
  chmod 700 "$data"
  as_postgres "'$bin/initdb' -D '$data' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
fi

if ! as_postgres "'$bin/pg_ctl' -D '$data' status" >/dev/null 2>&1; then
  as_postgres "'$bin/pg_ctl' -D '$data' -w -t 60 -l '$data/server.log' \
    -o \"-p $port -c listen_addresses=localhost -c unix_socket_directories='$data' -c fsync=off\" start" >/dev/null
fi

# Ready to accept connections? (pg_ctl -w already waited for start-up.)
as_postgres "'$bin/pg_isready' -q -h localhost -p $port" || {
  echo "PostgreSQL did not start; see $data/server.log" >&2
  exit 1
}
echo "postgresql+psycopg://postgres@localhost:$port/postgres"
