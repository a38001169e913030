import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../common/app-error.js';
import { CliError } from './cli-error.js';
import { createCliLogger } from './cli-logger.js';
import type { CliResult } from './command.js';
import { COMMANDS, findCommand, helpText } from './commands.js';
import { parseFlags } from './parse-flags.js';

/**
 * `npm run resonance -- <command>`: operator tasks without HTTP, on the same runtime and
 * services as the server. Human-readable lines first, the result as one JSON line last (for
 * scripts: `… | tail -n 1`), errors on stderr with exit code 1.
 */
async function run(argv: readonly string[]): Promise<CliResult> {
  if (argv.length === 0 || ['help', '--help', '-h'].includes(argv[0] ?? '')) {
    console.log(helpText());
    return { commands: COMMANDS.map((c) => c.words.join(' ')).join(', ') };
  }
  const found = findCommand(argv);
  if (!found)
    throw new CliError(`Unknown command "${argv.join(' ')}". Run "npm run resonance -- help" for the list.`);
  const { command, args } = found;
  const name = command.words.join(' ');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: npm run resonance -- ${command.usage}\n${command.summary}`);
    return { command: name };
  }
  const work = command.prepare(parseFlags(name, args, command.flags));

  const config = loadConfig();
  // Loaded only now: a typo or `help` should not pay for loading the database and auth stack.
  const { createRuntime } = await import('../runtime.js');
  const runtime = await createRuntime(config, { logger: createCliLogger(config.LOG_LEVEL) });
  try {
    return await work({ deps: runtime.deps, print: (line) => console.log(line) });
  } finally {
    await runtime.close();
  }
}

function describe(err: unknown): string {
  if (err instanceof CliError || err instanceof ConfigError) return err.message;
  if (err instanceof AppError) {
    // Services name fields ("email"); at the terminal those are flags.
    const details = (err.details ?? []).map((d) => (d.field ? `--${d.field}: ${d.message}` : d.message));
    return details.length > 0 ? `${err.message} (${details.join('; ')})` : err.message;
  }
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

run(process.argv.slice(2)).then(
  (result) => {
    console.log(JSON.stringify(result));
    process.exitCode = 0;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${describe(err)}\n`);
    process.exitCode = 1;
  },
);
