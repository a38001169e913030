import { startTransition, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Roughly how tall the section will be, in px: on phones and from Mantine's md breakpoint (992 px) up. */
export interface DeferredHeight {
  base: number;
  md: number;
}

export interface DeferredSectionProps {
  /** Reserved while the section is not there yet, so the page keeps its length and nothing below jumps as it arrives. */
  height: DeferredHeight;
  children: ReactNode;
}

// One screen ahead: on a phone the next section is in place (and has asked for its data) well before it scrolls in.
const AHEAD = '0px 0px 100% 0px';

function reserved(height: DeferredHeight): number {
  return typeof window !== 'undefined' && window.matchMedia('(min-width: 62em)').matches
    ? height.md
    : height.base;
}

/**
 * A section of a long page that is rendered (and fetches its data) only once it is within a
 * screen of the viewport. The overview has about ten sections; rendering them all at once kept
 * a phone's main thread busy for seconds. Already in view on the first render: there at once,
 * before the first paint. Further down: a reserved empty block until scrolling brings it near,
 * then rendered as a transition, which React splits into short slices. Once shown it stays.
 */
export function DeferredSection({ height, children }: DeferredSectionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (shown || !element) return;
    if (
      typeof IntersectionObserver === 'undefined' ||
      element.getBoundingClientRect().top < window.innerHeight
    ) {
      setShown(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        startTransition(() => setShown(true));
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);

  if (shown) return children;
  return <div ref={ref} style={{ minHeight: reserved(height) }} data-deferred-section />;
}
