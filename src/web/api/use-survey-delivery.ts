import { useQuery } from '@tanstack/react-query';
import type { TSurveyDeliveryState } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/surveys/{id}/delivery — recontact period, public link with its QR code, widget targeting. */
export function useSurveyDelivery(surveyId: string) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.surveyDelivery(organizationId, surveyId),
    queryFn: () =>
      request<TSurveyDeliveryState>('GET', `/api/v1/surveys/${encodeURIComponent(surveyId)}/delivery`),
  });
}
