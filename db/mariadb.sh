#!/usr/bin/env bash
# Makes sure MariaDB answers on 127.0.0.1:3306: starts it, or installs it from Debian's packages
# first when the machine has none (as root). Used by .ci/run and bench/run.sh.
set -euo pipefail

mariadb_up() { mysqladmin --protocol=tcp -h 127.0.0.1 -P 3306 -uroot status >/dev/null 2>&1; }

if mariadb_up; then
  exit 0
fi
if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  echo "Installing MariaDB..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server >/dev/null
fi
echo "Starting MariaDB on 127.0.0.1:3306..."
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
for _ in $(seq 1 60); do mariadb_up && break; sleep 1; done
mariadb_up || { echo "MariaDB did not start" >&2; exit 1; }
