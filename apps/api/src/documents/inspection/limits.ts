// The limits every upload is held to. Exported so the upload endpoint can cap its stream at the same size.

/** Largest file accepted (bytes). Phone photos are 2–8 MB; a 48 MP HEIC or a multi-page scan stays under this. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Most pixels an image may declare (checked from its header, before decoding): 8160×6120 phones fit. */
export const MAX_INPUT_PIXELS = 60_000_000;
/** Below this shorter side the image is refused (IMAGE_TOO_SMALL): nothing on a passport page is readable. */
export const MIN_SHORT_SIDE = 480;
/** Below this shorter side the image is kept with an IMAGE_LOW_RESOLUTION warning. */
export const RECOMMENDED_SHORT_SIDE = 1000;
/** The stored copy's longer side at most (bigger photos are scaled down; a passport page stays sharp). */
export const MAX_STORED_SIDE = 4096;
