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
    { line: 3, row: 3, field: 'passportName', message: "Row 3, column 'Name on passport': is required" },
    {
      line: 5,
      row: 5,
      field: 'bank',
      column: 'Bank',
      message: "Row 5, column 'Bank': 'Bank of Chna' is not a bank we know — did you mean 'Bank of China'?",
      suggestion: 'Bank of China',
    },
    { line: 5, row: 5, field: 'language', message: "Row 5, column 'Language': 'Englsh' is not a language" },
  ],
  warnings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

describe('CSV import', () => {
  it('reports the dry run: rows that can go in, rows with problems, and every problem in words in a list', () => {
    renderWithProviders(<ImportReport job={job()} />);

    expect(screen.getByText('Dry run: 2 of 4 rows can be imported')).toBeInTheDocument();
    // the headline counts rows; the list says how many problems it holds
    expect(screen.getByText('2 rows have problems and cannot be imported as they are.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'The 3 problems, to fix in the file:' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "Row 3, column 'Name on passport': is required",
      "Row 5, column 'Bank': 'Bank of Chna' is not a bank we know — did you mean 'Bank of China'?",
      "Row 5, column 'Language': 'Englsh' is not a language",
    ]);
    // it scrolls inside the dialog rather than running off it
    expect(list.style.overflowY).toBe('auto');
    expect(list.style.maxHeight).toBe('min(40vh, 320px)');
  });

  it('says when the list holds only the first problems, in Chinese too', () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({ line: index + 2, message: `第 ${index + 2} 行：问题` }));
    renderWithProviders(<ImportReport job={job({ errorCount: 1400, errors: many })} />, 'zh');

    expect(screen.getByText('1400 行有问题，无法按原样导入。')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '需要在文件中修改的前 1000 个问题：' })).toBeInTheDocument();
  });

  it('names the dialog’s close button (an icon alone), in Chinese too', async () => {
    const { unmount } = renderWithProviders(<ImportDialog opened onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Import clients and cases' });
    // The footer's Close and the header's icon: both named.
    expect(within(dialog).getAllByRole('button', { name: 'Close' })).toHaveLength(2);
    unmount();

    renderWithProviders(<ImportDialog opened onClose={() => undefined} />, 'zh');
    const zh = await screen.findByRole('dialog');
    expect(within(zh).getAllByRole('button', { name: '关闭' })).toHaveLength(2);
  });

  it('offers the template in both languages and, on demand, every column with its allowed values', async () => {
    const { user } = renderWithProviders(<ImportDialog opened onClose={() => undefined} />);

    expect(screen.getByRole('link', { name: 'Download the template' })).toHaveAttribute(
      'href',
      '/api/imports/template.csv?lang=en',
    );
    expect(screen.getByRole('link', { name: 'Chinese template (中文)' })).toHaveAttribute(
      'href',
      '/api/imports/template.csv?lang=zh',
    );
    await user.click(screen.getByText('Columns and allowed values'));
    expect(await screen.findByText('Case type')).toBeInTheDocument();
    expect(screen.getByText(/Bank card · In-app passport · Restriction appeal/)).toBeInTheDocument();
    expect(screen.getByText(/Bank of China \(BOC\) · China Merchants Bank \(CMB\)/)).toBeInTheDocument();
    expect(screen.getByText('卡号后四位')).toBeInTheDocument();
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
    // problems worded in the interface's language; dates like 3/1/2026 read in this computer's regional order
    expect(upload?.url.searchParams.get('lang')).toBe('en');
    expect(upload?.url.searchParams.get('dateOrder')).toMatch(/^(DMY|MDY)$/);
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
