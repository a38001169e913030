import { z } from 'zod';

export const ZIsoDate = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 timestamp' });
export const ZId = z.uuid();
export const ZOk = z.object({ ok: z.literal(true) });
export const LANGUAGES = ['en', 'de'] as const;
export const ZLanguage = z.enum(LANGUAGES);
export type Language = z.infer<typeof ZLanguage>;
