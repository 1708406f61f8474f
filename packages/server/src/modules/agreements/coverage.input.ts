import type { Bilingual } from '../../shared/errors.ts';
import { normaliseText } from '../../shared/text.ts';
import { isValidUscc } from '../org/index.ts';
import { agreementErrors } from './agreements.errors.ts';
import type { CoverageInput } from './coverage.counts.ts';

export type CoverageField = 'uscc' | 'name' | 'workers' | 'womenWorkers';

export interface CoverageProblem extends Bilingual {
  field: CoverageField;
}

/** A covered enterprise as entered or imported, checked: the credit code, a name, and counts that add up. */
export function checkCoverage(row: CoverageInput): { value: CoverageInput } | { problem: CoverageProblem } {
  // as a union's code is found (org.union-texts): in lower case, full-width or grouped with spaces (9111 0113 …)
  const uscc = normaliseText(row.uscc).replace(/\s/g, '').toUpperCase();
  if (!isValidUscc(uscc)) {
    return {
      problem: {
        field: 'uscc',
        zh: `统一社会信用代码无效：${row.uscc}`,
        en: `Invalid unified social credit code: ${row.uscc}`,
      },
    };
  }
  // an enterprise's legal name is kept as written (（集团） stays full-width); only blank is refused
  const name = row.name.trim();
  if (!normaliseText(name))
    return { problem: { field: 'name', zh: '请填写企业名称', en: 'Give the enterprise name' } };
  if (row.womenWorkers > row.workers) {
    return {
      problem: {
        field: 'womenWorkers',
        zh: `女职工人数（${row.womenWorkers}）多于职工人数（${row.workers}）`,
        en: `Women workers (${row.womenWorkers}) exceed workers (${row.workers})`,
      },
    };
  }
  return { value: { uscc, name, workers: row.workers, womenWorkers: row.womenWorkers } };
}

/** An agreement's list of covered enterprises, each checked, a credit code listed once: or the first error. */
export function checkCoverageList(rows: CoverageInput[]): CoverageInput[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const checked = checkCoverage(row);
    if ('problem' in checked) throw agreementErrors.enterprise(i, checked.problem);
    if (seen.has(checked.value.uscc)) {
      throw agreementErrors.enterprise(i, {
        zh: `统一社会信用代码 ${checked.value.uscc} 重复`,
        en: `Credit code ${checked.value.uscc} is listed twice`,
      });
    }
    seen.add(checked.value.uscc);
    return checked.value;
  });
}
