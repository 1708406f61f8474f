import { Card, Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field.tsx';
import { NumberInput } from '../../../components/NumberInput.tsx';
import { YuanInput } from '../../../components/YuanInput.tsx';
import { LIMIT_MODES } from '../programs-api.ts';
import { ReviewChainEditor } from '../ReviewChainEditor.tsx';
import { RecordKindSelect } from '../RuleVocabulary.tsx';
import type { SectionProps } from './program-draft.ts';

/** How often one applicant may benefit, the quota and budget (empty: unlimited), and the review chain. */
export function LimitsSection({ draft, set, patch }: SectionProps) {
  const { t } = useTranslation();
  const union = draft.applicantType === 'union';
  return (
    <Card title={t('prog.section.limits')}>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Field col={10} id="program-limit-mode" label={t('prog.field.limitMode')}>
            <Select
              data-testid="limit-mode"
              value={draft.limitMode}
              onChange={(v) =>
                patch({
                  limitMode: v,
                  subjectKind: v === 'per_subject' && !union ? (draft.subjectKind ?? 'certificate') : null,
                })
              }
              options={LIMIT_MODES.map((m) => ({
                value: m,
                // A union applicant benefits once per period as a union, not as a person; limited per subject,
                // once per subject its application names (a studio), not per record.
                label: t(
                  union && m === 'per_person_per_period'
                    ? 'prog.limitMode.per_union_per_period'
                    : union && m === 'per_subject'
                      ? 'prog.limitMode.per_subject_union'
                      : `prog.limitMode.${m}`,
                ),
              }))}
            />
          </Field>
          {draft.limitMode === 'per_subject' && !union && (
            <Field col={6} id="program-subject-kind" label={t('prog.field.subjectKind')}>
              <RecordKindSelect
                value={draft.subjectKind ?? undefined}
                onChange={(v) => set('subjectKind', v)}
              />
            </Field>
          )}
          <Field col={8} id="program-quota" label={t('prog.field.quota')} tooltip={t('prog.quotaHint')}>
            <NumberInput
              value={draft.quota}
              min={1}
              max={10_000_000}
              optional
              placeholder={t('prog.unlimited')}
              onChange={(v) => set('quota', v)}
              testId="program-quota"
              style={{ width: '100%' }}
            />
          </Field>
          <Field
            col={10}
            id="program-budget-yuan"
            label={t('prog.field.budgetYuan')}
            tooltip={t('prog.budgetHint')}
          >
            <YuanInput
              value={draft.budgetFen}
              emptyMeans={t('prog.unlimited')}
              onChange={(fen) => set('budgetFen', fen)}
              testId="program-budget"
              style={{ width: '100%' }}
            />
          </Field>
          <Col span={24}>
            <Form.Item label={t('prog.field.reviewChain')} tooltip={t('prog.chain.hint')}>
              <ReviewChainEditor value={draft.reviewChain} onChange={(v) => set('reviewChain', v)} />
            </Form.Item>
          </Col>
          <Field
            col={12}
            id="program-stand-in-days"
            label={t('prog.field.standInDays')}
            tooltip={t('prog.standInHint')}
          >
            <NumberInput
              value={draft.standInDays ?? 5}
              min={1}
              max={60}
              onChange={(v) => set('standInDays', v ?? 5)}
              testId="program-stand-in-days"
              style={{ width: '100%' }}
            />
          </Field>
        </Row>
      </Form>
    </Card>
  );
}
