/**
 * Scales and axis ticks as pure functions: the chart geometry is computed, tested and only then
 * turned into SVG.
 */

/** A linear map from a value domain onto a pixel range (the range may run backwards, as y does). */
export function linearScale(
  [domainStart, domainEnd]: readonly [number, number],
  [rangeStart, rangeEnd]: readonly [number, number],
): (value: number) => number {
  const span = domainEnd - domainStart;
  return (value) => (span === 0 ? rangeStart : rangeStart + ((value - domainStart) / span) * (rangeEnd - rangeStart));
}

/** A "nice" step near `rough`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Ticks from zero to the first nice value at or above `max`, about `count` of them. Bars always
 * start at zero: a value axis that does not would exaggerate differences.
 */
export function zeroBasedTicks(max: number, count: number): number[] {
  if (!(max > 0)) return [0, 1];
  const step = niceStep(max / Math.max(1, count));
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, index) => roundToStep(index * step, step));
}

/** Removes floating-point dust (0.30000000000000004) from multiples of a step. */
function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(decimals));
}

/** A rough width of a label in SVG user units: the chart has no text measuring, so it keeps a margin. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.58);
}
