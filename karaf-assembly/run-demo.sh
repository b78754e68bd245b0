#!/usr/bin/env bash
# Builds EduDX, starts it with the embedded Derby database and the synthetic Ngã Năm demo data,
# and prints where to look. Stop it with: karaf-assembly/target/assembly/bin/stop
#
# Settings come from the environment (docs/configuration.md), e.g. EDUDX_HTTP_PORT=8282.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
home="$here/target/assembly"
port="${EDUDX_HTTP_PORT:-8181}"
api="http://127.0.0.1:$port/api/v1"
# The demo is the town of Ngã Năm: its plan counts the units of NN, and its office's leadership publishes it.
export EDUDX_HTTP_PORT="$port" EDUDX_DEMO=true EDUDX_PLAN_AREA="${EDUDX_PLAN_AREA:-NN}"
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
fi

running() {
  [ -f "$home/karaf.pid" ] && kill -0 "$(cat "$home/karaf.pid")" 2>/dev/null
}

wait_for() { # description, deadline in seconds, command...
  local what="$1" deadline=$((SECONDS + $2))
  shift 2
  printf '%s ' "$what"
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      printf '\nNot within the time allowed: %s. See %s\n' "$what" "$home/data/log/karaf.log" >&2
      exit 1
    fi
    printf '.'
    sleep 1
  done
  printf ' ok\n'
}

if running; then
  echo "Stopping the EduDX already running from $home"
  "$home/bin/stop" >/dev/null 2>&1 || true
  wait_for "Waiting for it to stop" 120 bash -c "! { [ -f '$home/karaf.pid' ] && kill -0 \$(cat '$home/karaf.pid'); }"
fi

echo "Building EduDX (tests are skipped here; 'mvn -B verify' runs them)"
(cd "$root" && mvn -B -q install -DskipTests)

echo "Starting EduDX from $home"
"$home/bin/start"
users="$root/bundles/vn.edudx.demo/src/main/resources/demo/users.csv"
login='{"username":"admin","password":"'"$(awk -F';' '$1=="admin"{print $5}' "$users")"'"}'
token() {
  curl -fs -H 'Content-Type: application/json' -d "$login" "$api/auth/login" |
    sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}
wait_for "Waiting for the REST API" 180 curl -fs "$api/health"
# Health counts the users: signing in before they exist would count as failed logins.
demo_users=$(grep -c '^[^#]' "$users")
wait_for "Creating the demo users" 180 \
  bash -c "curl -fs '$api/health' | grep -Eq '\"users\" *: *$demo_users\b'"
bearer="Authorization: Bearer $(token)"
wait_for "Loading and scoring the Ngã Năm demo data" 180 \
  bash -c "curl -fs -H '$bearer' '$api/rankings?period=2024-2025' | grep -q '\"rank\"'"

cat <<INFO

EduDX is running, with the synthetic demo data of Ngã Năm (dữ liệu minh họa, không phải số liệu thật).

Demo users (demo mode only / chỉ có trong chế độ minh họa):
$(awk -F';' '!/^#/ && NF==5 {printf "  %-9s %-16s %-11s password: %s\n", $1, $3, ($4 == "" ? "(all)" : $4), $5}' "$users")

  Sign in           curl -H 'Content-Type: application/json' \\
                      -d '{"username":"admin","password":"…"}' $api/auth/login
                    then send: Authorization: Bearer <token>   (docs/api.md)

  Web pages         http://127.0.0.1:$port/   (public rankings, school profiles, the plan; vi/en)
  Published results $api/public/publications   (open to everyone)
  Press page        (the html link of a publication in the list above)
  Health            $api/health
With a token (these answer 401 without one):
  Ranking 2024-2025 $api/rankings?period=2024-2025
  Primary schools   $api/rankings?period=2024-2025&level=TH
  One school        $api/scores?period=2024-2025&unit=NN-THCS-04
  Register          $api/units?type=SCHOOL
  The town's office  $api/scores?period=2024-2025&unit=NN-PGD   (Decision 3806)
  Indicator sets    $api/indicator-sets
  Set versions      $api/indicator-sets/moet-4725-2022/versions
  Set as Excel      $api/indicator-sets/moet-4725-2022/versions/1/workbook
  Generated rules   $api/indicator-sets/moet-4725-2022/versions/1/drl
  Deliveries        $api/imports
  Assessments       $api/assessments?period=2024-2025   (submit, return, approve: docs/user-guide.md)

  Drop CSV files in $home/data/edudx/inbox
    (processed files go to done/, rejected ones to error/, each with a report)
  Shell commands    edudx:sets, edudx:set-dry-run, edudx:set-activate … in the Karaf console
                    (docs/user-guide.md, "Changing an indicator set")
  Logs              $home/data/log/karaf.log
  Database          $home/data/derby/edudx
  Stop              $home/bin/stop
INFO
