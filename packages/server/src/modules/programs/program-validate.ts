import { programError } from './programs.errors.ts';
import type { ProgramInput } from './programs.types.ts';
import { amountRecordKind, MAX_YEARS_BEFORE, validateAmount, validateRule } from './rules/index.ts';

const KIND_ZH = { certificate: '证书', award: '奖项', training: '培训', patent: '专利' } as const;

export interface Problem {
  path: string;
  zh: string;
  en: string;
}

const EVIDENCE_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Checks a whole program before it is saved: the rule and the amount (structurally, by the rules module),
 * and how they fit the program's limits, period, chain and evidence. Throws one bilingual 400 naming the
 * first problem's path and listing all of them.
 */
export function validateProgram(p: ProgramInput, ownerLevel: number): void {
  const problems: Problem[] = [
    ...validateRule(p.rule).map((x) => ({
      ...x,
      path: x.path && x.path !== 'rule' ? `rule.${x.path}` : 'rule',
    })),
    ...validateAmount(p.amount),
    ...programProblems(p, ownerLevel),
  ];
  if (problems.length) {
    const first = problems[0];
    throw programError(
      'PROGRAM_RULE_INVALID',
      {
        zh: `项目设置有误（${first.path}）：${first.zh}`,
        en: `Invalid program (${first.path}): ${first.en}`,
      },
      { field: first.path, problems },
    );
  }
}

function programProblems(p: ProgramInput, ownerLevel: number): Problem[] {
  const out: Problem[] = [];
  const add = (path: string, zh: string, en: string) => out.push({ path, zh, en });
  if (p.periodEnd < p.periodStart)
    add('periodEnd', '结束日期早于开始日期', 'The period ends before it starts');
  if (p.periodUnit === 'year' && Number(p.periodEnd.slice(0, 4)) - Number(p.periodStart.slice(0, 4)) > 20) {
    add('periodEnd', '项目期不得超过20年', 'A program period spans at most 20 years');
  }
  const w = p.evidenceWindow;
  if (w?.kind === 'years' && !(Number.isInteger(w.before) && w.before >= 0 && w.before <= MAX_YEARS_BEFORE)) {
    add(
      'evidenceWindow.before',
      `往前计算的年数须为0至${MAX_YEARS_BEFORE}`,
      `Years before the period run from 0 to ${MAX_YEARS_BEFORE}`,
    );
  }
  if (w?.kind === 'dates' && w.to < w.from) {
    add(
      'evidenceWindow.to',
      '记录日期范围的结束日期早于开始日期',
      'The evidence window ends before it starts',
    );
  }
  if (!p.intakeModes.length) add('intakeModes', '至少选择一种申请方式', 'Choose at least one intake mode');
  if (new Set(p.intakeModes).size !== p.intakeModes.length) {
    add('intakeModes', '申请方式重复', 'An intake mode is listed twice');
  }
  // A union program limited per subject grants once per subject its application names (a studio, opened from
  // the studio's page), not once per union and period; it names no record kind.
  const union = (p.applicantType ?? 'person') === 'union';
  if (union && p.intakeModes.includes('proposal')) {
    add('intakeModes', '以工会为申请方的项目不支持平台推荐', 'Proposals are for person applicants only');
  }
  if (p.limitMode === 'per_subject' && !p.subjectKind && !union) {
    add('subjectKind', '按记录限额时须指定记录类型', 'A per-record limit needs the record kind');
  }
  const a = p.amount;
  const reads = amountRecordKind(a);
  if (reads && reads !== 'training' && p.subjectKind !== reads) {
    add(
      'subjectKind',
      `金额按${KIND_ZH[reads]}计算，须将记录类型设为${KIND_ZH[reads]}`,
      `The amount reads the ${reads}; set the record kind to ${reads}`,
    );
  }
  if (a.kind === 'fee_share' && p.subjectKind && p.subjectKind !== 'training') {
    add(
      'amount.kind',
      '按费用比例补贴只适用于培训记录或申报金额',
      'A fee share applies to trainings or a claimed amount',
    );
  }
  if (a.kind === 'per_unit' && p.limitMode !== 'per_subject') {
    add(
      'amount.kind',
      '按件计发时，项目须按记录（如专利）限额',
      'A per-unit amount needs a per-record limit',
    );
  }
  if (p.subjectKind && union) {
    add('subjectKind', '以工会为申请方的项目不指定记录类型', 'Union programs name no record kind');
  }
  if (p.category === 'flash_claim' && !p.intakeModes.includes('claim')) {
    add('intakeModes', '限量抢领项目须包含"抢领"方式', 'A flash claim program needs the claim intake');
  }
  const chain = p.reviewChain;
  chain.forEach((level, i) => {
    if (!Number.isInteger(level) || level < 1 || level > 5) {
      add(`reviewChain.${i}`, '审核层级须为1至5', 'Review levels run from 1 to 5');
    } else if (level < ownerLevel) {
      add(
        `reviewChain.${i}`,
        '审核层级不能高于项目主办工会',
        'A review level cannot be above the owner union',
      );
    } else if (i > 0 && level >= chain[i - 1]) {
      add(`reviewChain.${i}`, '审核层级须自下而上排列（如 4,3,2）', 'Review levels go upwards, e.g. 4,3,2');
    }
  });
  const keys = new Set<string>();
  (p.requiredEvidence ?? []).forEach((e, i) => {
    if (!EVIDENCE_KEY.test(e.key)) {
      add(
        `requiredEvidence.${i}.key`,
        '材料代码须为小写字母、数字和下划线',
        'Evidence keys use a-z, 0-9 and _',
      );
    }
    if (keys.has(e.key)) add(`requiredEvidence.${i}.key`, '材料代码重复', 'Duplicate evidence key');
    keys.add(e.key);
    if (!e.zh.trim() || !e.en.trim()) {
      add(`requiredEvidence.${i}`, '材料名称须有中英文', 'Evidence needs a Chinese and an English name');
    }
  });
  if (p.claimStartsAt && p.claimEndsAt && p.claimEndsAt <= p.claimStartsAt) {
    add('claimEndsAt', '抢领结束时间须晚于开始时间', 'The claim window must end after it starts');
  }
  return out;
}
