import type { TextLanguage } from './tokenize.js';

/**
 * Function words that carry no topic, German and English, as match keys (umlauts as ae/oe/ue).
 * Theme discovery leaves them out of both the vectors and the labels: TF-IDF would only damp
 * them, and "und", "the" or "nicht" should never name a candidate theme. Also the words of
 * feedback itself ("service", "company" stay; "thanks", "bitte" go) and of time ("Wochen", "days",
 * "heute") that every cluster shares: a group is about what happened, not when.
 */
const WORDS: Readonly<Record<TextLanguage, string>> = {
  de: `aber alle allem allen aller alles als also am an ander andere anderen anders auch auf aus bei
    beim bin bis bisher bist bitte da dabei dadurch dafuer dagegen daher damit dann daran darauf daraus
    darf darum das dass dasselbe davon dazu dein deine dem den denn der des deshalb dessen dich die dies
    diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einfach
    einige einmal er es etwa etwas euch euer eure fuer gab gar gegen gehabt geht gewesen gibt ging habe
    haben hab hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im
    immer in ins ist ja jede jedem jeden jeder jedes jedoch jetzt kann kein keine keinem keinen keiner
    koennen koennte leider man manche mehr mein meine meinem meinen meiner meines mich mir mit muss
    musste nach nicht nichts noch nun nur ob oder ohne schon sehr sei seid sein seine seinem seinen
    seiner sich sie sind so solche soll sollte sondern sonst ueber um und uns unser unsere unter viel
    vom von vor wann war waren warum was weil weiter welche welchem welchen welcher wenn wer werde
    werden wie wieder will wir wird wirklich wo wurde wurden zu zum zur zwar zwischen mal total ganz
    danke gut super toll schlecht nein per nie kam kommt seit heute gestern morgen gerade wegen beim
    tag tage tagen woche wochen monat monate monaten jahr jahre jahren stunde stunden minute minuten
    zwei drei vier erst erste ersten neu neue neuen letzte letzten`,
  en: `a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each even ever every few for from further get got had hadn't has hasn't have
    haven't having he her here hers herself him himself his how i i'm i've if in into is isn't it it's
    its itself just let me more most much my myself no nor not now of off on once only or other our
    ours ourselves out over own really same she should shouldn't so some still such than that that's
    the their theirs them themselves then there these they this those through to too under until up
    us very was wasn't we we're were weren't what when where which while who whom why will with won't
    would wouldn't you you're your yours yourself yourselves thanks thank please ok okay great good bad
    always never one two also get took tried since today yesterday day days week weeks month months year
    years hour hours minute minutes three first last next new time times`,
};

export const STOP_WORDS: Readonly<Record<TextLanguage, ReadonlySet<string>>> = {
  de: new Set(WORDS.de.split(/\s+/).filter(Boolean)),
  en: new Set(WORDS.en.split(/\s+/).filter(Boolean)),
};

/** A word (match key) that names no topic in either language. */
export const isStopWord = (key: string): boolean => STOP_WORDS.de.has(key) || STOP_WORDS.en.has(key);
