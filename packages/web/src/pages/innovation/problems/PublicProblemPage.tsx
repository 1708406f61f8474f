import { Button, Form, Input, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandedPage } from '../../../components/BrandedPage.tsx';
import { FormDate } from '../../../components/DateField.tsx';
import { checkedValues } from '../../../components/formValues.ts';
import { useInvalidFields, ValidityScope } from '../../../components/inputValidity.tsx';
import { LoadGate } from '../../../components/LoadError.tsx';
import { PHONE_INPUT_MAX, phoneDigits } from '../../../components/phone.ts';
import { RequiredItem } from '../../../components/RequiredItem.tsx';
import { TextItem } from '../../../components/TextItem.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { YuanInput } from '../../../components/YuanInput.tsx';
import { problemsApi } from './problems-api.ts';

interface PublicForm {
  orgId: number;
  poster: string;
  contactName: string;
  contactPhone: string;
  title: string;
  description: string;
  industry?: string;
  region?: string;
  fundingFen?: number | null;
  deadline?: string | null;
}

/** /problems/post: an enterprise posts a front-line problem without signing in; the union checks it first. */
export default function PublicProblemPage() {
  const { t } = useTranslation();
  usePageTitle(t('ip.public.title'));
  const unions = useLoad(() => problemsApi.receivingUnions(), []);
  const [form] = Form.useForm<PublicForm>();
  const invalid = useInvalidFields();
  const { busy, run: whileBusy } = useSaving();
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    if (invalid.blocked()) return;
    const v = await checkedValues(form);
    if (!v) return;
    await whileBusy(async () => {
      const { fundingFen, deadline, industry, region, ...rest } = v;
      const r = await problemsApi.submitPublic({
        ...rest,
        industry: industry?.trim() || undefined,
        region: region?.trim() || undefined,
        fundingFen: fundingFen ?? undefined,
        deadline: deadline || undefined,
      });
      setDone(r.orgName);
    });
  };

  return (
    <BrandedPage subtitle={t('ip.public.subtitle')} title={t('ip.public.title')} testId="public-problem">
      {done ? (
        <Result
          status="success"
          title={t('ip.public.done')}
          subTitle={t('ip.public.doneHint', { union: done })}
        />
      ) : (
        <LoadGate state={unions} what={t('ip.what.unions')}>
          {(u) => (
            <ValidityScope fields={invalid}>
              <Form form={form} layout="vertical">
                <Typography.Paragraph type="secondary">{t('ip.public.intro')}</Typography.Paragraph>
                <RequiredItem name="orgId" label={t('ip.public.union')}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={u.items.map((o) => ({ value: o.id, label: o.name }))}
                    data-testid="public-union"
                  />
                </RequiredItem>
                <TextItem name="poster" label={t('ip.public.poster')} max={100} required />
                <TextItem name="contactName" label={t('ip.public.contact')} max={50} required />
                <Form.Item
                  name="contactPhone"
                  label={t('ip.public.phone')}
                  rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: t('onb.rule.phone') }]}
                  normalize={phoneDigits}
                >
                  <Input maxLength={PHONE_INPUT_MAX} inputMode="numeric" />
                </Form.Item>
                <TextItem name="title" label={t('ip.field.title')} max={100} required />
                <TextItem
                  name="description"
                  label={t('ip.field.description')}
                  max={2000}
                  rows={4}
                  showCount
                  required
                />
                <TextItem name="industry" label={t('ip.field.industry')} max={50} />
                <Form.Item name="fundingFen" label={t('ip.field.funding')}>
                  <YuanInput
                    emptyMeans={t('ip.field.fundingNone')}
                    style={{ width: '100%' }}
                    testId="public-funding"
                  />
                </Form.Item>
                <Form.Item name="deadline" label={t('ip.field.deadline')}>
                  <FormDate allowClear />
                </Form.Item>
                <Button type="primary" block loading={busy} onClick={submit} data-testid="public-submit">
                  {t('ip.public.submit')}
                </Button>
              </Form>
            </ValidityScope>
          )}
        </LoadGate>
      )}
    </BrandedPage>
  );
}
