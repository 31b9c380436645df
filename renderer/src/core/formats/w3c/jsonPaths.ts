export type JsonObject = Record<string, unknown>;

/** A value of the input and where it is, so every message can name its place. */
export interface Located<T = unknown> {
  value: T;
  path: string;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function keyPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * The values of a W3C property that may hold one value or a list of them (`target`,
 * `body`, `selector`, `purpose`…), each with its own path: `target` alone, `target[1]` in a list.
 */
export function oneOrMany(value: unknown, path: string): Located[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map((v: unknown, i) => ({ value: v, path: `${path}[${i}]` }));
  return [{ value, path }];
}

/** The strings of a one-or-many property (`type`, `purpose`, `motivation`); other values are not names. */
export function namesOf(value: unknown): string[] {
  return (Array.isArray(value) ? (value as unknown[]) : [value]).filter((v): v is string => typeof v === 'string');
}

/** A short description of a value for messages: the value itself when short, else what it is. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}…` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** An IRI given as a string or as a one-item list, the two forms the model allows for single IRIs. */
export function singleIri(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') return value[0];
  return null;
}
