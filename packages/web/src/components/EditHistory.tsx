import { Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from './dates.ts';
import { listSeparator } from './listSeparator.ts';

/** One edit of a record, as the server keeps it (ADR 60): each changed field from → to, as stored. */
export interface EditEntry {
  id: number;
  at: string;
  byName: string | null;
  changes: { field: string; from?: unknown; to?: unknown }[];
}

/** How a page names its fields and puts their stored values in words (codes as labels, fen as ¥3,200.00). */
export interface EditWords {
  label: (field: string) => string;
  show?: (field: string, value: unknown) => string;
}

function plain(value: unknown): string {
  if (Array.isArray(value)) return value.join(listSeparator());
  return String(value);
}

/** A record's history of edits, newest first: when, by whom, and each field from → to in words. */
export function EditHistory({
  edits,
  words,
  testId,
}: {
  edits: EditEntry[];
  words: EditWords;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!edits.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('edits.none')} />;
  const word = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
      return t('edits.empty');
    }
    return words.show ? words.show(field, value) : plain(value);
  };
  return (
    <Timeline
      data-testid={testId}
      items={[...edits].reverse().map((e) => ({
        key: e.id,
        children: (
          <>
            <div>
              {formatTime(e.at)} · {e.byName ?? '—'}
            </div>
            {e.changes.map((c) => (
              <div key={c.field} className="muted" data-testid={testId && `${testId}-change`}>
                {t('edits.change', {
                  field: words.label(c.field),
                  from: word(c.field, c.from),
                  to: word(c.field, c.to),
                })}
              </div>
            ))}
          </>
        ),
      }))}
    />
  );
}
