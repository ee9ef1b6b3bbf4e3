import { screen, waitFor, within } from '@testing-library/react';
import type { CaseDocumentsResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { session } from '../../cases/test/fixtures';
import { FakeXhr } from '../test/fakeXhr';
import { aDocument, aRequest, blobResponse, caseId, documentId } from '../test/fixtures';
import { PortalDocuments } from './PortalDocuments';

const documentsPath = `/api/cases/${caseId}/documents`;
const realXhr = window.XMLHttpRequest;

beforeEach(() => {
  FakeXhr.made = [];
  FakeXhr.onSend = undefined;
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
});
afterEach(() => {
  window.XMLHttpRequest = realXhr;
});

const blurred = aDocument({ findings: [{ code: 'IMAGE_BLURRY', severity: 'block' }] });

const setUp = (answers: CaseDocumentsResponse[]) => {
  let reads = 0;
  const api = stubApi([
    { path: '/api/auth/me', reply: { body: session('CLIENT') } },
    {
      path: documentsPath,
      reply: () => {
        const answer = answers[Math.min(reads, answers.length - 1)];
        reads += 1;
        return { body: answer };
      },
    },
  ]);
  return { api, ...renderRoute(<PortalDocuments caseId={caseId} />) };
};

const photo = () => new File([new Uint8Array(2048)], 'passport.jpg', { type: 'image/jpeg' });

describe('PortalDocuments', () => {
  it('lists what is asked, with the photo guide and a camera button (capture="environment")', async () => {
    setUp([{ requests: [aRequest()], documents: [], readyToSubmit: false }]);
    const item = await screen.findByRole('listitem', { name: 'Passport data (bio) page' });
    expect(within(item).getByText('Requested')).toBeInTheDocument();
    expect(within(item).getByText('What a good photo looks like')).toBeInTheDocument();
    expect(within(item).getByText('All four corners in the picture')).toBeInTheDocument();
    expect(within(item).getByRole('img', { name: /a passport page lying flat, all four corners/ })).toBeInTheDocument();
    const camera = screen.getByTestId('photo-input-PASSPORT_BIO');
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(camera).toHaveAttribute('accept', 'image/*,application/pdf');
    expect(within(item).getByRole('button', { name: 'Take a photo of: Passport data (bio) page' })).toBeVisible();
  });

  it('shows the rejection reason the helper gave', async () => {
    setUp([
      {
        requests: [aRequest({ status: 'REJECTED', rejectionReason: 'The bottom lines are cut off.' })],
        documents: [],
        readyToSubmit: false,
      },
    ]);
    expect(await screen.findByText('Please send it again: The bottom lines are cut off.')).toBeInTheDocument();
  });

  it('keeps the chosen file through dropped connections: one automatic retry, then a Retry button', async () => {
    const { user } = setUp([
      { requests: [aRequest()], documents: [], readyToSubmit: false },
      {
        requests: [aRequest({ status: 'UPLOADED', latestDocument: blurred })],
        documents: [blurred],
        readyToSubmit: false,
      },
    ]);
    // Every attempt drops until the test says otherwise.
    FakeXhr.onSend = (xhr) => xhr.drop();
    await user.upload(await screen.findByTestId('file-input-PASSPORT_BIO'), photo());

    const retry = await screen.findByRole('button', { name: 'Retry passport.jpg' }, { timeout: 8000 });
    expect(FakeXhr.made).toHaveLength(2);
    expect(screen.getByRole('alert')).toHaveTextContent('The connection dropped (we tried again once)');

    FakeXhr.onSend = (xhr) => xhr.answer(201, { document: blurred, request: aRequest({ status: 'UPLOADED' }) });
    await user.click(retry);
    const after = await screen.findByTestId('after-upload');
    expect(FakeXhr.made).toHaveLength(3);
    // Sent: the upload's line gives way to the request's latest file.
    expect(screen.queryByText(/passport\.jpg/)).not.toBeInTheDocument();
    // The same file went up each time.
    const sentFiles = FakeXhr.made.map((xhr) => (xhr.sent as FormData).get('file'));
    expect(sentFiles.every((file) => file instanceof File && file.size === 2048)).toBe(true);
    expect((FakeXhr.made[2]?.sent as FormData).get('kind')).toBe('PASSPORT_BIO');

    // The checks' finding, in plain words, and "Retake" instead of "Take a photo".
    expect(after).toHaveTextContent('The photo is blurred.');
    expect(after).toHaveTextContent('Please retake this photo.');
    expect(screen.getByRole('button', { name: 'Retake the photo' })).toBeInTheDocument();
  }, 20_000);

  it('does not retry what the API refused, and says why', async () => {
    const { user } = setUp([{ requests: [aRequest()], documents: [], readyToSubmit: false }]);
    FakeXhr.onSend = (xhr) =>
      xhr.answer(415, { error: { code: 'UNSUPPORTED_FILE_TYPE', message: 'not an image or a PDF' } });
    await user.upload(await screen.findByTestId('file-input-PASSPORT_BIO'), photo());
    expect(await screen.findByText('This file is not a photo (JPEG, PNG, HEIC) or a PDF scan.')).toBeInTheDocument();
    await waitFor(() => expect(FakeXhr.made).toHaveLength(1));
  });

  it('follows a passport page until its lines are read, then shows what they say; the photo on request', async () => {
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:sent-1' });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    const reading = aDocument({ mrz: { status: 'PENDING' } });
    let reads = 0;
    stubApi([
      { path: '/api/auth/me', reply: { body: session('CLIENT') } },
      {
        path: documentsPath,
        reply: {
          body: {
            requests: [aRequest({ status: 'UPLOADED', latestDocument: reading })],
            documents: [reading],
            readyToSubmit: false,
          },
        },
      },
      {
        path: `/api/documents/${documentId}`,
        reply: () => {
          reads += 1;
          return {
            body:
              reads < 2
                ? reading
                : aDocument({
                    mrz: { status: 'READ' },
                    findings: [
                      {
                        code: 'PASSPORT_EXPIRES_SOON',
                        severity: 'warn',
                        params: { days: 40, expiryDate: '2027-01-11' },
                      },
                    ],
                  }),
          };
        },
      },
    ]);
    const routed = globalThis.fetch;
    globalThis.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('/content') ? Promise.resolve(blobResponse()) : routed(input, init),
    ) as typeof fetch;
    const { user } = renderRoute(<PortalDocuments caseId={caseId} />);
    expect(await screen.findByText('Reading the passport’s machine-readable lines…')).toBeInTheDocument();
    expect(await screen.findByText('The passport expires in 40 days (2027-01-11).')).toBeInTheDocument();
    expect(screen.queryByText('Reading the passport’s machine-readable lines…')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See what you sent' }));
    expect(await screen.findByRole('img', { name: 'The photo you sent' })).toHaveAttribute('src', 'blob:sent-1');
  });

  it('says when nothing is asked', async () => {
    setUp([{ requests: [], documents: [], readyToSubmit: false }]);
    expect(await screen.findByText('Nothing is asked of you at the moment.')).toBeInTheDocument();
  });

  it('says when the list could not be loaded, with Try again', async () => {
    stubApi([{ path: '/api/auth/me', reply: { body: session('CLIENT') } }]);
    renderRoute(<PortalDocuments caseId={caseId} />);
    expect(await screen.findByText('Could not load what is asked of you.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
