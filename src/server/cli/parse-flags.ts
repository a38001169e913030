import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';

export type Flags = Record<string, string | undefined>;

/**
 * Parses `--name value` / `--name=value` flags strictly. node:util's own messages are long and
 * generic, so its errors are rewritten to name the flag and list the allowed ones.
 */
export function parseFlags(command: string, args: readonly string[], allowed: readonly string[]): Flags {
  const options = Object.fromEntries(allowed.map((name) => [name, { type: 'string' as const }]));
  try {
    const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    const flags: Flags = {};
    for (const name of allowed) {
      const value = values[name];
      flags[name] = typeof value === 'string' ? value : undefined;
    }
    return flags;
  } catch (err) {
    throw new CliError(describeParseError(command, err, allowed));
  }
}

function describeParseError(command: string, err: unknown, allowed: readonly string[]): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const list = allowed.length > 0 ? allowed.map((f) => `--${f}`).join(', ') : 'none';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `Unknown flag ${quoted} for "${command}" (allowed: ${list})`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Flag ${quoted.split(' ')[0]} needs a value`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `Unexpected argument "${quoted}" for "${command}": values go after a flag, e.g. --name "Acme"`;
  return message;
}

export function requireFlag(flags: Flags, name: string): string {
  const value = flags[name]?.trim();
  if (!value) throw new CliError(`Missing --${name}`);
  return value;
}
