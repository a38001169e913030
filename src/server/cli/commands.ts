import type { Command } from './command.js';
import { createApiKeyCommand } from './create-api-key.command.js';
import { createOrgCommand } from './create-org.command.js';
import { createUserCommand } from './create-user.command.js';
import { demoCommand } from './demo.command.js';
import { orgPlanCommand } from './org-plan.command.js';
import { pipelineReplayCommand } from './pipeline-replay.command.js';

export const COMMANDS: readonly Command[] = [
  createUserCommand,
  createOrgCommand,
  orgPlanCommand,
  createApiKeyCommand,
  demoCommand,
  pipelineReplayCommand,
];

/** The command whose words start argv, and the arguments after them. */
export function findCommand(argv: readonly string[]): { command: Command; args: string[] } | null {
  for (const command of COMMANDS) {
    if (command.words.every((word, i) => argv[i] === word))
      return { command, args: argv.slice(command.words.length) };
  }
  return null;
}

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Usage: npm run resonance -- <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show this help`,
    '',
    'The last line of output is the result as JSON. Uses DATA_DIR or DATABASE_URL like the server;',
    'with the embedded database (no DATABASE_URL), stop the server first: one process at a time.',
  ].join('\n');
}
