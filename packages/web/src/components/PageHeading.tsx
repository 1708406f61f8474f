import { Breadcrumb, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * The head of a page that shows one record on a page of its own (a member, a union, a studio): the crumbs from the
 * list down to the record, then the record's name as the page's title with its tags beside it, and the page's
 * actions on the right (left out when `actions` is falsy).
 */
export function PageHeading({
  crumbs,
  title,
  titleTestId,
  tags,
  actions,
}: {
  /** The pages above the record, from the list down, each a link. */
  crumbs: { to: string; label: ReactNode }[];
  /** The record's name: the last crumb and the page's title. */
  title: ReactNode;
  titleTestId?: string;
  /** Its tags (status, level, kind), beside the name. */
  tags?: ReactNode;
  /** Its buttons. */
  actions?: ReactNode;
}) {
  return (
    <>
      <Breadcrumb
        className="page-crumbs"
        items={[...crumbs.map((c) => ({ title: <Link to={c.to}>{c.label}</Link> })), { title }]}
      />
      <div className="page-head">
        <Space wrap align="center">
          <Typography.Title level={3} className="page-title" style={{ margin: 0 }} data-testid={titleTestId}>
            {title}
          </Typography.Title>
          {tags}
        </Space>
        {actions && <Space wrap>{actions}</Space>}
      </div>
    </>
  );
}
