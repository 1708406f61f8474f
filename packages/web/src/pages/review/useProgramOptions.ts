import { useEffect, useState } from 'react';
import { type ProgramQuery, type ProgramSummary, programsApi } from '../programs/programs-api.ts';

/** The programs of my subtree, for filter dropdowns. */
export function useProgramOptions(q: ProgramQuery = {}) {
  const [programs, setPrograms] = useState<ProgramSummary[]>([]);
  const key = JSON.stringify(q);
  useEffect(() => {
    programsApi
      .list({ pageSize: 100, ...JSON.parse(key) })
      .then((p) => setPrograms(p.items))
      .catch(() => setPrograms([]));
  }, [key]);
  return programs;
}
