/** German first, then English, then any further language the survey offers. */
export function orderedLanguages(languages: readonly string[]): string[] {
  const rank = (code: string) => (code === 'de' ? 0 : code === 'en' ? 1 : 2);
  return [...languages].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
