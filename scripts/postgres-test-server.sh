#!/usr/bin/env bash
# A throw-away PostgreSQL server for Parley's integration tests.
#
#   scripts/postgres-test-server.sh start   # installs PostgreSQL if needed (as root, Debian), starts, prints the JDBC URL
#   scripts/postgres-test-server.sh url     # prints the JDBC URL of the running server
#   scripts/postgres-test-server.sh stop    # stops the server and deletes its data
#
# Typical use:  export PARLEY_TEST_PG_URL="$(scripts/postgres-test-server.sh start)"
#               mvn -pl parley-store -am verify; scripts/postgres-test-server.sh stop
#
# Only the URL goes to standard output; progress and errors go to standard error.
# Settings (environment): PARLEY_PG_DIR (default ${TMPDIR:-/tmp}/parley-pg-test), PARLEY_PG_PORT (55432).
# The cluster runs with fsync off: it is for tests only and is deleted on stop.
set -euo pipefail

DIR="${PARLEY_PG_DIR:-${TMPDIR:-/tmp}/parley-pg-test}"
PORT="${PARLEY_PG_PORT:-55432}"
DB=parley_test
ROLE=parley
DATA="$DIR/data"
SOCK="$DIR/sock"

say() { echo "postgres-test-server: $*" >&2; }
die() { say "$*"; exit 1; }

find_bin() {
  local candidate
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$candidate" && -x "$candidate/initdb" ]]; then
    echo "$candidate"
    return 0
  fi
  return 1
}

ensure_installed() {
  if BIN="$(find_bin)"; then
    return 0
  fi
  [[ "$(id -u)" == 0 ]] || die "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
  say "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN="$(find_bin)" || die "postgresql installed but no initdb found under /usr/lib/postgresql/*/bin"
}

# initdb and postgres refuse to run as root: as root, run them as the postgres user.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" --shell /usr/sbin/nologin postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

psql_admin() {
  as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres -d postgres "$@"
}

running() {
  [[ -f "$DATA/PG_VERSION" ]] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

url() {
  [[ -f "$DIR/password" ]] || die "no test server in $DIR: run '$0 start' first"
  echo "jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$ROLE&password=$(cat "$DIR/password")"
}

start() {
  ensure_installed
  if running; then
    say "already running in $DIR on port $PORT"
    url
    return 0
  fi
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    rm -rf "$DIR"
    mkdir -p "$DATA" "$SOCK"
    od -An -N12 -tx1 /dev/urandom | tr -d ' \n' >"$DIR/password"
    if [[ "$(id -u)" == 0 ]]; then
      as_owner true # creates the postgres user when missing
      chown -R postgres: "$DIR"
      chmod 700 "$DIR"
    fi
    say "initialising a cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  fi
  say "starting on 127.0.0.1:$PORT"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$SOCK -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2 \
    || { tail -n 20 "$DIR/server.log" >&2 || true; die "the server did not start (is port $PORT taken?)"; }
  local password
  password="$(cat "$DIR/password")"
  if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]]; then
    psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$password'"
  fi
  if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]]; then
    psql_admin -c "CREATE DATABASE $DB OWNER $ROLE"
  fi
  url
}

stop() {
  if ! BIN="$(find_bin)"; then
    rm -rf "$DIR"
    return 0
  fi
  if running; then
    say "stopping the server in $DIR"
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url)
    BIN="$(find_bin)" || die "PostgreSQL is not installed: run '$0 start'"
    running || die "no test server running in $DIR"
    url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
