import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Words the server says in both languages (a result with its rule, a figure's note). */
export interface Words {
  zh: string;
  en: string;
}

/** The words in the language the user reads now. */
export function useWords() {
  const { i18n } = useTranslation();
  return (w: Words | null | undefined) => (w ? (i18n.language === 'en' ? w.en : w.zh) : '');
}

/**
 * What each figure of a statistics page counts and over which days (issue 41: every figure names its rule), as the
 * statistics answer says it — the same words the page's export writes in its notes sheet.
 */
export function FigureNotes({
  notes,
  title,
}: {
  notes: { key: string; label: Words; note: Words }[];
  /** The heading, in the page's words; by default the common 口径说明 (common.figureNotes). */
  title?: string;
}) {
  const { t } = useTranslation();
  const words = useWords();
  return (
    <details data-testid="stats-figure-notes">
      <summary>
        <Typography.Text type="secondary">{title ?? t('common.figureNotes')}</Typography.Text>
      </summary>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {notes.map((n) => (
          <li key={n.key}>
            <Typography.Text type="secondary">
              <strong>{words(n.label)}</strong>
              {t('common.colon')}
              {words(n.note)}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </details>
  );
}
