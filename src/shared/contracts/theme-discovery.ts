import { z } from 'zod';

const ZCandidateId = z
  .string()
  .regex(/^cand-[0-9a-z-]{1,40}$/, 'must be a candidate id (cand-…)')
  .meta({ description: 'A candidate’s id: `cand-` and a hash of its label words' });
const ZOwnThemeId = z
  .string()
  .regex(/^org-[0-9a-z-]{1,60}$/, 'must be an own theme id (org-…)')
  .meta({ description: 'An own theme’s id: `org-` and a slug of its English name' });
const ZName = z.string().trim().min(1).max(80);
const ZTerm = z.string().trim().min(1).max(60);
const ZTerms = z
  .object({
    de: z.array(ZTerm).max(30).meta({ description: 'German words or phrases' }),
    en: z.array(ZTerm).max(30).meta({ description: 'English words or phrases' }),
  })
  .refine((t) => t.de.length + t.en.length > 0, { message: 'needs at least one term' })
  .meta({
    description:
      'Dictionary terms per language: a comment mentions the theme where a term’s words (as stems) follow each other; a German one-word term also inside compounds',
  });

export const ZDiscoverThemesInput = z
  .strictObject({
    from: z.iso.date().meta({ description: 'First day (YYYY-MM-DD, UTC)' }),
    to: z.iso.date().meta({ description: 'Day after the last (exclusive)' }),
    limit: z
      .number()
      .int()
      .min(50)
      .max(20_000)
      .default(5_000)
      .meta({ description: 'The most recent comments grouped, at most (default 5,000)' }),
  })
  .refine((q) => q.to > q.from, { path: ['to'], message: 'must be after from' });
export type TDiscoverThemesInput = z.infer<typeof ZDiscoverThemesInput>;

export const ZThemeCandidate = z
  .object({
    id: ZCandidateId,
    name: z.string().nullable().meta({ description: 'The name an admin gave it; null until renamed' }),
    terms: z
      .array(z.string())
      .meta({ description: 'The words that set the group apart, most telling first' }),
    size: z.number().int().meta({ description: 'Comments in the group' }),
    examples: z
      .array(z.object({ itemId: z.uuid(), text: z.string() }))
      .meta({ description: 'Comments nearest the group’s centre (at most 3, each cut at 500 characters)' }),
    status: z.enum(['candidate', 'promoted', 'dismissed']),
    themeId: z.string().nullable().meta({ description: 'The own theme it became, when promoted' }),
    runAt: z.iso.datetime({ offset: true }).meta({ description: 'When the discovery run found it' }),
  })
  .meta({ id: 'ThemeCandidate' });
export type TThemeCandidate = z.infer<typeof ZThemeCandidate>;

export const ZThemeReplay = z
  .object({
    id: z.uuid(),
    status: z.enum(['queued', 'running', 'done']),
    total: z.number().int().meta({ description: 'Stored comments to read again' }),
    done: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({
    id: 'ThemeReplay',
    description: 'The text analysis run again over the organization’s stored comments',
  });
export type TThemeReplay = z.infer<typeof ZThemeReplay>;

export const ZOwnTheme = z
  .object({
    id: ZOwnThemeId,
    name: z.object({ de: z.string(), en: z.string() }),
    terms: z.object({ de: z.array(z.string()), en: z.array(z.string()) }),
    candidateId: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'OwnTheme' });
export type TOwnTheme = z.infer<typeof ZOwnTheme>;

export const ZDiscoveryResult = z.object({
  grouped: z.number().int().meta({ description: 'Comments without a theme that were grouped' }),
  unclustered: z.number().int().meta({ description: 'Of those, in no candidate (tiny or scattered groups)' }),
  candidates: z.array(ZThemeCandidate),
});
export type TDiscoveryResult = z.infer<typeof ZDiscoveryResult>;

export const ZThemeCandidates = z.object({ candidates: z.array(ZThemeCandidate) });
export type TThemeCandidates = z.infer<typeof ZThemeCandidates>;
export const ZOwnThemes = z.object({
  themes: z.array(ZOwnTheme),
  replay: ZThemeReplay.nullable().meta({ description: 'The latest replay, to show its progress' }),
});
export type TOwnThemes = z.infer<typeof ZOwnThemes>;

export const ZCandidateParams = z.strictObject({ id: ZCandidateId });
export const ZOwnThemeParams = z.strictObject({ id: ZOwnThemeId });
export const ZRenameCandidateInput = z.strictObject({ name: ZName });
export const ZMergeCandidatesInput = z.strictObject({
  ids: z
    .array(ZCandidateId)
    .min(2)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not repeat an id' })
    .meta({ description: 'The candidates to merge into one (2 to 20)' }),
});
export const ZPromoteCandidateInput = z.strictObject({
  name: z.strictObject({ de: ZName, en: ZName }),
  terms: ZTerms.optional().meta({ description: 'Default: the candidate’s top terms, in both languages' }),
});
export type TPromoteCandidateInput = z.infer<typeof ZPromoteCandidateInput>;
export const ZUpdateOwnThemeInput = z
  .strictObject({
    name: z.strictObject({ de: ZName, en: ZName }).optional(),
    terms: ZTerms.optional(),
  })
  .refine((b) => b.name !== undefined || b.terms !== undefined, { message: 'needs name or terms' });
export type TUpdateOwnThemeInput = z.infer<typeof ZUpdateOwnThemeInput>;

export const ZSplitResult = z.object({ candidates: z.array(ZThemeCandidate) });
export const ZOwnThemeChange = z.object({
  theme: ZOwnTheme.nullable().meta({ description: 'The theme as it is now; null once deleted' }),
  replay: ZThemeReplay,
});
export type TOwnThemeChange = z.infer<typeof ZOwnThemeChange>;
