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
    optionalTitle: 'Registers of the past (optional: bring in those you kept)',
    optionalIntro:
      'These steps do not count towards going live. For each register your union kept on paper or in Excel, bring it in on its list page with the template; its records count in the statistics of the years they happened.',
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
