import { useSyncExternalStore, type MouseEvent } from 'react';

/**
 * A very small router over the History API: the dashboard has a handful of flat routes, so a
 * location store plus a route table is all it needs.
 */
const NAVIGATE_EVENT = 'resonance:navigate';

export interface AppLocation {
  pathname: string;
  search: string;
}

let snapshot: AppLocation = read();

function read(): AppLocation {
  return { pathname: window.location.pathname, search: window.location.search };
}

function subscribe(onChange: () => void): () => void {
  const handler = () => {
    const next = read();
    if (next.pathname !== snapshot.pathname || next.search !== snapshot.search) snapshot = next;
    onChange();
  };
  window.addEventListener('popstate', handler);
  window.addEventListener(NAVIGATE_EVENT, handler);
  return () => {
    window.removeEventListener('popstate', handler);
    window.removeEventListener(NAVIGATE_EVENT, handler);
  };
}

/**
 * Reads the address itself rather than only what the events said: a child's effect may navigate
 * (a redirect on the first render) before this store's subscription exists, and React asks for
 * the snapshot again right after subscribing.
 */
function getSnapshot(): AppLocation {
  const { pathname, search } = window.location;
  if (pathname !== snapshot.pathname || search !== snapshot.search) snapshot = { pathname, search };
  return snapshot;
}

export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

/** A `next` target from the query string, accepted only when it stays on this site. */
export function safeNext(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** Click handler for any anchor that should route inside the app. */
export function followLink(event: MouseEvent<HTMLElement>, to: string): void {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  event.preventDefault();
  navigate(to);
}
