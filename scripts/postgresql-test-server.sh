#!/usr/bin/env bash
# A throwaway PostgreSQL for the engine's tests, from Debian's `postgresql`
# package: its own data directory and Unix socket inside DIR, no TCP port,
# trust authentication, fsync off (the data dies with DIR anyway).
#
#   postgresql-test-server.sh start DIR   prints the URL of database blokjes_test
#   postgresql-test-server.sh stop DIR    stops the server and removes DIR
#
# DIR should be a fresh `mktemp -d` directory under /tmp. As root the server
# runs as the `postgres` user (initdb refuses root), so DIR is handed to it
# and every parent of DIR must be traversable by it; as anyone else it runs
# as that user. Either way the database superuser is called `postgres`, so
# the URL is the same: postgresql://postgres@/blokjes_test?host=DIR
#
# [SECTIONS]
#   [TOOLS]  finding initdb and pg_ctl, running as the server's user
#   [START]
#   [STOP]
set -euo pipefail

usage() {
  echo "usage: $0 start DIR | stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
command=$1
dir=$(realpath -m -- "$2")
# Written first by `start`: `stop` removes only a directory that carries it,
# so a mistyped DIR never loses anything.
marker="$dir/.blokjes-postgresql-test-server"

# [TOOLS]
find_bin() {
  local name=$1 found
  # The newest installed major version; Debian 12 has 15.
  found=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] || [ ! -x "$found" ]; then
    echo "postgresql-test-server: no /usr/lib/postgresql/*/bin/$name; install Debian's" \
      "'postgresql' package (scripts/install-deps.sh does)" >&2
    exit 1
  fi
  echo "$found"
}

run_as_server_user=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "postgresql-test-server: running as root needs the 'postgres' user, which Debian's" \
      "'postgresql' package creates; it does not exist" >&2
    exit 1
  fi
  run_as_server_user=(runuser -u postgres --)
fi

# [START]
start() {
  local initdb pg_ctl psql
  initdb=$(find_bin initdb)
  pg_ctl=$(find_bin pg_ctl)
  psql=$(find_bin psql)

  mkdir -p "$dir"
  if [ -n "$(ls -A "$dir")" ]; then
    echo "postgresql-test-server: $dir is not empty; give a fresh directory (mktemp -d)" >&2
    exit 1
  fi
  touch "$marker"
  chmod 755 "$dir"
  if [ ${#run_as_server_user[@]} -gt 0 ]; then
    chown postgres: "$dir"
    # A directory under /root (mode 700) cannot hold the socket: say so
    # instead of letting initdb fail with "permission denied".
    if ! "${run_as_server_user[@]}" test -x "$dir" -a -w "$dir"; then
      echo "postgresql-test-server: the postgres user cannot enter or write $dir; use a" \
        "directory whose parents it can traverse (mktemp -d under /tmp, chmod 755)" >&2
      exit 1
    fi
  fi

  if ! "${run_as_server_user[@]}" "$initdb" -D "$dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
    echo "postgresql-test-server: initdb failed; its output:" >&2
    cat "$dir/initdb.log" >&2
    exit 1
  fi
  # Socket only, in DIR, so no port can clash with another server; the
  # default port number only names the socket file.
  local options="-c listen_addresses='' -c unix_socket_directories='$dir' -c port=5432"
  options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  options+=" -c max_connections=200"
  if ! "${run_as_server_user[@]}" "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "$options" start >"$dir/pg_ctl.log" 2>&1; then
    echo "postgresql-test-server: pg_ctl start failed; its output and the server log:" >&2
    cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
    exit 1
  fi
  if ! "$psql" -X -q -h "$dir" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE blokjes_test" >"$dir/createdb.log" 2>&1; then
    echo "postgresql-test-server: creating database blokjes_test failed:" >&2
    cat "$dir/createdb.log" >&2
    exit 1
  fi
  echo "postgresql://postgres@/blokjes_test?host=$dir"
}

# [STOP]
stop() {
  if [ ! -d "$dir" ]; then
    return 0
  fi
  if [ ! -e "$marker" ]; then
    # Nothing of ours: an empty directory (start failed before writing the
    # marker) is removed, anything else is left alone.
    if [ -z "$(ls -A "$dir")" ]; then
      rmdir "$dir"
      return 0
    fi
    echo "postgresql-test-server: $dir was not made by 'start' (no marker); not touching it" >&2
    exit 1
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then
    local pg_ctl
    pg_ctl=$(find_bin pg_ctl)
    # immediate: the data is thrown away, so no checkpoint is worth waiting for.
    "${run_as_server_user[@]}" "$pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 ||
      echo "postgresql-test-server: pg_ctl stop failed; removing $dir anyway" >&2
  fi
  rm -rf -- "$dir"
}

case $command in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
