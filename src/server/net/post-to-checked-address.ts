import {
  Agent as HttpAgent,
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import {
  checkHost,
  ipLiteral,
  type OutboundAddressPolicy,
  type Resolver,
} from './outbound-address-policy.js';

/**
 * A POST to a URL someone else chose, through the outbound address policy: the host is resolved
 * and checked at this moment, and the connection goes to the checked address itself (the name
 * stays in the Host header and, for https, in SNI and the certificate check), so a second DNS
 * answer can never redirect it. Redirects are not followed; the whole exchange has one deadline;
 * only the first bytes of the answer are read.
 */

export interface OutboundHttp {
  policy: OutboundAddressPolicy;
  resolve: Resolver;
  /** Called with the address right before a connection to it opens (tests refuse anything but loopback). */
  beforeConnect?: ((address: string) => void) | undefined;
  timeoutMs: number;
}

export type PostResult =
  | { kind: 'response'; status: number; retryAfter: string | null; excerpt: string }
  | { kind: 'timeout' }
  | { kind: 'network-error'; code: string }
  | { kind: 'address-refused'; reason: string };

/**
 * Connections kept open between requests, pooled by the checked address itself (with the port and,
 * for https, the server name): a later request reuses a socket only to an address that passed the
 * policy for that request too. A receiver that gets a page of deliveries at once is then not
 * handed a new TCP (and TLS) handshake for each.
 */
const KEEP_ALIVE = {
  keepAlive: true,
  keepAliveMsecs: 1_000,
  maxSockets: 64,
  maxFreeSockets: 16,
  timeout: 30_000,
};
const httpAgent = new HttpAgent(KEEP_ALIVE);
const httpsAgent = new HttpsAgent(KEEP_ALIVE);

/** Bytes of an answer kept for the delivery log. */
export const EXCERPT_BYTES = 1024;

export async function postToCheckedAddress(
  out: OutboundHttp,
  input: { url: string; headers: Record<string, string>; body: string },
): Promise<PostResult> {
  const url = new URL(input.url);
  const check = await checkHost(out.policy, url.hostname, out.resolve);
  if (!check.ok)
    return {
      kind: 'address-refused',
      reason:
        check.reason === 'unresolvable'
          ? `${url.hostname} could not be resolved`
          : `${url.hostname} resolves to ${check.address} (${check.kind})`,
    };
  const target = check.addresses[0];
  if (!target) return { kind: 'address-refused', reason: `${url.hostname} has no address` };
  try {
    out.beforeConnect?.(target.address);
  } catch (err) {
    return { kind: 'network-error', code: err instanceof Error ? err.message : 'refused before connecting' };
  }
  const isHttps = url.protocol === 'https:';
  const name = ipLiteral(url.hostname) === null ? url.hostname : undefined;
  const body = Buffer.from(input.body, 'utf8');
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(result);
    };
    const options = {
      host: target.address,
      family: target.family,
      port: url.port === '' ? (isHttps ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      agent: isHttps ? httpsAgent : httpAgent,
      headers: {
        ...input.headers,
        host: url.host,
        'content-type': 'application/json',
        'content-length': String(body.byteLength),
        'user-agent': 'Resonance-Webhooks/1',
      },
      ...(isHttps && name ? { servername: name } : {}),
    };
    const req: ClientRequest = isHttps ? httpsRequest(options) : httpRequest(options);
    const deadline = setTimeout(() => {
      finish({ kind: 'timeout' });
      req.destroy();
    }, out.timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) =>
      finish({ kind: 'network-error', code: err.code ?? err.message }),
    );
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const retryAfter = res.headers['retry-after'];
        finish({
          kind: 'response',
          status: res.statusCode ?? 0,
          retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          excerpt: Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8'),
        });
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.byteLength;
        // Enough for the log: the rest is not read, and its connection is not reused.
        if (size >= EXCERPT_BYTES) {
          done();
          res.destroy();
        }
      });
      // A whole answer leaves its connection to the agent's pool.
      res.on('end', done);
      res.on('error', done);
    });
    req.end(body);
  });
}
