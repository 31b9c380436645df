const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const XSD_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * An xsd:dateTime in UTC with "Z", as the model asks of `created` and `modified`, or null
 * when `value` is not a date-time. A UTC value is returned as it is, so the app's timestamps
 * survive a round trip unchanged; an offset is converted; a value without a zone is read as
 * UTC rather than as the local time of whoever imports it. Date.parse reads at most
 * milliseconds, so longer fractions (Hypothesis writes microseconds) are cut for the check.
 */
export function utcDateTime(value: string): string | null {
  const match = XSD_DATE_TIME.exec(value);
  if (!match) return null;
  const time = Date.parse(`${match[1]}${(match[2] ?? '').slice(0, 4)}${match[3] ?? 'Z'}`);
  if (Number.isNaN(time)) return null;
  return UTC.test(value) ? value : new Date(time).toISOString();
}
