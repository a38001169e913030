import { useEffect, useState } from 'react';

/**
 * The current time, renewed every `periodMs`: SLA deadlines count down on screen without asking
 * the server again. Each component keeps its own timer, and stops it when it unmounts.
 */
export function useNow(periodMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), periodMs);
    return () => window.clearInterval(timer);
  }, [periodMs]);
  return now;
}
