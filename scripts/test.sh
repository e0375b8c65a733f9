#!/usr/bin/env bash
# Every test lane of OpenChorus, in order: format, build, migrations, unit, Web on SQLite, Web on PostgreSQL,
# the Chorus Pro API contract lane when ../shared/api is there, browser (Playwright + Debian's Chromium), and the
# EN 16931 conformance lane when the corpus is there.
# Installs what it needs when missing (PostgreSQL, Chromium, and Java + Saxon for the conformance lane's official
# artefacts) and starts its own PostgreSQL on a private port.
# Fails when any lane fails or runs no test. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [ -z "${OPENCHORUS_API:-}" ] && [ -d "$root/../shared/api" ]; then
  export OPENCHORUS_API="$root/../shared/api"
fi
if [ -z "${OPENCHORUS_CORPUS:-}" ] && [ -d "$root/../shared/corpus" ]; then
  export OPENCHORUS_CORPUS="$root/../shared/corpus"
fi

step() { printf '\n=== %s ===\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
need_packages() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- what the lanes need ---------------------------------------------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  step "Installing PostgreSQL"
  need_packages postgresql
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
if [ ! -x /usr/bin/chromium ]; then
  step "Installing Chromium"
  need_packages chromium fonts-dejavu-core
fi
export OPENCHORUS_CHROMIUM=/usr/bin/chromium
if [ ! -x /usr/bin/qpdf ] || [ ! -x /usr/bin/pdfdetach ] || [ ! -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]; then
  step "Installing qpdf, poppler-utils and fonts-droid-fallback (the PDF tests check our files with them; CJK rendering)"
  need_packages qpdf poppler-utils fonts-droid-fallback
fi

# --- PostgreSQL on a private port and folder, stopped on exit ----------------------------------------------------
pg_port=${OPENCHORUS_PG_PORT:-55432}
pg_dir=$(mktemp -d /tmp/openchorus-pg.XXXXXX)
pg_user=postgres
id "$pg_user" >/dev/null 2>&1 || as_root useradd --system --no-create-home "$pg_user"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown "$pg_user" "$pg_dir"
stop_pg() { run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_pg EXIT

# --- lanes ---------------------------------------------------------------------------------------------------------
total_passed=0
total_failed=0
failed_lanes=()

# Runs one test project; counts its tests; a lane that runs no test fails.
lane() {
  local name=$1 project=$2
  shift 2
  step "Lane: $name"
  local log
  log=$(mktemp)
  set +e
  "$@" dotnet test --project "$project" --no-build 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  local total failed
  total=$(grep -Eo 'total: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  failed=$(grep -Eo 'failed: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  rm -f "$log"
  total_passed=$((total_passed + total - failed))
  total_failed=$((total_failed + failed))
  if [ "$status" -ne 0 ] || [ "$total" -eq 0 ]; then
    echo "Lane '$name' FAILED (exit $status, $total tests, $failed failed)"
    failed_lanes+=("$name")
  else
    echo "Lane '$name': $total tests passed"
  fi
}

step "Tools"
dotnet tool restore

step "Format (dotnet format --verify-no-changes)"
dotnet format OpenChorus.slnx --verify-no-changes

step "Build (warnings are errors)"
dotnet build OpenChorus.slnx -c Debug

step "Migrations: no pending model changes for either provider"
for provider in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --no-build --project src/OpenChorus.Web --context "${provider}AppDbContext"
done

for project in tests/*.Tests/*.csproj; do
  [ "$project" = tests/OpenChorus.Web.Tests/OpenChorus.Web.Tests.csproj ] && continue
  lane "$(basename "$project" .csproj)" "$project" env
done

lane "Web on SQLite" tests/OpenChorus.Web.Tests/OpenChorus.Web.Tests.csproj env

step "Starting PostgreSQL on port $pg_port"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
lane "Web on PostgreSQL" tests/OpenChorus.Web.Tests/OpenChorus.Web.Tests.csproj \
  env OPENCHORUS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"

# The Chorus Pro API against the official Swagger documents and the go-choruspro trees (../shared/api).
if [ -n "${OPENCHORUS_API:-}" ] && [ -d "$OPENCHORUS_API" ]; then
  lane "Chorus Pro API contract" tests/OpenChorus.Api.Contract/OpenChorus.Api.Contract.csproj \
    env OPENCHORUS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
else
  step "API contract lane not run: OPENCHORUS_API is not set and ../shared/api is absent"
fi

if [ -d tests/OpenChorus.EndToEnd ]; then
  lane "Browser (Playwright, Chromium)" tests/OpenChorus.EndToEnd/OpenChorus.EndToEnd.csproj env
fi

if [ -d tests/OpenChorus.Formats.Conformance ]; then
  if [ -n "${OPENCHORUS_CORPUS:-}" ] && [ -d "$OPENCHORUS_CORPUS" ]; then
    # The round-trip tests run the official artefacts (Java + Saxon) on the XML the writers produce.
    if [ ! -f /usr/share/java/Saxon-HE.jar ] || ! command -v javac >/dev/null || ! command -v pdfdetach >/dev/null; then
      step "Installing Java and Saxon-HE (official EN 16931 artefacts)"
      need_packages default-jdk-headless libsaxonhe-java poppler-utils libxml2-utils
    fi
    lane "EN 16931 conformance (corpus)" tests/OpenChorus.Formats.Conformance/OpenChorus.Formats.Conformance.csproj env
  else
    step "Conformance lane not run: OPENCHORUS_CORPUS is not set and ../shared/corpus is absent"
  fi
fi

step "Summary"
if [ "${#failed_lanes[@]}" -gt 0 ]; then
  echo "Failed lanes: ${failed_lanes[*]}"
fi
echo "tests: $total_passed passed, $total_failed failed"
[ "${#failed_lanes[@]}" -eq 0 ]
