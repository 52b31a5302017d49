#!/usr/bin/env bash
# Schema-driven fuzzing of the portal API: schemathesis generates valid and invalid requests from
# GET /v1/openapi.json and fails on any 5xx, any answer whose status, media type or body the
# document does not promise, any valid request refused and any invalid one accepted (plus the two
# checks in scripts/api-fuzz/hooks.py: NDJSON lines, and mutations that break the schema are never
# applied). It runs the real portal binary on a free loopback port over a temporary database and
# the bundled content, with a real bearer token. Exits non-zero on any failure.
#
#   scripts/api-fuzz.sh                                 # as CI runs it (fixed seed)
#   API_FUZZ_EXAMPLES=300 API_FUZZ_SEED=$RANDOM scripts/api-fuzz.sh   # longer, another seed
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
EXAMPLES=${API_FUZZ_EXAMPLES:-40}
SEED=${API_FUZZ_SEED:-1}
# Hard bound of each schemathesis run, in seconds.
TIME_LIMIT=${API_FUZZ_TIME_LIMIT:-150}

installed=$(python3 -c 'import importlib.metadata as m; print(m.version("schemathesis"))' 2>/dev/null || true)
if [ "$installed" != "$SCHEMATHESIS_VERSION" ]; then
  echo "==> installing schemathesis $SCHEMATHESIS_VERSION"
  python3 -m pip install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
fi

cargo build -q -p welcome-portal
portal_bin="${CARGO_TARGET_DIR:-target}/debug/welcome-portal"

work=$(mktemp -d)
portal_pid=""
stop_portal() {
  if [ -n "$portal_pid" ]; then
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_portal EXIT
trap 'exit 130' INT TERM

# Port 0: the system picks a free port, and the portal logs the one it got.
"$portal_bin" --db "$work/portal.sqlite" serve --addr 127.0.0.1:0 --jobs 50 \
  >"$work/portal.log" 2>&1 &
portal_pid=$!
base=""
for _ in $(seq 300); do
  base=$(grep -o 'serving http://127\.0\.0\.1:[0-9]*' "$work/portal.log" | head -1 | cut -d' ' -f2 || true)
  [ -n "$base" ] && break
  if ! kill -0 "$portal_pid" 2>/dev/null; then
    cat "$work/portal.log" >&2
    echo "the portal did not start" >&2
    exit 1
  fi
  sleep 0.1
done
[ -n "$base" ] || { cat "$work/portal.log" >&2; echo "the portal did not start in time" >&2; exit 1; }
echo "==> portal at $base"

# A real account's token, registered the way the app does it.
token() {
  curl -fsS -H 'content-type: application/json' \
    -d "{\"email\": \"$1@example.org\", \"password\": \"a fuzzing password for $1\"}" \
    "$base/v1/accounts" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}

# Real job ids, so GET /v1/jobs/{id} is also fuzzed past its 404 (half of its cases use one).
job_ids=$(curl -fsS --get --data-urlencode 'scope={"all": true}' --data 'limit=5000' "$base/v1/feed" |
  python3 -c 'import json, sys
ids = [l["data"]["id"] for l in map(json.loads, sys.stdin) if l.get("kind") == "job" and l["op"] == "upsert"]
print(", ".join(json.dumps(i) for i in ids[:5]))')
[ -n "$job_ids" ] || { echo "the portal serves no jobs to fuzz with" >&2; exit 1; }
config="$work/schemathesis.toml"
cat scripts/api-fuzz/schemathesis.toml - >"$config" <<TOML

[dictionaries.job_ids]
values = [$job_ids]

[parameters]
"path.id" = { dictionary = "job_ids", probability = 0.5 }
TOML

fuzz() {
  local token=$1
  shift
  timeout --kill-after=10 "$TIME_LIMIT" \
    python3 -m schemathesis.cli --no-color --config-file "$config" run "$base/v1/openapi.json" \
    --header "Authorization: Bearer $token" \
    --phases examples,coverage,fuzzing \
    --max-examples "$EXAMPLES" --seed "$SEED" --workers 2 --request-timeout 10 \
    "$@"
}

# Both accounts are made before any fuzzing: the fuzzer's own registrations soon reach the
# portal's rate limit for this address (429, as documented), and a token is needed after that.
fuzz_token=$(token fuzz)
logout_token=$(token logout)
# The fuzzing account is also a Welcome Guide's account (made as an operator does), so the guide
# routes are fuzzed past their 403.
"$portal_bin" --db "$work/portal.sqlite" guide-account add --email fuzz@example.org \
  --guide guide-amira-haddad </dev/null >/dev/null
started=$(date +%s)
status=0
# Logging out revokes the token every other operation runs with, so it gets a run of its own.
echo "==> fuzzing every operation but log-out"
fuzz "$fuzz_token" --exclude-name "DELETE /v1/sessions/current" || status=$?
echo "==> fuzzing log-out"
fuzz "$logout_token" --include-name "DELETE /v1/sessions/current" || status=$?
echo "==> api fuzzing took $(($(date +%s) - started)) s (exit $status)"
if grep -q "panicked" "$work/portal.log"; then
  grep -A5 "panicked" "$work/portal.log" >&2
  status=1
fi
exit "$status"
