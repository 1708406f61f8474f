import { Card, Col, type ColProps, Row, type RowProps, Statistic } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** One headline figure of a statistics page or a panel: its words, its value and what is said under it. */
export interface Figure {
  title: ReactNode;
  value: number | string;
  /** The figure's test id (its title and value). */
  testId?: string;
  /** The test id of the figure's card, where the row has cards (the figure and its note). */
  cardTestId?: string;
  /** A test id on the value alone (its text is the figure, without its title). */
  valueTestId?: string;
  suffix?: ReactNode;
  /** Under the figure (as of which day, how it is counted). */
  note?: ReactNode;
}

/**
 * The headline figures of a statistics page, a report or a panel, side by side (issue 46): each in a column of
 * the grid (`col`, a quarter of a wide screen and half of a phone's unless said), in a small card of its own
 * where `card`.
 */
export function FigureRow({
  figures,
  col = { xs: 12, md: 6 },
  card,
  gutter = [16, 16],
  style,
  testId,
}: {
  figures: Figure[];
  col?: ColProps;
  card?: boolean;
  gutter?: RowProps['gutter'];
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <Row gutter={gutter} style={style} data-testid={testId}>
      {figures.map((f, i) => {
        const figure = (
          <Statistic
            title={f.title}
            value={f.value}
            suffix={f.suffix}
            valueRender={f.valueTestId ? (v) => <span data-testid={f.valueTestId}>{v}</span> : undefined}
            data-testid={f.testId}
          />
        );
        return (
          // the figures of a row are fixed for the page: their place is their key
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Col key={i} {...col}>
            {card ? (
              <Card size="small" data-testid={f.cardTestId}>
                {figure}
                {f.note}
              </Card>
            ) : (
              <>
                {figure}
                {f.note}
              </>
            )}
          </Col>
        );
      })}
    </Row>
  );
}
