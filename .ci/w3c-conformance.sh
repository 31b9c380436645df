#!/usr/bin/env bash
# Exports the sample project's W3C Web Annotation collection with the command line and runs the
# W3C Web Annotation WG's own assertions on it: the collection, and every annotation on its own.
# The shared validator (../shared/conformance/w3c-validate) is used where the checkout has it;
# `npm test` runs the same assertions from the copy in renderer/testing/reference either way.
set -euo pipefail
cd "$(dirname "$0")/.."
validator=${W3C_VALIDATE:-../shared/conformance/w3c-validate}
if [ ! -x "$validator" ]; then
  echo "w3c-conformance: $validator is not here; the unit tests ran the same assertions from renderer/testing/reference."
  exit 0
fi
out=$(mktemp -d)
node scripts/crosscheck.mjs export renderer/testing/archives/v1-sample.json --format w3c -o "$out/sample.jsonld"
"$validator" --suite collection "$out/sample.jsonld"
node -e '
  const fs = require("fs");
  const c = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const ctx = c["@context"];
  c.first.items.forEach((a, i) => fs.writeFileSync(`${process.argv[2]}/annotation-${i}.json`, JSON.stringify({ "@context": ctx, ...a })));
' "$out/sample.jsonld" "$out"
"$validator" --suite annotation "$out"/annotation-*.json
