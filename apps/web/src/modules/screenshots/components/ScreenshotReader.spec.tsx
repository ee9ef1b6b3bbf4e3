import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ScreenshotReadingResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderWithProviders } from '../../../test/render';
import { MessageInterpreter } from '../../messages/components/MessageInterpreter';
import { ScreenshotReader } from './ScreenshotReader';

const M1 = '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2031年10月18日)使用原银行卡重新认证';
const reading: ScreenshotReadingResponse = {
  text: M1,
  lines: [{ text: M1, score: 0.98 }],
  reading: { interpretations: [] },
  ms: 420,
};

const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'shot.png', { type: 'image/png' });
/** What a browser's paste event carries for a copied image. */
const clipboardWith = (file: File) => ({
  clipboardData: { items: [{ kind: 'file', type: file.type, getAsFile: () => file }], files: [file] },
});

/** The screenshot reader inside the interpreter, as the case page and the Alipay helper mount it. */
const renderPanel = (audience: 'signed-in' | 'public' = 'signed-in') =>
  renderWithProviders(
    <section>
      <MessageInterpreter
        now={() => new Date('2031-10-01T00:00:00Z')}
        imageInput={(put) => <ScreenshotReader audience={audience} onRead={put} />}
      />
    </section>,
  );

describe('ScreenshotReader', () => {
  it('an image pasted into the message box is read by the API; its text fills the box and the interpreter explains it', async () => {
    const api = stubApi([{ method: 'POST', path: '/api/interpret/screenshot', reply: { body: reading } }]);
    renderPanel();
    const box = screen.getByRole('textbox', { name: /^Alipay message/ });
    fireEvent.paste(box, clipboardWith(png()));

    await waitFor(() => expect(box).toHaveValue(M1));
    const [request] = api.requests('/api/interpret/screenshot', 'POST');
    expect(request?.body).toBeInstanceOf(FormData);
    expect((request?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(screen.getByTestId('screenshot-read')).toHaveTextContent('Read 1 lines in 0.4 s');
    expect(await screen.findByRole('heading', { name: /Bank-card check failed \(M1\)/ })).toBeInTheDocument();
    // The text stays editable: a correction is the person's.
    fireEvent.change(box, { target: { value: `${M1} ` } });
    expect(box).toHaveValue(`${M1} `);
  });

  it('a text paste is left alone (no upload)', () => {
    const api = stubApi([]);
    renderPanel();
    const box = screen.getByRole('textbox', { name: /^Alipay message/ });
    fireEvent.paste(box, { clipboardData: { items: [{ kind: 'string', type: 'text/plain' }], files: [] } });
    expect(api.requests()).toEqual([]);
  });

  it('refuses a file that is not an image before uploading, and says so', async () => {
    const api = stubApi([]);
    renderPanel();
    const pdf = new File(['%PDF-1.7'], 'letter.pdf', { type: 'application/pdf' });
    fireEvent.drop(screen.getByTestId('screenshot-reader'), { dataTransfer: { files: [pdf] } });
    expect(await screen.findByTestId('screenshot-error')).toHaveTextContent('This is not a PNG, JPEG or WebP image.');
    expect(api.requests()).toEqual([]);
  });

  it('the public helper reads through the public route and words the API’s refusals', async () => {
    const api = stubApi([
      {
        method: 'POST',
        path: '/api/public/interpret/screenshot',
        reply: { status: 503, body: { error: { code: 'OCR_BUSY', message: 'busy' } } },
      },
    ]);
    renderPanel('public');
    expect(screen.getByText(/up to 4 MB/)).toBeInTheDocument();
    expect(screen.getByText(/read and discarded/)).toBeInTheDocument();
    fireEvent.paste(screen.getByTestId('screenshot-reader'), clipboardWith(png()));
    expect(await screen.findByTestId('screenshot-error')).toHaveTextContent(
      'Many screenshots are being read right now',
    );
    expect(api.requests('/api/public/interpret/screenshot', 'POST')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /^Alipay message/ })).toHaveValue('');
  });
});
