import { screen, waitFor, within } from '@testing-library/react';
import type { OrganizationPolicyResponse, OrganizationSettings } from '@waiji/contract';
import { DocumentRetentionSetting } from '../modules/documents/components/DocumentRetentionSetting';
import { ClientReportsSetting } from '../modules/proposals/components/ClientReportsSetting';
import { stubApi } from '../test/apiStub';
import { renderWithProviders } from '../test/render';

// Settings → Organization's setting boxes (SettingBox + SaveStatus): a section named by its title, then what the
// last save did.

const organization: OrganizationSettings = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Visa Desk',
  kind: 'AGENCY',
  timezone: 'Asia/Shanghai',
  clientReportsApplyDirectly: false,
  createdAt: '2026-12-01T00:00:00.000Z',
};

describe('organization setting boxes', () => {
  it('client reports: a section named by its title; a switch that saves and says so, or why not', async () => {
    const stub = stubApi({
      'PATCH /api/organization': (request) => ({
        status: 200,
        body: { ...organization, ...(request.body as Partial<OrganizationSettings>) },
      }),
    });
    const { user } = renderWithProviders(<ClientReportsSetting organization={organization} canManage />);
    const box = screen.getByRole('region', { name: 'Client reports' });
    await user.click(within(box).getByRole('switch'));
    await waitFor(() => expect(stub.calls('PATCH /api/organization')).toHaveLength(1));
    expect(stub.calls('PATCH /api/organization')[0]?.body).toEqual({ clientReportsApplyDirectly: true });
    expect(await within(box).findByRole('status')).toHaveTextContent('Saved.');
  });

  it('client reports: a refused save shows the reason in an alert', async () => {
    stubApi({
      'PATCH /api/organization': { status: 403, body: { error: { code: 'FORBIDDEN', message: 'Admins only' } } },
    });
    const { user } = renderWithProviders(<ClientReportsSetting organization={organization} canManage />);
    const box = screen.getByRole('region', { name: 'Client reports' });
    await user.click(within(box).getByRole('switch'));
    expect(await within(box).findByRole('alert')).toHaveTextContent('Admins only');
    expect(within(box).queryByRole('status')).toBeNull();
  });

  it('document retention: a section named by its title with its test id; a valid number saves', async () => {
    const policy = { timeZone: 'Asia/Shanghai', quietHours: null, policy: {}, documentRetentionDays: 90 };
    const stub = stubApi({
      'GET /api/organization/policy': { status: 200, body: policy },
      'PUT /api/organization/policy': (request) => ({
        status: 200,
        body: { ...policy, ...(request.body as Partial<OrganizationPolicyResponse>) },
      }),
    });
    const { user } = renderWithProviders(<DocumentRetentionSetting canManage />);
    const box = await screen.findByRole('region', { name: 'Document files' });
    expect(box).toHaveAttribute('data-testid', 'document-retention');
    const days = await within(box).findByRole('textbox', { name: /Delete files this many days/ });
    await user.clear(days);
    await user.type(days, '30');
    await user.click(within(box).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stub.calls('PUT /api/organization/policy')).toHaveLength(1));
    expect(stub.calls('PUT /api/organization/policy')[0]?.body).toMatchObject({ documentRetentionDays: 30 });
    expect(await within(box).findByRole('status')).toHaveTextContent('Saved.');
  });
});
