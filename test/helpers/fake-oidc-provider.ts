import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

/**
 * A small but real OpenID Connect provider on loopback, for tests: discovery, JWKS, an
 * authorization endpoint that approves at once (as whoever the login_hint names, from its
 * directory), a token endpoint that checks the client secret, the redirect URI and PKCE and
 * returns an RS256-signed ID token, and userinfo.
 */
export interface FakeIdpUser {
  sub: string;
  email: string;
  name: string;
  emailVerified?: boolean;
}

export interface FakeOidcProvider {
  issuer: string;
  origin: string;
  clientId: string;
  clientSecret: string;
  /** People the IdP knows, by e-mail (matched against login_hint). */
  users: Map<string, FakeIdpUser>;
  addUser(user: Omit<FakeIdpUser, 'sub'> & { sub?: string }): FakeIdpUser;
  /** Make the next ID tokens wrong in one way, to show the app checks them. */
  misbehave: { signWithUnknownKey?: boolean; audience?: string };
  /** What the token endpoint saw, for assertions. */
  tokenRequests: Array<{ clientAuth: 'basic' | 'post' | 'none'; pkceVerified: boolean; ok: boolean }>;
  close(): Promise<void>;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  nonce: string | null;
  scope: string;
  user: FakeIdpUser;
  expiresAt: number;
}

export async function startFakeOidcProvider(
  opts: { clientId?: string; clientSecret?: string } = {},
): Promise<FakeOidcProvider> {
  const clientId = opts.clientId ?? `client-${randomBytes(4).toString('hex')}`;
  const clientSecret = opts.clientSecret ?? `secret-${randomBytes(16).toString('hex')}`;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomBytes(8).toString('hex');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const users = new Map<string, FakeIdpUser>();
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, FakeIdpUser>();
  const tokenRequests: FakeOidcProvider['tokenRequests'] = [];
  const misbehave: FakeOidcProvider['misbehave'] = {};
  const stranger = await generateKeyPair('RS256');
  let issuer = '';

  const discovery = () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'email', 'profile'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    grant_types_supported: ['authorization_code'],
    claims_supported: ['sub', 'email', 'email_verified', 'name'],
  });

  function authorize(url: URL, res: ServerResponse) {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri');
    if (q.get('client_id') !== clientId || !redirectUri)
      return json(res, 400, {
        error: 'invalid_request',
        error_description: 'unknown client or no redirect_uri',
      });
    const back = new URL(redirectUri);
    const state = q.get('state');
    if (state) back.searchParams.set('state', state);
    const user = users.get((q.get('login_hint') ?? '').toLowerCase());
    if (q.get('response_type') !== 'code' || !(q.get('scope') ?? '').split(' ').includes('openid')) {
      back.searchParams.set('error', 'invalid_request');
    } else if (!user) {
      back.searchParams.set('error', 'access_denied');
    } else {
      const method = q.get('code_challenge_method');
      if (q.get('code_challenge') && method !== 'S256')
        return json(res, 400, { error: 'invalid_request', error_description: 'only S256' });
      const code = randomBytes(24).toString('base64url');
      codes.set(code, {
        clientId,
        redirectUri,
        codeChallenge: q.get('code_challenge'),
        nonce: q.get('nonce'),
        scope: q.get('scope') ?? '',
        user,
        expiresAt: Date.now() + 60_000,
      });
      back.searchParams.set('code', code);
      back.searchParams.set('iss', issuer);
    }
    res.writeHead(302, { location: back.toString() }).end();
  }

  async function token(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    let clientAuth: 'basic' | 'post' | 'none' = 'none';
    let givenId: string | null = form.get('client_id');
    let givenSecret: string | null = form.get('client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (basic?.[1]) {
      const [id, secret] = Buffer.from(basic[1], 'base64')
        .toString('utf8')
        .split(':')
        .map((s) => decodeURIComponent(s));
      givenId = id ?? null;
      givenSecret = secret ?? null;
      clientAuth = 'basic';
    } else if (givenSecret) {
      clientAuth = 'post';
    }
    const record = { clientAuth, pkceVerified: false, ok: false };
    tokenRequests.push(record);
    if (givenId !== clientId || !givenSecret || !safeEqual(givenSecret, clientSecret))
      return json(res, 401, { error: 'invalid_client' });
    if (form.get('grant_type') !== 'authorization_code')
      return json(res, 400, { error: 'unsupported_grant_type' });
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code); // single use
    if (!pending || pending.expiresAt < Date.now() || pending.redirectUri !== form.get('redirect_uri'))
      return json(res, 400, { error: 'invalid_grant' });
    if (pending.codeChallenge) {
      const verifier = form.get('code_verifier') ?? '';
      const computed = createHash('sha256').update(verifier).digest('base64url');
      if (computed !== pending.codeChallenge)
        return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
      record.pkceVerified = true;
    }
    const { user } = pending;
    const idToken = await new SignJWT({
      email: user.email,
      email_verified: user.emailVerified ?? true,
      name: user.name,
      ...(pending.nonce ? { nonce: pending.nonce } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(misbehave.audience ?? clientId)
      .setSubject(user.sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(misbehave.signWithUnknownKey ? stranger.privateKey : privateKey);
    const accessToken = randomBytes(24).toString('base64url');
    accessTokens.set(accessToken, user);
    record.ok = true;
    json(res, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 300,
      id_token: idToken,
      scope: pending.scope,
    });
  }

  function userinfo(req: IncomingMessage, res: ServerResponse) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const user = bearer?.[1] ? accessTokens.get(bearer[1]) : undefined;
    if (!user) return json(res, 401, { error: 'invalid_token' });
    json(res, 200, {
      sub: user.sub,
      email: user.email,
      email_verified: user.emailVerified ?? true,
      name: user.name,
    });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const route = `${req.method} ${url.pathname}`;
    const handle = async () => {
      switch (route) {
        case 'GET /.well-known/openid-configuration':
          return json(res, 200, discovery());
        case 'GET /jwks':
          return json(res, 200, { keys: [jwk] });
        case 'GET /authorize':
          return authorize(url, res);
        case 'POST /token':
          return token(req, res);
        case 'GET /userinfo':
          return userinfo(req, res);
        default:
          return json(res, 404, { error: 'not_found' });
      }
    };
    handle().catch((err: unknown) =>
      json(res, 500, { error: 'server_error', error_description: String(err) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  issuer = `http://127.0.0.1:${port}`;

  return {
    issuer,
    origin: issuer,
    clientId,
    clientSecret,
    users,
    misbehave,
    tokenRequests,
    addUser(u) {
      const user: FakeIdpUser = {
        sub: u.sub ?? `sub-${randomBytes(6).toString('hex')}`,
        email: u.email.toLowerCase(),
        name: u.name,
        ...(u.emailVerified !== undefined ? { emailVerified: u.emailVerified } : {}),
      };
      users.set(user.email, user);
      return user;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
