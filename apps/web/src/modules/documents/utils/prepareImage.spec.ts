import { type ImageCodec, JPEG_QUALITY, MAX_LONG_SIDE, prepareUpload, scaledSize } from './prepareImage';

const fileOf = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

/** A codec that "decodes" to the given size and "encodes" a blob of 1 KB, recording what it was asked. */
const codecOf = (size: { width: number; height: number } | 'undecodable') => {
  const encoded: { width: number; height: number; quality: number }[] = [];
  let closed = 0;
  const codec: ImageCodec = {
    decode: async () => {
      if (size === 'undecodable') throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
      return { ...size, source: {} as CanvasImageSource, close: () => (closed += 1) };
    },
    encodeJpeg: async (_source, width, height, quality) => {
      encoded.push({ width, height, quality });
      return new Blob([new Uint8Array(1024)], { type: 'image/jpeg' });
    },
  };
  return { codec, encoded, closed: () => closed };
};

describe('scaledSize', () => {
  it.each([
    [4032, 3024, 2400, 1800],
    [3024, 4032, 1800, 2400],
    [2400, 1000, 2400, 1000],
    [1200, 900, 1200, 900],
  ])('%i × %i is drawn at %i × %i', (width, height, outWidth, outHeight) => {
    expect(scaledSize(width, height)).toEqual({ width: outWidth, height: outHeight });
  });
});

describe('prepareUpload', () => {
  it('scales a phone photo to 2400 px on its long side as a JPEG of quality 0.9, named .jpg', async () => {
    const { codec, encoded, closed } = codecOf({ width: 4032, height: 3024 });
    const prepared = await prepareUpload(fileOf('IMG_0042.HEIC', 'image/heic'), codec);
    expect(encoded).toEqual([{ width: MAX_LONG_SIDE, height: 1800, quality: JPEG_QUALITY }]);
    expect(prepared).toMatchObject({ name: 'IMG_0042.jpg', reencoded: true, width: 2400, height: 1800 });
    expect(prepared.blob.type).toBe('image/jpeg');
    expect(closed()).toBe(1);
  });

  it('draws a small photo again at its own size (the copy that leaves the phone has no EXIF)', async () => {
    const { codec, encoded } = codecOf({ width: 1600, height: 1200 });
    const prepared = await prepareUpload(fileOf('passport.png', 'image/png'), codec);
    expect(encoded).toEqual([{ width: 1600, height: 1200, quality: JPEG_QUALITY }]);
    expect(prepared.name).toBe('passport.jpg');
  });

  it('sends a PDF as it is, without decoding it', async () => {
    const { codec, encoded } = codecOf({ width: 1, height: 1 });
    const file = fileOf('scan.pdf', 'application/pdf');
    const prepared = await prepareUpload(file, codec);
    expect(prepared).toEqual({ blob: file, name: 'scan.pdf', reencoded: false });
    expect(encoded).toEqual([]);
  });

  it('sends an image the browser cannot decode (HEIC outside Safari) as it is', async () => {
    const { codec } = codecOf('undecodable');
    const file = fileOf('IMG_0001.HEIC', 'image/heic');
    const prepared = await prepareUpload(file, codec);
    expect(prepared.blob).toBe(file);
    expect(prepared.reencoded).toBe(false);
  });

  it('keeps the original when the canvas cannot encode', async () => {
    const file = fileOf('photo.jpg', 'image/jpeg');
    const codec: ImageCodec = {
      decode: async () => ({ width: 3000, height: 2000, source: {} as CanvasImageSource, close: () => undefined }),
      encodeJpeg: async () => null,
    };
    expect((await prepareUpload(file, codec)).blob).toBe(file);
  });
});
