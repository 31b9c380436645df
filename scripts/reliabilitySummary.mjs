// Prints the reliability suite's summary: a line per category with tried, passed, lost.
import { existsSync, readFileSync } from 'node:fs';

const file = 'test-results/reliability-summary.jsonl';
if (!existsSync(file)) {
  console.log('reliability: no summary was recorded');
  process.exit(0);
}
const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
console.log('\nreliability summary');
for (const l of lines) console.log(`  ${l.category.padEnd(28)} tried ${String(l.tried).padStart(5)}  passed ${String(l.passed).padStart(5)}  lost ${String(l.lost).padStart(3)}${l.detail ? `  (${l.detail})` : ''}`);
