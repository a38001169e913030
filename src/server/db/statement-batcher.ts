/** How a batcher groups its callers. */
export interface StatementBatcherOptions {
  /** At most this many inputs per statement. */
  maxBatch?: number;
  /** At most this many statements in flight at once. */
  maxInFlight?: number;
  /**
   * A failed batch is retried input by input, so only the bad input's caller sees the error
   * (writes, where one bad row rolls back the whole statement). Otherwise every caller of the
   * batch gets the error (reads, where a failure is the database's, not an input's).
   */
  splitOnError?: boolean;
}

interface Pending<In, Out> {
  input: In;
  resolve(out: Out): void;
  reject(err: unknown): void;
}

/**
 * Runs one statement for many concurrent callers: what arrives while statements are in flight
 * goes out together in the next one, so under load many requests share a round trip (and, for
 * writes, a commit and a WAL flush), and nobody waits when the line is idle. Each caller's
 * promise settles with its own output once its statement is through. `run` gets the batch's
 * inputs and returns one output per input, in the same order.
 */
export class StatementBatcher<In, Out> {
  private queue: Pending<In, Out>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly splitOnError: boolean;

  constructor(
    private readonly run: (inputs: readonly In[]) => Promise<readonly Out[]>,
    opts: StatementBatcherOptions = {},
  ) {
    this.maxBatch = opts.maxBatch ?? 100;
    this.maxInFlight = opts.maxInFlight ?? 2;
    this.splitOnError = opts.splitOnError ?? false;
  }

  submit(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      // Once per turn of the event loop: requests handled in the same turn share a statement.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight += 1;
      void this.settle(batch);
    }
  }

  /** Frees the statement's slot and sends the next batch, if one waits. */
  private release(): void {
    this.inFlight -= 1;
    this.pump();
  }

  private async settle(batch: readonly Pending<In, Out>[]): Promise<void> {
    let outputs: readonly Out[];
    try {
      outputs = await this.run(batch.map((p) => p.input));
    } catch (err) {
      if (!this.splitOnError || batch.length === 1) {
        this.release();
        for (const p of batch) p.reject(err);
        return;
      }
      for (const p of batch) {
        await this.run([p.input]).then(
          ([out]) => p.resolve(out as Out),
          (e: unknown) => p.reject(e),
        );
      }
      this.release();
      return;
    }
    // The next statement goes out before this batch's callers go on: their work (a response
    // each) then overlaps the database's, instead of holding the next batch back.
    this.release();
    batch.forEach((p, i) => p.resolve(outputs[i] as Out));
  }
}
