import sharp from 'sharp';
import type { ScreenshotReadingResponse } from '@waiji/contract';
import { addMember, createClient, signUp, sql, type TestUser, useTestApp } from '../testing/kit';
import { BoundedSemaphore, joinLines } from './ocr.service';

jest.setTimeout(120_000);

type ErrorReply = { error: { code: string; message: string } };

// Alipay's M1 (ALIPAY.md §3, S2) with a retry day ahead of the test's clock.
const M1_LINES = [
  '你的银行卡信息认证失败,请更换银行',
  '卡重新认证或撤销认证5天后',
  '(2031年10月18日)使用原银行卡重',
  '新认证, 撤销本次认证。',
];

/** A 390 px wide phone-like screenshot of these lines, drawn here from SVG text in a CJK font (no stored fixture). */
const screenshot = (lines: string[], format: 'png' | 'jpeg' | 'webp' = 'png'): Promise<Buffer> => {
  const text = lines.map((line, index) => `<text x="16" y="${70 + index * 30}" font-size="17">${line}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="390" height="${110 + lines.length * 30}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    <text x="16" y="32" font-size="15" fill="#1677ff" font-family="WenQuanYi Micro Hei">支付宝</text>
    <g font-family="WenQuanYi Micro Hei" fill="#333333">${text}</g></svg>`;
  return sharp(Buffer.from(svg))[format]().toBuffer();
};

/** A multipart/form-data body with one file part, as a browser's FormData sends it. */
const multipart = (bytes: Buffer, field = 'file', type = 'image/png') => {
  const boundary = `----waiji${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="shot.png"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
};

describe('screenshots → OCR → interpreter (POST /api/interpret/screenshot)', () => {
  const kit = useTestApp();
  let owner: TestUser;
  let m1: Buffer;

  const upload = async (
    user: TestUser | null,
    body: { payload: Buffer | string; contentType: string },
    url = '/api/interpret/screenshot',
    headers: Record<string, string> = {},
  ) => {
    const response = await kit.app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: {
        'content-type': body.contentType,
        ...(user?.cookie ? { cookie: `waiji_session=${user.cookie}` } : {}),
        ...(user?.csrf ? { 'x-csrf-token': user.csrf } : {}),
        ...headers,
      },
    });
    return { status: response.statusCode, json: <T>() => JSON.parse(response.body) as T };
  };

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    m1 = await screenshot(M1_LINES);
  });

  it('reads a screenshot of M1: the text holds the message and the reading is M1 with its retry day, nothing is stored', async () => {
    const before = await sql<{ n: string }>(kit.db.url, `SELECT count(*)::text AS n FROM "case_event"`);
    const reply = await upload(owner, multipart(m1));
    expect(reply.status).toBe(200);
    const body = reply.json<ScreenshotReadingResponse>();
    expect(body.text.replace(/\s/g, '')).toContain('银行卡信息认证失败');
    expect(body.text).toContain('2031');
    expect(body.lines.length).toBeGreaterThanOrEqual(3);
    expect(body.lines.every((line) => line.score > 0.5)).toBe(true);
    expect(body.reading.interpretations.map((found) => found.code)).toEqual(['CARD_CHECK_FAILED']);
    const [reading] = body.reading.interpretations;
    expect(reading?.suggestedAction).toBe('reject');
    expect(reading?.retryAfter).toBe('2031-10-17T16:00:00.000Z'); // 18 October 2031, 00:00 Beijing time
    expect(reading?.retryAfterDays).toBe(5);
    expect(body.ms).toBeGreaterThan(0);
    const after = await sql<{ n: string }>(kit.db.url, `SELECT count(*)::text AS n FROM "case_event"`);
    expect(after).toEqual(before);
  });

  it('a JPEG and a WebP are read too; a client of the organization may read one', async () => {
    const record = await createClient(owner, { passportName: 'Anna Schmidt' });
    const client = await addMember(kit, owner, 'CLIENT', record.id);
    const jpeg = await upload(client, multipart(await screenshot(M1_LINES, 'jpeg'), 'file', 'image/jpeg'));
    expect(jpeg.status).toBe(200);
    expect(jpeg.json<ScreenshotReadingResponse>().reading.interpretations[0]?.code).toBe('CARD_CHECK_FAILED');
    const webp = await upload(owner, multipart(await screenshot(['支付宝客服将在2天内为你审核。'], 'webp')));
    expect(webp.status).toBe(200);
    expect(webp.json<ScreenshotReadingResponse>().reading.interpretations[0]?.code).toBe('UNDER_REVIEW');
  });

  it('refuses what is not a PNG, JPEG or WebP by its bytes (415), whatever it is called', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF');
    const reply = await upload(owner, multipart(pdf, 'file', 'image/png'));
    expect(reply.status).toBe(415);
    expect(reply.json<ErrorReply>().error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const json = await upload(owner, { payload: JSON.stringify({ file: 'x' }), contentType: 'application/json' });
    expect(json.status).toBe(415);
    expect(json.json<ErrorReply>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses an image over the size limit (413) and a damaged one (422); a missing file is 400', async () => {
    const huge = Buffer.concat([m1, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const tooLarge = await upload(owner, multipart(huge));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json<ErrorReply>().error.code).toBe('FILE_TOO_LARGE');
    const cut = await upload(owner, multipart(m1.subarray(0, 200)));
    expect(cut.status).toBe(422);
    expect(cut.json<ErrorReply>().error.code).toBe('FILE_TRUNCATED');
    const wrongField = await upload(owner, multipart(m1, 'image'));
    expect(wrongField.status).toBe(400);
  });

  it('needs a session and the CSRF token', async () => {
    expect((await upload(null, multipart(m1))).status).toBe(401);
    const noCsrf = await upload({ ...owner, csrf: undefined } as TestUser, multipart(m1));
    expect(noCsrf.status).toBe(403);
  });

  it('the public variant reads without a session, with a smaller size cap and an hourly limit per address', async () => {
    const reply = await upload(null, multipart(m1), '/api/public/interpret/screenshot');
    expect(reply.status).toBe(200);
    expect(reply.json<ScreenshotReadingResponse>().reading.interpretations[0]?.code).toBe('CARD_CHECK_FAILED');
    const big = Buffer.concat([m1, Buffer.alloc(4 * 1024 * 1024)]);
    const tooLarge = await upload(null, multipart(big), '/api/public/interpret/screenshot');
    expect(tooLarge.status).toBe(413);
    // Another site's page may not use it (the Origin check of every write).
    const foreign = await upload(null, multipart(m1), '/api/public/interpret/screenshot', {
      origin: 'https://elsewhere.example',
    });
    expect(foreign.status).toBe(403);
    // The address has used 2 of its 30 reads this hour; fill the rest and the next is refused.
    await sql(
      kit.db.url,
      `INSERT INTO "auth_attempt" (action, key) SELECT 'screenshot', 'ip:127.0.0.1' FROM generate_series(1, 28)`,
    );
    const throttled = await upload(null, multipart(m1), '/api/public/interpret/screenshot');
    expect(throttled.status).toBe(429);
    expect(throttled.json<ErrorReply>().error.code).toBe('THROTTLED');
  });
});

describe('BoundedSemaphore: OCR runs one at a time and a full queue answers OCR_BUSY', () => {
  it('queues up to the limit, refuses beyond it, and hands the slot on in order', async () => {
    const gate = new BoundedSemaphore(1, 2);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = gate.use(
      () =>
        new Promise<void>((resolve) => {
          order.push('first');
          release = resolve;
        }),
    );
    const second = gate.use(async () => void order.push('second'));
    const third = gate.use(async () => void order.push('third'));
    expect(gate.queued).toBe(2);
    await expect(gate.use(async () => 'fourth')).rejects.toMatchObject({ code: 'OCR_BUSY' });
    release();
    await Promise.all([first, second, third]);
    expect(order).toEqual(['first', 'second', 'third']);
    expect(await gate.use(async () => 'free again')).toBe('free again');
  });
});

describe('joinLines', () => {
  it('joins the lines with line breaks, and a word the screen broke at its hyphen into one', () => {
    const lines = ['please change the bank card to re-', 'authenticate', '你的银行卡信息认证失败-', 'M1'].map(
      (text) => ({
        text,
        score: 0.9,
      }),
    );
    expect(joinLines(lines)).toBe('please change the bank card to re-authenticate\n你的银行卡信息认证失败-\nM1');
  });
});
