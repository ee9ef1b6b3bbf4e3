import { screen, waitFor, within } from '@testing-library/react';
import type { DocumentResponse } from '@waiji/contract';
import { type Route, stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aClient, session } from '../../cases/test/fixtures';
import { aDocument, blobResponse, caseId, documentId } from '../test/fixtures';
import { DocumentReview } from './DocumentReview';

const documentPath = `/api/documents/${documentId}`;
const client = aClient({ passportName: 'Jonathan Smith', passportLast4: '2345', nationality: 'GBR' });

const created: string[] = [];
const revoked: string[] = [];
beforeAll(() => {
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: () => {
      const url = `blob:fake-${created.length + 1}`;
      created.push(url);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: (url: string) => revoked.push(url) });
});
beforeEach(() => {
  created.length = 0;
  revoked.length = 0;
});

/** The review over a fake API; GET /documents/:id/content answers a JPEG. */
const setUp = (document: DocumentResponse, routes: Route[] = [], language: 'en' | 'zh' = 'en') => {
  const api = stubApi([
    ...routes,
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    { path: documentPath, reply: { body: document } },
  ]);
  const routed = globalThis.fetch;
  globalThis.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) =>
    String(input).endsWith(`${documentPath}/content`) ? Promise.resolve(blobResponse()) : routed(input, init),
  ) as typeof fetch;
  const rendered = renderRoute(<DocumentReview document={document} caseId={caseId} client={client} canEdit />, {
    language,
  });
  return { api, ...rendered };
};

describe('DocumentReview', () => {
  it('shows the file from an object URL beside the findings in plain words and the client’s record; revokes it on close', async () => {
    const { unmount } = setUp(
      aDocument({
        findings: [
          { code: 'IMAGE_METADATA_REMOVED', severity: 'info', params: { gps: 'yes' } },
          { code: 'IMAGE_BLURRY', severity: 'block' },
        ],
      }),
    );
    const image = await screen.findByRole('img', { name: 'The uploaded Passport data (bio) page' });
    expect(image).toHaveAttribute('src', 'blob:fake-1');
    const findings = screen.getByRole('list', { name: 'What the checks found' });
    const items = within(findings).getAllByRole('listitem');
    // The blocking finding first, in libs/domain's words.
    expect(items[0]).toHaveAttribute('data-severity', 'block');
    expect(items[0]).toHaveTextContent('The photo is blurred. Retake the photo: the whole page');
    expect(items[1]).toHaveTextContent('The photo contained the place where it was taken (GPS)');
    const record = screen.getByTestId('client-record');
    expect(record).toHaveTextContent('Jonathan Smith');
    expect(record).toHaveTextContent('2345');
    expect(record).toHaveTextContent('GBR');
    unmount();
    expect(revoked).toEqual(['blob:fake-1']);
  });

  it('says the passport lines are being read, asks again until they are, then offers to update the record (confirmed)', async () => {
    let reads = 0;
    const read = aDocument({
      findings: [
        {
          code: 'MRZ_NAME_PARTS',
          severity: 'block',
          params: { passportName: 'SMITH JONATHAN MICHAEL', recordName: 'Jonathan Smith' },
        },
      ],
      mrz: {
        status: 'READ',
        fields: {
          surname: 'SMITH',
          givenNames: 'JONATHAN MICHAEL',
          nationality: 'GBR',
          birthDate: '1990-01-01',
          expiryDate: '2031-05-04',
          sex: 'M',
          documentNumberLast4: '2345',
        },
      },
    });
    const { api, user } = setUp(aDocument({ mrz: { status: 'PENDING' } }), [
      {
        path: documentPath,
        reply: () => {
          reads += 1;
          return { body: reads === 1 ? aDocument({ mrz: { status: 'PENDING' } }) : read };
        },
      },
      {
        method: 'POST',
        path: `${documentPath}/apply-mrz`,
        reply: { body: { clientId: client.id, changed: ['passportName', 'passportExpiry'] } },
      },
    ]);
    expect(await screen.findByText('Reading the passport’s machine-readable lines…')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'The name on the passport reads SMITH JONATHAN MICHAEL; the application says Jonathan Smith — Alipay compares against the passport, middle names included.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Reading the passport’s machine-readable lines…')).not.toBeInTheDocument();
    expect(screen.getByTestId('mrz-fields')).toHaveTextContent('SMITH JONATHAN MICHAEL');

    await user.click(screen.getByRole('button', { name: 'Update the client’s record from the passport' }));
    const dialog = await screen.findByRole('dialog', { name: 'Update the client’s record?' });
    expect(api.requests(`${documentPath}/apply-mrz`, 'POST')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Update the record' }));
    expect(await screen.findByText('The record was updated (2 fields).')).toBeInTheDocument();
    expect(api.requests(`${documentPath}/apply-mrz`, 'POST')).toHaveLength(1);
  });

  it('accepts with one click', async () => {
    const { api, user } = setUp(aDocument(), [
      {
        method: 'POST',
        path: `${documentPath}/review`,
        reply: { body: { document: aDocument({ status: 'ACCEPTED' }), request: null, readyToSubmit: true } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(api.requests(`${documentPath}/review`, 'POST')).toHaveLength(1));
    expect(api.requests(`${documentPath}/review`, 'POST')[0]?.body).toEqual({ decision: 'accept' });
    expect(await screen.findByTestId('document-status')).toHaveTextContent('Accepted');
  });

  it('rejects only with a reason the client can act on', async () => {
    const reason = 'The bottom lines are cut off — take the whole page.';
    const { api, user } = setUp(aDocument(), [
      {
        method: 'POST',
        path: `${documentPath}/review`,
        reply: {
          body: {
            document: aDocument({ status: 'REJECTED', reviewReason: reason }),
            request: null,
            readyToSubmit: false,
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Reject…' }));
    await user.click(screen.getByRole('button', { name: 'Reject with this reason' }));
    expect(screen.getByText('Say why, so the client knows what to fix')).toBeInTheDocument();
    expect(api.requests(`${documentPath}/review`, 'POST')).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: /Reason the client sees/ }), reason);
    await user.click(screen.getByRole('button', { name: 'Reject with this reason' }));
    await waitFor(() => expect(api.requests(`${documentPath}/review`, 'POST')).toHaveLength(1));
    expect(api.requests(`${documentPath}/review`, 'POST')[0]?.body).toEqual({ decision: 'reject', reason });
    expect(await screen.findByText(reason)).toBeInTheDocument();
  });

  it('shows why the file could not be loaded, with Try again', async () => {
    stubApi([{ path: '/api/auth/me', reply: { body: session('HELPER') } }]);
    renderRoute(<DocumentReview document={aDocument()} caseId={caseId} client={client} canEdit />);
    expect(await screen.findByText(/Could not load the file/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('speaks Chinese: the findings in libs/domain’s Chinese words', async () => {
    setUp(aDocument({ findings: [{ code: 'IMAGE_GLARE', severity: 'warn', params: { percent: 12 } }] }), [], 'zh');
    expect(
      await screen.findByText('照片约 12% 的区域有反光，可能遮住文字。请倾斜证件或关闭闪光灯后重拍。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '通过' })).toBeInTheDocument();
  });
});
