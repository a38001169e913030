import type { Messages } from './en.js';

/** Deutsche Texte des Wochenbericht-Schalters (Einstellungen → Organisation). Teil von `de.ts`. */
export const deDigest: Messages['digest'] = {
  title: 'Wochenbericht per E-Mail',
  description:
    'Jeden Montagmorgen: NPS, CSAT und CES der vergangenen Woche mit ihren Intervallen, verglichen mit den vier Wochen davor, und was sich signifikant verändert hat. Nur für Sie, in der Sprache der Organisation.',
  switch: 'Wochenbericht per E-Mail',
  sentTo: 'Geht an {{email}}.',
  lastSent: 'Letzter Bericht: {{period}}.',
  subscribed: 'Sie erhalten ab jetzt den Wochenbericht.',
  unsubscribed: 'Sie erhalten den Wochenbericht nicht mehr.',
};
