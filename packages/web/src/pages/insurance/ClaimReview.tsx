import { Button, Flex, Form, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedDay } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import type { DialogProps } from '../../components/FormDialog.tsx';
import { heldDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatFen } from '../../components/format.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { type Claim, insuranceApi, STATUS_COLOR } from './insurance-api.ts';

/**
 * A claim's timeline: filed, each step up the chain (forwarded or returned, with the reason), sent to the insurer,
 * the insurer's decision and the payment — each on the day it happened.
 */
export function ClaimTimeline({ c }: { c: Claim }) {
  const { t } = useTranslation();
  const items: { color: string; children: React.ReactNode }[] = [
    { color: 'blue', children: t('ins.timeline.filed', { on: c.filedOn, org: c.orgName }) },
    ...c.steps.map((s) => ({
      color: s.action === 'return' ? 'red' : 'green',
      children:
        s.action === 'return'
          ? t('ins.timeline.returned', { on: s.on, org: s.orgName, reason: s.reason })
          : t('ins.timeline.forwarded', { on: s.on, org: s.orgName }),
    })),
  ];
  if (c.forwardedOn) items.push({ color: 'gold', children: t('ins.timeline.sent', { on: c.forwardedOn }) });
  if (c.status === 'filed' && c.stepOrgName)
    items.push({ color: 'gray', children: t('ins.timeline.waiting', { org: c.stepOrgName }) });
  if (c.decidedOn)
    items.push(
      c.status === 'rejected'
        ? { color: 'red', children: t('ins.timeline.rejected', { on: c.decidedOn, reason: c.rejectReason }) }
        : {
            color: 'cyan',
            children: t('ins.timeline.approved', { on: c.decidedOn, payout: formatFen(c.payoutFen ?? 0) }),
          },
    );
  if (c.paidOn) items.push({ color: 'green', children: t('ins.timeline.paid', { on: c.paidOn }) });
  return <Timeline items={items} data-testid={`ins-timeline-${c.id}`} style={{ marginTop: 8 }} />;
}

/** The status tag, naming the union whose step it is while the claim climbs the chain. */
export function ClaimStatus({ c }: { c: Claim }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[c.status]} data-testid={`ins-claim-status-${c.id}`}>
      {c.status === 'filed' && c.stepOrgName
        ? t('ins.status.at', { org: c.stepOrgName })
        : t(`ins.status.${c.status}`)}
    </Tag>
  );
}

/** Forward or return a claim at the caller's own step (shown only when it is their union's step). */
export function ReviewButtons({ c, onDone }: { c: Claim; onDone: () => void }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [acting, setActing] = useState<'forward' | 'return' | null>(null);
  if (c.status !== 'filed' || !can('insurance.write') || !me?.orgId || c.stepOrgId !== me.orgId) return null;
  return (
    <>
      <Space>
        <Button
          size="small"
          type="primary"
          onClick={() => setActing('forward')}
          data-testid={`ins-review-forward-${c.id}`}
        >
          {t('ins.review.forward')}
        </Button>
        <Button size="small" onClick={() => setActing('return')} data-testid={`ins-review-return-${c.id}`}>
          {t('ins.review.return')}
        </Button>
      </Space>
      {acting && <ReviewModal c={c} action={acting} {...heldDialog(() => setActing(null), onDone)} />}
    </>
  );
}

function ReviewModal({
  c,
  action,
  onClose,
  onDone,
}: DialogProps<{ c: Claim; action: 'forward' | 'return' }>) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<{ reason?: string }>();
  const [on, setOn] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const submit = async (v: { reason?: string }) => {
    await whileBusy(async () => {
      await insuranceApi.review(c.id, {
        action,
        ...(v.reason ? { reason: v.reason } : {}),
        ...pickedDay(on),
      });
      feedback.success(t(action === 'forward' ? 'ins.review.forwarded' : 'ins.review.returned'));
      onDone();
    });
  };
  const last = c.policyOrgId === c.stepOrgId;
  return (
    <Modal
      open
      title={t(action === 'forward' ? 'ins.review.forward' : 'ins.review.return')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'ins-review-ok' } as never}
    >
      <Flex vertical gap={8}>
        <Typography.Text>
          {c.personName} · {t(`ins.kind.${c.kind}`)} · {c.incidentOn}
        </Typography.Text>
        <Typography.Text type="secondary">
          {action === 'forward'
            ? last
              ? t('ins.review.toInsurer')
              : t('ins.review.toAbove')
            : t('ins.review.toClaimant')}
        </Typography.Text>
        <Form form={form} layout="vertical" onFinish={submit}>
          {action === 'return' && (
            <TextItem
              name="reason"
              label={t('ins.review.reason')}
              max={500}
              rows={2}
              required={t('ins.review.needReason')}
              testId="ins-review-reason"
            />
          )}
        </Form>
        <PastDay value={on} onChange={setOn} testId="ins-review-on" />
      </Flex>
    </Modal>
  );
}
