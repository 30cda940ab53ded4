#!/usr/bin/env bash
# The compose setup without Docker: two server instances on loopback against one embedded
# PostgreSQL, behind Debian's haproxy with deploy/haproxy.cfg. Checks that a write through the
# load balancer reaches viewers on both instances (WebSocket and sticky polling). Needs haproxy
# (apt-get install -y haproxy); builds shared and server if they are not built yet.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v "${HAPROXY:-haproxy}" >/dev/null; then
  echo "haproxy not found: apt-get install -y haproxy (or set HAPROXY=/path/to/haproxy)" >&2
  exit 2
fi
LB_BIND=127.0.0.1:3000 APP1_ADDR=127.0.0.1:1 APP2_ADDR=127.0.0.1:2 "${HAPROXY:-haproxy}" -c -q -f deploy/haproxy.cfg
if [[ ! -f server/dist/main.js || ! -f shared/dist/index.js ]]; then
  npm run build -w shared
  npm run build -w server
fi
exec node deploy/lib/check-two-instances.mjs
