#!/usr/bin/env bash
# Adds a migration for both providers: scripts/new-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/new-migration.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/OpenChorus.Web --context "${provider}AppDbContext" \
    --output-dir "Data/Migrations/$provider"
done
