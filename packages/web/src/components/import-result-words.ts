import { type Job, summaryOf } from './importApi.ts';

/**
 * The words at the head of a finished import or check, by what it came to: its title, and under it the rows
 * counted by outcome. The server's message stands there instead only where no row was refused (it says then
 * why the job failed): with rows refused it says again what the title says.
 */
export function resultWords(
  t: (key: string, values?: Record<string, number>) => string,
  job: Job,
  serverMessage?: string,
): { status: 'success' | 'warning' | 'error'; title: string; subTitle: string; nothingToImport: boolean } {
  const s = summaryOf(job);
  const nothingImported = job.status === 'failed';
  const status = s.rejected > 0 ? 'warning' : nothingImported ? 'error' : 'success';
  const subTitle = (summary: string) => (s.rejected > 0 ? summary : (serverMessage ?? summary));
  const counts = {
    total: s.total,
    imported: s.imported,
    created: s.created,
    updated: s.updated + s.transferred,
    errors: s.rejected,
  };
  // a check whose rows would change nothing (a roster sent again as it stands): no import to offer
  const nothingToImport = s.dryRun && !nothingImported && s.created + s.updated + s.transferred === 0;
  if (s.dryRun) {
    const title = nothingImported
      ? s.rejected > 0
        ? t('import.check.rejected')
        : t('import.failed')
      : s.rejected > 0
        ? t('import.check.partly')
        : nothingToImport
          ? t('import.check.nothing')
          : t('import.check.passed');
    // a check refusing the whole file for some rows (全部有效才导入) says the other rows are right, not 可导入 0 行
    const summary = nothingImported ? t('import.check.blocked', counts) : t('import.check.summary', counts);
    return { status, title, subTitle: subTitle(summary), nothingToImport };
  }
  const title = nothingImported
    ? s.rejected > 0
      ? t('import.rejected')
      : t('import.failed')
    : s.rejected > 0
      ? t('import.partly')
      : t('import.succeeded');
  return {
    status,
    title,
    subTitle: subTitle(t('import.summary', { total: s.total, imported: s.imported, errors: s.rejected })),
    nothingToImport: false,
  };
}
