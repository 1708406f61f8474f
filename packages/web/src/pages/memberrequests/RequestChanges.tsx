import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyRequest } from './memberrequests-api.ts';

/** What a request asks, from → to: the union left and joined, and each detail to change. */
export function RequestChanges({ r }: { r: MyRequest }) {
  const { t } = useTranslation();
  const none = t('mr.none');
  const rows: { label: string; from: string; to: string }[] = [];
  if (r.kind === 'transfer')
    rows.push({ label: t('mr.field.union'), from: r.fromOrgName, to: r.toOrgName ?? none });
  if (r.newName !== null) rows.push({ label: t('mr.field.name'), from: r.oldName, to: r.newName });
  if (r.newPhone !== null)
    rows.push({ label: t('mr.field.phone'), from: r.oldPhone ?? none, to: r.newPhone });
  if (r.newEmployer !== null)
    rows.push({ label: t('mr.field.employer'), from: r.oldEmployer ?? none, to: r.newEmployer });
  return (
    <div data-testid={`mr-changes-${r.id}`}>
      {rows.map((row) => (
        <div key={row.label}>
          <Typography.Text type="secondary">
            {row.label}
            {t('common.colon')}
          </Typography.Text>
          {row.from} → <Typography.Text strong>{row.to}</Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** Where a request stands, in words: each union's answer for a transfer. */
export function progressText(r: MyRequest, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (r.status === 'declined') return t('mr.progress.declined', { reason: r.reason ?? '' });
  if (r.status === 'accepted') return t('mr.progress.accepted', { day: r.decidedOn ?? '' });
  if (r.kind === 'correction') return t('mr.progress.waiting', { union: r.fromOrgName });
  const from = r.releasedOn ? t('mr.progress.released', { day: r.releasedOn }) : t('mr.progress.notYet');
  const to = r.admittedOn ? t('mr.progress.admitted', { day: r.admittedOn }) : t('mr.progress.notYet');
  const colon = t('common.colon');
  return `${r.fromOrgName}${colon}${from}${t('common.clauseSep')}${r.toOrgName}${colon}${to}`;
}
