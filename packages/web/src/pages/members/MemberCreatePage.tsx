import { Breadcrumb, Button, Card, Form, Input, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay, today } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { requiredTextRule } from '../../components/form-rules.ts';
import { ID_NUMBER_INPUT_MAX, idNumberOf, idNumberRule } from '../../components/idNumber.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { RequiredField } from '../../components/RequiredItem.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AttributeFields, type AttributeValues, attributesFromForm } from './AttributesForm.tsx';
import { PhoneEmployerFields } from './MemberDialogs.tsx';

interface Values extends Partial<Omit<AttributeValues, 'hardshipFrom' | 'hardshipUntil'>> {
  name: string;
  idNumber: string;
  phone?: string;
  employerName?: string;
  orgId: number;
  joinedOn?: Dayjs;
  hardshipFrom?: Dayjs;
  hardshipUntil?: Dayjs;
}

/** Registers a person as a member of a union (POST /api/members). */
export default function MemberCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('member.createTitle'));
  const feedback = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { busy, run: whileBusy } = useSaving();

  const submit = async (v: Values) => {
    await whileBusy(async () => {
      const created = await unwrap(
        api.POST('/api/members', {
          body: {
            name: v.name.trim(),
            idNumber: idNumberOf(v.idNumber),
            phone: v.phone?.trim() || null,
            employerName: v.employerName?.trim() || null,
            orgId: v.orgId,
            joinedOn: fromDay(v.joinedOn) ?? today(),
            ...attributesFromForm(v),
          },
        }),
      );
      feedback.success(t('member.created'));
      navigate(`/members/${created.id}`, { replace: true });
    });
  };

  return (
    <div className="page">
      <Breadcrumb
        className="page-crumbs"
        items={[
          { title: <Link to="/members">{t('member.listTitle')}</Link> },
          { title: t('member.createTitle') },
        ]}
      />
      <Typography.Title level={3} className="page-title">
        {t('member.createTitle')}
      </Typography.Title>
      <Card className="form-card">
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            joinedOn: toDay(today()),
            isFrontLine: false,
            isOutdoor: false,
            isNewEmployment: false,
          }}
          data-testid="member-create-form"
        >
          <div className="form-grid-2">
            <Form.Item name="name" label={t('member.name')} rules={[requiredTextRule(t, t('member.name'))]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('member.idNumber')}
              rules={[requiredTextRule(t, t('member.idNumber')), idNumberRule(t)]}
            >
              <Input maxLength={ID_NUMBER_INPUT_MAX} className="mono" data-testid="member-id-number" />
            </Form.Item>
            <PhoneEmployerFields />
            <RequiredField id="member-create-org" name="orgId" label={t('member.org')}>
              <OrgSelect tree openOnly style={{ width: '100%' }} />
            </RequiredField>
            <Form.Item name="joinedOn" label={t('member.joinedOn')}>
              <DayPicker style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <div className="form-section">{t('member.attributes')}</div>
          <AttributeFields />
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="member-create-submit">
              {t('common.create')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
