import { describe, expect, it } from 'vitest';
import type { MessageAudience } from '../../vocabulary.ts';
import { MESSAGE_KINDS } from '../messages/index.ts';
import { findSmsPurpose, NEVER_BY_SMS, SMS_PURPOSES, smsMessageKinds } from './outbox.purposes.ts';

/**
 * Every kind of in-app message can also reach its receivers' phones, or says why it never does. The kinds are
 * those the modules declare in their vocabularies (`messageKinds`), each with its SMS or why it has none (ADR 157;
 * a notice of an undeclared kind fails typecheck, messages' `Notice.kind`); these hold the purposes and the list of
 * kinds never sent by SMS that the outbox builds from them.
 */

/**
 * The kinds their receivers may not choose by SMS (a worker's kinds as a worker, staff kinds as staff) and that are
 * not listed with a reason.
 */
const unclassified = (kinds: Readonly<Record<string, MessageAudience>>): string[] => {
  const toWorker = new Set(smsMessageKinds(true));
  const toStaff = new Set(smsMessageKinds(false));
  return Object.entries(kinds)
    .filter(([kind, to]) => !(to === 'staff' ? toStaff : toWorker).has(kind) && !(kind in NEVER_BY_SMS))
    .map(([kind]) => kind);
};

describe('the message kinds, and SMS', () => {
  it('each is a purpose its receivers may choose by SMS, or listed with why it never goes by SMS', () => {
    expect(Object.keys(MESSAGE_KINDS).length).toBeGreaterThan(20);
    expect(unclassified(MESSAGE_KINDS)).toEqual([]);
    // a module's new kind for workers, declared but not classified, is caught
    expect(unclassified({ ...MESSAGE_KINDS, 'future.decided': 'worker' })).toEqual(['future.decided']);
    expect(unclassified({ ...MESSAGE_KINDS, 'future.staff_alert': 'staff' })).toEqual(['future.staff_alert']);
  });

  it('a purpose of a message kind names a kind some module writes, titled in both languages', () => {
    const kinds = SMS_PURPOSES.filter((p) => p.messageKind);
    expect(kinds.filter((p) => !(p.purpose in MESSAGE_KINDS)).map((p) => p.purpose)).toEqual([]);
    for (const p of kinds) {
      expect(p.zh, p.purpose).toMatch(/\p{Script=Han}/u);
      expect(p.en, p.purpose).toMatch(/^[A-Z][\x20-\x7e]+$/);
      expect(p.params.map((x) => x.name)).toEqual(['title']);
    }
  });

  it('offers a kind to staff only exactly when only staff get it', () => {
    for (const p of SMS_PURPOSES.filter((x) => x.messageKind)) {
      const to = MESSAGE_KINDS[p.purpose as keyof typeof MESSAGE_KINDS];
      expect(p.staffOnly === true, p.purpose).toBe(to === 'staff');
    }
    const forWorker = new Set(smsMessageKinds(true));
    const staffKinds = Object.entries(MESSAGE_KINDS).filter(([, to]) => to === 'staff');
    expect(staffKinds.length).toBeGreaterThan(0);
    for (const [kind] of staffKinds) expect(forWorker.has(kind), kind).toBe(false);
  });

  it('lists as never by SMS only kinds some module writes that are no purpose, each with its reason', () => {
    for (const [kind, why] of Object.entries(NEVER_BY_SMS)) {
      expect(kind in MESSAGE_KINDS, kind).toBe(true);
      expect(findSmsPurpose(kind), kind).toBeUndefined();
      expect(why.trim().length, kind).toBeGreaterThan(10);
    }
  });
});
