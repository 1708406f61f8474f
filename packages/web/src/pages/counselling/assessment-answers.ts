import {
  ITEM_NAMES,
  SCALES,
  type ScaleId,
} from '../../../../server/src/modules/counselling/counselling.scales.ts';

/** A scale's short name, as the lists print it. */
export const scaleName = (scale: string) => (scale === 'phq9' ? 'PHQ-9' : 'GAD-7');

/**
 * A worker's answers as a counsellor reads them: per item its short name, the answer in the words the worker chose
 * and its score (the page says them as `csl.booking.answerLine`: 兴趣减退：好几天（1）), where the table showed the
 * bare scores 1 1 0 …; `alert` marks a non-zero answer to the self-harm item.
 */
export function answerLines(scale: ScaleId, answers: number[], lang: 'zh' | 'en') {
  const s = SCALES[scale];
  return answers.map((score, i) => ({
    name: ITEM_NAMES[scale][i]?.[lang] ?? `${i + 1}`,
    option: s.options[score]?.[lang] ?? '',
    score,
    alert: s.crisisItem === i && score > 0,
  }));
}
