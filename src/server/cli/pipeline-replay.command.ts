import { findOrganizationBySlug } from '../features/organizations/organizations.repo.js';
import { replayStage } from '../pipeline/replay-stage.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { requireFlag } from './parse-flags.js';

const day = (flag: string, value: string): Date => {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()))
    throw new CliError(`--${flag} "${value}" must be a date like 2026-01-31`);
  return d;
};

/**
 * Runs one pipeline stage again over an organization's items (and events) of a date range, for
 * when its rules change. The workers do the work; this queues it and reports how much.
 */
export const pipelineReplayCommand: Command = {
  words: ['pipeline', 'replay'],
  usage: 'pipeline replay --stage NAME --org SLUG --from YYYY-MM-DD --to YYYY-MM-DD',
  summary: 'Replay one pipeline stage over the items that occurred from --from up to (not including) --to',
  flags: ['stage', 'org', 'from', 'to'],
  prepare(flags) {
    const stageName = requireFlag(flags, 'stage');
    const slug = requireFlag(flags, 'org');
    const from = day('from', requireFlag(flags, 'from'));
    const to = day('to', requireFlag(flags, 'to'));
    if (to <= from) throw new CliError('--to must be after --from');
    return async ({ deps, print }) => {
      const stage = deps.stages.find((s) => s.name === stageName);
      if (!stage)
        throw new CliError(
          `--stage "${stageName}" is not a registered stage (${deps.stages.map((s) => s.name).join(', ')})`,
        );
      const org = await findOrganizationBySlug(deps.db, slug);
      if (!org) throw new CliError(`--org: no organization with slug "${slug}"`);
      const { events, jobs } = await replayStage(deps, stage, org.id, from, to);
      print(
        `Queued ${events} events in ${jobs} jobs for the ${stage.name} stage of ${org.name}; the workers process them.`,
      );
      return { stage: stage.name, organization: slug, events, jobs };
    };
  },
};
