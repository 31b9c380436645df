import { appendFileSync, mkdirSync } from 'node:fs';

/** One line of the reliability summary: a category and its counts. */
export interface SummaryLine {
  category: string;
  tried: number;
  passed: number;
  lost: number;
  detail?: string;
}

const FILE = 'test-results/reliability-summary.jsonl';

/** Records a category's counts for `npm run test:reliability` to print at the end. */
export function record(line: SummaryLine): void {
  mkdirSync('test-results', { recursive: true });
  appendFileSync(FILE, `${JSON.stringify(line)}\n`);
}
