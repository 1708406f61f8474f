import { useEffect, useState } from 'react';
import { type Program, programsApi } from '../programs/programs-api.ts';

/** The programs of my subtree, for filter dropdowns. */
export function useProgramOptions(q: Record<string, string | number | undefined> = {}) {
  const [programs, setPrograms] = useState<Program[]>([]);
  const key = JSON.stringify(q);
  useEffect(() => {
    programsApi
      .list({ pageSize: 100, ...JSON.parse(key) })
      .then((p) => setPrograms(p.items))
      .catch(() => setPrograms([]));
  }, [key]);
  return programs;
}
