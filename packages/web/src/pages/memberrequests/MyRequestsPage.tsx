import { Button, Empty, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { PhoneLoadState } from '../../components/LoadError.tsx';
import { PhoneChoice } from '../../components/PhoneChoice.tsx';
import { PHONE_INPUT_MAX, phoneDigits } from '../../components/phone.ts';
import { TextItem } from '../../components/TextItem.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { PHONE_RE, type UnionHit } from '../onboarding/onboarding-api.ts';
import { PickedUnion, UnionFinder, useUnionSearch } from '../onboarding/UnionSearch.tsx';
import { MyDetailsNow } from './MyRequestsPage.now.tsx';
import { memberRequestsApi, type RequestKind, STATUS_COLOR } from './memberrequests-api.ts';
import { progressText, RequestChanges } from './RequestChanges.tsx';

interface Values {
  name?: string;
  phone?: string;
  employer?: string;
  note?: string;
}

/** /m/requests: a worker asks to correct their details or to move to another union (转会), and follows the answers. */
export default function MyRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mr.mine.title'));
  const feedback = useFeedback();
  const mine = useLoad(() => memberRequestsApi.mine(), []);
  const [kind, setKind] = useState<RequestKind>('correction');
  const { search, find, clear } = useUnionSearch();
  const [union, setUnion] = useState<UnionHit | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    if (kind === 'transfer' && !union) return feedback.refuse(t('mr.mine.pickUnion'));
    await whileBusy(async () => {
      await memberRequestsApi.file({
        kind,
        name: kind === 'correction' && v.name?.trim() ? v.name : undefined,
        phone: kind === 'correction' && v.phone?.trim() ? v.phone.trim() : undefined,
        employer: v.employer?.trim() ? v.employer : undefined,
        toOrgId: kind === 'transfer' ? union?.id : undefined,
        note: v.note?.trim() ? v.note : undefined,
      });
      feedback.success(t('mr.mine.filed'));
      form.resetFields();
      setUnion(null);
      clear();
      await mine.reload();
    });
  };

  if (mine.error || !mine.data) return <PhoneLoadState state={mine} what={t('mr.mine.what')} />;
  const me = mine.data;
  return (
    <div data-testid="my-requests">
      <MyDetailsNow me={me} />

      <section className="m-card">
        <h2 className="m-card-title">{t('mr.mine.new')}</h2>
        <PhoneChoice<RequestKind>
          value={kind}
          onChange={setKind}
          values={['correction', 'transfer']}
          labelOf={(k) => t(`mr.kind.${k}`)}
          style={{ marginBottom: 12 }}
          testId="mr-kind"
        />
        <Typography.Paragraph type="secondary">
          {kind === 'correction' ? t('mr.mine.correctionHint') : t('mr.mine.transferHint')}
        </Typography.Paragraph>
        {kind === 'transfer' && (
          <div style={{ marginBottom: 12 }}>
            {union ? (
              <PickedUnion
                union={union}
                change={t('mr.mine.changeUnion')}
                onChange={() => setUnion(null)}
                testId="mr-union"
              />
            ) : (
              <UnionFinder
                search={search}
                find={find}
                placeholder={t('mr.mine.search')}
                empty={t('mr.mine.noUnion')}
                testId="mr"
                hit={(u) =>
                  u.id === me.orgId ? null : (
                    <Button
                      key={u.id}
                      block
                      style={{ marginTop: 8, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                      onClick={() => setUnion(u)}
                      data-testid="mr-hit"
                    >
                      <div>{u.name}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {u.chain.join(' / ')}
                      </Typography.Text>
                    </Button>
                  )
                }
              />
            )}
          </div>
        )}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          {kind === 'correction' && (
            <>
              <Form.Item name="name" label={t('mr.mine.newName')}>
                <Input size="large" maxLength={50} placeholder={me.name} data-testid="mr-name" />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('mr.mine.newPhone')}
                rules={[{ pattern: PHONE_RE, message: t('mr.mine.phoneInvalid') }]}
                normalize={phoneDigits}
              >
                <Input
                  size="large"
                  inputMode="numeric"
                  maxLength={PHONE_INPUT_MAX}
                  placeholder={me.phone ?? ''}
                  data-testid="mr-phone"
                />
              </Form.Item>
            </>
          )}
          <Form.Item name="employer" label={t('mr.mine.newEmployer')}>
            <Input size="large" maxLength={200} placeholder={me.employer ?? ''} data-testid="mr-employer" />
          </Form.Item>
          <TextItem name="note" label={t('mr.field.note')} max={500} rows={2} testId="mr-note" />
          <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="mr-submit">
            {t('mr.mine.submit')}
          </Button>
        </Form>
      </section>

      <section className="m-card">
        <h2 className="m-card-title">{t('mr.mine.list')}</h2>
        {me.items.length === 0 && <Empty description={t('mr.mine.empty')} />}
        <CappedNotice list={me} plain />
        {me.items.map((r) => (
          <div
            key={r.id}
            style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }}
            data-testid={`my-request-${r.id}`}
          >
            <div>
              <Typography.Text strong>{t(`mr.kind.${r.kind}`)}</Typography.Text>{' '}
              <Tag color={STATUS_COLOR[r.status]} data-testid="my-request-status">
                {t(`mr.status.${r.status}`)}
              </Tag>
              <Typography.Text type="secondary">{r.filedOn}</Typography.Text>
            </div>
            <RequestChanges r={r} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {progressText(r, t)}
            </Typography.Text>
          </div>
        ))}
      </section>
    </div>
  );
}
