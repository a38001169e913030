import { useEffect, useRef } from 'react';

/**
 * On a phone the tab list scrolls sideways (its scrollbar hidden); a page opened on a later tab
 * would show the first tabs and hide the one that is active. Scrolls the list, only sideways,
 * so the active tab is in view.
 */
export function useActiveTabInView<T extends HTMLElement>(active: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const list = ref.current;
    const tab = list?.querySelector<HTMLElement>('[data-active]');
    if (!list || !tab) return;
    const outer = list.getBoundingClientRect();
    const inner = tab.getBoundingClientRect();
    const margin = 24;
    if (inner.left < outer.left) list.scrollLeft -= outer.left - inner.left + margin;
    else if (inner.right > outer.right) list.scrollLeft += inner.right - outer.right + margin;
  }, [active]);
  return ref;
}
