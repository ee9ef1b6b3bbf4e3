/** The longest side an uploaded photo keeps: enough for the MRZ's small print, a fraction of a phone camera's 4000+. */
export const MAX_LONG_SIDE = 2400;
export const JPEG_QUALITY = 0.9;

/** What goes up: the file as chosen, or a smaller JPEG drawn from it (which carries no EXIF, GPS included). */
export type PreparedUpload = {
  blob: Blob;
  name: string;
  /** Re-encoded in the browser (scaled and/or stripped of metadata). */
  reencoded: boolean;
  width?: number;
  height?: number;
};

/** The browser parts the preparation uses, replaceable in tests (jsdom has neither decoding nor canvas). */
export type ImageCodec = {
  /** Decodes with EXIF orientation applied; rejects what the browser cannot decode (HEIC on most browsers). */
  decode: (file: Blob) => Promise<{ width: number; height: number; source: CanvasImageSource; close: () => void }>;
  /** Draws `source` at width × height and encodes it as JPEG; null when the browser cannot. */
  encodeJpeg: (source: CanvasImageSource, width: number, height: number, quality: number) => Promise<Blob | null>;
};

const canvasOf = (width: number, height: number): HTMLCanvasElement | OffscreenCanvas => {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

export const browserCodec: ImageCodec = {
  decode: async (file) => {
    if (typeof createImageBitmap !== 'function') throw new Error('createImageBitmap is not available');
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { width: bitmap.width, height: bitmap.height, source: bitmap, close: () => bitmap.close() };
  },
  encodeJpeg: async (source, width, height, quality) => {
    const canvas = canvasOf(width, height);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!context) return null;
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
    return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  },
};

/** The size an image of width × height is drawn at: its long side at most `maxLongSide`, proportions kept. */
export const scaledSize = (width: number, height: number, maxLongSide = MAX_LONG_SIDE) => {
  const scale = Math.min(1, maxLongSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
};

const jpegName = (name: string): string => {
  const base = name.replace(/\.[^./\\]{1,5}$/, '');
  return `${base === '' ? 'photo' : base}.jpg`;
};

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/**
 * Makes a chosen file ready for a phone's data plan: an image the browser can decode becomes a JPEG of at most
 * 2400 px on its long side (orientation applied, metadata dropped); a PDF, and an image it cannot decode (HEIC outside
 * Safari), go up as they are and the server checks them.
 */
export const prepareUpload = async (file: File, codec: ImageCodec = browserCodec): Promise<PreparedUpload> => {
  const asIs: PreparedUpload = { blob: file, name: file.name || 'document', reencoded: false };
  if (isPdf(file)) return asIs;
  let decoded: Awaited<ReturnType<ImageCodec['decode']>>;
  try {
    decoded = await codec.decode(file);
  } catch {
    return asIs;
  }
  try {
    const size = scaledSize(decoded.width, decoded.height);
    const blob = await codec.encodeJpeg(decoded.source, size.width, size.height, JPEG_QUALITY);
    if (!blob || blob.size === 0) return asIs;
    // Even an image small enough is drawn again: the copy that leaves the phone carries no EXIF (GPS) data.
    return { blob, name: jpegName(file.name), reencoded: true, ...size };
  } catch {
    return asIs;
  } finally {
    decoded.close();
  }
};
