import { Button, Card, Descriptions, Flex, Form, Input, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FOUNDING_STEPS as STEPS } from '../../../../server/src/modules/elections/elections.vocabulary.ts';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { RecordPage } from '../../components/RecordPage.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { electionsApi, type Founding, STATUS_COLOR, splitNames } from './elections-api.ts';

/** Staff: one founding — its steps with their days, what was recorded at each, and the next step's form. */
export default function FoundingPage() {
  const { t } = useTranslation();
  return (
    <RecordPage
      load={electionsApi.founding}
      what={t('el.what.founding')}
      title={(f) => t('el.founding.title', { name: f.name })}
      untitled={t('el.foundings.title')}
    >
      {(f, { reload }) => <FoundingView f={f} reload={reload} />}
    </RecordPage>
  );
}

function FoundingView({ f, reload }: { f: Founding; reload: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const current = STEPS.indexOf(f.status as (typeof STEPS)[number]);
  const c = f.committee;
  const names = (list: string[]) => (list.length ? list.join(listSeparator()) : '—');
  return (
    <Flex vertical gap={16}>
      <Card
        title={t('el.founding.title', { name: f.name })}
        extra={
          <Tag color={STATUS_COLOR[f.status]} data-testid="el-founding-status">
            {t(`el.status.${f.status}`)}
          </Tag>
        }
      >
        <Steps
          current={current}
          responsive
          size="small"
          data-testid="el-founding-steps"
          items={f.steps.map((s) => ({
            title: t(`el.founding.${s.step}`),
            description: s.on ?? '',
            status: s.on ? 'finish' : STEPS.indexOf(s.step) === current + 1 ? 'process' : 'wait',
          }))}
        />
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('el.field.parent')}>{f.parentOrgName}</Descriptions.Item>
          <Descriptions.Item label={t('el.field.employer')}>{f.employerName}</Descriptions.Item>
          {f.workerCount !== null && (
            <Descriptions.Item label={t('el.field.workerCount')}>
              {formatCount(f.workerCount)}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('el.field.applicants')}>{names(f.applicants)}</Descriptions.Item>
          {f.prepLeader && <Descriptions.Item label={t('el.field.leader')}>{f.prepLeader}</Descriptions.Item>}
          {f.prepMembers.length > 0 && (
            <Descriptions.Item label={t('el.field.prepMembers')}>{names(f.prepMembers)}</Descriptions.Item>
          )}
          {f.membersTotal !== null && (
            <Descriptions.Item label={t('el.founding.met')}>
              {t('el.founding.attendance', {
                total: formatCount(f.membersTotal),
                present: formatCount(f.membersPresent ?? 0),
              })}
            </Descriptions.Item>
          )}
        </Descriptions>
        {c && (
          <Descriptions
            title={t('el.founding.committee')}
            size="small"
            column={{ xs: 1, md: 2 }}
            data-testid="el-founding-committee"
          >
            <Descriptions.Item label={t('el.field.chair')}>{c.chair}</Descriptions.Item>
            <Descriptions.Item label={t('el.field.viceChairs')}>{names(c.viceChairs)}</Descriptions.Item>
            <Descriptions.Item label={t('el.field.members')}>{names(c.members)}</Descriptions.Item>
            <Descriptions.Item label={t('el.field.auditors')}>{names(c.auditors)}</Descriptions.Item>
            <Descriptions.Item label={t('el.field.women')}>{names(c.women)}</Descriptions.Item>
          </Descriptions>
        )}
        {f.orgId && (
          <Link to={`/orgs/${f.orgId}`} data-testid="el-founding-org">
            {t('el.founding.inTree')}
          </Link>
        )}
      </Card>
      {can('elections.write') && f.status !== 'approved' && f.status !== 'withdrawn' && (
        <NextStep f={f} onDone={reload} />
      )}
    </Flex>
  );
}

function NextStep({ f, onDone }: { f: Founding; onDone: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm();
  const [on, setOn] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const day = on ? { effectiveOn: on } : {};
  const action = {
    applied: 'prepare',
    preparing: 'meet',
    met: 'elect',
    elected: 'approve',
  }[f.status as 'applied' | 'preparing' | 'met' | 'elected'];
  const invalid = useInvalidFields();
  const submit = async (v: Record<string, string | number | undefined>) => {
    if (invalid.blocked()) return;
    await whileBusy(async () => {
      if (f.status === 'applied')
        await electionsApi.prepare(f.id, {
          leader: String(v.leader).trim(),
          members: splitNames(v.members as string),
          ...day,
        });
      else if (f.status === 'preparing')
        await electionsApi.meet(f.id, {
          membersTotal: Number(v.membersTotal),
          membersPresent: Number(v.membersPresent),
          ...day,
        });
      else if (f.status === 'met')
        await electionsApi.elect(f.id, {
          chair: String(v.chair).trim(),
          viceChairs: splitNames(v.viceChairs as string),
          members: splitNames(v.members as string),
          auditors: splitNames(v.auditors as string),
          women: splitNames(v.women as string),
          ...day,
        });
      else await electionsApi.approve(f.id, day);
      feedback.success(t(f.status === 'elected' ? 'el.founding.approvedDone' : 'el.founding.done'));
      form.resetFields();
      setOn(null);
      onDone();
    });
  };
  const names = (name: string, label: string, required = false) => (
    <Form.Item
      name={name}
      label={label}
      extra={t('el.namesHint')}
      rules={required ? [{ required: true, whitespace: true, message: t('el.founding.needChair') }] : []}
    >
      <Input maxLength={1000} data-testid={`el-step-${name}`} />
    </Form.Item>
  );
  const count = (name: string, label: string) => (
    <RequiredItem name={name} label={label} message={t('el.founding.needCount')}>
      <NumberInput min={0} max={10_000_000} style={{ width: '100%' }} testId={`el-step-${name}`} />
    </RequiredItem>
  );
  return (
    <Card
      title={`${t('el.founding.next')}${t('common.colon')}${t(`el.founding.${action}`)}`}
      data-testid="el-next-step"
    >
      <Form layout="vertical" form={form} onFinish={submit} style={{ maxWidth: 720 }}>
        <ValidityScope fields={invalid}>
          {f.status === 'applied' && (
            <>
              <TextItem
                name="leader"
                label={t('el.field.leader')}
                max={50}
                required={t('el.founding.needLeader')}
                testId="el-step-leader"
              />
              {names('members', t('el.field.prepMembers'))}
            </>
          )}
          {f.status === 'preparing' && (
            <div className="form-grid-2">
              {count('membersTotal', t('el.field.membersTotal'))}
              {count('membersPresent', t('el.field.membersPresent'))}
            </div>
          )}
          {f.status === 'met' && (
            <>
              <TextItem
                name="chair"
                label={t('el.field.chair')}
                max={50}
                required={t('el.founding.needChair')}
                testId="el-step-chair"
              />
              {names('viceChairs', t('el.field.viceChairs'))}
              {names('members', t('el.field.members'))}
              <div className="form-grid-2">
                {names('auditors', t('el.field.auditors'))}
                {names('women', t('el.field.women'))}
              </div>
            </>
          )}
          {f.status === 'elected' && (
            <Typography.Paragraph>{t('el.founding.approveHint')}</Typography.Paragraph>
          )}
          <Flex vertical gap={12}>
            <PastDay value={on} onChange={setOn} testId="el-step-on" />
            <Button
              type="primary"
              htmlType="submit"
              loading={busy}
              data-testid="el-step-submit"
              style={{ alignSelf: 'flex-start' }}
            >
              {t(`el.founding.${action}`)}
            </Button>
          </Flex>
        </ValidityScope>
      </Form>
    </Card>
  );
}
