#!/usr/bin/env bash
# Runs the booking EAR on Payara Server 6 (Full Profile), unpacked by Maven into target/payara.
#
#   payara.sh run       create/start the "booking" domain on http://localhost:8080, deploy, demo data
#                       on, and wait: Ctrl-C (or `payara.sh stop`) stops the server
#   payara.sh stop      stop the "booking" domain
#   payara.sh start-it  fresh "booking-it" domain on port 18080 for the end-to-end tests
#   payara.sh stop-it   stop it
#   payara.sh start-bench  fresh "booking-bench" domain on port 28080 for bench/run.sh (BOOKING_DB_URL set)
#   payara.sh stop-bench   stop it
#
# Every listener is bound to 127.0.0.1 and nothing clusters over the network (see configure_domain).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="${BOOKING_TARGET_DIR:-$here/../../../target}"
target="$(cd "$target" && pwd)"
payara_home="$target/payara/payara6"
asadmin="$payara_home/bin/asadmin"
domains="$target/domains"
ear="$target/booking.ear"

die() { echo "payara.sh: $*" >&2; exit 1; }
[ -x "$asadmin" ] || die "Payara is not unpacked at $payara_home (run through Maven: ./mvnw -Prun package)"

# Rewrites a fresh domain.xml so that nothing listens beyond loopback: HTTP, HTTPS, admin, IIOP and
# JMX listeners on 127.0.0.1, Hazelcast on 127.0.0.1 only, the unused JMS broker disabled, and H2's
# server mode bound to loopback; no Server or X-Powered-By header tells which Payara and Java run.
# A body on GET or DELETE reaches the application (allow-payload-for-undefined-http-methods), which
# refuses it with a problem detail (NoBodyOnReads) instead of the listener's empty 400. Two refusals
# stay with the listener, before any application code: a header over its 8 KiB buffer
# (header-buffer-length-bytes) and a NUL (%00) in the path, both an empty 400 that names no product
# (docs/decisions/0016-hostile-input.md). It also sizes the server (docs/performance.md): 32 HTTP
# worker threads (Payara's default of 5 left requests queueing while others waited on the
# database; the connection pool holds 40) and a fixed 512 MB heap (the live set after 200,000
# bookings is ~130 MB; a bigger heap only raises the resident size past 1 GiB).
configure_domain() {
  local xml="$domains/$1/config/domain.xml"
  sed -i \
    -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/' \
    -e 's/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration interface="127.0.0.1" /' \
    -e 's|<jvm-options>-server</jvm-options>|<jvm-options>-server</jvm-options>\n                <jvm-options>-Dh2.bindAddress=127.0.0.1</jvm-options>\n                <jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>|' \
    -e 's#<http #<http xpowered-by="false" server-header="false" allow-payload-for-undefined-http-methods="true" #' \
    -e 's|<thread-pool name="http-thread-pool"|<thread-pool name="http-thread-pool" min-thread-pool-size="8" max-thread-pool-size="32"|' \
    -e 's|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xms512m</jvm-options>\n                <jvm-options>-Xmx512m</jvm-options>|' \
    -e '0,/<transaction-service /s|\(\s*\)\(<transaction-service .*\)|\1<jms-service type="DISABLED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="127.0.0.1" port="7676" lazy-init="true" /></jms-service>\n\1\2|' \
    "$xml"
  grep -q 'interface="127.0.0.1"' "$xml" || die "could not bind Hazelcast to loopback in $xml"
  grep -q 'type="DISABLED"' "$xml" || die "could not disable JMS in $xml"
  grep -q 'max-thread-pool-size="32"' "$xml" || die "could not size the HTTP thread pool in $xml"
  grep -q 'xpowered-by="false"' "$xml" || die "could not hide the server's versions in $xml"
  grep -q 'allow-payload-for-undefined-http-methods="true"' "$xml" \
    || die "could not let bodies on GET and DELETE reach the application in $xml"
}

create_domain() {
  local name="$1" portbase="$2"
  echo "Creating Payara domain '$name' (ports from $portbase)..."
  "$asadmin" create-domain --nopassword --domaindir "$domains" --portbase "$portbase" "$name" >/dev/null
  configure_domain "$name"
}

is_running() {
  "$asadmin" list-domains --domaindir "$domains" 2>/dev/null | grep -q "^$1 running"
}

start_and_deploy() {
  local name="$1" admin_port="$2"
  [ -f "$ear" ] || die "no EAR at $ear"
  if is_running "$name"; then
    echo "Domain '$name' is already running; redeploying."
  else
    "$asadmin" start-domain --domaindir "$domains" "$name" >/dev/null
  fi
  echo "Deploying $(basename "$ear")..."
  # deploy returns once the application has started: migrations and demo data are done by then.
  if ! "$asadmin" --port "$admin_port" deploy --force=true --name booking "$ear" >/dev/null; then
    echo "Deployment failed; the server log is $domains/$name/logs/server.log" >&2
    stop_domain "$name"
    exit 1
  fi
}

stop_domain() {
  # Undeploy first: the next start then boots clean and deploys the EAR built then.
  if is_running "$1"; then
    "$asadmin" --port "$(admin_port "$1")" undeploy booking >/dev/null 2>&1 || true
  fi
  "$asadmin" stop-domain --domaindir "$domains" "$1" >/dev/null 2>&1 || true
}

admin_port() {
  case "$1" in
    booking) echo 8048 ;;
    booking-bench) echo 28048 ;;
    *) echo 18048 ;;
  esac
}

case "${1:-}" in
  run)
    [ -d "$domains/booking" ] || create_domain booking 8000
    export BOOKING_DEMO="${BOOKING_DEMO:-true}"
    trap 'echo; echo "Stopping Payara..."; stop_domain booking; exit 0' INT TERM
    SECONDS=0
    start_and_deploy booking 8048
    echo
    echo "  The booking platform is running at http://localhost:8080/  (ready in ${SECONDS}s)"
    echo "  API: http://localhost:8080/api/v1/venues   OpenAPI: http://localhost:8080/openapi"
    echo "  Database: ${BOOKING_DB_URL:-embedded H2 in $domains/booking/lib/databases}"
    echo "  Demo accounts: diner, gymgoer, merchant, merchant2, staff, admin (password demo-2026)"
    echo "  Server log: $domains/booking/logs/server.log"
    echo "  Press Ctrl-C to stop (or run: booking-ear/src/main/payara/payara.sh stop)."
    echo
    while true; do sleep 3600 & wait $!; done
    ;;
  stop)
    stop_domain booking
    ;;
  start-it)
    stop_domain booking-it
    rm -rf "$domains/booking-it"
    create_domain booking-it 18000
    # Every end-to-end test registers its own customers from this one address; the per-address
    # registration limit is tested in-container (LoginThrottleIT).
    # The payment sandbox sends its notifications and checkout links to the public URL.
    # Holds last a minute, so that a test sees an abandoned checkout lapse.
    BOOKING_DEMO=true BOOKING_REGISTRATIONS_PER_HOUR=100000 BOOKING_PUBLIC_URL=http://127.0.0.1:18080 \
      BOOKING_HOLD_MINUTES=1 start_and_deploy booking-it 18048
    echo "End-to-end server ready on http://127.0.0.1:18080/"
    ;;
  stop-it)
    stop_domain booking-it
    ;;
  start-bench)
    [ -n "${BOOKING_DB_URL:-}" ] || die "start-bench needs BOOKING_DB_URL (the benchmark runs on MySQL/MariaDB)"
    stop_domain booking-bench
    rm -rf "$domains/booking-bench"
    create_domain booking-bench 28000
    BOOKING_DEMO=true BOOKING_REGISTRATIONS_PER_HOUR=100000 BOOKING_PUBLIC_URL=http://127.0.0.1:28080 \
      start_and_deploy booking-bench 28048
    echo "Benchmark server ready on http://127.0.0.1:28080/"
    ;;
  stop-bench)
    stop_domain booking-bench
    ;;
  *)
    die "usage: payara.sh run|stop|start-it|stop-it|start-bench|stop-bench"
    ;;
esac
