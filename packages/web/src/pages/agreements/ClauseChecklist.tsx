import { Checkbox, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AgreementKind, type Clause, GENERAL_CLAUSES, WOMEN_CLAUSES } from './agreements-api.ts';

/** The clause checklist: women workers' clauses first for a women workers' agreement, the general ones first otherwise. */
export function ClauseChecklist({
  kind,
  value,
  onChange,
}: {
  kind: AgreementKind;
  value: Clause[];
  onChange: (clauses: Clause[]) => void;
}) {
  const { t } = useTranslation();
  const group = (name: 'women' | 'general', clauses: Clause[]) => (
    <div key={name}>
      <Typography.Text type="secondary">{t(`agr.clauseGroup.${name}`)}</Typography.Text>
      <Row>
        {clauses.map((c) => (
          <Col xs={24} md={12} key={c}>
            <Checkbox value={c} data-testid={`clause-${c}`}>
              {t(`agr.clause.${c}`)}
            </Checkbox>
          </Col>
        ))}
      </Row>
    </div>
  );
  const groups =
    kind === 'women'
      ? [group('women', WOMEN_CLAUSES), group('general', GENERAL_CLAUSES)]
      : [group('general', GENERAL_CLAUSES), group('women', WOMEN_CLAUSES)];
  return (
    <Checkbox.Group style={{ width: '100%' }} value={value} onChange={onChange}>
      <Flex vertical gap={8} style={{ width: '100%' }}>
        {groups}
      </Flex>
    </Checkbox.Group>
  );
}
