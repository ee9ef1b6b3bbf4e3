// Photo quality measures on small decoded copies (pure functions of pixel arrays, so they are cheap and testable).
// Thresholds were calibrated on generated passport pages (synthetic-page.ts) from 1,200 to 3,400 px wide: sharp pages
// measure a sharpness of ~0.28; Gaussian blur of σ = 1 px per 1,200 px of page width ~0.08 (still readable), σ = 2
// ~0.015, σ = 3 ~0.004. A 0.15×0.10 glare ellipse blows out ~2.8% of the pixels (a clean page 0.2–0.6%); a page
// at 35% brightness has a mean luminance of 65 (normal 190); greyscale has a colourfulness of 0 (pages ~0.09).

/** The longer side of the greyscale copy the blur measure runs on. */
export const BLUR_SAMPLE_SIDE = 1024;
/** The longer side of the colour copy the light/colour measures run on. */
export const COLOUR_SAMPLE_SIDE = 256;

export const THRESHOLDS = {
  /** Sharpness (variance of the Laplacian over the variance of the image) below this: blurred. */
  sharpness: 0.03,
  /** Share of blown-out pixels (all channels ≥ 250) above this: glare. */
  glareShare: 0.01,
  /** Mean luminance (0–255) below this: too dark. */
  darkMean: 70,
  /** Colourfulness (mean chroma over mean luminance) below this: a black-and-white image. */
  colourfulness: 0.02,
} as const;

/**
 * The variance of the Laplacian divided by the image's own variance: edges against overall contrast, so a dim but
 * sharp photo is not called blurred (the raw variance of the Laplacian falls with the square of the contrast).
 */
export function sharpness(grey: Uint8Array, width: number, height: number): number {
  let sum = 0;
  let sumSquares = 0;
  for (const value of grey) {
    sum += value;
    sumSquares += value * value;
  }
  const count = grey.length;
  const variance = count === 0 ? 0 : sumSquares / count - (sum / count) ** 2;
  // A flat image (no contrast at all) has nothing to be sharp about: call it blurred.
  return variance < 1 ? 0 : laplacianVariance(grey, width, height) / variance;
}

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

export type LightMeasures = { glareShare: number; meanLuminance: number; colourfulness: number };

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
    ? { glareShare: 0, meanLuminance: 0, colourfulness: 0 }
    : { glareShare: blown / count, meanLuminance: luminance / count, colourfulness: chroma / Math.max(luminance, 1) };
}
