import { MODULE_VOCABULARIES } from '../../vocabulary.gen.ts';
import {
  type MessageAudience,
  type MessageKindOf,
  type MessageKindWords,
  unionOf,
} from '../../vocabulary.ts';

/**
 * Every kind of in-app message, as the modules declare them in their vocabularies (`messageKinds`): a notice of a
 * kind no module declares fails typecheck. A kind declared twice is an error at start.
 */
export type MessageKind = MessageKindOf<(typeof MODULE_VOCABULARIES)[number]>;

/** Every declared kind with who gets it and the SMS it may go by (ADR 157), in the modules' order. */
export const MESSAGE_KIND_WORDS = unionOf<MessageKindWords>(MODULE_VOCABULARIES, 'messageKinds') as Readonly<
  Record<MessageKind, MessageKindWords>
>;

/** Every declared kind with who gets it (a worker, staff, or both). */
export const MESSAGE_KINDS = Object.fromEntries(
  Object.entries(MESSAGE_KIND_WORDS).map(([kind, k]) => [kind, k.to]),
) as Readonly<Record<MessageKind, MessageAudience>>;
