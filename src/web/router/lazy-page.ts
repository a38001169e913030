import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Starts loading the page's code now (e.g. while the session is still being asked for). */
  preload(): Promise<unknown>;
};

/**
 * A screen in a chunk of its own, loaded when first shown (inside a Suspense boundary), so the
 * first page someone opens downloads only its own code. `preload()` starts the same download
 * earlier; both share one request.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (err: unknown) => {
        // A failed download (offline, a deploy replaced the chunk) may be tried again.
        loading = undefined;
        throw err;
      },
    ));
  return Object.assign(lazy(loadOnce), { preload: loadOnce });
}
