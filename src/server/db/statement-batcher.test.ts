import { describe, expect, it } from 'vitest';
import { StatementBatcher } from './statement-batcher.js';

describe('StatementBatcher', () => {
  it('runs callers of one event-loop turn as one batch and hands each its own output', async () => {
    const runs: number[][] = [];
    const batcher = new StatementBatcher<number, number>(async (inputs) => {
      runs.push([...inputs]);
      return inputs.map((n) => n * 10);
    });
    const outs = await Promise.all([1, 2, 3].map((n) => batcher.submit(n)));
    expect(outs).toEqual([10, 20, 30]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it('keeps batches within maxBatch and at most maxInFlight statements at once', async () => {
    let inFlight = 0;
    let most = 0;
    const sizes: number[] = [];
    const batcher = new StatementBatcher<number, number>(
      async (inputs) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        sizes.push(inputs.length);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
        return inputs;
      },
      { maxBatch: 4, maxInFlight: 2 },
    );
    const outs = await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.submit(i)));
    expect(outs).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
    expect(most).toBe(2);
  });

  it('with splitOnError, retries a failed batch one by one so only the bad input fails', async () => {
    const batcher = new StatementBatcher<number, number>(
      async (inputs) => {
        if (inputs.includes(13)) throw new Error('unlucky row');
        return inputs;
      },
      { splitOnError: true },
    );
    const results = await Promise.allSettled([12, 13, 14].map((n) => batcher.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('unlucky row'));
  });

  it('without splitOnError, every caller of a failed batch gets the error', async () => {
    const batcher = new StatementBatcher<number, number>(async () => {
      throw new Error('database down');
    });
    const results = await Promise.allSettled([1, 2].map((n) => batcher.submit(n)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
  });

  it('sends the waiting batch before the callers of the finished one go on', async () => {
    const started: number[][] = [];
    let release: () => void = () => undefined;
    const batcher = new StatementBatcher<number, number>(
      async (inputs) => {
        started.push([...inputs]);
        if (inputs.includes(1)) await new Promise<void>((r) => (release = r));
        return inputs;
      },
      { maxInFlight: 1 },
    );
    const first = batcher.submit(1);
    await new Promise((r) => setImmediate(r));
    const second = batcher.submit(2);
    await new Promise((r) => setImmediate(r));
    // One statement at a time: the second waits for the first.
    expect(started).toEqual([[1]]);
    release();
    // When the first caller resumes, the second statement is already under way.
    const seenByFirst = await first.then(() => started.map((s) => [...s]));
    expect(seenByFirst).toEqual([[1], [2]]);
    expect(await second).toBe(2);
  });
});
