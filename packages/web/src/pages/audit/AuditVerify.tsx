import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { formatTime } from '../../components/dates.ts';

export type ChainCheck = Answer<'/api/audit/verify'>;

const ALGORITHM_NAMES: Record<string, string> = { sm3: 'SM3', sha256: 'SHA-256' };

/** The answer of a check in plain words, line by line: the verdict, the algorithm, the anchor. */
export function chainCheckLines(
  c: ChainCheck,
  t: (key: string, o?: Record<string, unknown>) => string,
  lang: string,
): string[] {
  const lines: string[] = [];
  if (c.ok) {
    lines.push(
      c.through
        ? t('audit.verify.intact', {
            rows: c.rows,
            seq: c.through.seq,
            id: c.through.id,
            at: formatTime(c.through.at, { seconds: true }),
          })
        : t('audit.verify.intactEmpty'),
    );
  } else {
    const problem = c.problem ? (lang.startsWith('zh') ? c.problem.zh : c.problem.en) : '';
    lines.push(t('audit.verify.broken', { problem }));
    if (c.through) lines.push(t('audit.verify.brokenBefore', { rows: c.rows, seq: c.through.seq }));
  }
  if (c.algorithms.length) {
    lines.push(
      t('audit.verify.algorithm', { names: c.algorithms.map((a) => ALGORITHM_NAMES[a] ?? a).join(', ') }),
    );
  }
  lines.push(
    c.anchor.seq > 0
      ? t('audit.verify.anchor', {
          seq: c.anchor.seq,
          file: c.anchor.file ? t('audit.verify.anchorFile', { file: c.anchor.file }) : '',
        })
      : t('audit.verify.noAnchor'),
  );
  return lines;
}

/**
 * 校验完整性: the check `audit verify` makes, from the audit log page (the log's readers only). It walks the whole
 * chain, seconds on a long log: the button spins meanwhile and says why.
 */
export function AuditVerify() {
  const { t, i18n } = useTranslation();
  const [running, setRunning] = useState(false);
  const [check, setCheck] = useState<ChainCheck | null>(null);
  const lines = check ? chainCheckLines(check, t, i18n.language) : [];
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setRunning(true);
    setError(null);
    setCheck(null);
    try {
      setCheck(await unwrap(api.GET('/api/audit/verify', {})));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="audit-verify">
      <Button icon={<SafetyCertificateOutlined />} loading={running} onClick={run}>
        {t('audit.verify.button')}
      </Button>
      {running && <div className="muted small">{t('audit.verify.running')}</div>}
      {error != null && <Alert type="warning" showIcon message={errorMessage(error)} />}
      {check && (
        <Alert
          type={check.ok ? 'success' : 'error'}
          showIcon
          message={lines[0]}
          description={lines
            .slice(1)
            .map((l) => <div key={l}>{l}</div>)
            .concat(
              <div key="recent" className="muted small">
                {t('audit.verify.recent')}
              </div>,
            )}
          data-testid="audit-verify-answer"
        />
      )}
    </Space>
  );
}
