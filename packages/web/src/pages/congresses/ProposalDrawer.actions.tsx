import { Button, Flex, Form, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES as PLEDGE_CATEGORIES } from '../../../../server/src/modules/pledges/pledges.vocabulary.ts';
import { thisYear } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { congressesApi, type Proposal } from './congresses-api.ts';

type ProposalDetail = Awaited<ReturnType<typeof congressesApi.proposal>>;

/** What each step's form is given by the drawer: the proposal, the day chosen, and how to run a step. */
export interface ActionProps {
  id: number;
  p: ProposalDetail;
  busy: boolean;
  run: (fn: () => Promise<unknown>, done: string | null) => Promise<void>;
  day: string | null;
  setDay: (day: string | null) => void;
}

/** The committee examines a filed proposal: accept, reject, keep as an opinion, or merge into another. */
export function ExamineActions({ siblings, ...a }: ActionProps & { siblings: Proposal[] }) {
  const { t } = useTranslation();
  const { id, p, busy, run, day, setDay } = a;
  const [reason, setReason] = useState('');
  const [mergeInto, setMergeInto] = useState<number | undefined>();
  const on = day ?? undefined;
  return (
    <Flex vertical gap={8}>
      <TextBox rows={2} max={1000} value={reason} onChange={setReason} placeholder={t('cong.field.reason')} />
      <Select
        allowClear
        placeholder={t('cong.proposal.mergeInto')}
        value={mergeInto}
        onChange={setMergeInto}
        options={siblings
          .filter((s) => s.id !== p.id && s.status !== 'rejected' && s.status !== 'merged')
          .map((s) => ({ value: s.id, label: s.title }))}
      />
      <PastDay value={day} onChange={setDay} />
      <Space wrap>
        <Button
          type="primary"
          loading={busy}
          onClick={() =>
            run(
              () =>
                congressesApi.examine(id, {
                  decision: 'accept',
                  reason: reason || undefined,
                  effectiveOn: on,
                }),
              t('cong.proposal.decided'),
            )
          }
          data-testid="cong-accept"
        >
          {t('cong.proposal.accept')}
        </Button>
        <Button
          danger
          loading={busy}
          onClick={() =>
            run(
              () => congressesApi.examine(id, { decision: 'reject', reason, effectiveOn: on }),
              t('cong.proposal.decided'),
            )
          }
        >
          {t('cong.proposal.reject')}
        </Button>
        <Button
          loading={busy}
          onClick={() =>
            run(
              () =>
                congressesApi.examine(id, {
                  decision: 'opinion',
                  reason: reason || undefined,
                  effectiveOn: on,
                }),
              t('cong.proposal.decided'),
            )
          }
          title={t('cong.proposal.opinionHint')}
          data-testid="cong-opinion"
        >
          {t('cong.proposal.opinion')}
        </Button>
        <Button
          loading={busy}
          disabled={!mergeInto}
          onClick={() =>
            run(
              () =>
                congressesApi.examine(id, {
                  decision: 'merge',
                  mergeInto,
                  reason: reason || undefined,
                  effectiveOn: on,
                }),
              t('cong.proposal.decided'),
            )
          }
        >
          {t('cong.proposal.merge')}
        </Button>
      </Space>
    </Flex>
  );
}

/** An accepted proposal (or an opinion) assigned to the department that answers it. */
export function AssignForm({ id, busy, run, day, setDay }: ActionProps) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [department, setDepartment] = useState('');
  const on = day ?? undefined;
  return (
    <Form layout="vertical">
      <Field id="proposal-department" label={t('cong.field.department')} required>
        <TextLine max={100} value={department} onChange={setDepartment} testId="cong-department" />
      </Field>
      <PastDay value={day} onChange={setDay} />
      <Button
        type="primary"
        loading={busy}
        disabled={!department.trim()}
        onClick={() =>
          run(async () => {
            const r = await congressesApi.assign(id, { department, effectiveOn: on });
            feedback.success(t('cong.proposal.assigned', { dueOn: r.dueOn }));
          }, null)
        }
        data-testid="cong-assign"
      >
        {t('cong.proposal.assign')}
      </Button>
    </Form>
  );
}

/** The department's answer (and, for an opinion, whether it was adopted). */
export function AnswerForm({ id, p, busy, run, day, setDay }: ActionProps) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const [adopted, setAdopted] = useState<boolean | undefined>();
  const on = day ?? undefined;
  return (
    <Form layout="vertical">
      <Field id="proposal-answer" label={t('cong.field.answer')} required>
        <TextBox rows={4} max={4000} value={answer} onChange={setAnswer} testId="cong-answer-text" />
      </Field>
      {p.opinion && (
        <Form.Item label={t('cong.proposal.adoption')} required>
          <Radio.Group
            value={adopted}
            onChange={(e) => setAdopted(e.target.value)}
            options={[
              { value: true, label: t('cong.proposal.adopted') },
              { value: false, label: t('cong.proposal.notAdopted') },
            ]}
            data-testid="cong-adopted"
          />
        </Form.Item>
      )}
      <PastDay value={day} onChange={setDay} />
      <Button
        type="primary"
        loading={busy}
        disabled={!answer.trim() || (p.opinion && adopted === undefined)}
        onClick={() =>
          run(
            () =>
              congressesApi.answer(id, {
                answer,
                ...(p.opinion ? { adopted } : {}),
                effectiveOn: on,
              }),
            t('cong.proposal.answered'),
          )
        }
        data-testid="cong-answer"
      >
        {t('cong.proposal.answer')}
      </Button>
    </Form>
  );
}

/** The proposal made a pledge project: its year, category and budget. */
export function PledgeForm({ id, busy, run, day, setDay }: ActionProps) {
  const { t } = useTranslation();
  const [pledge, setPledge] = useState({
    year: thisYear(),
    category: 'welfare' as (typeof PLEDGE_CATEGORIES)[number],
    budgetFen: 0 as number | null,
  });
  const invalid = useInvalidFields();
  return (
    <ValidityScope fields={invalid}>
      <Form layout="vertical">
        <Typography.Title level={5}>{t('cong.proposal.pledge')}</Typography.Title>
        <Flex gap={12} wrap>
          <Field id="proposal-year" label={t('cong.field.year')}>
            <NumberInput
              min={2000}
              max={2100}
              value={pledge.year}
              onChange={(v) => v !== null && setPledge({ ...pledge, year: v })}
            />
          </Field>
          <Field id="proposal-pledge-category" label={t('cong.field.pledgeCategory')}>
            <Select
              style={{ minWidth: 160 }}
              value={pledge.category}
              onChange={(category) => setPledge({ ...pledge, category })}
              options={optionsOf(PLEDGE_CATEGORIES, (k) => t(`pl.category.${k}`))}
            />
          </Field>
          <Field id="proposal-budget" label={t('cong.field.budget')}>
            <YuanInput
              value={pledge.budgetFen}
              onChange={(budgetFen) => setPledge({ ...pledge, budgetFen })}
              testId="cong-pledge-budget"
            />
          </Field>
        </Flex>
        <PastDay value={day} onChange={setDay} testId="cong-pledge-day" />
        <Button
          loading={busy}
          disabled={pledge.budgetFen === null}
          onClick={() =>
            !invalid.blocked() &&
            run(
              () =>
                congressesApi.pledge(id, {
                  year: pledge.year,
                  category: pledge.category,
                  budgetFen: pledge.budgetFen ?? 0,
                  ...(day ? { effectiveOn: day } : {}),
                }),
              t('cong.proposal.pledged'),
            )
          }
          data-testid="cong-pledge"
        >
          {t('cong.proposal.pledge')}
        </Button>
      </Form>
    </ValidityScope>
  );
}
