/** The package ships no types; this is the part of its API the text analysis uses. */
declare module 'snowball-stemmers' {
  interface SnowballStemmer {
    stem(word: string): string;
  }
  const snowball: {
    newStemmer(language: string): SnowballStemmer;
    algorithms(): string[];
  };
  export default snowball;
}
