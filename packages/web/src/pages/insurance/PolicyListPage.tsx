import { Checkbox, Form, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { linkColumn } from '../../components/columns.tsx';
import { DayRangePicker } from '../../components/DayRangePicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { NewRecordDialog, type NewRecordDialogProps } from '../../components/FormDialog.tsx';
import { formatFen } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { RegisterList } from '../../components/RegisterList.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { insuranceApi, type NewPolicy, type Policy } from './insurance-api.ts';
import { policyPremium } from './policy-premium.ts';

/** Who a policy insures, in the words a clerk chooses; each is a rule of the programs rule builder. */
const WHO = {
  all: null,
  outdoor: { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
  frontLine: { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true },
} as const;
type Who = keyof typeof WHO;

const PAGE_SIZE = 50;

/** Staff: the group insurance policies of a union's subtree, a page at a time, and a new one. */
export default function PolicyListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Policy>
      title={t('ins.list.title')}
      testId="ins"
      org={{ testId: 'ins-org' }}
      pageSize={PAGE_SIZE}
      load={({ orgId, page, pageSize }) => insuranceApi.policies({ orgId, page, pageSize })}
      size="small"
      empty={t('ins.list.empty')}
      what={t('ins.what.policies')}
      tableTestId="ins-policies"
      actions={(list) => <ListImport register="insurance-policies" onClosed={list.reload} />}
      columns={[
        linkColumn(t('ins.field.title'), 'title', (p) => `/insurance/${p.id}`),
        { title: t('ins.field.union'), dataIndex: 'orgName' },
        { title: t('ins.field.insurer'), dataIndex: 'insurer' },
        { title: t('ins.field.period'), key: 'period', render: (_, p) => `${p.startsOn} — ${p.endsOn}` },
        {
          title: t('ins.field.premiumShown'),
          key: 'premium',
          align: 'right',
          render: (_, p) => <PremiumText p={p} />,
        },
        {
          title: t('ins.field.enrolled'),
          key: 'enrolled',
          align: 'right',
          render: (_, p) => p.enrolled.toLocaleString('en-US'),
        },
        {
          title: t('ins.field.insuredNow'),
          key: 'insured',
          align: 'right',
          render: (_, p) => p.insuredNow.toLocaleString('en-US'),
        },
        { title: t('ins.field.claims'), dataIndex: 'claims', align: 'right' },
      ]}
      create={{
        permission: 'insurance.write',
        label: t('ins.list.create'),
        testId: 'ins-new',
        Dialog: PolicyModal,
        opens: (id) => `/insurance/${id}`,
      }}
    />
  );
}

/** A policy's premium in the list, saying what it is: a person's for a year, or the whole policy's (a year kept as totals). */
function PremiumText({ p }: { p: Policy }) {
  const { t } = useTranslation();
  const { fen, per } = policyPremium(p);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatFen(fen)} <Typography.Text type="secondary">{t(`ins.premiumPer.${per}`)}</Typography.Text>
    </span>
  );
}

interface Values {
  insurer: string;
  policyNo: string;
  title: string;
  period: [Dayjs, Dayjs];
  premiumFen: number;
  cover: string;
  who: Who;
  payer: 'insurer' | 'union';
  past?: boolean;
  recordedInsured?: number;
  recordedPremiumFen?: number;
}

function PolicyModal(dialog: NewRecordDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const past = Form.useWatch('past', form);
  return (
    <NewRecordDialog<Values>
      {...dialog}
      form={form}
      title={t('ins.create.title')}
      union={{ id: 'policy-list-union', label: t('ins.field.union'), testId: 'ins-union' }}
      create={(v, union) =>
        insuranceApi.createPolicy({
          orgId: union,
          insurer: v.insurer,
          policyNo: v.policyNo,
          title: v.title,
          startsOn: fromDay(v.period[0]) as string,
          endsOn: fromDay(v.period[1]) as string,
          premiumFen: v.premiumFen,
          cover: v.cover,
          rule: WHO[v.who] as NewPolicy['rule'],
          payer: v.payer,
          ...(v.past
            ? { recordedInsured: v.recordedInsured ?? null, recordedPremiumFen: v.recordedPremiumFen ?? null }
            : {}),
        })
      }
      done={t('ins.create.done')}
      width={720}
      okTestId="ins-create-ok"
      preserve
      initialValues={{ who: 'outdoor', payer: 'insurer' }}
    >
      <div className="form-grid-2">
        <TextItem
          name="insurer"
          label={t('ins.field.insurer')}
          max={100}
          required={t('ins.create.needInsurer')}
          testId="ins-insurer"
        />
        <TextItem
          name="policyNo"
          label={t('ins.field.policyNo')}
          max={60}
          required={t('ins.create.needNo')}
          testId="ins-no"
        />
      </div>
      <TextItem
        name="title"
        label={t('ins.field.title')}
        max={200}
        required={t('ins.create.needTitle')}
        testId="ins-title"
      />
      <div className="form-grid-2">
        <RequiredItem name="period" label={t('ins.field.period')} message={t('ins.create.needPeriod')}>
          <DayRangePicker style={{ width: '100%' }} data-testid="ins-period" />
        </RequiredItem>
        <RequiredItem name="premiumFen" label={t('ins.field.premium')} message={t('ins.create.needPremium')}>
          <YuanInput style={{ width: '100%' }} testId="ins-premium" />
        </RequiredItem>
      </div>
      <TextItem
        name="cover"
        label={t('ins.field.cover')}
        max={2000}
        rows={2}
        required={t('ins.create.needCover')}
        testId="ins-cover"
      />
      <Form.Item name="who" label={t('ins.field.who')}>
        <Radio.Group
          options={(Object.keys(WHO) as Who[]).map((w) => ({ value: w, label: t(`ins.who.${w}`) }))}
          data-testid="ins-who"
        />
      </Form.Item>
      <Form.Item name="payer" label={t('ins.field.payer')} extra={t('ins.payer.hint')}>
        <Radio.Group
          options={optionsOf(['insurer', 'union'] as const, (w) => t(`ins.payer.${w}`))}
          data-testid="ins-payer"
        />
      </Form.Item>
      <Form.Item name="past" valuePropName="checked">
        <Checkbox>{t('ins.create.past')}</Checkbox>
      </Form.Item>
      {past && (
        <div className="form-grid-2">
          <RequiredItem name="recordedInsured" label={t('ins.field.recordedInsured')}>
            <NumberInput min={0} max={10_000_000} style={{ width: '100%' }} />
          </RequiredItem>
          <RequiredItem name="recordedPremiumFen" label={t('ins.field.recordedPremium')}>
            <YuanInput style={{ width: '100%' }} />
          </RequiredItem>
        </div>
      )}
    </NewRecordDialog>
  );
}
