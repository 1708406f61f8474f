import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { INNOVATION_WORDS } from './segment.words.ts';

/**
 * Chinese word segmentation for full-text search (jieba). PostgreSQL's parsers do not split Chinese, so the
 * application segments and the database indexes the words with the `simple` configuration, which behaves
 * the same on PGlite and PostgreSQL: `to_tsvector('simple', segmentForSearch(text))`.
 */
let jieba: Jieba | undefined;
const segmenter = () => {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(INNOVATION_WORDS.map((w) => `${w} 50000 n`).join('\n')));
  }
  return jieba;
};

/**
 * No HMM guessing of unknown words: it cuts a short query differently from the same words inside a sentence
 * (远程运维轮对 → 远程 / 运维轮 / 对), so query words would miss their documents. Unknown runs fall back to
 * single characters on both sides instead.
 */
const HMM = false;

/** A word worth indexing: has a letter, digit or Chinese character. */
const WORD = /[\p{L}\p{N}]/u;

const words = (tokens: string[]) =>
  tokens.map((t) => t.trim().toLowerCase()).filter((t) => t && WORD.test(t));

/** The words of a document, long words and their parts ("数控机床" → 数控 机床 数控机床), space-joined. */
export function segmentForSearch(text: string): string {
  return words(segmenter().cutForSearch(text.normalize('NFKC'), HMM)).join(' ');
}

/** The words of a query, each a whole word as a reader would type it, without repeats. */
export function segmentQuery(text: string): string[] {
  return [...new Set(words(segmenter().cut(text.normalize('NFKC'), HMM)))];
}
