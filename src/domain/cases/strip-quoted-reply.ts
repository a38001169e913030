/**
 * The lines a mail client puts above the quoted earlier message: "On Mon, 2 Nov 2026 at 10:00,
 * Ada <ada@…> wrote:" (Gmail, Apple Mail, Thunderbird in English), "Am 02.11.2026 um 10:00 schrieb
 * Ada <ada@…>:" (German clients), and Outlook's separator. A date is required in the first two, so
 * a sentence of the customer's own that happens to end in "wrote:" stays.
 */
const ATTRIBUTIONS = [/^on\b.*\d.*\bwrote:$/i, /^am\b.*\d.*\bschrieb\b.*:$/i];
const SEPARATOR = /^-{2,}\s*(original message|ursprüngliche nachricht)\s*-{2,}$/i;

const isAttribution = (line: string) => ATTRIBUTIONS.some((re) => re.test(line));

/**
 * What the customer wrote in a reply mail, without the history their client quoted below it:
 * everything from an attribution line ("On … wrote:" / "Am … schrieb …:", also when the client
 * wrapped it over two lines) or Outlook's "Original Message" separator on is cut, and lines
 * quoted with ">" are dropped. Surrounding blank lines go; the rest is kept as written.
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const next = (lines[i + 1] ?? '').trim();
    if (SEPARATOR.test(line) || isAttribution(line)) break;
    if (/^(on|am)\b/i.test(line) && next !== '' && isAttribution(`${line} ${next}`)) break;
    if (line.startsWith('>')) continue;
    kept.push((lines[i] ?? '').trimEnd());
  }
  return kept.join('\n').trim();
}
