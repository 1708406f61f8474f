import type { signinZh } from './signin.zh.ts';

/** English strings of sign-in by SMS code and of the staff's e-mail reminders. */
export const signinEn: typeof signinZh = {
  smsSignIn: {
    tabPassword: 'Password',
    tabCode: 'SMS code',
    phone: 'Mobile phone',
    code: 'Code',
    getCode: 'Send code',
    resendIn: 'Again in {{count}} s',
    sent: 'If an account has this number, a code valid for 5 minutes has been sent to it',
    signIn: 'Sign in',
    rulePhone: 'Enter the 11-digit phone number',
    ruleCode: 'Enter the 6-digit code',
    phoneFirst: 'Enter the 11-digit phone number first',
    noAccount:
      'No account yet? Workers activate theirs first; staff turn on sign-in by SMS code under "My account".',
  },
  acctSms: {
    title: 'Sign-in by SMS code',
    intro:
      "Once on, you can sign in with the account's phone number and a code sent by SMS; the password still works. The worker role may always sign in by code.",
    enabled: 'Allow sign-in by SMS code for my staff roles',
    noPhone: 'The account has no phone number; ask an administrator to add one first',
    saved: 'Saved',
  },
  acctMail: {
    title: 'E-mail reminders',
    intro: 'The reminders you choose also come to your e-mail, besides the in-app messages.',
    notConfigured: 'This platform sends no e-mail yet; your settings are kept and apply once it does.',
    email: 'E-mail address',
    ruleEmail: 'Enter a valid e-mail address',
    kinds: 'Also by e-mail',
    save: 'Save e-mail reminders',
    saved: 'E-mail reminders saved',
    off: 'Clear the address to stop e-mails.',
  },
};
