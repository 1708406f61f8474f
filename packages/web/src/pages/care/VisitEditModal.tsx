import { Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { EditDialog } from '../../components/EditDialog.tsx';
import { Field } from '../../components/Field.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { careApi, type EditVisit, type VisitDetail } from './care-api.ts';

type Values = Required<Omit<EditVisit, 'note' | 'goodsWritten'>> & { note: string; goodsWritten: string };

/**
 * Staff: correct a visit brought in from a past ledger — its day, the unit a unit's visit went to and the workers it
 * reached, the visitors, the goods as written, the grant paid outside the platform and the note. Every change lands
 * in its history.
 */
export function VisitEditModal({
  visit,
  onDone,
}: {
  visit: VisitDetail['visit'];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const toUnit = visit.recipientKind !== 'person';
  // what the server requires: who went, and a unit's name
  const incomplete = (v: Values) => !v.visitors.trim() || (toUnit && !v.unitName.trim());
  return (
    <EditDialog<Values>
      testId="care-visit-edit"
      okTestId="care-visit-edit-ok"
      title={t('care.visit.correctTitle')}
      start={() => ({
        visitedOn: visit.visitedOn,
        people: visit.people,
        unitName: toUnit ? visit.recipient : '',
        visitors: visit.visitors,
        goodsWritten: visit.goodsWritten ?? '',
        grantFen: visit.grantFen,
        note: visit.note ?? '',
      })}
      okProps={(v) => ({ disabled: !v || incomplete(v) })}
      save={async (v) => {
        if (incomplete(v)) return false;
        return careApi.editVisit(visit.id, {
          visitedOn: v.visitedOn,
          ...(toUnit ? { people: v.people, unitName: v.unitName.trim() } : {}),
          visitors: v.visitors.trim(),
          goodsWritten: v.goodsWritten.trim() || null,
          grantFen: v.grantFen,
          note: v.note.trim() || null,
        });
      }}
      onDone={onDone}
    >
      {(v, set) => (
        <Form layout="vertical">
          <Row gutter={16}>
            <Field col={12} id="care-visit-edit-day" label={t('care.field.visitedOn')} required>
              <DateField value={v.visitedOn} onChange={(d) => d && set({ visitedOn: d })} noFuture />
            </Field>
            {toUnit && (
              <Field col={12} id="care-visit-edit-people" label={t('care.field.people')} required>
                <NumberInput
                  value={v.people}
                  min={1}
                  max={1_000_000}
                  onChange={(n) => n !== null && set({ people: n })}
                  testId="care-visit-edit-people"
                />
              </Field>
            )}
          </Row>
          {toUnit && (
            <Field id="care-visit-edit-unit" label={t('care.field.unitName')} required>
              <TextLine
                value={v.unitName}
                max={200}
                onChange={(unitName) => set({ unitName })}
                testId="care-visit-edit-unit"
              />
            </Field>
          )}
          <Field id="care-visit-edit-visitors" label={t('care.field.visitors')} required>
            <TextLine value={v.visitors} max={200} onChange={(visitors) => set({ visitors })} />
          </Field>
          <Field id="care-visit-edit-goods" label={t('care.field.goods')}>
            <TextLine value={v.goodsWritten} max={500} onChange={(goodsWritten) => set({ goodsWritten })} />
          </Field>
          <Field id="care-visit-edit-grant" label={t('care.visit.grantOutside')}>
            <YuanInput
              value={v.grantFen}
              onChange={(n) => set({ grantFen: n ?? 0 })}
              style={{ width: '100%' }}
              testId="care-visit-edit-grant"
            />
          </Field>
          <Field id="care-visit-edit-note" label={t('care.field.note')}>
            <TextBox rows={2} value={v.note} max={1000} onChange={(note) => set({ note })} />
          </Field>
        </Form>
      )}
    </EditDialog>
  );
}
