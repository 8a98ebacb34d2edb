#!/usr/bin/env bash
# Idempotent install (as root) of the Debian packages the tests use (Dovecot, Chromium, PostgreSQL). /usr/sbin/policy-rc.d on these machines keeps
# dovecot's and postgresql's own system services from starting; the tests start throwaway instances on free loopback ports.
set -euo pipefail
need=()
command -v dovecot >/dev/null || need+=(dovecot-imapd)
# The browser tests drive Debian's chromium through Playwright (never `playwright install`).
command -v chromium >/dev/null || need+=(chromium)
# The classifier is compared with scikit-learn (TF-IDF + LinearSVC) on the same split, as issue #4 asks.
/usr/bin/python3 -c "import sklearn" 2>/dev/null || need+=(python3-sklearn)
# The multi-node tests run a throwaway PostgreSQL cluster (initdb/pg_ctl from /usr/lib/postgresql/<version>/bin).
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
