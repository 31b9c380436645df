import type { ImportProblem, ImportReport } from '../projectSnapshot';

/** Records each problem with the file and the JSON path it is at, into the report's three lists. */
export class ImportLog {
  constructor(
    readonly file: string,
    readonly report: ImportReport,
  ) {}

  /** Stops the import: the input is not valid W3C (or not what it claims to be). */
  error(path: string, message: string): void {
    this.report.errors.push(this.problem(path, message));
  }

  /** One annotation or link left out; the rest imports. */
  skip(path: string, message: string): void {
    this.report.skipped.push(this.problem(path, message));
  }

  warn(path: string, message: string): void {
    this.report.warnings.push(this.problem(path, message));
  }

  private problem(path: string, message: string): ImportProblem {
    return path ? { file: this.file, path, message } : { file: this.file, message };
  }
}
