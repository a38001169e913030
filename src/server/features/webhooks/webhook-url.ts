import { invalidField } from '../../common/app-error.js';
import { checkHost } from '../../net/outbound-address-policy.js';
import type { OutboundHttp } from '../../net/post-to-checked-address.js';

/**
 * An endpoint's URL must lead somewhere the server may send to, when it is saved as at every
 * attempt (where it is checked again, since DNS can change): refused with 400 on the field.
 */
export async function assertDeliverableUrl(
  out: OutboundHttp,
  url: string,
  field = 'body.url',
): Promise<void> {
  const host = new URL(url).hostname;
  const check = await checkHost(out.policy, host, out.resolve);
  if (check.ok) return;
  if (check.reason === 'unresolvable') throw invalidField(field, `the host ${host} could not be resolved`);
  throw invalidField(
    field,
    `${host} resolves to ${check.address}, a ${check.kind} address that webhooks are not sent to (an operator can allow its network in WEBHOOK_ALLOWED_NETWORKS)`,
  );
}
