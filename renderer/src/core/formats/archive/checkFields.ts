import type { ImportProblem } from '../projectSnapshot';

/**
 * Reads untyped JSON field by field, recording each problem with its JSON path, so that one
 * bad row names itself ("annotations[3].ranges[0].end: -4 is not an offset") and the reading
 * goes on to find the others.
 */
export class FieldReader {
  readonly problems: ImportProblem[] = [];

  constructor(readonly file: string) {}

  fail(path: string, message: string): void {
    this.problems.push({ file: this.file, path, message });
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.fail(path, `should be an object, not ${describe(value)}`);
    return null;
  }

  array(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.fail(path, `should be a list, not ${describe(value)}`);
    return [];
  }

  string(row: Record<string, unknown>, key: string, path: string, options: { optional?: boolean; nonEmpty?: boolean } = {}): string {
    const value = row[key];
    if (value === undefined && options.optional) return '';
    if (typeof value !== 'string') {
      this.fail(`${path}.${key}`, `should be text, not ${describe(value)}`);
      return '';
    }
    if (options.nonEmpty && value.trim() === '') this.fail(`${path}.${key}`, 'should not be empty');
    return value;
  }

  number(row: Record<string, unknown>, key: string, path: string, options: { integer?: boolean; min?: number } = {}): number {
    const value = row[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${path}.${key}`, `should be a number, not ${describe(value)}`);
      return 0;
    }
    if (options.integer && !Number.isInteger(value)) this.fail(`${path}.${key}`, `${value} is not a whole number`);
    if (options.min !== undefined && value < options.min) this.fail(`${path}.${key}`, `${value} is below ${options.min}`);
    return value;
  }

  boolean(row: Record<string, unknown>, key: string, path: string): boolean {
    const value = row[key];
    if (typeof value !== 'boolean') {
      this.fail(`${path}.${key}`, `should be true or false, not ${describe(value)}`);
      return false;
    }
    return value;
  }

  nullableString(row: Record<string, unknown>, key: string, path: string): string | null {
    const value = row[key];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') {
      this.fail(`${path}.${key}`, `should be text or null, not ${describe(value)}`);
      return null;
    }
    return value;
  }

  oneOf<T extends string>(row: Record<string, unknown>, key: string, path: string, allowed: readonly T[]): T {
    const value = row[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(`${path}.${key}`, `should be one of ${allowed.join(', ')}, not ${describe(value)}`);
    return allowed[0] as T;
  }

  strings(row: Record<string, unknown>, key: string, path: string): string[] {
    const list = this.array(row[key], `${path}.${key}`);
    return list.map((v, i) => {
      if (typeof v === 'string') return v;
      this.fail(`${path}.${key}[${i}]`, `should be text, not ${describe(v)}`);
      return '';
    });
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `“${value.slice(0, 37)}…”` : `“${value}”`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
