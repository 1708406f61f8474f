import {
  Button,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { LoadState } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { YuanInput } from '../../components/YuanInput.tsx';
import { congressesApi, type Proposal, STATUS_COLOR } from './congresses-api.ts';

const PLEDGE_CATEGORIES = ['skills', 'conditions', 'relief', 'welfare', 'special_groups'] as const;

/** A proposal and what the committee and the union do with it: examine, assign, answer, make it a project. */
export function ProposalDrawer({
  id,
  siblings,
  onClose,
  onChanged,
}: {
  id: number;
  /** The other proposals of the session, to merge into. */
  siblings: Proposal[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const detail = useLoad(() => congressesApi.proposal(id), [id]);
  const [day, setDay] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [mergeInto, setMergeInto] = useState<number | undefined>();
  const [department, setDepartment] = useState('');
  const [answer, setAnswer] = useState('');
  const [adopted, setAdopted] = useState<boolean | undefined>();
  const [pledge, setPledge] = useState({
    year: new Date().getFullYear(),
    category: 'welfare' as (typeof PLEDGE_CATEGORIES)[number],
    budgetFen: 0 as number | null,
  });
  const invalid = useInvalidFields();
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>, done: string | null) => {
    setBusy(true);
    try {
      await fn();
      if (done) feedback.success(done);
      setDay(null);
      detail.reload();
      onChanged();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  const p = detail.data;
  const manage = can('congresses.manage');
  const on = day ?? undefined;
  return (
    <Drawer
      open
      width={640}
      title={p?.title ?? t('cong.proposal.title')}
      onClose={onClose}
      data-testid="cong-proposal"
    >
      {!p ? (
        <LoadState state={detail} what={t('cong.what.proposal')} />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('cong.field.status')}>
              <Tag color={STATUS_COLOR[p.status]} data-testid="cong-proposal-status">
                {t(`cong.status.${p.status}`)}
              </Tag>
              {p.opinion && p.status !== 'opinion' && (
                <Tag color="orange">{t('cong.proposal.opinionTag')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('cong.field.session')}>{p.sessionTitle}</Descriptions.Item>
            <Descriptions.Item label={t('cong.field.proposer')}>{p.proposerName}</Descriptions.Item>
            <Descriptions.Item label={t('cong.field.filedOn')}>{p.filedOn}</Descriptions.Item>
            <Descriptions.Item label={t('cong.field.body')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {p.body}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('cong.proposal.cosigners')}>
              {p.cosigners.map((c) => c.name).join(listSeparator()) || '—'}
              {p.status === 'filed' && p.cosigns < p.cosignMin && (
                <Typography.Text type="warning">
                  {' '}
                  {t('cong.proposal.short', { n: p.cosigns, min: p.cosignMin })}
                </Typography.Text>
              )}
            </Descriptions.Item>
            {p.decisionReason && (
              <Descriptions.Item label={t('cong.field.reason')}>{p.decisionReason}</Descriptions.Item>
            )}
            {p.mergedIntoTitle && (
              <Descriptions.Item label={t('cong.proposal.merge')}>
                {t('cong.proposal.mergedInto', { title: p.mergedIntoTitle })}
              </Descriptions.Item>
            )}
            {p.department && (
              <Descriptions.Item label={t('cong.field.department')}>
                {p.department}（{t('cong.field.dueOn')} {p.dueOn}）
              </Descriptions.Item>
            )}
            {p.answer && (
              <Descriptions.Item label={t('cong.field.answer')}>
                {t('cong.proposal.answers', { n: p.answers })} · {p.answeredOn}
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {p.answer}
                </Typography.Paragraph>
              </Descriptions.Item>
            )}
            {p.opinion && p.adopted !== null && (
              <Descriptions.Item label={t('cong.proposal.adoption')}>
                <span data-testid="cong-proposal-adopted">
                  {t(p.adopted ? 'cong.proposal.adopted' : 'cong.proposal.notAdopted')}
                </span>
              </Descriptions.Item>
            )}
            {p.firstRating && p.answers > 1 && (
              <Descriptions.Item label={t('cong.field.rating')}>
                {t('cong.proposal.firstRating', { rating: t(`cong.rating.${p.firstRating}`) })}
              </Descriptions.Item>
            )}
            {p.rating && (
              <Descriptions.Item label={t('cong.field.rating')}>
                <span data-testid="cong-proposal-rating">{t(`cong.rating.${p.rating}`)}</span>
              </Descriptions.Item>
            )}
            {p.pledgeId && (
              <Descriptions.Item label={t('cong.proposal.pledged')}>
                <Link to={`/pledges/${p.pledgeId}`} data-testid="cong-proposal-pledge-link">
                  {t('cong.proposal.pledgeLink')}
                </Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          {manage && p.status === 'filed' && (
            <Flex vertical gap={8}>
              <Input.TextArea
                rows={2}
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={t('cong.field.reason')}
              />
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
          )}
          {manage && (p.status === 'accepted' || p.status === 'opinion') && (
            <Form layout="vertical">
              <Form.Item label={t('cong.field.department')} required>
                <Input
                  maxLength={100}
                  value={department}
                  onChange={(e) => setDepartment(e.target.value)}
                  data-testid="cong-department"
                />
              </Form.Item>
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
          )}
          {manage && p.status === 'assigned' && (
            <Form layout="vertical">
              <Form.Item label={t('cong.field.answer')} required>
                <Input.TextArea
                  rows={4}
                  maxLength={4000}
                  value={answer}
                  onChange={(e) => setAnswer(e.target.value)}
                  data-testid="cong-answer-text"
                />
              </Form.Item>
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
          )}
          {manage &&
            can('pledges.write') &&
            !p.pledgeId &&
            !p.opinion &&
            ['accepted', 'assigned', 'answered', 'closed'].includes(p.status) && (
              <ValidityScope fields={invalid}>
                <Form layout="vertical">
                  <Typography.Title level={5}>{t('cong.proposal.pledge')}</Typography.Title>
                  <Flex gap={12} wrap>
                    <Form.Item label={t('cong.field.year')}>
                      <InputNumber
                        min={2000}
                        max={2100}
                        precision={0}
                        value={pledge.year}
                        onChange={(v) => setPledge({ ...pledge, year: v ?? pledge.year })}
                      />
                    </Form.Item>
                    <Form.Item label={t('cong.field.pledgeCategory')}>
                      <Select
                        style={{ minWidth: 160 }}
                        value={pledge.category}
                        onChange={(category) => setPledge({ ...pledge, category })}
                        options={PLEDGE_CATEGORIES.map((k) => ({ value: k, label: t(`pl.category.${k}`) }))}
                      />
                    </Form.Item>
                    <Form.Item label={t('cong.field.budget')}>
                      <YuanInput
                        value={pledge.budgetFen}
                        onChange={(budgetFen) => setPledge({ ...pledge, budgetFen })}
                        testId="cong-pledge-budget"
                      />
                    </Form.Item>
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
            )}
        </Flex>
      )}
    </Drawer>
  );
}
