import { Button, Form, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormFailure } from '../../components/FormFailure.tsx';
import { idNumberOf } from '../../components/idNumber.ts';
import { PhoneShell } from '../../components/PhoneShell.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useAttempt } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { onboardingApi, type UnionHit } from './onboarding-api.ts';
import { PersonFields } from './PersonFields.tsx';
import { PickedUnion, UnionFinder, useUnionSearch } from './UnionSearch.tsx';

/** /m/join: a worker who is not a member finds their union and asks to join (网上入会). */
export default function JoinPage() {
  const { t } = useTranslation();
  usePageTitle(t('onb.join.title'));
  const { search, find } = useUnionSearch();
  const [union, setUnion] = useState<UnionHit | null>(null);
  const { busy, failure, run } = useAttempt();
  const [done, setDone] = useState<string | null>(null);

  const submit = async (v: {
    name: string;
    idNumber: string;
    phone: string;
    employer?: string;
    note?: string;
  }) => {
    if (!union) return;
    await run(async () => {
      const res = await onboardingApi.requestJoin({
        orgId: union.id,
        name: v.name.trim(),
        idNumber: idNumberOf(v.idNumber),
        phone: v.phone.trim(),
        employer: v.employer?.trim() || undefined,
        note: v.note?.trim() || undefined,
      });
      setDone(res.orgName);
    });
  };

  if (done) {
    return (
      <PhoneShell title={t('onb.join.title')}>
        <div className="m-card" data-testid="join-done">
          <Result
            status="success"
            title={t('onb.join.doneTitle')}
            subTitle={t('onb.join.doneText', { union: done })}
            extra={
              <Link to="/m/login">
                <Button type="primary">{t('onb.join.toLogin')}</Button>
              </Link>
            }
          />
        </div>
      </PhoneShell>
    );
  }

  return (
    <PhoneShell title={t('onb.join.title')}>
      <div className="m-card">
        <div className="m-card-title">{t('onb.field.union')}</div>
        {union ? (
          <PickedUnion
            union={union}
            change={t('onb.join.change')}
            onChange={() => setUnion(null)}
            testId="join-union"
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('onb.join.intro')}</Typography.Paragraph>
            <UnionFinder
              search={search}
              find={find}
              placeholder={t('onb.join.search')}
              empty={t('onb.join.empty')}
              idle={<Typography.Text type="secondary">{t('onb.join.hint')}</Typography.Text>}
              testId="join"
              answerStyle={{ marginTop: 12 }}
              hit={(u) => (
                <div
                  key={u.id}
                  className="m-card"
                  style={{ border: '1px solid #eee', display: 'flex', alignItems: 'center', gap: 8 }}
                  data-testid="join-hit"
                >
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <div style={{ fontWeight: 600 }}>{u.name}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {u.chain.join(' / ')}
                    </Typography.Text>
                  </div>
                  <Button type="primary" ghost onClick={() => setUnion(u)}>
                    {t('onb.join.pick')}
                  </Button>
                </div>
              )}
            />
          </>
        )}
      </div>
      {union && (
        <div className="m-card">
          <Form layout="vertical" size="large" onFinish={submit} requiredMark={false} data-testid="join-form">
            <FormFailure failure={failure} testId="join-error" />
            <PersonFields testId="join" />
            <TextItem name="employer" label={t('onb.field.employer')} max={100} testId="join-employer" />
            <TextItem name="note" label={t('onb.field.note')} max={500} rows={2} />
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="join-submit">
              {t('onb.join.submit')}
            </Button>
          </Form>
        </div>
      )}
      <div className="m-foot">
        <Link to="/m/login">{t('onb.join.toLogin')}</Link>
      </div>
    </PhoneShell>
  );
}
