import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

// Short comments as customers write them, 70 German and 70 English, written for this test; eld
// alone places about one in ten of them in another language (Dutch, French, Catalan…).
const GERMAN = [
  'Alles top!',
  'Danke',
  'Super Service, danke',
  'Lieferung kam zu spät',
  'Hotline nicht erreichbar',
  'Katastrophe',
  'Sehr freundliche Beratung',
  'war ok',
  'Zweimal abgebucht!!',
  'Die App stürzt ständig ab',
  'nie wieder',
  'gut',
  'Preis zu hoch',
  'Schnelle Lieferung, gerne wieder',
  'Warte seit drei Wochen auf mein Geld',
  'Unverschämt',
  'Kundenservice ist eine Frechheit',
  'Mitarbeiter war sehr kompetent',
  'Rechnung unverständlich',
  'Paket beschädigt angekommen',
  'Kulant und schnell',
  'Keine Antwort auf meine Mail',
  'Bin zufrieden',
  'Hat alles geklappt',
  'Ueber die Hotline kommt man nicht durch',
  'Die Rücksendung war unkompliziert',
  'Preis-Leistung stimmt',
  'Vertrag kündigen ist viel zu kompliziert',
  'Top Beratung im Laden',
  'Naja, geht so',
  'Ich bin sehr enttäuscht',
  'Die Webseite ist unübersichtlich',
  'Nichts zu meckern',
  'Schaden wurde schnell reguliert',
  'Funktioniert einwandfrei',
  'Lieferverzögerung ohne Info',
  'Bestellung ging schnell',
  'Zu teuer',
  'Freundlich und hilfsbereit',
  'Immer wieder gerne',
  'Mega!',
  'Perfekt',
  'Leider nein',
  'Schlechter Service',
  'Die Abbuchung war doppelt',
  'Ich warte immer noch',
  'Wartezeit in der Hotline zu lang',
  'Einfach zu bedienen',
  'Die Techniker waren pünktlich',
  'Kündigung wurde ignoriert',
  'Newsletter nervt',
  'Tolles Team',
  'Gerne weiterempfehlen',
  'Das Internet ist ständig weg',
  'Ware entsprach nicht der Beschreibung',
  'Vielen Dank!',
  'Geht so',
  'Unfreundliche Mitarbeiterin',
  'Dauert ewig',
  'kein kommentar',
  'Mir fehlt eine Exportfunktion',
  'Gutschein ließ sich nicht einlösen',
  'Superberatung',
  'Alles bestens',
  'Lieferung pünktlich',
  'schnell und einfach',
  'Ich habe zweimal angerufen und niemand hat zurückgerufen',
  'Die Qualität lässt nach',
  'passt',
  'Frechheit!',
];
const ENGLISH = [
  'All good!',
  'Thanks',
  'Great service',
  'Delivery was late',
  'Could not reach the hotline',
  'Terrible',
  'Very friendly advice',
  'was ok',
  'Charged twice!!',
  'The app keeps crashing',
  'never again',
  'good',
  'Price too high',
  'Fast delivery, will order again',
  'Still waiting for my refund after three weeks',
  'Rude',
  'Customer service is a joke',
  'The agent was very knowledgeable',
  'Invoice is confusing',
  'Parcel arrived damaged',
  'Quick and helpful',
  'No reply to my email',
  'Happy with it',
  'Everything worked',
  'Impossible to get through on the phone',
  'Returns were easy',
  'Good value for money',
  'Cancelling the contract is way too complicated',
  'Great advice in store',
  'Meh, it is fine',
  'I am very disappointed',
  'The website is confusing',
  'No complaints',
  'Claim was settled quickly',
  'Works flawlessly',
  'Delayed delivery with no updates',
  'Ordering was quick',
  'Too expensive',
  'Friendly and helpful',
  'Always a pleasure',
  'Awesome!',
  'Perfect',
  'Sadly no',
  'Poor service',
  'I was billed double',
  'I am still waiting',
  'On hold for an hour',
  'Easy to use',
  'The technicians were on time',
  'They ignored my cancellation',
  'Too many newsletters',
  'Great team',
  'Would recommend',
  'Internet keeps dropping',
  'Item not as described',
  'Thank you so much!',
  'So-so, nothing special',
  'Unfriendly staff',
  'Takes forever',
  'no comment',
  'I miss an export feature',
  'Voucher did not work at checkout',
  'Seamless',
  'Excellent',
  'On time delivery',
  'quick and easy',
  'I called twice and nobody called me back',
  'Quality has gone down',
  'fine',
  'Outrageous!',
];
const OTHER = [
  'Très bon service, merci',
  'Livraison en retard, très déçu',
  'Muy buen servicio',
  'El pedido llegó tarde',
  'Heel goede service, bedankt',
  'De levering was te laat',
  'Servizio ottimo, grazie',
  'Entrega rápida, muito bom',
  'Bardzo dobra obsługa',
  'Отличный сервис',
  'Mycket bra service',
  'Hizmet çok iyiydi',
];

describe('detectLanguage', () => {
  it('has enough comments to mean something', () => {
    expect(GERMAN.length).toBeGreaterThanOrEqual(60);
    expect(ENGLISH.length).toBeGreaterThanOrEqual(60);
  });

  it.each(GERMAN)('German: %s', (text) => {
    expect(detectLanguage(text)).toBe('de');
  });

  it.each(ENGLISH)('English: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each(OTHER)('neither: %s', (text) => {
    expect(detectLanguage(text)).toBe('other');
  });

  it.each(['', '   ', '👍', '123', '!!!', '?'])('calls %j other: nothing in it is a language', (text) => {
    expect(detectLanguage(text)).toBe('other');
  });

  it('reads longer comments as eld does', () => {
    expect(
      detectLanguage(
        'Ich habe am Montag bestellt und bis heute nichts bekommen. Die Sendungsverfolgung zeigt seit Tagen denselben Status.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'I ordered on Monday and nothing has arrived yet. The tracking page has shown the same status for days.',
      ),
    ).toBe('en');
  });

  it('lets marker words outvote a foreign word or two', () => {
    expect(detectLanguage('Der Service war très bien, danke')).toBe('de');
    expect(detectLanguage('The Kundenservice was great, thanks')).toBe('en');
  });
});
