import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZDigestSubscription, ZUpdateDigestSubscription } from '../../../shared/contracts/digest.js';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../common/app-error.js';
import { authorize, type Principal } from '../../http/principal.js';
import { getDigestSubscription, setDigestSubscription, type DigestPerson } from './digest.service.js';

/**
 * The digest is a person's own mail for the organization they work in. It needs
 * `analytics.read` (it holds nothing else, so every role that reads analytics may have it);
 * an API key acts for the organization and has no mailbox, so it is refused.
 */
function person(principal: Principal | null): DigestPerson {
  const { organizationId } = authorize(principal, 'analytics.read');
  if (principal?.kind !== 'user') {
    throw new AppError(
      'FORBIDDEN',
      'The weekly digest is a signed-in person’s own subscription; an API key has no mailbox and cannot subscribe',
    );
  }
  return { organizationId, userId: principal.userId, email: principal.user.email };
}

export const digestRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['analytics'];

  app.get(
    '/api/v1/digest/subscription',
    {
      schema: {
        tags,
        summary:
          'Whether the signed-in person gets the weekly digest e-mail of the active organization (people only, not API keys)',
        operationId: 'getDigestSubscription',
        description:
          'Tells whether the signed-in person receives the weekly digest e-mail of the active organization. People only: an API key has no mailbox and gets 403.',
        response: { 200: ZDigestSubscription },
      },
    },
    async (req) => getDigestSubscription(deps, person(req.principal)),
  );

  app.put(
    '/api/v1/digest/subscription',
    {
      schema: {
        tags,
        summary:
          'Subscribe to or stop the weekly digest e-mail (Mondays: the last complete ISO week against the four weeks before) for the signed-in person',
        operationId: 'setDigestSubscription',
        description:
          'Subscribes the signed-in person to the weekly digest e-mail of the active organization, or stops it; setting the same value again changes nothing. The digest goes out on Mondays. People with analytics access only.',
        body: ZUpdateDigestSubscription,
        response: { 200: ZDigestSubscription },
      },
    },
    async (req) => setDigestSubscription(deps, person(req.principal), req.body.subscribed),
  );
};
