#!/usr/bin/env bash
# Local infrastructure for development and CI: Kafka (always) and the machine's PostgreSQL (when installed).
# A missing PostgreSQL is not an error: without DATABASE_URL the tests use embedded-postgres.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

pg_answers() {
  if command -v pg_isready >/dev/null; then pg_isready -q -h 127.0.0.1 -p 5432 -t 3
  else (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; fi
}

if pg_answers; then
  echo "postgres: answering on 127.0.0.1:5432"
elif command -v pg_lsclusters >/dev/null && [[ -n $(pg_lsclusters -h 2>/dev/null) ]]; then
  pg_lsclusters -h | while read -r ver name port status _; do
    [[ $port == 5432 && $status != online* ]] || continue
    echo "postgres: starting cluster $ver/$name"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || echo "postgres: could not start $ver/$name (continuing)"
  done
  for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
  pg_answers && echo "postgres: answering on 127.0.0.1:5432" || echo "postgres: not answering (tests fall back to embedded-postgres)"
else
  echo "postgres: no local cluster installed (tests fall back to embedded-postgres)"
fi

"$HERE/kafka/kafka.sh" start
