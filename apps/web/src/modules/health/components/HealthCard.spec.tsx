import { screen, within } from '@testing-library/react';
import { healthBody, stubFetch } from '../../../test/fetchStub';
import { renderWithProviders } from '../../../test/render';
import { HealthCard } from './HealthCard';

const card = () => screen.getByRole('region', { name: 'Service status' });

describe('HealthCard', () => {
  it('shows a loading state while the API has not answered', () => {
    stubFetch('pending');
    renderWithProviders(<HealthCard />);

    expect(within(card()).getByRole('status')).toHaveTextContent('Checking the service…');
  });

  it('asks GET /api/health for JSON', async () => {
    const fetchMock = stubFetch({ status: 200, body: healthBody() });
    renderWithProviders(<HealthCard />);

    await screen.findByText('Operational');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/health',
      expect.objectContaining({ headers: { Accept: 'application/json' } }),
    );
  });

  it('shows status, database, version and uptime when the API is healthy', async () => {
    stubFetch({ status: 200, body: healthBody({ version: '1.4.2', uptimeSeconds: 3_725 }) });
    renderWithProviders(<HealthCard />);

    expect(await within(card()).findByText('Operational')).toBeInTheDocument();
    const facts = within(card());
    expect(facts.getByText('Database').nextElementSibling).toHaveTextContent('Up');
    expect(facts.getByText('Version').nextElementSibling).toHaveTextContent('1.4.2');
    expect(facts.getByText('Uptime').nextElementSibling).toHaveTextContent('1 h 2 min');
    expect(facts.queryByText(/database is unreachable/)).not.toBeInTheDocument();
  });

  it('reads the 503 body as a degraded service with the database down', async () => {
    stubFetch({ status: 503, body: healthBody({ status: 'degraded', db: 'down' }) });
    renderWithProviders(<HealthCard />);

    expect(await within(card()).findByText('Degraded')).toBeInTheDocument();
    expect(within(card()).getByText('Database').nextElementSibling).toHaveTextContent('Down');
    expect(within(card()).getByText(/database is unreachable/)).toBeInTheDocument();
    expect(within(card()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the API is unreachable when the request fails, and recovers on retry', async () => {
    stubFetch(new TypeError('Failed to fetch'), { status: 200, body: healthBody() });
    const { user } = renderWithProviders(<HealthCard />);

    const alert = await within(card()).findByRole('alert');
    expect(alert).toHaveTextContent('API unreachable');
    expect(alert).toHaveTextContent('did not answer');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(card()).findByText('Operational')).toBeInTheDocument();
    expect(within(card()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('treats a gateway error page (no JSON) as unreachable', async () => {
    stubFetch({ status: 502, notJson: true });
    renderWithProviders(<HealthCard />);

    expect(await within(card()).findByRole('alert')).toHaveTextContent('did not answer');
  });

  it('reports a 200 answer that is not a health body as unexpected', async () => {
    stubFetch({ status: 200, body: { status: 'fine' } });
    renderWithProviders(<HealthCard />);

    expect(await within(card()).findByRole('alert')).toHaveTextContent('answered with something unexpected');
  });

  it('speaks Chinese when the app does', async () => {
    stubFetch({ status: 503, body: healthBody({ status: 'degraded', db: 'down', uptimeSeconds: 90_000 }) });
    renderWithProviders(<HealthCard />, 'zh');

    const region = screen.getByRole('region', { name: '服务状态' });
    expect(await within(region).findByText('部分故障')).toBeInTheDocument();
    expect(within(region).getByText('数据库').nextElementSibling).toHaveTextContent('不可用');
    expect(within(region).getByText('运行时间').nextElementSibling).toHaveTextContent('1 天 1 小时');
  });
});
