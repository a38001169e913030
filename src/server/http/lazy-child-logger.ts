import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'pino';

type LevelMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Fastify gives every request a child logger bound to its request id, and pino builds a child
 * eagerly (bindings serialised, redaction prepared): a few microseconds per request, paid even
 * where the request never logs (at LOG_LEVEL warn or above, most of them). This child is made
 * on its first use; until then it only remembers its parent, bindings and options.
 */
export class LazyChildLogger implements FastifyBaseLogger {
  private made: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  private get real(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings, this.options);
    return this.made;
  }

  get level(): string {
    return this.made?.level ?? this.options.level ?? this.parent.level;
  }

  set level(level: string) {
    this.real.level = level;
  }

  private call(method: LevelMethod, args: unknown[]): void {
    // A level the parent does not write needs no child (unless the child has a level of its
    // own): pino then sets that method to the same no-op as `silent`. Fastify logs each
    // request's start and end at info, so at warn or above this is every request.
    if (this.made === null && this.options.level === undefined && this.parent[method] === this.parent.silent)
      return;
    (this.real[method] as (...a: unknown[]) => void)(...args);
  }

  // Methods on the prototype, not closures per instance: one logger per request.
  fatal(...args: unknown[]): void {
    this.call('fatal', args);
  }
  error(...args: unknown[]): void {
    this.call('error', args);
  }
  warn(...args: unknown[]): void {
    this.call('warn', args);
  }
  info(...args: unknown[]): void {
    this.call('info', args);
  }
  debug(...args: unknown[]): void {
    this.call('debug', args);
  }
  trace(...args: unknown[]): void {
    this.call('trace', args);
  }
  silent(...args: unknown[]): void {
    this.call('silent', args);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.real.child(bindings, options);
  }
}
