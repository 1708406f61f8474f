import { Form, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { DayRangePicker } from '../../components/DayRangePicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { NewRecordDialog, type NewRecordDialogProps } from '../../components/FormDialog.tsx';
import { FormRows } from '../../components/FormRows.tsx';
import { requiredRule } from '../../components/form-rules.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RegisterList } from '../../components/RegisterList.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { OptionalRule } from '../programs/RuleBuilder.tsx';
import type { Rule } from '../programs/rule-vocabulary.ts';
import {
  type Activity,
  activitiesApi,
  activityState,
  KINDS,
  type Kind,
  type NewActivity,
  sessionText,
} from './activities-api.ts';

const PAGE_SIZE = 50;

/** Staff: the activities organised in a union's subtree, a page at a time, and a new one. */
export default function ActivityListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Activity>
      title={t('act.list.title')}
      testId="act"
      org
      pageSize={PAGE_SIZE}
      load={({ orgId, page, pageSize }) => activitiesApi.list({ orgId, page, pageSize })}
      actions={(list) => (
        <>
          <ListImport register="activities" onClosed={list.reload} testId="act-import" />
        </>
      )}
      size="small"
      empty={t('act.list.empty')}
      what={t('act.what.list')}
      tableTestId="act-list"
      columns={[
        linkColumn(t('act.field.title'), 'title', (a) => `/activities/${a.id}`),
        labelColumn(t('act.field.kind'), 'kind', (k: Kind) => <Tag>{t(`act.kind.${k}`)}</Tag>),
        { title: t('act.field.union'), dataIndex: 'orgName' },
        {
          title: t('act.field.session'),
          key: 'when',
          render: (_, a) => (a.sessions[0] ? sessionText(a.sessions[0], a.dayOnly) : '—'),
        },
        {
          title: t('act.field.places'),
          key: 'places',
          align: 'right',
          render: (_, a) => `${a.taken}/${a.places}`,
        },
        { title: t('act.field.waiting'), dataIndex: 'waiting', align: 'right' },
        {
          title: t('act.field.status'),
          key: 'status',
          render: (_, a) => <Tag data-testid={`act-state-${a.id}`}>{t(`act.state.${activityState(a)}`)}</Tag>,
        },
      ]}
      create={{
        permission: 'activities.manage',
        label: t('act.list.create'),
        testId: 'act-new',
        Dialog: CreateModal,
        opens: (id) => `/activities/${id}`,
      }}
    />
  );
}

interface Values {
  title: string;
  kind: Kind;
  place: string;
  places: number;
  signup: [Dayjs, Dayjs];
  feeFen?: number;
  noShowLimit?: number;
  noShowDays?: number;
  sessions: { range: [Dayjs, Dayjs] }[];
  quotas?: { orgId?: number | null; places?: number }[];
}

function CreateModal(dialog: NewRecordDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [rule, setRule] = useState<Rule | null>(null);
  return (
    <NewRecordDialog<Values>
      {...dialog}
      form={form}
      title={t('act.create.title')}
      union={{ id: 'activity-list-union', label: t('act.field.union') }}
      create={(v, union) =>
        activitiesApi.create({
          orgId: union,
          title: v.title,
          kind: v.kind,
          place: v.place,
          places: v.places,
          signupFrom: fromDay(v.signup[0]) as string,
          signupUntil: fromDay(v.signup[1]) as string,
          feeFen: v.feeFen ?? 0,
          rule: rule as NewActivity['rule'],
          noShowLimit: v.noShowLimit ?? 0,
          noShowDays: v.noShowDays ?? 90,
          sessions: v.sessions.map((s) => ({
            startsAt: s.range[0].toISOString(),
            endsAt: s.range[1].toISOString(),
          })),
          quotas: (v.quotas ?? [])
            .filter((q) => q.orgId && q.places)
            .map((q) => ({ orgId: q.orgId as number, places: q.places as number })),
        })
      }
      done={t('act.create.done')}
      width={720}
      okTestId="act-create-ok"
      initialValues={{ kind: 'sports', places: 30, sessions: [{}], noShowLimit: 0, noShowDays: 90 }}
    >
      <div className="form-grid-2">
        <TextItem name="title" label={t('act.field.title')} max={200} required testId="act-title" />
        <Form.Item name="kind" label={t('act.field.kind')}>
          <Select options={optionsOf(KINDS, (k) => t(`act.kind.${k}`))} />
        </Form.Item>
      </div>
      <div className="form-grid-2">
        <TextItem name="place" label={t('act.field.place')} max={300} required testId="act-place" />
        <RequiredItem name="places" label={t('act.field.places')}>
          <NumberInput min={1} max={100000} style={{ width: '100%' }} testId="act-places" />
        </RequiredItem>
      </div>
      <div className="form-grid-2">
        <RequiredItem name="signup" label={t('act.field.signup')}>
          <DayRangePicker style={{ width: '100%' }} data-testid="act-signup" />
        </RequiredItem>
        <Form.Item name="feeFen" label={t('act.field.fee')}>
          <YuanInput style={{ width: '100%' }} emptyMeans={t('act.field.free')} />
        </Form.Item>
      </div>
      <Form.Item label={t('act.create.sessions')} required>
        <FormRows
          name="sessions"
          keepOne
          addLabel={t('act.create.addSession')}
          row={(it) => (
            <Form.Item name={[it.name, 'range']} noStyle rules={[requiredRule(t, t('act.create.sessions'))]}>
              <DayRangePicker withTime data-testid={`act-session-${it.name}`} />
            </Form.Item>
          )}
        />
      </Form.Item>
      <Form.Item label={t('act.create.quotas')} extra={t('act.create.quotasHint')}>
        <FormRows
          name="quotas"
          addLabel={t('act.create.addQuota')}
          rowLayout={{ align: 'center' }}
          row={(it) => (
            <>
              <Form.Item name={[it.name, 'orgId']} noStyle rules={[requiredRule(t, t('act.stats.union'))]}>
                <QuotaOrg />
              </Form.Item>
              <Form.Item name={[it.name, 'places']} noStyle rules={[requiredRule(t, t('act.field.places'))]}>
                <NumberInput
                  min={1}
                  max={100000}
                  placeholder={t('act.field.places')}
                  testId={`act-quota-places-${it.name}`}
                />
              </Form.Item>
            </>
          )}
        />
      </Form.Item>
      <div className="form-grid-2">
        <Form.Item name="noShowLimit" label={t('act.create.noShowLimit')}>
          <NumberInput min={0} max={20} optional style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="noShowDays" label={t('act.create.noShowDays')}>
          <NumberInput min={1} max={730} optional style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <OptionalRule rule={rule} onChange={setRule} label={t('act.create.withRule')} testId="act-with-rule" />
    </NewRecordDialog>
  );
}

/** A lower union for a quota (a form control: value and onChange come from Form.Item). */
function QuotaOrg({ value, onChange }: { value?: number | null; onChange?: (v: number | null) => void }) {
  return <OrgSelect value={value ?? null} onChange={(v) => onChange?.(v)} style={{ minWidth: 280 }} />;
}
