import { Checkbox, Flex, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PastDay } from '../../components/PastDay.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import type { ReviewAction, Waiver } from '../programs/applications-api.ts';
import type { Evidence } from '../programs/programs-api.ts';

/**
 * Asks for the reason of a decision; rejecting and returning require one. On approval, each required
 * material still missing can be waived (免提交), each with its own reason.
 */
export function ReasonModal({
  action,
  count,
  missing = [],
  onCancel,
  onOk,
}: {
  action: ReviewAction | null;
  count: number;
  /** Required materials not attached (nor waived yet): offered for a waiver on approval. */
  missing?: Evidence[];
  onCancel: () => void;
  /** `effectiveOn`: the day the decision happened when recorded after the fact (补录), else null (today). */
  onOk: (reason: string, waivers: Waiver[], effectiveOn: string | null) => Promise<void> | void;
}) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [waivers, setWaivers] = useState<Record<string, string | undefined>>({});
  const [effectiveOn, setEffectiveOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new action starts with an empty reason
  useEffect(() => {
    setReason('');
    setWaivers({});
    setEffectiveOn(null);
  }, [action]);
  const required = action === 'reject' || action === 'return';
  const waiving = Object.entries(waivers).filter((e): e is [string, string] => e[1] !== undefined);
  const blankWaiver = waiving.some(([, r]) => !r.trim());
  const label = (e: Evidence) => (i18n.language === 'en' ? e.en : e.zh);
  return (
    <Modal
      open={action !== null}
      title={action ? t(`review.actionTitle.${action}`, { count }) : ''}
      okText={action ? t(`review.action.${action}`) : ''}
      okButtonProps={
        {
          disabled: (required && !reason.trim()) || blankWaiver,
          danger: action === 'reject',
          loading: busy,
          'data-testid': 'reason-ok',
        } as never
      }
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onOk(
            reason.trim(),
            waiving.map(([key, r]) => ({ key, reason: r.trim() })),
            effectiveOn,
          );
        } finally {
          setBusy(false);
        }
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {required ? t('review.reasonRequired') : t('review.reasonOptional')}
      </Typography.Paragraph>
      <TextBox
        rows={3}
        max={500}
        value={reason}
        onChange={setReason}
        placeholder={t('review.reasonPlaceholder')}
        testId="reason-input"
      />
      <div style={{ marginTop: 12 }}>
        <PastDay value={effectiveOn} onChange={setEffectiveOn} />
      </div>
      {action === 'approve' && missing.length > 0 && (
        <Flex vertical gap={8} style={{ marginTop: 16 }} data-testid="waivers">
          <Typography.Text type="secondary">
            {t(count > 1 ? 'review.materials.waiveHintBulk' : 'review.materials.waiveHint')}
          </Typography.Text>
          {missing.map((e) => (
            <Flex key={e.key} vertical gap={4}>
              <Checkbox
                checked={waivers[e.key] !== undefined}
                onChange={(ev) => setWaivers({ ...waivers, [e.key]: ev.target.checked ? '' : undefined })}
                data-testid={`waive-${e.key}`}
              >
                {t('review.materials.waive', { material: label(e) })}
              </Checkbox>
              {waivers[e.key] !== undefined && (
                <Input
                  maxLength={500}
                  value={waivers[e.key]}
                  onChange={(ev) => setWaivers({ ...waivers, [e.key]: ev.target.value })}
                  placeholder={t('review.materials.waiveReason')}
                  status={waivers[e.key]?.trim() ? undefined : 'error'}
                  data-testid={`waive-reason-${e.key}`}
                />
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Modal>
  );
}
