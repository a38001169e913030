import { z } from 'zod';
import { ZId, ZIsoDate } from './common.js';

export const ZApiKey = z
  .object({
    id: ZId,
    name: z.string(),
    start: z.string().meta({ description: 'The first characters of the key, to tell keys apart' }),
    createdAt: ZIsoDate,
    lastUsedAt: ZIsoDate.nullable(),
    revokedAt: ZIsoDate.nullable(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });

export const ZCreateApiKeyRequest = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
});
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;

export const ZCreateApiKeyResponse = z
  .object({
    id: ZId,
    name: z.string(),
    start: z.string(),
    createdAt: ZIsoDate,
    key: z.string().meta({ description: 'The full key. Shown once: store it now.' }),
  })
  .meta({ id: 'CreatedApiKey' });
export type TCreateApiKeyResponse = z.infer<typeof ZCreateApiKeyResponse>;

export const ZApiKeyList = z.object({ items: z.array(ZApiKey) });
export type TApiKey = z.infer<typeof ZApiKey>;
