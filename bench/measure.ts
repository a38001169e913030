/** Runs `fn` `rounds` times after one warm-up and returns the median duration in ms. */
export async function median(rounds: number, fn: () => Promise<void>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function report(
  name: string,
  value: number,
  unit: string,
  baselineName: string,
  baseline: number,
): void {
  const ratio = value / baseline;
  console.log(
    `${name.padEnd(52)} ${value.toFixed(1).padStart(9)} ${unit.padEnd(6)} | ${baselineName}: ${baseline.toFixed(1)} ${unit} | ratio ${ratio.toFixed(2)}`,
  );
}

/** The p-th percentile (nearest rank) of ascending `sorted`; NaN when empty. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
