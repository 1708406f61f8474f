import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/dates.ts';
import type { CaseEvent } from './cases-api.ts';

const COLOR: Partial<Record<CaseEvent['kind'], string>> = {
  auto_escalated: 'red',
  overdue: 'red',
  escalated: 'orange',
  replied: 'green',
  closed: 'gray',
};

/** The timeline of a request: each step, when, by which union (and, for staff, by whom). */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      data-testid="case-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: COLOR[e.kind] ?? 'blue',
        children: (
          <div data-testid={`event-${e.kind}`}>
            <Typography.Text strong>{t(`case.event.${e.kind}`, { to: e.toOrgName ?? '' })}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {`${formatTime(e.at)} · ${e.orgName}${e.actorName ? ` · ${e.actorName}` : ''}`}
            </Typography.Text>
            {e.body && e.kind !== 'auto_escalated' && (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {e.body}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
