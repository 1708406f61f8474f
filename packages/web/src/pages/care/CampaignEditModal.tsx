import { Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { EditDialog } from '../../components/EditDialog.tsx';
import { Field } from '../../components/Field.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type CampaignDetail, careApi, type EditCampaign } from './care-api.ts';

type Values = Required<Omit<EditCampaign, 'note'>> & { note: string };

/** Staff: correct a campaign until its last day — title, period, budget and note. */
export function CampaignEditModal({
  campaign,
  onDone,
}: {
  campaign: CampaignDetail['campaign'];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <EditDialog<Values>
      testId="care-edit"
      okTestId="care-edit-ok"
      title={t('care.edit.title')}
      start={() => ({
        title: campaign.title,
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
        budgetFen: campaign.budgetFen,
        note: campaign.note ?? '',
      })}
      okProps={(v) => ({ disabled: !v?.title.trim() })}
      save={async (v) => {
        if (!v.title.trim()) return false;
        return careApi.editCampaign(campaign.id, {
          ...v,
          title: v.title.trim(),
          note: v.note.trim() || null,
        });
      }}
      onDone={onDone}
    >
      {(v, set) => (
        <Form layout="vertical">
          <Field id="care-edit-title" label={t('care.field.title')} required>
            <TextLine value={v.title} max={100} onChange={(text) => set({ title: text })} />
          </Field>
          <Row gutter={16}>
            <Field col={12} id="care-edit-starts-on" label={t('care.field.startsOn')} required>
              <DateField value={v.startsOn} onChange={(d) => d && set({ startsOn: d })} />
            </Field>
            <Field col={12} id="care-edit-ends-on" label={t('care.field.endsOn')} required>
              <DateField value={v.endsOn} onChange={(d) => d && set({ endsOn: d })} />
            </Field>
          </Row>
          <Field id="care-edit-budget" label={t('care.field.budget')} required>
            <YuanInput
              value={v.budgetFen}
              onChange={(n) => set({ budgetFen: n ?? 0 })}
              style={{ width: '100%' }}
              testId="care-edit-budget"
            />
          </Field>
          <Field id="care-edit-note" label={t('care.field.note')}>
            <TextBox rows={2} value={v.note} max={1000} onChange={(note) => set({ note })} />
          </Field>
        </Form>
      )}
    </EditDialog>
  );
}
