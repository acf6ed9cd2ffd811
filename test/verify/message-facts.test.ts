// Reading a test message's header block: the Received chain in order and unfolded, the Date,
// the sender's presence; the body is never read, and what is not a mail message is malformed.
import { readHeaderFacts } from '../../core/verify';

const DATE = 'Wed, 02 Dec 2026 07:00:02 +0000';
const read = (text: string | Buffer) => readHeaderFacts(Buffer.isBuffer(text) ? text : Buffer.from(text));

describe('the header facts of a test message', () => {
  it('lists the Received chain newest first, with the Date', async () => {
    const message =
      `Received: from smtp.hln.it by inbound.example with SMTP id 1; ${DATE}\r\n` +
      `Received: from pc ([192.0.2.10]) by smtp.hln.it with ESMTPSA id 2; ${DATE}\r\n` +
      `From: mario@esempio.it\r\nDate: ${DATE}\r\nSubject: Prova\r\n\r\nciao\r\n`;
    expect(await read(message)).toEqual({
      ok: true,
      facts: {
        received: [
          `from smtp.hln.it by inbound.example with SMTP id 1; ${DATE}`,
          `from pc ([192.0.2.10]) by smtp.hln.it with ESMTPSA id 2; ${DATE}`,
        ],
        date: new Date('2026-12-02T07:00:02Z'),
      },
    });
  });

  it('unfolds a Received header folded over lines, whatever the line ends and the case', async () => {
    const message = `RECEIVED: from pc (host [192.0.2.10])\n\tby smtp.hln.it\n   with ESMTPSA (TLSv1.3); ${DATE}\nfrom: a@b.it\n\nbody\n`;
    expect(await read(message)).toEqual({
      ok: true,
      facts: {
        received: [`from pc (host [192.0.2.10]) by smtp.hln.it with ESMTPSA (TLSv1.3); ${DATE}`],
        date: null,
      },
    });
  });

  it('reads the headers only: a Received line in the body is not part of the chain', async () => {
    const message = `From: a@b.it\r\n\r\nReceived: from pc by smtp.hln.it with ESMTPSA; ${DATE}\r\n`;
    expect(await read(message)).toEqual({ ok: true, facts: { received: [], date: null } });
  });

  it('takes a message that is all headers (no body)', async () => {
    expect(await read(`Received: from pc by smtp.hln.it; ${DATE}\r\nFrom: a@b.it\r\n`)).toEqual({
      ok: true,
      facts: { received: [`from pc by smtp.hln.it; ${DATE}`], date: null },
    });
  });

  it('reads header bytes as UTF-8', async () => {
    const message = Buffer.from(
      `Received: from pc-città by smtp.hln.it; ${DATE}\r\nFrom: Niccolò <a@b.it>\r\n\r\n`,
    );
    const result = await read(message);
    expect(result.ok && result.facts.received).toEqual([`from pc-città by smtp.hln.it; ${DATE}`]);
  });

  it('gives no date for an unreadable Date (the time taken is then unknown)', async () => {
    expect(await read('From: a@b.it\r\nDate: ieri sera\r\n\r\nx')).toEqual({
      ok: true,
      facts: { received: [], date: null },
    });
  });

  it.each([
    ['binary junk', '\u0000\u0001 questo non è un messaggio di posta\r\n'],
    ['text with no header block', 'ciao, questa è una prova\r\n'],
    ['an mbox separator line first', `From a@b.it ${DATE}\r\nFrom: a@b.it\r\n\r\n`],
    ['no sender', `Received: from pc by smtp.hln.it; ${DATE}\r\nTo: x@y.it\r\n\r\nbody`],
    ['an empty message', ''],
  ])('finds %s malformed', async (_name, message) => {
    expect(await read(message)).toEqual({ ok: false });
  });
});
