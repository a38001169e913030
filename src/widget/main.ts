import { poster, type IdentifyResult } from './api.js';
import { showCard } from './card.js';

/**
 * The in-app widget: what a customer's page loads. Put this before `</body>` (the first line
 * keeps calls made before the script arrives, and the script replays them):
 *
 *   <script>window.Resonance=window.Resonance||{q:[],identify:function(){this.q.push(['identify',arguments])},track:function(){this.q.push(['track',arguments])}}</script>
 *   <script async src="https://feedback.example.com/widget.js" data-key="wk_…"></script>
 *
 *   Resonance.identify({ externalId: 'customer-42', language: 'de' }); // language is optional
 *   Resonance.track('checkout_completed');
 *
 * `data-key` is the organization's public widget key; the API origin is the script's own
 * (`data-api` overrides it). At most one survey is shown per page view.
 */
interface Identity {
  externalId: string;
  language?: string;
}
type Call = [string, ArrayLike<unknown>];
interface ResonanceApi {
  identify(identity: Identity): void;
  track(event: string): void;
}
type Host = Window & { Resonance?: Partial<ResonanceApi> & { q?: Call[] } };

const w = window as Host;
const script = (document.currentScript ?? document.querySelector('script[data-key]')) as HTMLScriptElement | null;
const key = script?.dataset.key;
const post = poster(script?.dataset.api ?? new URL(script?.src || location.href).origin, key ?? '');

let identity: Identity | null = null;
let isShowing = false;
const pending: string[] = [];

function ask(event?: string): void {
  if (!identity || isShowing || !key) return;
  const language = identity.language ?? (document.documentElement.lang || navigator.language);
  post<IdentifyResult>('identify', { externalId: identity.externalId, language, ...(event ? { event } : {}) }).then((result) => {
    const survey = result.survey;
    if (!survey || isShowing) return;
    isShowing = true;
    setTimeout(() => showCard(survey, post), survey.delaySeconds * 1000);
  }, console.warn);
}

const api: ResonanceApi = {
  identify(who) {
    if (!who || typeof who.externalId !== 'string') return console.warn('Resonance.identify needs { externalId }');
    identity = { externalId: who.externalId, ...(typeof who.language === 'string' ? { language: who.language } : {}) };
    ask();
    pending.splice(0).forEach(ask);
  },
  track(event) {
    if (typeof event !== 'string') return;
    if (identity) ask(event);
    else pending.push(event);
  },
};

if (!key) console.warn('Resonance widget: the script tag needs data-key');
const queued = w.Resonance?.q ?? [];
w.Resonance = api;
for (const [name, args] of queued) {
  if (name === 'identify') api.identify(args[0] as Identity);
  if (name === 'track') api.track(args[0] as string);
}
