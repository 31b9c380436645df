import { emptyReport, type ImportProblem, type ImportReport } from '../projectSnapshot';

/** An import report filled as the import goes; a problem said once per key when asked. */
export class ReportBuilder {
  readonly report: ImportReport = emptyReport();
  private readonly said = new Set<string>();

  error(file: string, line: number | undefined, message: string): void {
    this.report.errors.push(problem(file, line, message));
  }

  warn(file: string, line: number | undefined, message: string, once?: string): void {
    if (this.first(once)) this.report.warnings.push(problem(file, line, message));
  }

  skip(file: string, line: number | undefined, message: string, once?: string): void {
    if (this.first(once)) this.report.skipped.push(problem(file, line, message));
  }

  count(what: string, n = 1): void {
    this.report.imported[what] = (this.report.imported[what] ?? 0) + n;
  }

  private first(once: string | undefined): boolean {
    if (once === undefined) return true;
    if (this.said.has(once)) return false;
    this.said.add(once);
    return true;
  }
}

function problem(file: string, line: number | undefined, message: string): ImportProblem {
  return line === undefined ? { file, message } : { file, line, message };
}
