// Photo quality measures on small decoded copies (pure functions of pixel arrays, so they are cheap and testable).
// Thresholds were calibrated on generated passport pages (see quality.spec.ts and tools/bench/documents-images.mjs):
// a sharp page, the same page blurred (Gaussian σ ≥ 2 at 1,200 px wide), with a glare ellipse, darkened, greyscale.

/** The longer side of the greyscale copy the blur measure runs on. */
export const BLUR_SAMPLE_SIDE = 1024;
/** The longer side of the colour copy the light/colour measures run on. */
export const COLOUR_SAMPLE_SIDE = 256;

export const THRESHOLDS = {
  /** Variance of the Laplacian below this: blurred. */
  blurVariance: 60,
  /** Share of blown-out pixels (all channels ≥ 250) above this: glare. */
  glareShare: 0.02,
  /** Mean luminance (0–255) below this: too dark. */
  darkMean: 70,
  /** Mean chroma (max − min of R, G, B) below this: a black-and-white copy. */
  greyChroma: 6,
} as const;

/** Variance of the 4-neighbour Laplacian of a greyscale image (borders skipped). */
export function laplacianVariance(grey: Uint8Array, width: number, height: number): number {
  let sum = 0;
  let sumSquares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const at = row + x;
      const value =
        (grey[at - 1] as number) +
        (grey[at + 1] as number) +
        (grey[at - width] as number) +
        (grey[at + width] as number) -
        4 * (grey[at] as number);
      sum += value;
      sumSquares += value * value;
      count++;
    }
  }
  if (count === 0) return 0;
  const mean = sum / count;
  return sumSquares / count - mean * mean;
}

export type LightMeasures = { glareShare: number; meanLuminance: number; meanChroma: number };

/** Glare, brightness and colourfulness of an interleaved RGB (or RGBA) image. */
export function lightMeasures(pixels: Uint8Array, channels: number): LightMeasures {
  let blown = 0;
  let luminance = 0;
  let chroma = 0;
  const count = Math.floor(pixels.length / channels);
  for (let i = 0; i < count; i++) {
    const at = i * channels;
    const r = pixels[at] as number;
    const g = channels >= 3 ? (pixels[at + 1] as number) : r;
    const b = channels >= 3 ? (pixels[at + 2] as number) : r;
    if (r >= 250 && g >= 250 && b >= 250) blown++;
    luminance += 0.2126 * r + 0.7152 * g + 0.0722 * b;
    chroma += Math.max(r, g, b) - Math.min(r, g, b);
  }
  return count === 0
    ? { glareShare: 0, meanLuminance: 0, meanChroma: 0 }
    : { glareShare: blown / count, meanLuminance: luminance / count, meanChroma: chroma / count };
}
