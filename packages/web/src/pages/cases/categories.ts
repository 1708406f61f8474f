import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad.ts';
import { useLocale } from '../../locale.tsx';
import { casesApi, myCasesApi, named } from './cases-api.ts';

/**
 * The request categories as select options, named in the reader's language: for staff every category (a retired
 * one marked, for filters) or only those offered (for a new request); for the worker those offered. `state` tells
 * a failed or slow load from an empty list.
 */
export function useCategoryOptions(who: 'staff' | 'worker', offeredOnly: boolean) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const state = useLoad(
    async () =>
      who === 'worker'
        ? (await myCasesApi.categories()).map((c) => ({ ...c, active: true }))
        : await casesApi.categories(),
    [who],
  );
  const options = (state.data ?? [])
    .filter((c) => c.active || !offeredOnly)
    .map((c) => ({
      value: c.code,
      label: `${named({ zh: c.nameZh, en: c.nameEn }, lang)}${c.active ? '' : t('case.category.retired')}`,
    }));
  return { options, state };
}
