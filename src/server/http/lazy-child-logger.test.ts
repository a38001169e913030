import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { LazyChildLogger } from './lazy-child-logger.js';

function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const parent = pino({ level }, stream);
  let children = 0;
  const child = parent.child.bind(parent);
  parent.child = ((...args: Parameters<typeof child>) => {
    children += 1;
    return child(...args);
  }) as typeof parent.child;
  return { parent, lines, children: () => children };
}

describe('LazyChildLogger', () => {
  it('writes with its bindings, making the child once, on first use', async () => {
    const { parent, lines, children } = capture('info');
    const log = new LazyChildLogger(parent, { reqId: 'r-1' }, {});
    expect(children()).toBe(0);
    log.info({ route: '/s/:token' }, 'answer recorded');
    log.warn('slow');
    await new Promise((r) => setImmediate(r));
    expect(children()).toBe(1);
    expect(lines.map((l) => [l.reqId, l.msg, l.level])).toEqual([
      ['r-1', 'answer recorded', 30],
      ['r-1', 'slow', 40],
    ]);
    expect(lines[0]?.route).toBe('/s/:token');
  });

  it('makes no child for a level the parent does not write', () => {
    const { parent, lines, children } = capture('warn');
    const log = new LazyChildLogger(parent, { reqId: 'r-2' }, {});
    log.info('incoming request');
    log.debug('details');
    expect(children()).toBe(0);
    expect(lines).toEqual([]);
    log.error('failed');
    expect(children()).toBe(1);
  });

  it('honours a level of its own, given or set', () => {
    const { parent, children } = capture('warn');
    const given = new LazyChildLogger(parent, { reqId: 'r-3' }, { level: 'debug' });
    expect(given.level).toBe('debug');
    given.info('written at the child level');
    expect(children()).toBe(1);
    const set = new LazyChildLogger(parent, { reqId: 'r-4' }, {});
    expect(set.level).toBe('warn');
    set.level = 'trace';
    expect(set.level).toBe('trace');
  });
});
