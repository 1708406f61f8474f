/** Mentoring's kinds, shared by its use cases and its repository. */
export type ApprenticeKind = 'professional' | 'skilled';
export type SessionKind = 'training' | 'on_site' | 'exchange' | 'other';
