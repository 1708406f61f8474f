import { notFound } from '../../shared/errors.ts';

export const MESSAGE = { zh: '消息', en: 'Message' };

/** Another user's message is answered exactly like a missing one: its existence is not revealed. */
export const messageNotFound = (id: number) => notFound(MESSAGE, { id });
