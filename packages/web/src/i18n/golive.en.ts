/** English strings of the go-live checklist (上线清单). */
export const goLiveEn = {
  golive: {
    nav: 'Go-live checklist',
    title: 'Go-live checklist',
    intro:
      'A new federation goes live by these steps: bring in the union tree, open accounts for every union, bring in the members, set the holidays, then issue the first return. Each step shows how far it is and the figures it has produced.',
    progress: '{{done}} of {{total}} steps done',
    template: 'Download template',
    go: 'Do it',
    open: 'Open',
    state: { done: 'Done', started: 'Begun', todo: 'Not begun' },
    optional: 'If you kept this register',
    notice: 'Go-live checklist: {{done}} of {{total}} steps done',
    next: 'Next: {{step}}',
    step: {
      unions: 'bring in the union tree',
      accounts: 'open accounts for every union',
      members: 'bring in the members',
      calendar: 'set the holidays',
      return: 'issue the first return',
    },
  },
};
