import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgSelect } from './OrgSelect.tsx';
import { useListParams } from './useListParams.ts';
import { usePageTitle } from './usePageTitle.ts';

export interface StatsHeaderProps {
  title: ReactNode;
  /** The union counted (with its subtree): kept in the address as `orgId`. */
  orgId: number | null | undefined;
  /** Said before the union picker, e.g. "统计范围". */
  unionLabel?: string;
  /** The union picker's own settings, where a page differs. */
  union?: { placeholder?: string; allowClear?: boolean; width?: number; testId?: string };
  /** The page's own filters, between the union and the period (a kind, a call). */
  filters?: ReactNode;
  /** The period control, `useStatsPeriod(...).control`. */
  period?: ReactNode;
  /** The .xlsx export: its link, its words (导出 Excel unless they differ), and whether it waits for the period. */
  export: { href: string | undefined; label?: string; disabled?: boolean; testId?: string; icon?: ReactNode };
  /** Buttons before the export (a refresh). */
  actions?: ReactNode;
  /** Below the controls, in the same card: a hint, a notice, or the figures themselves. */
  children?: ReactNode;
}

/** The head of a statistics page: its title, the union, the page's filters, the period and the .xlsx export. */
export function StatsHeader(props: StatsHeaderProps) {
  const { t } = useTranslation();
  usePageTitle(typeof props.title === 'string' ? props.title : undefined);
  const [, set] = useListParams();
  const { union = {} } = props;
  const exportButton = (
    <Button
      icon={props.export.icon ?? <DownloadOutlined />}
      href={props.export.href}
      disabled={props.export.disabled}
      data-testid={props.export.testId}
    >
      {props.export.label ?? t('common.exportExcel')}
    </Button>
  );
  return (
    <Card
      title={props.title}
      extra={
        props.actions ? (
          <Flex gap={8}>
            {props.actions}
            {exportButton}
          </Flex>
        ) : (
          exportButton
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={8} wrap align="center">
          {props.unionLabel && <span>{props.unionLabel}</span>}
          <OrgSelect
            value={props.orgId ?? null}
            onChange={(id) => set('orgId', id ? String(id) : undefined)}
            allowClear={union.allowClear}
            placeholder={union.placeholder}
            style={union.width ? { width: union.width } : undefined}
            testId={union.testId}
          />
          {props.filters}
          {props.period}
        </Flex>
        {props.children}
      </Flex>
    </Card>
  );
}
