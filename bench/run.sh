#!/usr/bin/env bash
# The booking benchmark: builds the EAR, starts it on Payara Server against MariaDB/MySQL (the way
# the run command does, with BOOKING_DB_URL), drives it with wrk on loopback and compares every figure
# with raw JDBC in the same run. See docs/performance.md.
#
#   bench/run.sh                 the table (about 7 minutes)
#   bench/run.sh --soak 200000   200,000 bookings, old generation after full GCs, availability before/after
#
# Environment: BENCH_SECONDS (each wrk run, default 15), BENCH_SKIP_BUILD=1 (use the EAR already built),
# BENCH_DB (database name, default booking_bench; dropped and re-created), BENCH_KEEP=1 (leave the
# server running).
set -euo pipefail
cd "$(dirname "$0")/.."

db="${BENCH_DB:-booking_bench}"
seconds="${BENCH_SECONDS:-15}"
payara=booking-ear/src/main/payara/payara.sh

# wrk from Debian's packages; MariaDB started (or installed) as CI does.
if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "bench: install wrk (apt-get install wrk)" >&2; exit 1; }
  echo "Installing wrk..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
bash db/mariadb.sh
mysql -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db;
  CREATE USER IF NOT EXISTS 'booking_bench'@'127.0.0.1' IDENTIFIED BY 'booking_bench';
  CREATE USER IF NOT EXISTS 'booking_bench'@'localhost' IDENTIFIED BY 'booking_bench';
  GRANT ALL PRIVILEGES ON $db.* TO 'booking_bench'@'127.0.0.1';
  GRANT ALL PRIVILEGES ON $db.* TO 'booking_bench'@'localhost';
  GRANT PROCESS ON *.* TO 'booking_bench'@'127.0.0.1';"

if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f booking-ear/target/booking.ear ]; then
  echo "Building the EAR..."
  ./mvnw -B -q -Pbench install -DskipTests
fi

export BOOKING_DB_URL="jdbc:mysql://127.0.0.1:3306/$db"
export BOOKING_DB_USER=booking_bench BOOKING_DB_PASSWORD=booking_bench
# Tokens must outlive the soak run.
export BOOKING_TOKEN_TTL_MINUTES=600
# BENCH_KEEP=1 leaves the server running afterwards (to profile it); payara.sh stop-bench stops it.
[ "${BENCH_KEEP:-}" = 1 ] || trap 'bash $payara stop-bench' EXIT
bash "$payara" start-bench
pid="$(pgrep -f 'domains/booking-bench/config' | head -1 || true)"

connector="$(ls booking-ear/target/booking/lib/*mysql-connector-j-*.jar | head -1)"
mkdir -p bench/target
java -cp "$connector" bench/Bench.java \
  --base http://127.0.0.1:28080 \
  --jdbc "jdbc:mysql://127.0.0.1:3306/$db?user=booking_bench&password=booking_bench" \
  --pid "${pid:-0}" --seconds "$seconds" --work bench/target "$@"
