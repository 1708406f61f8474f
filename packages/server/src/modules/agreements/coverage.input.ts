import type { Bilingual } from '../../shared/errors.ts';
import { normaliseText } from '../../shared/text.ts';
import { isValidUscc } from '../org/index.ts';
import type { CoverageInput } from './coverage.counts.ts';

export type CoverageField = 'uscc' | 'name' | 'workers' | 'womenWorkers';

export interface CoverageProblem extends Bilingual {
  field: CoverageField;
}

/** A covered enterprise as entered or imported, checked: the credit code, a name, and counts that add up. */
export function checkCoverage(row: CoverageInput): { value: CoverageInput } | { problem: CoverageProblem } {
  const uscc = normaliseText(row.uscc).toUpperCase();
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
