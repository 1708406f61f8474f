import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Segmented, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { countColumn, linkColumn } from '../../components/columns.tsx';
import { thisYear } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { formatFen } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { RegisterList } from '../../components/RegisterList.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLoad } from '../../components/useLoad.ts';
import { YuanInput } from '../../components/YuanInput.tsx';
import { QuotasToFill, type WellnessListHead } from './QuotasToFill.tsx';
import { type NewInstitution, type NewProgram, type WellnessProgram, wellnessApi } from './wellness-api.ts';

/**
 * Staff: the union's 疗休养 and 体检 programs (and those it holds places in), or (`?show=places`) the quotas of its
 * subtree with places still to nominate; and the institutions it works with.
 */
export default function WellnessListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const orgId = useHomeOrgId();
  const [params, setParams] = useSearchParams();
  const places = params.get('show') === 'places';
  const institutions = useLoad(() => wellnessApi.institutions(orgId), [orgId]);
  const [addingInstitution, setAddingInstitution] = useState(false);
  const title = t('wel.list.title');
  const head: WellnessListHead = {
    testId: places ? 'wel-places' : 'wel-programs',
    paging: 'client',
    pageSize: 20,
    deps: [orgId],
    actions: (list) => (
      <>
        <Segmented
          value={places ? 'places' : 'programs'}
          onChange={(v) => setParams(v === 'places' ? { show: 'places' } : {})}
          options={[
            { value: 'programs', label: t('wel.places.programs') },
            { value: 'places', label: t('wel.places.show') },
          ]}
          data-testid="wel-show"
        />
        <ListImport register="wellness" onClosed={list.reload} />
      </>
    ),
    create: {
      permission: 'wellness.manage',
      label: t('wel.list.newProgram'),
      testId: 'wel-new-program',
      dialog: (_, close, reload) =>
        orgId && <ProgramModal orgId={orgId} onClose={close} onDone={() => reload()} />,
    },
  };
  return (
    <Flex vertical gap={16}>
      {places ? (
        <QuotasToFill key="places" title={title} head={head} orgId={orgId} />
      ) : (
        <RegisterList<WellnessProgram>
          title={title}
          key="programs"
          {...head}
          load={() => wellnessApi.programs(orgId)}
          what={t('wel.what.programs')}
          empty={t('wel.list.empty')}
          tableTestId="wel-programs"
          columns={[
            linkColumn(t('wel.field.name'), 'name', (p: { id: number }) => `/wellness/programs/${p.id}`),
            {
              title: t('wel.field.kind'),
              dataIndex: 'kind',
              render: (k) => <Tag>{t(`wel.kind.${k}`)}</Tag>,
            },
            { title: t('wel.field.union'), dataIndex: 'orgName' },
            { title: t('wel.field.scheme'), dataIndex: 'scheme' },
            { title: t('wel.field.years'), render: (_, p) => `${p.fromYear}—${p.toYear}` },
            countColumn(t('wel.field.placesPerYear'), 'placesPerYear'),
            {
              title: t('wel.field.cost'),
              render: (_, p) => (
                <span>
                  {formatFen(p.costFen)}
                  <br />
                  <span className="muted">
                    {t('wel.list.shares', {
                      union: formatFen(p.unionShareFen),
                      enterprise: formatFen(p.enterpriseShareFen),
                      worker: formatFen(p.workerShareFen),
                    })}
                  </span>
                </span>
              ),
            },
            { title: t('wel.field.batches'), dataIndex: 'batches', align: 'right' },
          ]}
        />
      )}
      <Card
        title={t('wel.list.institutions')}
        extra={
          can('wellness.manage') && (
            <Button icon={<PlusOutlined />} onClick={() => setAddingInstitution(true)}>
              {t('wel.list.newInstitution')}
            </Button>
          )
        }
      >
        <LoadGate state={institutions} what={t('wel.what.institutions')}>
          {(list) => (
            <>
              <CappedNotice list={list} />
              <WholeTable
                dataSource={list.items}
                locale={{ emptyText: t('wel.list.noInstitutions') }}
                columns={[
                  { title: t('wel.field.institution'), dataIndex: 'name' },
                  { title: t('wel.field.kind'), dataIndex: 'kind', render: (k) => t(`wel.instKind.${k}`) },
                  { title: t('wel.field.address'), dataIndex: 'address' },
                  countColumn(t('wel.field.capacity'), 'capacity'),
                  { title: t('wel.field.union'), dataIndex: 'orgName' },
                ]}
              />
            </>
          )}
        </LoadGate>
      </Card>
      {addingInstitution && orgId && (
        <InstitutionModal
          orgId={orgId}
          onClose={() => setAddingInstitution(false)}
          onDone={() => institutions.reload()}
        />
      )}
    </Flex>
  );
}

/** A dialog adding a thing to the union picked: closed, or done (the list reloads). */
type NewInUnion = { orgId: number; onClose: () => void; onDone: () => void };

/** What the new-programme form holds (the rule in words: the front line, or none). */
interface ProgramValues {
  name: string;
  kind: NewProgram['kind'];
  scheme?: string;
  targetPeople?: number;
  fromYear: number;
  toYear: number;
  placesPerYear: number;
  unionShareFen: number;
  enterpriseShareFen?: number;
  workerShareFen?: number;
  rule: 'frontLine' | 'none';
  gapYears?: number;
}

function ProgramModal({ orgId, onClose, onDone }: NewInUnion) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProgramValues>();
  const year = thisYear();
  const submit = async (v: ProgramValues) => {
    const shares = [v.unionShareFen, v.enterpriseShareFen ?? 0, v.workerShareFen ?? 0];
    const body: NewProgram = {
      orgId,
      name: v.name,
      kind: v.kind,
      scheme: v.scheme ?? '',
      targetPeople: v.targetPeople ?? 0,
      fromYear: v.fromYear,
      toYear: v.toYear,
      placesPerYear: v.placesPerYear,
      costFen: shares[0] + shares[1] + shares[2],
      unionShareFen: shares[0],
      enterpriseShareFen: shares[1],
      workerShareFen: shares[2],
      gapYears: v.gapYears ?? 0,
      rule:
        v.rule === 'frontLine'
          ? {
              op: 'any',
              rules: [
                { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true },
                { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
                {
                  op: 'person',
                  field: 'modelWorkerLevel',
                  cmp: 'in',
                  value: ['district', 'city', 'national'],
                },
              ],
            }
          : null,
    };
    await wellnessApi.createProgram(body);
    onDone();
    onClose();
    return t('wel.list.created');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('wel.list.newProgram')}
      onClose={onClose}
      submit={submit}
      width={640}
      initialValues={{
        kind: 'recuperation',
        fromYear: year,
        toYear: year + 4,
        gapYears: 0,
        rule: 'frontLine',
      }}
    >
      <RequiredItem name="name" label={t('wel.field.name')}>
        <Input maxLength={200} data-testid="wel-program-name" />
      </RequiredItem>
      <Flex gap={12} wrap>
        <Form.Item name="kind" label={t('wel.field.kind')}>
          <Select
            style={{ width: 160 }}
            options={optionsOf(['recuperation', 'checkup'] as const, (k) => t(`wel.kind.${k}`))}
          />
        </Form.Item>
        <Form.Item name="scheme" label={t('wel.field.scheme')}>
          <Input maxLength={100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="targetPeople" label={t('wel.field.target')}>
          <NumberInput min={0} max={10_000_000} optional style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <RequiredItem name="fromYear" label={t('wel.field.fromYear')}>
          <NumberInput min={2000} max={2100} style={{ width: 120 }} />
        </RequiredItem>
        <RequiredItem name="toYear" label={t('wel.field.toYear')}>
          <NumberInput min={2000} max={2100} style={{ width: 120 }} />
        </RequiredItem>
        <RequiredItem name="placesPerYear" label={t('wel.field.placesPerYear')}>
          <NumberInput min={1} max={1_000_000} style={{ width: 120 }} />
        </RequiredItem>
      </Flex>
      <Flex gap={12} wrap>
        <RequiredItem name="unionShareFen" label={t('wel.field.unionShare')}>
          <YuanInput style={{ width: 160 }} />
        </RequiredItem>
        <Form.Item name="enterpriseShareFen" label={t('wel.field.enterpriseShare')}>
          <YuanInput emptyMeans="0.00" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="workerShareFen" label={t('wel.field.workerShare')}>
          <YuanInput emptyMeans="0.00" style={{ width: 160 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="rule" label={t('wel.field.rule')}>
        <Select
          options={[
            { value: 'frontLine', label: t('wel.list.ruleFrontLine') },
            { value: 'none', label: t('wel.list.noRule') },
          ]}
        />
      </Form.Item>
      <Form.Item name="gapYears" label={t('wel.field.gapYears')}>
        <NumberInput min={0} max={10} optional style={{ width: 120 }} />
      </Form.Item>
    </FieldsDialog>
  );
}

function InstitutionModal({ orgId, onClose, onDone }: NewInUnion) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const submit = async (v: Omit<NewInstitution, 'orgId'>) => {
    await wellnessApi.createInstitution({ orgId, ...v });
    onDone();
    onClose();
    return t('wel.list.instCreated');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('wel.list.newInstitution')}
      onClose={onClose}
      submit={submit}
      initialValues={{ kind: 'sanatorium' }}
    >
      <RequiredItem name="name" label={t('wel.field.institution')}>
        <Input maxLength={200} />
      </RequiredItem>
      <Form.Item name="kind" label={t('wel.field.kind')}>
        <Select
          options={optionsOf(['sanatorium', 'checkup_centre'] as const, (k) => t(`wel.instKind.${k}`))}
        />
      </Form.Item>
      <TextItem name="address" label={t('wel.field.address')} max={300} />
      <RequiredItem name="capacity" label={t('wel.field.capacity')}>
        <NumberInput min={1} max={100_000} style={{ width: 120 }} />
      </RequiredItem>
    </FieldsDialog>
  );
}
