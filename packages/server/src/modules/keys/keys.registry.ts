/**
 * Every column that holds a protected value or a look-up hash made with the keyring. A rotation rewrites exactly
 * these; keys.registry.test.ts reads the schema and fails when a `*_cipher` or `*_hash` column is neither here nor
 * in NOT_PROTECTED with its reason, so a new module's protected column cannot be forgotten.
 */
export interface ProtectedTable {
  table: string;
  /** Each encrypted column, with the look-up hash of the same value when it has one. */
  columns: { cipher: string; hash?: string }[];
}

export const PROTECTED_TABLES: ProtectedTable[] = [
  {
    table: 'persons',
    columns: [
      { cipher: 'id_cipher', hash: 'id_hash' },
      { cipher: 'bank_account_cipher', hash: 'bank_account_hash' },
      { cipher: 'jingka_cipher', hash: 'jingka_hash' },
    ],
  },
  { table: 'modelworkers', columns: [{ cipher: 'id_cipher', hash: 'id_hash' }] },
  { table: 'join_requests', columns: [{ cipher: 'id_cipher', hash: 'id_hash' }] },
  { table: 'hardship_members', columns: [{ cipher: 'id_cipher' }] },
];

/**
 * Hashes of a person rather than of a stored value (they cannot be recomputed from their row: an anonymous case
 * names nobody): recomputed by walking the persons, `text(personId)` under the old keys → under the new one.
 */
export interface PersonHash {
  table: string;
  column: string;
  text: (personId: number) => string;
}

export const PERSON_HASHES: PersonHash[] = [
  { table: 'cases', column: 'owner_hash', text: (id) => `CASE-OWNER:${id}` },
];

/** Columns named like protected ones that are not, and why. */
export const NOT_PROTECTED: Record<string, string> = {
  'users.password_hash': 'a salted password hash (scrypt), no key of the ring',
  'sessions.token_hash': 'SHA-256 of a random session token, no key of the ring',
  'setup_token.token_hash': 'SHA-256 of a random set-up token, no key of the ring',
  'activation_codes.code_hash': 'a salted hash of a one-time code, no key of the ring',
  'phone_change_codes.code_hash': 'a salted hash of a one-time code, no key of the ring',
  'sign_in_codes.code_hash': 'a salted hash of a one-time sign-in code, no key of the ring',
  'password_history.password_hash':
    'a salted password hash (scrypt) kept to refuse reuse, no key of the ring',
  'audit_log.prev_hash': "the audit chain's link to the row before (SHA-256 or SM3 of public fields), no key",
  'audit_chain.head_hash': "the audit chain's last hash, no key of the ring",
  'audit_chain.anchor_hash': 'the hash the archived part of the audit chain ended on, no key of the ring',
};
