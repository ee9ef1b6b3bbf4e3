import { screen, waitFor, within } from '@testing-library/react';
import type { ImportJobResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderWithProviders } from '../../../test/render';
import { MemoryRouter } from 'react-router';
import { aClient } from '../test/fixtures';
import { ImportDialog, ImportReport } from './ImportDialog';

const job = (overrides: Partial<ImportJobResponse> = {}): ImportJobResponse => ({
  id: '00000000-0000-4000-d000-000000000001',
  fileName: 'students.csv',
  status: 'VALIDATED',
  totalRows: 4,
  validRows: 2,
  processedRows: 0,
  createdRows: 0,
  skippedRows: 0,
  errorCount: 2,
  errors: [
    { line: 3, field: 'passportName', message: 'is required' },
    { line: 5, field: 'cardLast4', message: 'must be exactly the last 4 digits of the card, never the full number' },
  ],
  warnings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

describe('CSV import', () => {
  it('reports the dry run: rows that can go in, and each problem with its line number', () => {
    renderWithProviders(<ImportReport job={job()} />);

    expect(screen.getByText('Dry run: 2 of 4 rows can be imported')).toBeInTheDocument();
    expect(screen.getByText('2 problems')).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'LineColumnProblem',
      '3passportNameis required',
      '5cardLast4must be exactly the last 4 digits of the card, never the full number',
    ]);
  });

  it('lists rows that look like clients already stored, each linked to the client (not as problems)', () => {
    const anna = { ...aClient(), matchedOn: ['passport' as const], openCases: 1 };
    renderWithProviders(
      <MemoryRouter>
        <ImportReport
          job={job({
            errorCount: 0,
            errors: [],
            warnings: [{ line: 4, message: 'Matches existing client Anna Müller (passport …2345)', matches: [anna] }],
          })}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
    const warnings = screen.getByTestId('import-warnings');
    expect(warnings).toHaveTextContent('1 row looks like a client you already have');
    expect(warnings).toHaveTextContent('Line 4 — Matches Anna Müller ····2345');
    expect(within(warnings).getByRole('link', { name: 'Anna Müller ····2345' })).toHaveAttribute(
      'href',
      `/clients/${anna.id}`,
    );
  });

  it('says how many problems are not listed when there are more than it shows', () => {
    const many = Array.from({ length: 250 }, (_, index) => ({ line: index + 2, message: 'bad' }));
    renderWithProviders(<ImportReport job={job({ errorCount: 1400, errors: many })} />);

    expect(screen.getByText('Showing the first 200 of 1400 problems.')).toBeInTheDocument();
  });

  it('uploads the file as text/csv, then commits the valid rows and follows the job to the end', async () => {
    let polls = 0;
    let finish: () => void = () => undefined;
    const api = stubApi([
      { method: 'POST', path: '/api/imports', reply: { status: 201, body: job() } },
      {
        method: 'POST',
        path: /\/commit$/,
        reply: () =>
          new Promise(
            (resolve) =>
              (finish = () => resolve({ body: job({ status: 'COMPLETED', processedRows: 2, createdRows: 2 }) })),
          ),
      },
      {
        path: `/api/imports/${job().id}`,
        reply: () => {
          polls += 1;
          return { body: job({ status: 'RUNNING', processedRows: 1 }) };
        },
      },
    ]);
    const { user } = renderWithProviders(<ImportDialog opened onClose={() => undefined} pollInterval={20} />);

    const file = new File(['externalRef,passportName\nS1,Anna\n'], 'students.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file'), file);
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    expect(await screen.findByText('Dry run: 2 of 4 rows can be imported')).toBeInTheDocument();
    const upload = api.requests('/api/imports', 'POST')[0];
    expect(upload?.url.searchParams.get('fileName')).toBe('students.csv');
    expect(upload?.headers['Content-Type']).toBe('text/csv');
    expect(upload?.body).toBe(file);

    await user.click(screen.getByRole('button', { name: 'Import the 2 valid rows, skip the others' }));
    expect(await screen.findByText('Imported 1 of 2 rows')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '50');
    expect(polls).toBeGreaterThan(0);
    expect(api.requests(/\/commit$/, 'POST')[0]?.body).toEqual({ skipInvalid: true });

    finish();
    expect(await screen.findByText('Done: 2 created, 0 skipped (already there).')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '100'),
    );
  });
});
