import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { EditDialog } from '../../components/EditDialog.tsx';
import { Field } from '../../components/Field.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { type AgreementDetail, agreementsApi, type EditAgreement } from './agreements-api.ts';
import { ClauseChecklist } from './ClauseChecklist.tsx';
import { MeasureInputs } from './MeasureInputs.tsx';

type Enterprise = NonNullable<EditAgreement['enterprises']>[number];
/** An enterprise row of the form, keyed for React while its credit code is typed. */
type FirmRow = Enterprise & { key: number };
type Values = Required<Omit<EditAgreement, 'note' | 'enterprises' | 'costFen' | 'reach'>> & {
  note: string;
  costFen: number | null;
  reach: number | null;
  enterprises: FirmRow[];
};
let nextKey = 0;

/**
 * Staff: correct an agreement — its title, employer party, dates, clauses, measures' cost and reach and note, and
 * while it is not yet in force the enterprises it covers. Every change lands in the agreement's history.
 */
export function AgreementEditModal({
  detail,
  onDone,
}: {
  detail: AgreementDetail;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const a = detail.agreement;
  const pending = a.status === 'pending';
  return (
    <EditDialog<Values>
      testId="agreement-edit"
      okTestId="agreement-edit-ok"
      title={t('agr.edit.title')}
      width={960}
      start={() => ({
        title: a.title,
        employer: a.employer,
        signedOn: a.signedOn,
        effectiveOn: a.effectiveOn,
        expiresOn: a.expiresOn,
        clauses: a.clauses,
        note: a.note ?? '',
        costFen: a.costFen,
        reach: a.reach,
        enterprises: detail.coverage.map(({ uscc, name, workers, womenWorkers }) => ({
          key: nextKey++,
          uscc,
          name,
          workers,
          womenWorkers,
        })),
      })}
      save={async ({ enterprises, note, ...terms }) => {
        return agreementsApi.edit(a.id, {
          ...terms,
          note: note.trim() || null,
          ...(pending ? { enterprises: enterprises.map(({ key: _key, ...e }) => e) } : {}),
        });
      }}
      onDone={onDone}
    >
      {(v, set) => {
        const setFirm = (i: number, patch: Partial<Enterprise>) =>
          set({ enterprises: v.enterprises.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
        return (
          <Form layout="vertical">
            <Field id="agreement-edit-title" label={t('agr.field.title')} required>
              <TextLine
                value={v.title}
                onChange={(text) => set({ title: text })}
                max={200}
                testId="agreement-edit-title"
              />
            </Field>
            <Field id="agreement-edit-employer" label={t('agr.field.employer')} required>
              <TextLine value={v.employer} onChange={(text) => set({ employer: text })} max={500} />
            </Field>
            <Row gutter={16}>
              <Field
                col={{ xs: 24, md: 8 }}
                id="agreement-edit-signed-on"
                label={t('agr.field.signedOn')}
                required
              >
                <DateField value={v.signedOn} onChange={(d) => d && set({ signedOn: d })} noFuture />
              </Field>
              <Field
                col={{ xs: 24, md: 8 }}
                id="agreement-edit-effective-on"
                label={t('agr.field.effectiveOn')}
                required
              >
                <DateField value={v.effectiveOn} onChange={(d) => d && set({ effectiveOn: d })} />
              </Field>
              <Field
                col={{ xs: 24, md: 8 }}
                id="agreement-edit-expires-on"
                label={t('agr.field.expiresOn')}
                required
              >
                <DateField value={v.expiresOn} onChange={(d) => d && set({ expiresOn: d })} />
              </Field>
            </Row>
            <Form.Item label={t('agr.field.clauses')}>
              <ClauseChecklist kind={a.kind} value={v.clauses} onChange={(clauses) => set({ clauses })} />
            </Form.Item>
            <MeasureInputs
              costFen={v.costFen}
              reach={v.reach}
              onChange={(m) => set(m)}
              testId="agreement-edit"
            />
            <Field id="agreement-edit-note" label={t('agr.field.note')}>
              <TextBox rows={2} value={v.note} onChange={(note) => set({ note })} max={1000} />
            </Field>
            <Form.Item
              label={t('agr.field.enterprises')}
              extra={pending ? t('agr.edit.enterprisesHint') : t('agr.edit.enterprisesFixed')}
            >
              {pending && (
                <Flex vertical gap={8}>
                  {v.enterprises.map((e, i) => (
                    <Flex key={e.key} gap={8} wrap data-testid="agreement-edit-enterprise">
                      <Input
                        value={e.uscc}
                        onChange={(x) => setFirm(i, { uscc: x.target.value })}
                        placeholder={t('agr.field.uscc')}
                        style={{ width: 200 }}
                        maxLength={18}
                      />
                      <Input
                        value={e.name}
                        onChange={(x) => setFirm(i, { name: x.target.value })}
                        placeholder={t('agr.field.enterpriseName')}
                        style={{ width: 240 }}
                        maxLength={200}
                      />
                      <NumberInput
                        value={e.workers}
                        min={0}
                        max={10_000_000}
                        onChange={(n) => n !== null && setFirm(i, { workers: n })}
                        prefix={t('agr.field.enterpriseWorkers')}
                        style={{ width: 180 }}
                      />
                      <NumberInput
                        value={e.womenWorkers}
                        min={0}
                        max={10_000_000}
                        onChange={(n) => n !== null && setFirm(i, { womenWorkers: n })}
                        prefix={t('agr.field.enterpriseWomen')}
                        style={{ width: 190 }}
                      />
                      <Button
                        icon={<MinusCircleOutlined />}
                        aria-label={t('agr.edit.removeEnterprise')}
                        onClick={() => set({ enterprises: v.enterprises.filter((_, j) => j !== i) })}
                      />
                    </Flex>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    style={{ alignSelf: 'start' }}
                    onClick={() =>
                      set({
                        enterprises: [
                          ...v.enterprises,
                          { key: nextKey++, uscc: '', name: '', workers: 0, womenWorkers: 0 },
                        ],
                      })
                    }
                  >
                    {t('agr.edit.addEnterprise')}
                  </Button>
                </Flex>
              )}
            </Form.Item>
          </Form>
        );
      }}
    </EditDialog>
  );
}
