import { Button, Card, Empty, Flex, Form, Input, List, Select, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedDay } from '../../../api/client.ts';
import { aside } from '../../../components/aside.ts';
import { FormDate } from '../../../components/DateField.tsx';
import { Field } from '../../../components/Field.tsx';
import { useFeedback } from '../../../components/feedback.ts';
import { checkedValues } from '../../../components/formValues.ts';
import { LoadState } from '../../../components/LoadError.tsx';
import { PastDay } from '../../../components/PastDay.tsx';
import { TextItem } from '../../../components/TextItem.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { type ProblemDetail, problemsApi } from './problems-api.ts';

/** Runs a write with a busy flag and a toast, then `onDone`. */
function useAct(onDone: () => Promise<void>) {
  const feedback = useFeedback();
  const { busy, run: whileBusy } = useSaving();
  const act = async (fn: () => Promise<unknown>, done: string) => {
    await whileBusy(async () => {
      await fn();
      feedback.success(done);
      await onDone();
    });
  };
  return { busy, act };
}

/** Claim (揭榜): a lead studio of mine in the alliance, and partners from anywhere in the alliance. */
export function ClaimCard({ problemId, onDone }: { problemId: number; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const own = useLoad(() => problemsApi.ownStudios(), []);
  const alliance = useLoad(() => problemsApi.alliance(), []);
  const [lead, setLead] = useState<number>();
  const [partners, setPartners] = useState<number[]>([]);
  const [pastDay, setPastDay] = useState<string | null>(null);
  const { busy, act } = useAct(onDone);
  const mine = own.data?.items.filter((s) => s.inAlliance) ?? [];
  return (
    <Card title={t('ip.claim.title')} data-testid="problem-claim">
      {!own.data || !alliance.data ? (
        <LoadState state={own.error ? own : alliance} what={t('ip.what.alliance')} compact />
      ) : mine.length === 0 ? (
        <Typography.Text type="secondary">{t('ip.claim.noStudio')}</Typography.Text>
      ) : (
        <Form layout="vertical" style={{ maxWidth: 560 }}>
          <Field id="problem-claim-lead" label={t('ip.claim.lead')} required>
            <Select
              value={lead}
              onChange={(v) => {
                setLead(v);
                setPartners((ps) => ps.filter((p) => p !== v));
              }}
              options={mine.map((s) => ({ value: s.id, label: `${s.name}${aside(s.orgName)}` }))}
              data-testid="claim-lead"
            />
          </Field>
          <Field id="problem-claim-partners" label={t('ip.claim.partners')}>
            <Select
              mode="multiple"
              value={partners}
              onChange={setPartners}
              optionFilterProp="label"
              options={alliance.data.items
                .filter((s) => s.id !== lead)
                .map((s) => ({ value: s.id, label: `${s.name}${aside(s.unionName)}` }))}
              data-testid="claim-partners"
            />
          </Field>
          <Form.Item>
            <PastDay value={pastDay} onChange={setPastDay} testId="claim-day" />
          </Form.Item>
          <Button
            type="primary"
            disabled={!lead}
            loading={busy}
            onClick={() =>
              lead &&
              act(
                () =>
                  problemsApi.claim(problemId, {
                    leadStudioId: lead,
                    partnerStudioIds: partners,
                    ...pickedDay(pastDay),
                  }),
                t('ip.claim.done'),
              )
            }
            data-testid="claim-submit"
          >
            {t('ip.claim.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

export function TeamCard({ team }: { team: ProblemDetail['team'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('ip.field.team')}>
      {team.length === 0 ? (
        <Typography.Text type="secondary">{t('ip.detail.noTeam')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={team}
          renderItem={(m) => (
            <List.Item data-testid="problem-team-member">
              <Flex gap={8}>
                <Tag color={m.role === 'lead' ? 'red' : 'blue'}>{t(`ip.detail.${m.role}`)}</Tag>
                <span>{m.name}</span>
                <Typography.Text type="secondary">{m.unionName}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function MilestonesCard({
  problemId,
  milestones,
  canAdd,
  onDone,
}: {
  problemId: number;
  milestones: ProblemDetail['milestones'];
  canAdd: boolean;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reachedOn: string; title: string; note?: string }>();
  const { busy, act } = useAct(async () => {
    form.resetFields();
    await onDone();
  });
  const add = async () => {
    const v = await checkedValues(form);
    if (!v) return;
    await act(() => problemsApi.addMilestone(problemId, v), t('ip.milestone.added'));
  };
  return (
    <Card title={t('ip.milestone.title')}>
      {milestones.length === 0 ? (
        <Empty description={t('ip.milestone.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={milestones.map((m) => ({
            children: (
              <span data-testid="problem-milestone">
                <b>{m.reachedOn}</b> {m.title}
                {m.note && <Typography.Text type="secondary"> — {m.note}</Typography.Text>}
              </span>
            ),
          }))}
        />
      )}
      {canAdd && (
        <Form form={form} layout="inline" style={{ rowGap: 8 }}>
          <Form.Item name="reachedOn" rules={[{ required: true, message: t('ip.milestone.date') }]}>
            <FormDate allowClear testId="milestone-date" />
          </Form.Item>
          <TextItem
            name="title"
            max={100}
            placeholder={t('ip.milestone.name')}
            required={t('ip.milestone.name')}
            testId="milestone-title"
          />
          <Form.Item name="note">
            <Input placeholder={t('ip.milestone.note')} maxLength={1000} style={{ width: 260 }} />
          </Form.Item>
          <Button onClick={add} loading={busy} data-testid="milestone-add">
            {t('ip.milestone.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

export function CloseCard({
  problemId,
  title,
  onDone,
}: {
  problemId: number;
  title: string;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ outcome: string; achievementTitle?: string; closedOn?: string | null }>();
  const { busy, act } = useAct(onDone);
  const close = async () => {
    const v = await checkedValues(form);
    if (!v) return;
    await act(
      () =>
        problemsApi.close(problemId, {
          outcome: v.outcome,
          achievementTitle: v.achievementTitle?.trim() || undefined,
          closedOn: v.closedOn || undefined,
        }),
      t('ip.close.done'),
    );
  };
  return (
    <Card title={t('ip.close.title')}>
      <Form form={form} layout="vertical" style={{ maxWidth: 640 }}>
        <TextItem
          name="outcome"
          label={t('ip.close.outcome')}
          max={4000}
          rows={3}
          required
          testId="close-outcome"
        />
        <TextItem
          name="achievementTitle"
          label={t('ip.close.achievementTitle')}
          max={100}
          placeholder={title}
        />
        <Form.Item name="closedOn" label={t('ip.close.date')}>
          <FormDate allowClear />
        </Form.Item>
        <Button type="primary" onClick={close} loading={busy} data-testid="close-submit">
          {t('ip.close.submit')}
        </Button>
      </Form>
    </Card>
  );
}
