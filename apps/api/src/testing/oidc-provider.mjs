// A real OpenID provider (oidc-provider 9) for the SSO integration test and the e2e journey, in its own process
// (oidc-provider is ESM with many ESM dependencies; jest runs CommonJS). Prints "READY <issuer>" when listening.
//
// Environment: OIDC_CLIENTS — JSON [{ client_id, client_secret, redirect_uris }]; OIDC_ACCOUNTS — JSON
// { <accountId>: { email, name, email_verified? } }; OIDC_PORT (0: any free port).
// Test controls (loopback only, like everything here): POST /_test/next { account, tamper } chooses who signs in at
// the next interaction and whether the token endpoint's ID token is re-signed with a wrong audience ("audience") or
// an expiry in the past ("expired") — re-signed with the provider's own key, so only that claim is wrong.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '{}');
const clients = JSON.parse(process.env.OIDC_CLIENTS ?? '[]');
const state = { account: Object.keys(accounts)[0], tamper: undefined };

const server = createServer();
server.listen(Number(process.env.OIDC_PORT ?? 0), '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      ...c,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk] },
    findAccount: (_ctx, id) =>
      accounts[id]
        ? {
            accountId: id,
            claims: () => ({
              sub: id,
              email: accounts[id].email,
              email_verified: accounts[id].email_verified ?? true,
              name: accounts[id].name,
            }),
          }
        : undefined,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The email in the ID token itself (what the relying party reads), not only from userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || !state.tamper || ctx.status !== 200) return;
    const body = typeof ctx.body === 'string' ? JSON.parse(ctx.body) : ctx.body;
    if (!body?.id_token) return;
    const [, payload] = body.id_token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    if (state.tamper === 'audience') claims.aud = 'someone-else';
    if (state.tamper === 'expired') {
      claims.iat -= 7200;
      claims.exp = Math.floor(Date.now() / 1000) - 3600;
    }
    body.id_token = sign(claims);
    ctx.body = body;
  });
  const callback = provider.callback();
  server.on('request', async (req, res) => {
    try {
      if (req.method === 'POST' && req.url === '/_test/next') {
        let raw = '';
        for await (const chunk of req) raw += chunk;
        Object.assign(state, { tamper: undefined }, JSON.parse(raw));
        res.writeHead(204).end();
        return;
      }
      if (req.url?.startsWith('/interaction/')) {
        // Whoever the test chose signs in at once (the provider's own login page is not what is tested).
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: state.account } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      callback(req, res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  process.stdout.write(`READY ${issuer}\n`);
});

function sign(claims) {
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: jwk.kid })).toString('base64url');
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createSign('RSA-SHA256').update(`${header}.${body}`).sign(privateKey).toString('base64url');
  return `${header}.${body}.${signature}`;
}
