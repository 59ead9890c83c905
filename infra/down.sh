#!/usr/bin/env bash
# Stops what infra/up.sh started for the project (Kafka); the machine's PostgreSQL is left running.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/kafka/kafka.sh" stop
