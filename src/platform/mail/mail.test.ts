import { describe, expect, it } from 'vitest';
import { useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { outboxAttachments } from './index.js';

describeEachEngine('mail outbox', (engine) => {
  const concord = useConcord(engine);

  it('keeps attachments with the message, byte for byte', async () => {
    const { deps } = concord();
    const calendar = Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    await deps.mailer.queue(deps.db.kysely, {
      to: 'attach@example.org',
      subject: 'Your registration',
      text: 'See the attachments.',
      attachments: [
        { filename: 'event.ics', contentType: 'text/calendar; method=PUBLISH', content: calendar },
        { filename: 'code.png', contentType: 'image/png', content: picture },
      ],
    });
    await deps.mailer.queue(deps.db.kysely, { to: 'plain@example.org', subject: 's', text: 't' });

    const messages = await deps.mailer.list(10);
    const attached = messages.find((m) => m.to_address === 'attach@example.org')!;
    expect(outboxAttachments(attached)).toEqual([
      { filename: 'event.ics', contentType: 'text/calendar; method=PUBLISH', content: calendar },
      { filename: 'code.png', contentType: 'image/png', content: picture },
    ]);
    const plain = messages.find((m) => m.to_address === 'plain@example.org')!;
    expect(outboxAttachments(plain)).toEqual([]);
  });
});

describe('outboxAttachments', () => {
  it('reads a message queued before attachments existed as having none', () => {
    expect(outboxAttachments({ attachments: '[]' })).toEqual([]);
  });
});
