import { describe, expect, it } from 'vitest';
import { SMS_PURPOSES } from './outbox.purposes.ts';
import { type OutgoingMessage, type Sender, SMS_SIGNATURE, withSmsSignature } from './outbox.sender.ts';

/** Every SMS carries the one signature, whatever its purpose and whether its module wrote the signature itself. */
describe('the SMS signature', () => {
  it('opens the text of every purpose once, whichever sender carries it', async () => {
    const sent: OutgoingMessage[] = [];
    const plugged: Sender = {
      async send(message) {
        sent.push(message);
      },
    };
    const sender = withSmsSignature(plugged);
    expect(SMS_PURPOSES.length).toBeGreaterThan(6);
    for (const { purpose } of SMS_PURPOSES) {
      await sender.send({ channel: 'sms', to: '13800000000', purpose, text: `${purpose}的正文` });
      await sender.send({
        channel: 'sms',
        to: '13800000000',
        purpose,
        text: `${SMS_SIGNATURE}${purpose}的正文`,
      });
    }
    expect(sent).toHaveLength(SMS_PURPOSES.length * 2);
    for (const m of sent) {
      expect(m.text, m.purpose).toBe(`【工会】${m.purpose}的正文`);
      expect(m.text.split(SMS_SIGNATURE), m.purpose).toHaveLength(2);
    }
  });
});
