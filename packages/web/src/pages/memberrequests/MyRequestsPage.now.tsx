import { useTranslation } from 'react-i18next';
import type { memberRequestsApi } from './memberrequests-api.ts';

type Mine = Awaited<ReturnType<typeof memberRequestsApi.mine>>;

/** What the member's record says now: name, phone, employer, union (what a request would change). */
export function MyDetailsNow({ me }: { me: Mine }) {
  const { t } = useTranslation();
  return (
    <section className="m-card">
      <h2 className="m-card-title">{t('mr.mine.now')}</h2>
      <div>
        {t('mr.field.name')}
        {t('common.colon')}
        {me.name}
      </div>
      <div>
        {t('mr.field.phone')}
        {t('common.colon')}
        {me.phone ?? t('mr.none')}
      </div>
      <div>
        {t('mr.field.employer')}
        {t('common.colon')}
        {me.employer ?? t('mr.none')}
      </div>
      <div data-testid="my-requests-union">
        {t('mr.field.union')}
        {t('common.colon')}
        {me.orgName ?? t('mr.none')}
      </div>
    </section>
  );
}
