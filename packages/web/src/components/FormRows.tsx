import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, type FlexProps, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';

/** What `FormRows` is declared with. */
export interface FormRowsProps {
  /** The form list's name: the rows' values are its array. */
  name: string;
  /** One row's fields (`name={[field.name, 'title']}`). */
  row: (field: FormListFieldData) => ReactNode;
  /** The add button's words. */
  addLabel: string;
  addTestId?: string;
  /** The values a row added starts with; none unless told. */
  newRow?: () => object;
  /** The last row left has no remove button: the list keeps one. */
  keepOne?: boolean;
  /** A row that may not be removed (its remove button is off). */
  locked?: (field: FormListFieldData) => boolean | undefined;
  /** The remove button's name for a screen reader. */
  removeLabel?: string;
  /** How a row's fields line up: `align`, `wrap`, and its test id. */
  rowLayout?: Pick<FlexProps, 'align' | 'wrap'> & { testId?: string };
}

/**
 * A form's growing list of rows (antd's `Form.List` under `name`): each row's fields beside its remove button, one
 * under another, and the add button below them.
 */
export function FormRows({
  name,
  row,
  addLabel,
  addTestId,
  newRow,
  keepOne,
  locked,
  removeLabel,
  rowLayout: { testId: rowTestId, ...layout } = {},
}: FormRowsProps) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} {...layout} data-testid={rowTestId}>
              {row(field)}
              {(!keepOne || fields.length > 1) && (
                <Button
                  icon={<MinusCircleOutlined />}
                  disabled={locked?.(field)}
                  onClick={() => remove(field.name)}
                  aria-label={removeLabel}
                />
              )}
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add(newRow?.())}
            style={{ alignSelf: 'start' }}
            data-testid={addTestId}
          >
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
