import { screen } from '@testing-library/react';
import { signedOut, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const visitor = {
  'GET /api/auth/me': signedOut,
  'GET /api/health': { status: 200, body: { status: 'ok', db: 'up', version: '0.1.0', uptimeSeconds: 5 } },
};

describe('start page', () => {
  it('invites a visitor to create an account and takes them to sign-up', async () => {
    stubApi(visitor);
    const app = renderAppAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' });
    await app.user.click(screen.getByRole('link', { name: 'Create an account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Create an account' })).toBeInTheDocument();
    expect(app.location()).toBe('/sign-up');
  });

  it('asks in Chinese too', async () => {
    stubApi(visitor);
    renderAppAt('/', 'zh');
    await screen.findByRole('heading', { level: 1, name: '支付宝认证，按案件跟踪' });
    expect(screen.getByRole('link', { name: '创建账户' })).toHaveAttribute('href', '/sign-up');
  });
});
