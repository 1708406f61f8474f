import { describe, expect, it } from 'vitest';
import { multipart } from '../../../test/api.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { usccSeries } from './agreements.test-kit.ts';

const w = appWorld({ tree: { district: 'root/district' }, users: { staff: ['staff', 'district'] } });

const codes = usccSeries(() => w.t.ctx.unique(), '91110105');
const uscc = () => codes.next();

const body = () => ({
  orgId: w.district.id,
  kind: 'women',
  level: 'area',
  title: '区域女职工特殊权益保护专项协议',
  employer: '区企业联合会',
  signedOn: '2024-03-01',
  expiresOn: '2027-02-28',
  clauses: ['health_check', 'maternity'],
});

describe('agreements over HTTP', () => {
  let id: number;

  it('enters an agreement, refusing unknown fields and unknown clauses', async () => {
    const bad = await w.t.call({
      method: 'POST',
      url: '/api/agreements',
      cookie: w.staff,
      body: { ...body(), extra: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const clause = await w.t.call({
      method: 'POST',
      url: '/api/agreements',
      cookie: w.staff,
      body: { ...body(), clauses: ['no_such_clause'] },
    });
    expect(clause.statusCode).toBe(400);
    const res = await w.t.call({ method: 'POST', url: '/api/agreements', cookie: w.staff, body: body() });
    expect(res.statusCode).toBe(200);
    id = res.json().id;
  });

  it('takes a measure’s cost in fen and its reach, refusing bad figures in both languages naming the field', async () => {
    const res = await w.t.call({
      method: 'PATCH',
      url: `/api/agreements/${id}`,
      cookie: w.staff,
      body: { costFen: 7_086_000, reach: 133 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ costFen: 7_086_000, reach: 133 });
    const cases: [Record<string, number>, string, string][] = [
      [{ reach: -1 }, '惠及人数', 'people reached'],
      [{ reach: 1.5 }, '惠及人数', 'people reached'],
      [{ costFen: -1 }, '投入金额', 'cost'],
      // 70,860.005 yuan: a fraction of a fen
      [{ costFen: 7_086_000.5 }, '投入金额', 'cost'],
    ];
    for (const [figures, zh, en] of cases) {
      const bad = await w.t.call({
        method: 'PATCH',
        url: `/api/agreements/${id}`,
        cookie: w.staff,
        body: figures,
      });
      expect(bad.statusCode, JSON.stringify(figures)).toBe(400);
      const error = bad.json().error;
      expect(error.messageZh).toContain(zh);
      expect(error.messageEn).toContain(en);
    }
    const kept = await w.t.call({ method: 'GET', url: `/api/agreements/${id}`, cookie: w.staff });
    expect(kept.json().agreement).toMatchObject({ costFen: 7_086_000, reach: 133 });
  });

  it('imports covered enterprises from the template’s columns, with bilingual row errors', async () => {
    const template = await w.t.call({
      method: 'GET',
      url: '/api/agreements/coverage-template.xlsx',
      cookie: w.staff,
    });
    expect((await readSheet(template.rawPayload, 't.xlsx')).headers).toEqual([
      '统一社会信用代码',
      '企业名称',
      '职工人数',
      '女职工人数',
    ]);
    const headers = (await readSheet(template.rawPayload, 't.xlsx')).headers;
    const bad = writeWorkbook([
      {
        name: 's',
        headers,
        rows: [
          [uscc(), '甲', 10, 3],
          ['BAD', '乙', 5, 1],
        ],
      },
    ]);
    const refused = await w.t.call({
      method: 'POST',
      url: `/api/agreements/${id}/coverage/import`,
      cookie: w.staff,
      ...multipart('覆盖企业.xlsx', bad),
    });
    expect(refused.json()).toMatchObject({
      imported: 0,
      errors: [{ rowNo: 3, column: '统一社会信用代码', messageEn: expect.stringContaining('Row 3') }],
    });
    const good = writeWorkbook([
      {
        name: 's',
        headers,
        rows: [
          [uscc(), '甲', 10, 3],
          [uscc(), '乙', 5, 1],
        ],
      },
    ]);
    const res = await w.t.call({
      method: 'POST',
      url: `/api/agreements/${id}/coverage/import`,
      cookie: w.staff,
      ...multipart('覆盖企业.xlsx', good),
    });
    expect(res.json()).toMatchObject({ imported: 2, errors: [] });
    const detail = await w.t.call({ method: 'GET', url: `/api/agreements/${id}`, cookie: w.staff });
    expect(detail.json().agreement).toMatchObject({ enterprises: 2, workers: 15, womenWorkers: 4 });
  });

  it('keeps the text of the agreement and gives it back', async () => {
    const none = await w.t.call({ method: 'GET', url: `/api/agreements/${id}/text`, cookie: w.staff });
    expect(none.statusCode).toBe(404);
    const exe = await w.t.call({
      method: 'PUT',
      url: `/api/agreements/${id}/text`,
      cookie: w.staff,
      ...multipart('合同.exe', Buffer.from('MZ')),
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.messageZh).toContain('不支持的文件类型');
    const text = Buffer.from('%PDF-1.4 合同文本\n%%EOF\n');
    const put = await w.t.call({
      method: 'PUT',
      url: `/api/agreements/${id}/text`,
      cookie: w.staff,
      ...multipart('合同文本.pdf', text),
    });
    expect(put.statusCode).toBe(200);
    const got = await w.t.call({ method: 'GET', url: `/api/agreements/${id}/text`, cookie: w.staff });
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(text)).toBe(true);
  });

  it('exports the statistics as .xlsx', async () => {
    const res = await w.t.call({
      method: 'GET',
      url: `/api/agreements/stats.xlsx?orgId=${w.district.id}&year=2024&kind=women`,
      cookie: w.staff,
    });
    expect(res.statusCode).toBe(200);
    const rows = (await readSheet(res.rawPayload, 's.xlsx')).rows.map((r) => r.cells);
    expect(rows).toContainEqual(['统计单位', w.district.name]);
    expect(rows).toContainEqual(['统计期间', '2024-01-01至2024-12-31']);
    expect(rows).toContainEqual(['签订（份）', '1']);
    expect(rows).toContainEqual(['覆盖企业（家）', '2']);
    expect(rows).toContainEqual(['覆盖职工（人）', '15']);
  });
});
