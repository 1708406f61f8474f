import { AppError } from '../../shared/errors.ts';
import type { SecuritySettings } from './security.repository.ts';

export const MIN_PASSWORD_LENGTH = 8;

/**
 * The most used passwords in leaked lists, Chinese sites included (all at least MIN_PASSWORD_LENGTH long;
 * shorter ones fail on length). Compared lower-cased.
 */
const COMMON = new Set(
  `12345678 123456789 1234567890 11111111 00000000 88888888 66666666 12341234 11223344 123123123 147258369
  987654321 87654321 password password1 password123 passw0rd p@ssw0rd p@ssword qwertyui qwerty123 qwertyuiop
  1qaz2wsx 1q2w3e4r 1q2w3e4r5t zaq12wsx abcd1234 abc12345 abc123456 a1234567 a12345678 a123456789 aa123456
  aa12345678 qq123456 q1w2e3r4 woaini1314 woaini520 5201314520 520131400 13145201314 iloveyou iloveyou1
  admin123 admin1234 administrator root1234 welcome1 welcome123 sunshine letmein1 football baseball
  princess superman starwars trustno1 whatever michael computer internet 1234qwer qwer1234 asdf1234
  asdfghjk asdfghjkl zxcvbnm1 zxcvbnm123 123qweasd qweasdzxc 1qazxsw2 q1w2e3r4t5 123456aa 123456abc
  123456qq 12345qwert 11111111a 147852369 159357456 741852963 963852741 789456123 7758521a 1314520a
  gonghui123 gonghui2024 gonghui2025 gonghui2026 gonghui888 zhonghua1 beijing1 beijing2008 shanghai1
  changeme changeme1 default1 test1234 testtest 12qwaszx 1a2b3c4d a1b2c3d4 aaaaaaaa abcdefgh abcdefg1
  88888888a 99999999 77777777 55555555 22222222 33333333 44444444 12121212 1234abcd 000000000 111111111`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The words the common passwords are made of, which staff rules dress up with a capital, a symbol and digits
 * (Admin@123, Password123!, Huawei@2024): a password that is one of them once its symbols, its leading and trailing
 * digits and its look-alike characters (@ for a, 0 for o, $ for s) are taken away is as common as they are.
 */
const COMMON_WORDS = new Set(
  `password passwd pass admin administrator root qwerty qwer qwertyuiop asdf asdfgh asdfghjkl zxcv zxcvbnm abc abcd
  abcdef aa aaa qq welcome test changeme default letmein system sys user guest super manager master login hello
  iloveyou woaini love sunshine huawei beijing shanghai zhonghua china gonghui`
    .split(/\s+/)
    .filter(Boolean),
);

const LOOK_ALIKES: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  $: 's',
  '5': 's',
  '3': 'e',
  '1': 'i',
  '!': 'i',
};

/** Whether the password is a common one, as it is or dressed up (see COMMON_WORDS). */
function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1*$/.test(password)) return true;
  const bare = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON.has(bare)) return true;
  const word = bare.replace(/^[0-9]+|[0-9]+$/g, '');
  const unlike = [...lower.replace(/^[^a-z]+|[^a-z]+$/g, '')]
    .map((c) => LOOK_ALIKES[c] ?? c)
    .join('')
    .replace(/[^a-z]/g, '');
  return COMMON_WORDS.has(word) || COMMON_WORDS.has(unlike) || COMMON.has(unlike);
}

const weak = (zh: string, en: string, reason: string) =>
  new AppError('invalid', 'PASSWORD_TOO_WEAK', { zh, en }, { field: 'password', reason });

/** Refuses a password that is short, among the most common ones, one repeated character, or the login. */
export function checkPasswordPolicy(password: string, username?: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw weak(
      `密码至少需要${MIN_PASSWORD_LENGTH}个字符`,
      `The password needs at least ${MIN_PASSWORD_LENGTH} characters`,
      'length',
    );
  }
  const lower = password.toLowerCase();
  if (isCommon(password)) {
    throw weak(
      '密码过于常见，容易被猜中，请换一个',
      'This password is too common to be safe; choose another',
      'common',
    );
  }
  if (username && lower.includes(username.toLowerCase()) && username.length >= 3) {
    throw weak('密码不能包含用户名', 'The password must not contain the username', 'username');
  }
}

const CLASSES_ZH = '小写字母、大写字母、数字、其他符号';

/** How many of the four classes (lower-case, upper-case, digits, anything else) the password mixes. */
export function countCharacterClasses(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return classes.filter((c) => c.test(password)).length;
}

/**
 * The staff rules on top of checkPasswordPolicy (ADR 82): the settings' length and character classes. Workers on
 * the phone pages keep the general rules only.
 */
export function checkStaffPassword(
  password: string,
  username: string | undefined,
  settings: Pick<SecuritySettings, 'minLength' | 'minClasses'>,
): void {
  checkPasswordPolicy(password, username);
  if ([...password].length < settings.minLength) {
    throw weak(
      `工作人员密码至少需要${settings.minLength}个字符`,
      `A staff password needs at least ${settings.minLength} characters`,
      'length',
    );
  }
  if (countCharacterClasses(password) < settings.minClasses) {
    throw weak(
      `工作人员密码需要包含${CLASSES_ZH}中的至少${settings.minClasses}类`,
      `A staff password needs at least ${settings.minClasses} of: lower-case letters, upper-case letters, digits, other symbols`,
      'classes',
    );
  }
}

/** Refuses a password the account had among its last `count` (the hashes given, newest first). */
export async function checkPasswordHistory(
  password: string,
  hashes: string[],
  count: number,
  verify: (password: string, hash: string) => Promise<boolean>,
): Promise<void> {
  for (const hash of hashes) {
    if (await verify(password, hash)) {
      throw new AppError(
        'invalid',
        'PASSWORD_REUSED',
        {
          zh: `新密码不能与最近${count}次使用过的密码相同`,
          en: `The new password must differ from your last ${count} passwords`,
        },
        { field: 'password', reason: 'history' },
      );
    }
  }
}
