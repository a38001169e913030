import type { TFunnelQuery } from '../../shared/contracts/funnel.js';

/**
 * The view's filters the send funnel applies (an invitation has no product or touchpoint). A
 * literal rather than read from the contract, so zod stays out of the dashboard's bundle.
 */
export const FUNNEL_FILTER_KEYS = [
  'from',
  'to',
  'surveyId',
  'channel',
  'segment',
  'region',
  'language',
] as const satisfies readonly (keyof TFunnelQuery)[];
