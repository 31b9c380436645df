#!/usr/bin/env bash
# Electronegativity (Doyensec's Electron security linter) over the main process and preload in
# electron/. Fails on any HIGH or MEDIUM finding that .ci/electronegativity-allow.txt does not
# explain (one line a finding: CHECK_ID FILE WHY), and on any file it could not parse.
# Needs the npm registry (npx fetches the pinned version); GitHub is optional (the check of
# Electron's release notes for security fixes is skipped without it).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=1.10.3
ALLOW=.ci/electronegativity-allow.txt

# The Electron version the app ships, so that checks whose defaults changed across versions judge the right one.
electron_version=$(node -p "require('./node_modules/electron/package.json').version" 2>/dev/null || true)
version_args=()
if [ -n "$electron_version" ]; then version_args=(-e "$electron_version"); fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Its messages are matched below: English (its locale is LANG, as en-US), whatever the machine's.
scan() {
  env LANG=en-US npx --yes "@doyensec/electronegativity@$VERSION" -i electron -r "${version_args[@]}" "$@"
}

# 1. Every file must parse: with -o, electronegativity skips a file it cannot parse without a word.
scan -v false >"$tmp/console.txt" 2>&1 || {
  cat "$tmp/console.txt"
  echo "electronegativity: the scan failed" >&2
  exit 1
}
if grep -q "Error parsing" "$tmp/console.txt"; then
  grep "Error parsing" "$tmp/console.txt" >&2
  echo "electronegativity: files above could not be parsed, so they were not checked" >&2
  exit 1
fi

# 2. The report as CSV. Version 1.10.3 writes its header and its rows with two racing
#    asynchronous writes, which now and then garble the start of the file: a report whose
#    lines do not all read is made again.
report="$tmp/report.csv"
for attempt in 1 2 3 4 5; do
  rm -f "$report"
  scan -o "$report" >"$tmp/run.txt" 2>&1 || {
    cat "$tmp/run.txt"
    exit 1
  }
  if node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split(/\r?\n/).filter(Boolean);
    const ok = lines[0] === "issue, severity, confidence, filename, location, sample, description, url"
      && lines.slice(1).every((l) => /^[A-Z0-9_]+,"(HIGH|MEDIUM|LOW|INFORMATIONAL)","(CERTAIN|FIRM|TENTATIVE)","/.test(l));
    process.exit(ok ? 0 : 1);
  ' "$report"; then
    break
  fi
  if [ "$attempt" = 5 ]; then
    cat "$report" >&2
    echo "electronegativity: the report could not be read after $attempt tries" >&2
    exit 1
  fi
done

# 3. Each HIGH or MEDIUM finding must be explained in the allow-list; LOW and INFORMATIONAL ones are listed.
node - "$report" "$ALLOW" <<'JS'
const fs = require('fs');
const [reportPath, allowPath] = process.argv.slice(2);

/** RFC 4180 fields of one CSV line (the report quotes every field but the first and last). */
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') out.push(field), (field = '');
    else field += c;
  }
  out.push(field);
  return out;
}

const findings = fs
  .readFileSync(reportPath, 'utf8')
  .split(/\r?\n/)
  .filter(Boolean)
  .slice(1)
  .map((line) => {
    const [id, severity, confidence, file, location, sample] = fields(line);
    return { id, severity, confidence, file, location, sample };
  });

const allow = [];
const bad = [];
fs.readFileSync(allowPath, 'utf8')
  .split(/\r?\n/)
  .forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([A-Z0-9_]+)\s+(\S+)\s+(.+)$/.exec(line);
    if (!m) bad.push(`${allowPath}:${i + 1}: not "CHECK_ID FILE WHY": ${line}`);
    else allow.push({ id: m[1], file: m[2], why: m[3], used: false });
  });

const gating = (f) => f.severity === 'HIGH' || f.severity === 'MEDIUM';
let failures = bad.length;
for (const message of bad) console.error(message);
for (const f of findings) {
  const where = `${f.id} ${f.severity}/${f.confidence} ${f.file} ${f.location}`;
  const entry = allow.find((a) => a.id === f.id && a.file === f.file);
  if (entry) entry.used = true;
  if (!gating(f)) console.log(`  info     ${where}`);
  else if (entry) console.log(`  allowed  ${where}: ${entry.why}`);
  else {
    console.error(`  NOT ALLOWED  ${where}: ${f.sample}`);
    failures++;
  }
}
for (const a of allow.filter((a) => !a.used)) console.log(`  (the allow-list entry ${a.id} ${a.file} matched no finding: remove it if the finding is gone for good)`);
const gated = findings.filter(gating).length;
console.log(`electronegativity: ${findings.length} findings, ${gated} HIGH or MEDIUM, ${failures} not explained in ${allowPath}`);
process.exit(failures > 0 ? 1 : 0);
JS
