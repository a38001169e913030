/** The widget's own words; the survey's texts come localized from the server. */
const en = {
  close: 'Close',
  send: 'Send',
  thanks: 'Thank you for your feedback!',
  failed: 'Sorry, that did not work. Please try again.',
};

export type WidgetTexts = typeof en;

const de: WidgetTexts = {
  close: 'Schließen',
  send: 'Senden',
  thanks: 'Vielen Dank für Ihr Feedback!',
  failed: 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.',
};

/** German chrome for German surveys, English for every other language. */
export const widgetTexts = (language: string): WidgetTexts => (language === 'de' ? de : en);
