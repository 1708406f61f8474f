import { createHash, getHashes } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import {
  type ChainHead,
  findChainEnds,
  listChainRows,
  listUnsealedRows,
  lockChainHead,
  saveSeals,
} from './audit.chain.repository.ts';
import type { ChainFields, ChainRow } from './audit.chain.types.ts';

export type { ChainFields, ChainRow } from './audit.chain.types.ts';

/**
 * The audit log's hash chain (ADR 78). A row is written as it always was; the sealer then gives each row not yet
 * sealed, in the order they committed, its place `seq`, the previous row's hash and its own hash over the canonical
 * serialisation of its fields and that previous hash. `audit verify` walks the chain and names the first row that
 * does not fit: altered (its hash is not that of its fields), removed (a place is missing) or inserted (a place
 * repeats or its link is false).
 */

export type ChainAlgorithm = 'sha256' | 'sm3';

/** SM3 where the national algorithms are on (GONGHUI_CRYPTO=sm), SHA-256 otherwise. */
export function chainAlgorithm(crypto: 'default' | 'sm'): ChainAlgorithm {
  if (crypto === 'sm' && !getHashes().includes('sm3')) {
    throw new Error('GONGHUI_CRYPTO=sm needs SM3, which this Node.js (its OpenSSL) does not provide');
  }
  return crypto === 'sm' ? 'sm3' : 'sha256';
}

/** The text a row's hash is taken over: its place, its fields in a fixed order, and the previous row's hash. */
export function canonicalText(seq: string, f: ChainFields, prevHash: string): string {
  return JSON.stringify([
    seq,
    f.id,
    f.at,
    f.userId,
    f.username,
    f.action,
    f.entity,
    f.entityId,
    f.orgId,
    f.federationId,
    f.before,
    f.after,
    f.ip,
    f.actorName,
    prevHash,
  ]);
}

/** 'sha256:<hex>' or 'sm3:<hex>': a hash names its algorithm, so a chain may change algorithm and still verify. */
export function rowHash(algorithm: ChainAlgorithm, seq: string, f: ChainFields, prevHash: string): string {
  const hex = createHash(algorithm)
    .update(canonicalText(seq, f, prevHash), 'utf8')
    .digest('hex');
  return `${algorithm}:${hex}`;
}

const SEAL_BATCH = 1000;

/**
 * Seals every committed row not yet sealed, in id order, after the chain's head. The head row is locked for the
 * transaction, so sealers in several processes take turns and each sees the rows the one before it sealed.
 * Returns how many rows it sealed.
 */
export async function sealAudit(db: Db, algorithm: ChainAlgorithm): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.tx(async (sql) => {
      const head = await lockChainHead(sql);
      const rows = await listUnsealedRows(sql, SEAL_BATCH);
      if (!rows.length) return 0;
      let seq = head.seq;
      let prev = head.hash;
      const seals = rows.map((f) => {
        seq += 1;
        const hash = rowHash(algorithm, String(seq), f, prev);
        const seal = { id: f.id, seq, prevHash: prev, hash };
        prev = hash;
        return seal;
      });
      await saveSeals(sql, seals, { seq, hash: prev });
      return rows.length;
    });
    total += sealed;
    if (sealed < SEAL_BATCH) return total;
  }
}

/** What is wrong with the first row that does not fit, in both languages. */
export interface ChainProblem {
  kind: 'altered' | 'removed' | 'inserted' | 'head';
  /** The row named (for `removed`: the first row after the gap); null when the chain's end is missing. */
  rowId: string | null;
  seq: string | null;
  zh: string;
  en: string;
}

/** `algorithms`: the hash algorithms of the rows found intact, in the order the chain first uses them. */
export type ChainVerdict =
  | { ok: true; rows: number; last: ChainHead; algorithms: ChainAlgorithm[] }
  | { ok: false; rows: number; problem: ChainProblem; algorithms: ChainAlgorithm[] };

/**
 * Walks rows in chain order from `start` (the anchor: the place and hash just before the first row) and names the
 * first one that does not fit. Works on the table's rows and on an archive file's alike.
 */
export class ChainWalker {
  private expected: ChainHead;
  rows = 0;
  problem: ChainProblem | null = null;
  private algorithms = new Set<ChainAlgorithm>();

  constructor(start: ChainHead) {
    this.expected = start;
  }

  get last(): ChainHead {
    return this.expected;
  }

  /** Checks the next row; false (and `problem` set) at the first that does not fit. */
  next(r: ChainRow): boolean {
    if (this.problem) return false;
    const want = this.expected.seq + 1;
    const seq = Number(r.seq);
    const algorithm = r.hash.split(':')[0] as ChainAlgorithm;
    const recomputed =
      algorithm === 'sha256' || algorithm === 'sm3' ? rowHash(algorithm, r.seq, r, r.prevHash) : null;
    if (seq > want) {
      this.problem = {
        kind: 'removed',
        rowId: r.id,
        seq: r.seq,
        zh: `第 ${want}${seq - 1 > want ? `–${seq - 1}` : ''} 条记录已被删除（缺失于记录编号 ${r.id} 之前）`,
        en: `chain place ${want}${seq - 1 > want ? `–${seq - 1}` : ''} removed (missing before row id ${r.id})`,
      };
    } else if (seq < want || r.prevHash !== this.expected.hash) {
      this.problem = {
        kind: 'inserted',
        rowId: r.id,
        seq: r.seq,
        zh: `记录编号 ${r.id}（第 ${r.seq} 条）不在链上：${seq < want ? '位置重复' : '所接的前一条哈希不符'}，为插入的记录`,
        en: `row id ${r.id} (place ${r.seq}) does not belong to the chain: ${seq < want ? 'its place repeats' : 'it names another previous hash'}; it was inserted`,
      };
    } else if (recomputed !== r.hash) {
      this.problem = {
        kind: 'altered',
        rowId: r.id,
        seq: r.seq,
        zh: `记录编号 ${r.id}（第 ${r.seq} 条）已被修改：内容与其哈希不符`,
        en: `row id ${r.id} (place ${r.seq}) was altered: its fields do not match its hash`,
      };
    }
    if (this.problem) return false;
    this.rows++;
    this.algorithms.add(algorithm);
    this.expected = { seq, hash: r.hash };
    return true;
  }

  verdict(): ChainVerdict {
    const algorithms = [...this.algorithms];
    return this.problem
      ? { ok: false, rows: this.rows, problem: this.problem, algorithms }
      : { ok: true, rows: this.rows, last: this.expected, algorithms };
  }
}

/** The verdict when the head is not the last row walked: rows at the end were removed, or the head was moved. */
function headProblem(walker: ChainWalker, head: ChainHead): ChainVerdict {
  const last = walker.last;
  const missing = `${last.seq + 1}${head.seq > last.seq + 1 ? `–${head.seq}` : ''}`;
  return {
    ok: false,
    rows: walker.rows,
    algorithms: walker.verdict().algorithms,
    problem: {
      kind: head.seq > last.seq ? 'removed' : 'head',
      rowId: null,
      seq: String(last.seq + 1),
      zh:
        head.seq > last.seq
          ? `链尾第 ${missing} 条记录已被删除`
          : `链头（第 ${head.seq} 条）与最后一条记录（第 ${last.seq} 条）不符`,
      en:
        head.seq > last.seq
          ? `the chain's last rows (place ${missing}) were removed`
          : `the chain's head (place ${head.seq}) does not match its last row (place ${last.seq})`,
    },
  };
}

/**
 * Verifies the chain in the table: from the anchor (the last archived row) through every sealed row to the head,
 * read in pages. The head must be the last row walked, else rows at the end were removed. The head is read after
 * the rows: the server seals rows and moves the head in one transaction, so a head read later is at or past every
 * row walked — past them when rows were sealed meanwhile, which are then walked too (a check beside a busy server
 * never reports them as a broken chain).
 */
export async function verifyAudit(db: Db): Promise<ChainVerdict> {
  const walker = new ChainWalker((await findChainEnds(db)).anchor);
  let after = { seq: -1, id: '0' };
  /** Walks the sealed rows after the last one walked; false at the first that does not fit. */
  const walk = async (): Promise<boolean> => {
    for (;;) {
      const rows = await listChainRows(db, after, 2000);
      for (const r of rows) if (!walker.next(r)) return false;
      if (rows.length) after = { seq: Number(rows[rows.length - 1].seq), id: rows[rows.length - 1].id };
      if (rows.length < 2000) return true;
    }
  };
  if (!(await walk())) return walker.verdict();
  for (;;) {
    const { head } = await findChainEnds(db);
    const last = walker.last;
    if (head.seq <= last.seq) {
      return head.seq === last.seq && head.hash === last.hash ? walker.verdict() : headProblem(walker, head);
    }
    const walked = walker.rows;
    if (!(await walk())) return walker.verdict();
    if (walker.rows === walked) return headProblem(walker, head);
  }
}
