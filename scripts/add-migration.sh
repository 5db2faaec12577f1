#!/usr/bin/env bash
# Adds a migration with the same name for both database providers: scripts/add-migration.sh Name
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/CivicCrm.Web -nologo -v q
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --project "src/CivicCrm.Data.$provider" --startup-project src/CivicCrm.Web \
    --context "${provider}CivicDbContext" --output-dir Migrations
done
