#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need, runs every test project,
# and ends with one line "N passed, N failed" (CI reads that line).
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the integration tests use (Dovecot IMAP, the browser). Installed only when missing.
if [ "$(id -u)" = 0 ]; then
  bash scripts/install-test-deps.sh || { echo "could not install test dependencies"; echo "0 passed, 1 failed"; exit 1; }
fi

results=$(mktemp -d)
dotnet tool restore >/dev/null
dotnet build Correspondence.sln -c Release -nologo -clp:ErrorsOnly || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
status=0
for project in tests/*/; do
  name=$(basename "$project")
  [ -f "$project/$name.csproj" ] || continue
  grep -q '<IsTestProject>true</IsTestProject>' "$project/$name.csproj" || continue
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

# Count outcomes from the TRX files: every test that ran, whatever the runner printed.
read -r passed failed < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    for r in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        o = r.get("outcome")
        if o == "Passed": p += 1
        elif o in ("Failed", "Error", "Timeout", "Aborted"): f += 1
print(p, f)
PY
)
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi   # a crashed test host counts as a failure
echo "${passed} passed, ${failed} failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
