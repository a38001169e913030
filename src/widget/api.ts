/**
 * The two public endpoints, as the widget sees them. Bodies go out as `text/plain` JSON (a
 * string body's default type): a CORS simple request, so no preflight round trip.
 * The response types mirror `server/features/widget/widget-contract.ts` for the fields read here;
 * the browser bundle carries no schema library.
 */
export interface WidgetSurvey {
  token: string;
  language: string;
  delaySeconds: number;
  colors: { brand: string; onBrand: string; ink: string };
  score: { id: string; type: string; prompt: string; min: number; max: number; low: string; high: string };
  why: { id: string; maxLength: number; prompts: [string, string, string] } | null;
}

export interface IdentifyResult {
  survey: WidgetSurvey | null;
  reason: string | null;
}

export type Post = <T>(path: 'identify' | 'answer', body: Record<string, unknown>) => Promise<T>;

/** A poster bound to one Resonance origin and widget key. Rejects with the HTTP status on failure. */
export function poster(origin: string, key: string): Post {
  return (path, body) =>
    fetch(`${origin}/api/public/widget/${path}`, {
      method: 'POST',
      body: JSON.stringify({ key, ...body }),
      credentials: 'omit',
    }).then((res) =>
      res.ok ? res.json() : Promise.reject(new Error(`Resonance widget: ${path} answered ${res.status}`)),
    );
}
