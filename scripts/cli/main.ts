import { parseArgs } from 'node:util';
import { CliError } from './cliError';
import { COMMAND_USAGE, USAGE } from './usage';
import { processOutput, type Output } from './output';
import { archiveCommand } from './commands/archiveCommand';
import { exportCommand } from './commands/exportCommand';
import { importCommand } from './commands/importCommand';
import { validateCommand } from './commands/validateCommand';

export type Flags = Record<string, string | boolean | undefined>;

const COMMANDS: Record<string, (positionals: string[], flags: Flags, out: Output) => Promise<void> | void> = {
  archive: archiveCommand,
  export: exportCommand,
  import: importCommand,
  validate: validateCommand,
};

/** Runs one command line; resolves to the exit status. */
export async function main(argv: string[], out: Output = processOutput()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    const topic = rest[0];
    out.out(topic && COMMAND_USAGE[topic] ? (COMMAND_USAGE[topic] as string) : USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    out.err(`crosscheck: “${command}” is not a command. Commands: archive, export, import, validate; "crosscheck help" lists them.`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        name: { type: 'string' },
        map: { type: 'string' },
        encoding: { type: 'string' },
        into: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    out.err(`crosscheck ${command}: ${e instanceof Error ? e.message : String(e)}\n\n${COMMAND_USAGE[command] ?? USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    out.out(COMMAND_USAGE[command] ?? USAGE);
    return 0;
  }
  try {
    await run(parsed.positionals, parsed.values, out);
    return 0;
  } catch (e) {
    out.done();
    if (e instanceof CliError) {
      out.err(e.exitCode === 2 ? `crosscheck ${command}: ${e.message}\n\n${COMMAND_USAGE[command] ?? ''}` : e.message);
      return e.exitCode;
    }
    out.err(`crosscheck ${command}: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}
