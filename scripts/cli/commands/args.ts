import { CliError } from '../cliError';
import type { Flags } from '../main';

/** The one input path a command takes. */
export function oneInput(positionals: string[], what: string): string {
  if (positionals.length === 0) throw new CliError(`give the ${what}.`, 2);
  if (positionals.length > 1) throw new CliError(`one ${what} at a time; got ${positionals.length}: ${positionals.join(', ')}.`, 2);
  return positionals[0] as string;
}

export function requiredFlag(flags: Flags, name: string, what: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new CliError(`--${name} is missing: ${what}.`, 2);
  return value;
}

export function optionalFlag(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
