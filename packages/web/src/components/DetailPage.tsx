import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type EditEntry, EditHistory, type EditWords } from './EditHistory.tsx';

/** A record's edits and how the page puts them in words: shown last, in a card of its own (修改记录). */
export interface DetailHistory {
  edits: EditEntry[];
  words: EditWords;
  testId?: string;
}

/**
 * The mould of a page that shows one record (ADR 115): a head card — the record's name with its status, the
 * page's actions and 返回列表 on the right, its facts as a bordered two-column list — then the page's own
 * sections, then its history of edits. Pages fill it in; a page with tabs or figures puts them in `lead`/`foot`.
 */
export function DetailPage({
  title,
  titleTestId,
  status,
  actions,
  back,
  lead,
  facts,
  factsTestId,
  factsColumns = 2,
  foot,
  history,
  children,
}: {
  /** The record's name, shown in the head card's title. */
  title: ReactNode;
  titleTestId?: string;
  /** Its status tag, beside the name. */
  status?: ReactNode;
  /** Buttons and dialogs before 返回列表 (falsy entries are left out). */
  actions?: ReactNode;
  /** The list the page came from and the button's words. */
  back: { to: string; label: string };
  /** What stands in the head card above the facts (a note, headline figures). */
  lead?: ReactNode;
  /** `Descriptions.Item`s: the record's facts. */
  facts?: ReactNode;
  factsTestId?: string;
  /** Facts a row on a wide screen (2 unless said): one a row on a phone, two on a tablet (pages/phone-layout.test.ts). */
  factsColumns?: 2 | 3;
  /** What stands in the head card below the facts (a warning, tabs). */
  foot?: ReactNode;
  /** The record's edits, in a card after the page's sections. */
  history?: DetailHistory;
  /** The page's own sections (cards), between the head card and the history; dialogs too. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const name = <span data-testid={titleTestId}>{title}</span>;
  const head = (
    <Card
      title={
        status ? (
          <Space>
            {name}
            {status}
          </Space>
        ) : (
          name
        )
      }
      extra={
        <Space>
          {actions}
          <Link to={back.to}>
            <Button icon={<ArrowLeftOutlined />}>{back.label}</Button>
          </Link>
        </Space>
      }
    >
      {lead}
      {facts && (
        <Descriptions
          column={{ xs: 1, md: 2, xl: factsColumns }}
          size="small"
          bordered
          data-testid={factsTestId}
        >
          {facts}
        </Descriptions>
      )}
      {foot}
    </Card>
  );
  // A page that is its head card alone (its sections in tabs) is that card, as it was before the mould.
  if (!children && !history) return head;
  return (
    <Flex vertical gap={16}>
      {head}
      {children}
      {history && (
        <Card title={t('edits.title')}>
          <EditHistory edits={history.edits} words={history.words} testId={history.testId} />
        </Card>
      )}
    </Flex>
  );
}
