import type { Bilingual } from '../../shared/errors.ts';
import { SCALE_NAMES } from './counselling.vocabulary.ts';

/**
 * The two self-assessment scales, both free to use: PHQ-9 (Patient Health Questionnaire, depression) and GAD-7
 * (Generalized Anxiety Disorder, anxiety), by Spitzer, Williams, Kroenke et al. — no permission is needed to
 * reproduce, translate or distribute them. Items are answered 0–3 for the last two weeks; the score is their sum,
 * read in the published severity bands. Pure: the page scores with the same definitions (served by the API), the
 * server scores again and its answer is the one kept.
 */
export type ScaleId = 'phq9' | 'gad7';

export interface Band {
  id: string;
  /** The lowest score in the band; the band runs to the next band's `from` − 1. */
  from: number;
  label: Bilingual;
}

export interface Scale {
  id: ScaleId;
  name: Bilingual;
  stem: Bilingual;
  items: Bilingual[];
  options: Bilingual[];
  bands: Band[];
  /** From this score a session is offered at once. */
  offerFrom: number;
  /** From this score the crisis contacts are shown and the duty counsellors told. */
  crisisFrom: number;
  /** An item whose every non-zero answer is a crisis (PHQ-9 item 9, thoughts of self-harm), 0-based. */
  crisisItem: number | null;
}

const OPTIONS: Bilingual[] = [
  { zh: '完全不会', en: 'Not at all' },
  { zh: '好几天', en: 'Several days' },
  { zh: '一半以上的天数', en: 'More than half the days' },
  { zh: '几乎每天', en: 'Nearly every day' },
];
const STEM: Bilingual = {
  zh: '在过去两周里，您有多少时间受到以下问题的困扰？',
  en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
};

export const SCALES: Record<ScaleId, Scale> = {
  phq9: {
    id: 'phq9',
    name: SCALE_NAMES.phq9,
    stem: STEM,
    items: [
      { zh: '做事时提不起劲或没有兴趣', en: 'Little interest or pleasure in doing things' },
      { zh: '感到心情低落、沮丧或绝望', en: 'Feeling down, depressed, or hopeless' },
      { zh: '入睡困难、睡不安稳或睡眠过多', en: 'Trouble falling or staying asleep, or sleeping too much' },
      { zh: '感觉疲倦或没有活力', en: 'Feeling tired or having little energy' },
      { zh: '食欲不振或吃太多', en: 'Poor appetite or overeating' },
      {
        zh: '觉得自己很糟，或觉得自己很失败，或让自己或家人失望',
        en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      },
      {
        zh: '对事物专注有困难，例如阅读报纸或看电视时',
        en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      },
      {
        zh: '动作或说话速度缓慢到别人已经察觉？或正好相反——烦躁或坐立不安、动来动去的情况更胜于平常',
        en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      },
      {
        zh: '有不如死掉或用某种方式伤害自己的念头',
        en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      },
    ],
    options: OPTIONS,
    bands: [
      { id: 'minimal', from: 0, label: { zh: '无或极轻微', en: 'Minimal' } },
      { id: 'mild', from: 5, label: { zh: '轻度', en: 'Mild' } },
      { id: 'moderate', from: 10, label: { zh: '中度', en: 'Moderate' } },
      { id: 'moderately_severe', from: 15, label: { zh: '中重度', en: 'Moderately severe' } },
      { id: 'severe', from: 20, label: { zh: '重度', en: 'Severe' } },
    ],
    offerFrom: 10,
    crisisFrom: 20,
    crisisItem: 8,
  },
  gad7: {
    id: 'gad7',
    name: SCALE_NAMES.gad7,
    stem: STEM,
    items: [
      { zh: '感觉紧张、焦虑或急切', en: 'Feeling nervous, anxious, or on edge' },
      { zh: '不能够停止或控制担忧', en: 'Not being able to stop or control worrying' },
      { zh: '对各种各样的事情担忧过多', en: 'Worrying too much about different things' },
      { zh: '很难放松下来', en: 'Trouble relaxing' },
      { zh: '由于不安而无法静坐', en: 'Being so restless that it is hard to sit still' },
      { zh: '变得容易烦恼或急躁', en: 'Becoming easily annoyed or irritable' },
      { zh: '感到似乎将有可怕的事情发生而害怕', en: 'Feeling afraid, as if something awful might happen' },
    ],
    options: OPTIONS,
    bands: [
      { id: 'minimal', from: 0, label: { zh: '无或极轻微', en: 'Minimal' } },
      { id: 'mild', from: 5, label: { zh: '轻度', en: 'Mild' } },
      { id: 'moderate', from: 10, label: { zh: '中度', en: 'Moderate' } },
      { id: 'severe', from: 15, label: { zh: '重度', en: 'Severe' } },
    ],
    offerFrom: 10,
    crisisFrom: 15,
    crisisItem: null,
  },
};

/**
 * Each item's short name, in the scale's order: how a counsellor's list of a worker's answers names an item, where
 * the whole question is too long to read nine times over.
 */
export const ITEM_NAMES: Record<ScaleId, Bilingual[]> = {
  phq9: [
    { zh: '兴趣减退', en: 'Little interest' },
    { zh: '情绪低落', en: 'Feeling down' },
    { zh: '睡眠问题', en: 'Sleep' },
    { zh: '疲倦乏力', en: 'Tiredness' },
    { zh: '食欲问题', en: 'Appetite' },
    { zh: '自我评价低', en: 'Feeling bad about oneself' },
    { zh: '注意力难集中', en: 'Concentration' },
    { zh: '迟缓或烦躁', en: 'Slowness or restlessness' },
    { zh: '自伤念头', en: 'Thoughts of self-harm' },
  ],
  gad7: [
    { zh: '紧张焦虑', en: 'Nervousness' },
    { zh: '无法控制担忧', en: 'Uncontrollable worry' },
    { zh: '过度担忧', en: 'Worrying too much' },
    { zh: '难以放松', en: 'Trouble relaxing' },
    { zh: '坐立不安', en: 'Restlessness' },
    { zh: '容易烦躁', en: 'Irritability' },
    { zh: '害怕可怕的事发生', en: 'Fear of something awful' },
  ],
};

/** Where to call at once, shown with a crisis result. */
export const CRISIS_CONTACTS: { name: Bilingual; phone: string }[] = [
  {
    name: { zh: '北京心理危机研究与干预中心', en: 'Beijing Suicide Research and Prevention Center' },
    phone: '010-82951332',
  },
  {
    name: { zh: '全国心理援助热线', en: 'National psychological assistance hotline' },
    phone: '400-161-9995',
  },
  { name: { zh: '报警', en: 'Police' }, phone: '110' },
  { name: { zh: '急救', en: 'Ambulance' }, phone: '120' },
];

export interface ScaleResult {
  score: number;
  band: string;
  /** Score at or above the scale's offer line: a session is offered at once. */
  offer: boolean;
  /** The highest band, or a non-zero answer to the self-harm item: crisis contacts and the duty counsellor. */
  crisis: boolean;
  selfHarm: boolean;
}

/** Whether `answers` are a complete set of answers to the scale (one 0–3 answer per item). */
export function isCompleteAnswers(scale: Scale, answers: number[]): boolean {
  return (
    answers.length === scale.items.length &&
    answers.every((a) => Number.isInteger(a) && a >= 0 && a < scale.options.length)
  );
}

/** The standard scoring: the sum of the answers, read in the published bands. */
export function scoreScale(scale: Scale, answers: number[]): ScaleResult {
  const score = answers.reduce((t, a) => t + a, 0);
  const band = [...scale.bands].reverse().find((b) => score >= b.from) ?? scale.bands[0];
  const selfHarm = scale.crisisItem !== null && (answers[scale.crisisItem] ?? 0) > 0;
  return {
    score,
    band: band.id,
    offer: score >= scale.offerFrom,
    crisis: score >= scale.crisisFrom || selfHarm,
    selfHarm,
  };
}
