import { Button } from 'antd';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { SHOWN_STEP } from './shown-list.ts';

/**
 * How many items of a phone list are shown: SHOWN_STEP at first, SHOWN_STEP more on each `showMore`, and back to the
 * first SHOWN_STEP on `reset` (a list loaded anew).
 */
export function useShownCount() {
  const [shown, setShown] = useState(SHOWN_STEP);
  return {
    shown,
    showMore: () => setShown((n) => n + SHOWN_STEP),
    reset: () => setShown(SHOWN_STEP),
  };
}

/** The 显示更多 button under a phone list, there only while `more` items are still hidden. */
export function ShowMoreButton({
  more,
  onMore,
  testId,
  style,
  children,
}: {
  more: number;
  onMore: () => void;
  testId: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  if (more <= 0) return null;
  return (
    <Button block className="m-touch" style={style} onClick={onMore} data-testid={testId}>
      {children}
    </Button>
  );
}
