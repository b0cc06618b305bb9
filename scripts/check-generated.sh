#!/usr/bin/env bash
# The GraphQL contract is generated and committed: the server's schema.graphql (from its resolvers) and the web app's
# types in apps/web/src/gql (from schema.graphql and the app's operations). Regenerates both from source, so it needs
# no build, and fails when they differ from what is committed (or staged), so an edited resolver or query cannot ship
# with stale generated files.
set -euo pipefail
cd "$(dirname "$0")/.."

GENERATED=(apps/server/schema.graphql apps/web/src/gql)
REGENERATE="pnpm --filter @smi/server schema && pnpm --filter @smi/web codegen"

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-generated: not a git checkout, nothing to compare the generated GraphQL files with; skipped." >&2
  exit 0
fi

pnpm --silent --filter @smi/server schema >/dev/null
pnpm --silent --filter @smi/web codegen >/dev/null

if [ -n "$(git status --porcelain -- "${GENERATED[@]}")" ]; then
  git --no-pager diff --stat -- "${GENERATED[@]}" >&2
  git status --short -- "${GENERATED[@]}" >&2
  cat >&2 <<MESSAGE

The generated GraphQL files differ from the committed ones. They have just been regenerated in your working tree
with: $REGENERATE
Review the changes above and commit them together with the change to the resolvers or operations.
MESSAGE
  exit 1
fi
echo "check-generated: schema.graphql and apps/web/src/gql match the resolvers and operations."
