import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CaseDocumentsResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, session } from '../../cases/test/fixtures';
import { FakeXhr } from '../test/fakeXhr';
import { aDocument, aRequest, caseId, requestId } from '../test/fixtures';
import { DocumentRequestsPanel } from './DocumentRequestsPanel';

const documentsPath = `/api/cases/${caseId}/documents`;
const stampRequest = aRequest({
  id: '00000000-0000-4000-8000-00000000e002',
  document: 'ENTRY_STAMP_OR_RESIDENCE_PERMIT',
  anyOf: ['ENTRY_STAMP', 'RESIDENCE_PERMIT'],
  label: { en: 'Entry stamp or residence permit', zh: '入境章或居留许可' },
});
const realXhr = window.XMLHttpRequest;

beforeEach(() => {
  FakeXhr.made = [];
  FakeXhr.onSend = undefined;
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
});
afterEach(() => {
  window.XMLHttpRequest = realXhr;
});

const setUp = (answer: CaseDocumentsResponse, role: 'HELPER' | 'VIEWER' = 'HELPER') => {
  const api = stubApi([
    { path: '/api/auth/me', reply: { body: session(role) } },
    { path: documentsPath, reply: { body: answer } },
    {
      method: 'PUT',
      path: `/api/cases/${caseId}/checklist/ENTRY_STAMP_OR_RESIDENCE_PERMIT`,
      reply: { body: { items: [aRequest(), { ...stampRequest, status: 'WAIVED' }] } },
    },
  ]);
  const rendered = renderRoute(
    <DocumentRequestsPanel caseRecord={aCase({ id: caseId })} client={aClient()} canEdit={role === 'HELPER'} />,
  );
  return { api, ...rendered };
};

const photo = (name: string) => new File([new Uint8Array(1024)], name, { type: 'image/jpeg' });

describe('DocumentRequestsPanel', () => {
  it('lists each request with its status and files, and how far the case is from ready', async () => {
    setUp({
      requests: [aRequest({ status: 'UPLOADED' }), stampRequest],
      documents: [aDocument({ findings: [{ code: 'IMAGE_GLARE', severity: 'warn', params: { percent: 9 } }] })],
      readyToSubmit: false,
    });
    const passport = await screen.findByRole('listitem', { name: 'Passport data (bio) page' });
    expect(within(passport).getByTestId('request-status')).toHaveTextContent('Uploaded, to review');
    expect(within(passport).getByText('1 thing to check')).toBeInTheDocument();
    expect(within(passport).getByRole('button', { name: 'Review Passport data (bio) page' })).toBeInTheDocument();
    expect(screen.getByTestId('documents-ready')).toHaveTextContent('2 required documents still to accept.');
  });

  it('uploads several dropped files at once, each on its own line, as the chosen kind for its request', async () => {
    setUp({ requests: [aRequest(), stampRequest], documents: [], readyToSubmit: false });
    const zone = await screen.findByTestId('drop-zone');
    FakeXhr.onSend = (xhr) => {
      xhr.progress(512, 1024);
      xhr.answer(201, { document: aDocument(), request: aRequest({ status: 'UPLOADED' }) });
    };
    const files = [photo('page-1.jpg'), photo('page-2.jpg')];
    fireEvent.dragOver(zone, { dataTransfer: { files, types: ['Files'] } });
    expect(zone).toHaveAttribute('data-over', 'true');
    fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });
    expect(await screen.findByText('page-1.jpg uploaded')).toBeInTheDocument();
    expect(await screen.findByText('page-2.jpg uploaded')).toBeInTheDocument();
    expect(FakeXhr.made).toHaveLength(2);
    for (const xhr of FakeXhr.made) {
      const form = xhr.sent as FormData;
      expect(form.get('kind')).toBe('PASSPORT_BIO');
      expect(form.get('requestId')).toBe(requestId);
    }
  });

  it('waives a request only with a note', async () => {
    const { api, user } = setUp({ requests: [aRequest(), stampRequest], documents: [], readyToSubmit: false });
    await user.click(await screen.findByRole('button', { name: 'Mark not needed: Entry stamp or residence permit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Not needed: Entry stamp or residence permit' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as not needed' }));
    expect(within(dialog).getByText('Say why it is not needed')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Why is it not needed/ }), 'Sent by post.');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as not needed' }));
    await waitFor(() =>
      expect(api.requests(`/api/cases/${caseId}/checklist/ENTRY_STAMP_OR_RESIDENCE_PERMIT`, 'PUT')).toHaveLength(1),
    );
    expect(api.requests(`/api/cases/${caseId}/checklist/ENTRY_STAMP_OR_RESIDENCE_PERMIT`, 'PUT')[0]?.body).toEqual({
      status: 'WAIVED',
      note: 'Sent by post.',
    });
  });

  it('gives a viewer the files to open but nothing to change', async () => {
    setUp({ requests: [aRequest({ status: 'UPLOADED' })], documents: [aDocument()], readyToSubmit: false }, 'VIEWER');
    const passport = await screen.findByRole('listitem', { name: 'Passport data (bio) page' });
    expect(within(passport).getByRole('button', { name: 'Open Passport data (bio) page' })).toBeInTheDocument();
    expect(screen.queryByTestId('drop-zone')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete file/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a request' })).not.toBeInTheDocument();
  });
});
