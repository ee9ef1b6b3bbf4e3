// The skew of a photo's text lines, from the projection profile: dark pixels projected along each candidate angle
// pile up into sharp peaks (one per text line) when the angle matches the lines' slope.

/** Otsu's threshold of a greyscale histogram: the level that best separates ink from paper. */
export function otsuThreshold(grey: Uint8Array): number {
  const histogram = new Array<number>(256).fill(0);
  for (const value of grey) histogram[value] = (histogram[value] as number) + 1;
  const total = grey.length;
  let sumAll = 0;
  for (let level = 0; level < 256; level++) sumAll += level * (histogram[level] as number);
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let level = 0; level < 256; level++) {
    countBelow += histogram[level] as number;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += level * (histogram[level] as number);
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = level;
    }
  }
  return threshold;
}

function profileScore(xs: Int32Array, ys: Int32Array, count: number, slope: number, height: number, width: number) {
  const offset = Math.ceil(Math.abs(slope) * width) + 1;
  const bins = new Int32Array(height + 2 * offset);
  for (let i = 0; i < count; i++) {
    const row = Math.round((ys[i] as number) - (xs[i] as number) * slope) + offset;
    bins[row] = (bins[row] as number) + 1;
  }
  let score = 0;
  for (const bin of bins) score += bin * bin;
  return score;
}

/**
 * Degrees the text lines descend to the right (positive: the photo is turned clockwise); search within ±maxDegrees.
 * `grey` is a small greyscale copy (a few hundred pixels wide is plenty) and `background` the same blurred (σ ≈ 1%
 * of the width): ink is what is clearly darker than its surroundings, so a dark table around the page is not.
 */
export function estimateSkew(
  grey: Uint8Array,
  background: Uint8Array,
  width: number,
  height: number,
  maxDegrees = 7,
): number {
  const xs = new Int32Array(grey.length);
  const ys = new Int32Array(grey.length);
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * width + x;
      if ((grey[at] as number) < (background[at] as number) - 40) {
        xs[count] = x;
        ys[count] = y;
        count++;
      }
    }
  }
  if (count < 100) return 0;
  const scoreAt = (degrees: number) => profileScore(xs, ys, count, Math.tan((degrees * Math.PI) / 180), height, width);
  let best = 0;
  let bestScore = scoreAt(0);
  for (let degrees = -maxDegrees; degrees <= maxDegrees; degrees += 0.5) {
    const score = scoreAt(degrees);
    if (score > bestScore) {
      best = degrees;
      bestScore = score;
    }
  }
  const coarse = best;
  for (let degrees = coarse - 0.45; degrees <= coarse + 0.45; degrees += 0.05) {
    const score = scoreAt(degrees);
    if (score > bestScore) {
      best = degrees;
      bestScore = score;
    }
  }
  return Math.round(best * 100) / 100;
}
