import { poster, type IdentifyResult } from './api.js';
import { showCard } from './card.js';

/**
 * The in-app widget: what a customer's page loads. Put this before `</body>` (the first line
 * keeps calls made before the script arrives, and the script replays them):
 *
 *   <script>window.Resonance=window.Resonance||{q:[],identify:function(){this.q.push(['identify',arguments])},track:function(){this.q.push(['track',arguments])}}</script>
 *   <script async src="https://feedback.example.com/widget.js" data-key="wk_…"></script>
 *
 *   Resonance.identify({ externalId: 'customer-42', userHash: '…', language: 'de' }); // language is optional
 *   Resonance.identify({ anonymous: true }); // or: a visitor you do not identify
 *   Resonance.track('checkout_completed');
 *
 * `data-key` is the organization's public widget key; the API origin is the script's own
 * (`data-api` overrides it). `userHash` is HMAC-SHA256 of the external id under the widget
 * secret, computed by the host's server: the key is public, so without it anyone could answer
 * as any customer. At most one survey is shown per page view.
 */
// Undefined fields drop out of the JSON body.
interface Identity {
  externalId?: string | undefined;
  userHash?: string | undefined;
  anonymous?: true;
  language?: string | undefined;
}
type Call = [string, ArrayLike<unknown>];
interface ResonanceApi {
  identify(identity: Identity): void;
  track(event: string): void;
}
type Host = Window & { Resonance?: Partial<ResonanceApi> & { q?: Call[] } };

const w = window as Host;
const script = (document.currentScript ??
  document.querySelector('script[data-key]')) as HTMLScriptElement | null;
const key = script?.dataset.key;
const post = poster(script?.dataset.api ?? new URL(script?.src || location.href).origin, key ?? '');

let identity: Identity | null = null;
let isShowing = false;
const pending: string[] = [];
// Anonymous visitors have no server-side history: this browser remembers when it last showed a
// survey, for the quiet period. Storage may be off (privacy modes); then every page may ask.
const SHOWN = 'resonance:shownAt';
const store = {
  get: () => {
    try {
      return Number(localStorage.getItem(SHOWN)) || undefined;
    } catch {
      return undefined;
    }
  },
  set: () => {
    try {
      localStorage.setItem(SHOWN, String(Date.now()));
    } catch {
      /* storage off: nothing to remember */
    }
  },
};

function ask(event?: string): void {
  if (!identity || isShowing || !key) return;
  const { language = document.documentElement.lang || navigator.language, ...who } = identity;
  const anonymous = who.anonymous === true;
  post<IdentifyResult>('identify', {
    ...who,
    language,
    ...(anonymous ? { lastShownAt: store.get() } : {}),
    ...(event ? { event } : {}),
  }).then((result) => {
    const survey = result.survey;
    if (!survey || isShowing) return;
    isShowing = true;
    if (anonymous) store.set();
    setTimeout(() => showCard(survey, post), survey.delaySeconds * 1000);
  }, console.warn);
}

const api: ResonanceApi = {
  identify(who) {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    if (!who || (who.anonymous !== true && !str(who.externalId)))
      return console.warn('Resonance.identify needs { externalId, userHash } or { anonymous: true }');
    // Only the fields the API knows: host pages pass whole user objects.
    identity =
      who.anonymous === true
        ? { anonymous: true, language: str(who.language) }
        : { externalId: str(who.externalId), userHash: str(who.userHash), language: str(who.language) };
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
