import { Card, Descriptions, Flex, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { countColumn, linkColumn } from '../../components/columns.tsx';
import { FormDate } from '../../components/DateField.tsx';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { formatCount, formatFen } from '../../components/format.ts';
import { NewButton } from '../../components/NewButton.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { RecordPage } from '../../components/RecordPage.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { type NewBatch, type WellnessProgramDetail, wellnessApi } from './wellness-api.ts';

/** Staff: a program — its terms and its batches; its union schedules batches at an institution. */
export default function WellnessProgramPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <RecordPage load={wellnessApi.program} what={t('wel.what.program')} title={(program) => program.name}>
      {(program, { reload }) => (
        <Flex vertical gap={16}>
          <Card title={program.name}>
            <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label={t('wel.field.kind')}>
                {t(`wel.kind.${program.kind}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('wel.field.union')}>{program.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('wel.field.years')}>
                {program.fromYear}—{program.toYear}
              </Descriptions.Item>
              <Descriptions.Item label={t('wel.field.placesPerYear')}>
                {formatCount(program.placesPerYear)}
              </Descriptions.Item>
              <Descriptions.Item label={t('wel.field.cost')}>{formatFen(program.costFen)}</Descriptions.Item>
              <Descriptions.Item label={t('wel.field.unionShare')}>
                {formatFen(program.unionShareFen)}
              </Descriptions.Item>
              <Descriptions.Item label={t('wel.field.enterpriseShare')}>
                {formatFen(program.enterpriseShareFen)}
              </Descriptions.Item>
              <Descriptions.Item label={t('wel.field.workerShare')}>
                {formatFen(program.workerShareFen)}
              </Descriptions.Item>
              <Descriptions.Item label={t('wel.field.rule')}>
                {program.rule ? t('wel.list.ruleFrontLine') : t('wel.list.noRule')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            title={t('wel.program.batches')}
            extra={
              program.manage && (
                <NewButton onClick={() => setOpen(true)} testId="wel-new-batch">
                  {t('wel.program.newBatch')}
                </NewButton>
              )
            }
          >
            <PagedTable
              pageSize={20}
              dataSource={program.batches}
              locale={{ emptyText: t('wel.program.noBatches') }}
              data-testid="wel-batches"
              columns={[
                linkColumn(t('wel.field.title'), 'title', (b: { id: number }) => `/wellness/batches/${b.id}`),
                { title: t('wel.field.institution'), dataIndex: 'institutionName' },
                { title: t('wel.field.startsOn'), render: (_, b) => `${b.startsOn} — ${b.endsOn}` },
                countColumn(t('wel.field.places'), 'places'),
                countColumn(t('wel.field.allocated'), 'allocated'),
                countColumn(t('wel.field.attended'), 'attended'),
                {
                  title: t('wel.field.status'),
                  dataIndex: 'status',
                  render: (s) => <Tag color={s === 'settled' ? 'green' : 'blue'}>{t(`wel.status.${s}`)}</Tag>,
                },
              ]}
            />
          </Card>
          {open && <BatchModal program={program} onClose={() => setOpen(false)} onDone={() => reload()} />}
        </Flex>
      )}
    </RecordPage>
  );
}

function BatchModal({ program, onClose, onDone }: DialogProps<{ program: WellnessProgramDetail }>) {
  const { t } = useTranslation();
  const institutions = useLoad(() => wellnessApi.institutions(program.orgId), [program.orgId]);
  const [form] = Form.useForm();
  const wanted = program.kind === 'recuperation' ? 'sanatorium' : 'checkup_centre';
  const submit = async (v: Omit<NewBatch, 'programId'>) => {
    await wellnessApi.createBatch({ programId: program.id, ...v });
    onDone();
    onClose();
    return t('wel.program.created');
  };
  return (
    <FieldsDialog form={form} title={t('wel.program.newBatch')} onClose={onClose} submit={submit} width={640}>
      <RequiredItem name="title" label={t('wel.field.title')}>
        <Input maxLength={200} />
      </RequiredItem>
      <CappedNotice list={institutions.data} plain />
      <RequiredItem name="institutionId" label={t('wel.field.institution')}>
        <Select
          loading={!institutions.data}
          options={(institutions.data?.items ?? [])
            .filter((i) => i.kind === wanted)
            .map((i) => ({ value: i.id, label: `${i.name}${aside(formatCount(i.capacity))}` }))}
        />
      </RequiredItem>
      <Flex gap={12} wrap>
        <RequiredItem name="startsOn" label={t('wel.field.startsOn')}>
          <FormDate />
        </RequiredItem>
        <RequiredItem name="endsOn" label={t('wel.field.endsOn')}>
          <FormDate />
        </RequiredItem>
        <RequiredItem name="closesOn" label={t('wel.field.closesOn')}>
          <FormDate />
        </RequiredItem>
        <RequiredItem name="places" label={t('wel.field.places')}>
          <NumberInput min={1} max={100_000} style={{ width: 120 }} />
        </RequiredItem>
      </Flex>
      <TextItem name="meeting" label={t('wel.field.meeting')} max={500} />
      <TextItem name="bring" label={t('wel.field.bring')} max={1000} rows={2} />
    </FieldsDialog>
  );
}
