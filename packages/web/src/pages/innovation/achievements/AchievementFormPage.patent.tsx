import { Alert, Checkbox, Flex, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { Field } from '../../../components/Field.tsx';
import { optionsOf } from '../../../components/options.ts';
import { TextLine } from '../../../components/TextBox.tsx';
import type { AchievementBody } from './achievements-api.ts';

type Patent = NonNullable<AchievementBody['patent']>;

/** What a part of the achievement's form is given: the achievement as typed, and `set`, which merges a change in. */
export interface AchievementPartProps {
  value: AchievementBody;
  set: (patch: Partial<AchievementBody>) => void;
}

/**
 * The achievement's patent: whether it has one (always, for a patent type), and its type, number and day granted.
 */
export function PatentFields({ value, set }: AchievementPartProps) {
  const { t } = useTranslation();
  const patent = value.patent;
  const setPatent = (p: Partial<Patent>) => set({ patent: { ...(patent as Patent), ...p } });
  return (
    <>
      <Form.Item>
        <Checkbox
          checked={patent !== null && patent !== undefined}
          disabled={value.type === 'invention_patent' || value.type === 'utility_model'}
          onChange={(e) =>
            set({ patent: e.target.checked ? { type: 'invention', number: '', grantedOn: '' } : null })
          }
        >
          {t('ach.form.hasPatent')}
        </Checkbox>
      </Form.Item>
      {patent && (
        <>
          <Flex gap={16} wrap>
            <Field
              id="achievement-patent-patent-type"
              label={t('ach.field.patentType')}
              style={{ minWidth: 160 }}
            >
              <Select
                value={patent.type}
                onChange={(v) => setPatent({ type: v })}
                options={optionsOf(['invention', 'utility_model', 'design'] as const, (x) =>
                  t(`ach.patentType.${x}`),
                )}
              />
            </Field>
            <Field id="achievement-patent-patent-no" label={t('ach.field.patentNo')}>
              <TextLine
                max={50}
                value={patent.number}
                onChange={(text) => setPatent({ number: text })}
                testId="achievement-patent-no"
              />
            </Field>
            <Field id="achievement-patent-granted-on" label={t('ach.field.grantedOn')}>
              <DateField
                value={patent.grantedOn || null}
                onChange={(d) => setPatent({ grantedOn: d ?? '' })}
              />
            </Field>
          </Flex>
          <Alert type="info" showIcon message={t('ach.form.patentHint')} style={{ marginBottom: 16 }} />
        </>
      )}
    </>
  );
}
