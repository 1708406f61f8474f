import { zip } from '../../test/zip-parts.ts';

/** The sheets' tests build their workbooks here: raw sheet XML, hidden sheets, shared strings and styles. */

/**
 * An .xlsx of sheets given as raw sheet XML (inside <sheetData>; `tail` after it, as <mergeCells>), with optional
 * workbook and style details.
 */
export function xlsx(
  sheets: { name: string; xml: string; state?: string; dimension?: string; tail?: string }[],
  extra: { workbookPr?: string; styles?: string; strings?: string[] } = {},
): Buffer {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml': `<workbook xmlns:r="rel">${extra.workbookPr ?? ''}<sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships>${sheets
      .map(
        (_, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  };
  if (extra.styles) parts['xl/styles.xml'] = extra.styles;
  if (extra.strings)
    parts['xl/sharedStrings.xml'] = `<sst>${extra.strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<worksheet>${s.dimension ? `<dimension ref="${s.dimension}"/>` : ''}<sheetData>${s.xml}</sheetData>${s.tail ?? ''}</worksheet>`;
  });
  return zip(parts);
}

export const row = (r: number, ...cells: string[]) =>
  `<row r="${r}">${cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
