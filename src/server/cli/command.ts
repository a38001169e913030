import type { AppDeps } from '../deps.js';
import type { Flags } from './parse-flags.js';

export type CliResult = Record<string, string | number | boolean | null>;

export interface CliContext {
  deps: AppDeps;
  /** A human-readable line on stdout (the JSON result always comes last). */
  print(line: string): void;
}

export interface Command {
  /** The words that select it, e.g. ["user", "create"]. */
  words: readonly string[];
  usage: string;
  summary: string;
  flags: readonly string[];
  /**
   * Checks the flags before any database is opened, so a typo fails fast and changes nothing,
   * and returns the work to do once the runtime is up.
   */
  prepare(flags: Flags): (ctx: CliContext) => Promise<CliResult>;
}
