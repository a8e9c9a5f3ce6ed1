#!/usr/bin/env bash
# The Docker image's runtime stage without a Docker engine, on the Node first on PATH: in a directory that
# holds only what the image holds, the same production-only install from the lockfile, then the image's CMD
# and HEALTHCHECK. Fails unless the gateway refuses to start without credentials, starts with SANDBOX=true,
# passes its healthcheck, answers a query, and exits 0 on SIGTERM. Needs a build (`npm test` or `npm run build` makes dist/, as the image's build stage does).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="$(mktemp -d)"
gateway=""
cleanup() {
  if [[ -n "$gateway" ]] && kill -0 "$gateway" 2>/dev/null; then kill -KILL "$gateway"; fi
  rm -rf "$app"
}
trap cleanup EXIT

# The runtime stage's COPY lines.
cp "$root/package.json" "$root/package-lock.json" "$root/node-options.env" "$app/"
cp -R "$root/dist" "$app/dist"
cd "$app"
echo "rehearsing the image's runtime stage on Node $(node -v) in $app"
npm ci --omit=dev --no-audit --no-fund

# The image's ENV and CMD with no credentials mounted: it must refuse to start rather than serve made-up data.
if NODE_ENV=production PORT=0 node --env-file=node-options.env dist/main.js >refused.log 2>&1; then
  echo "the image started in production with no credentials:" >&2
  cat refused.log >&2
  exit 1
fi
grep -q 'no upstream credentials' refused.log

# The same with the sandbox asked for on purpose (this machine has no upstream credentials); free ports
# instead of 4000 and the embedded sandbox's 4010 on a shared machine.
NODE_ENV=production SANDBOX=true PORT=0 SANDBOX_PORT=0 node --env-file=node-options.env dist/main.js >gateway.log 2>&1 &
gateway=$!
port=""
for _ in $(seq 1 300); do
  port="$(sed -n 's/.*"msg":"listening[^"]*".*"port":\([0-9]*\).*/\1/p; s/.*"port":\([0-9]*\).*"msg":"listening[^"]*".*/\1/p' gateway.log)"
  if [[ -n "$port" ]] || ! kill -0 "$gateway" 2>/dev/null; then break; fi
  sleep 0.1
done
if [[ -z "$port" ]]; then
  echo "the gateway did not start:" >&2
  cat gateway.log >&2
  exit 1
fi

# The image's HEALTHCHECK.
PORT="$port" node dist/healthcheck.js

answer="$(node --input-type=module -e '
  const response = await fetch(`http://127.0.0.1:${process.argv[1]}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ payment(id: \"117\") { id } }" }),
  });
  console.log(await response.text());
' "$port")"
if [[ "$answer" != '{"data":{"payment":{"id":"117"}}}' ]]; then
  echo "unexpected answer: $answer" >&2
  exit 1
fi

# tini forwards SIGTERM to node: the gateway drains and exits 0.
kill -TERM "$gateway"
status=0
wait "$gateway" || status=$?
gateway=""
if [[ "$status" -ne 0 ]]; then
  echo "the gateway exited with $status on SIGTERM:" >&2
  cat gateway.log >&2
  exit 1
fi
echo "image rehearsal passed: production install, refusal without credentials, CMD, HEALTHCHECK, a query, SIGTERM"
