import { parseEhlo } from '../../core/probe/ehlo';
import { ReplyReader, SmtpProtocolError } from '../../core/probe/reply-reader';

const STREAM =
  '220-smtp.hln.it ESMTP\r\n220-Halnet mail\r\n220 ready\r\n' +
  '250-smtp.hln.it Hello\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n250-STARTTLS\r\n250 AUTH=LOGIN\r\n' +
  '221 2.0.0 Bye\r\n';
const EXPECTED = [
  { code: 220, lines: ['smtp.hln.it ESMTP', 'Halnet mail', 'ready'] },
  { code: 250, lines: ['smtp.hln.it Hello', 'PIPELINING', 'SIZE 52428800', 'STARTTLS', 'AUTH=LOGIN'] },
  { code: 221, lines: ['2.0.0 Bye'] },
];

describe('ReplyReader', () => {
  it('frames multi-line and single-line replies from one chunk holding several replies', () => {
    expect(new ReplyReader().push(Buffer.from(STREAM))).toEqual(EXPECTED);
  });

  it('gives the same replies whatever two points the stream is cut at', () => {
    const bytes = Buffer.from(STREAM);
    for (let a = 1; a < bytes.length; a += 3) {
      for (let b = a; b < bytes.length; b += 5) {
        const reader = new ReplyReader();
        const replies = [
          ...reader.push(bytes.subarray(0, a)),
          ...reader.push(bytes.subarray(a, b)),
          ...reader.push(bytes.subarray(b)),
        ];
        expect(replies).toEqual(EXPECTED);
      }
    }
  });

  it('returns nothing until the CRLF of the last line arrives, byte by byte', () => {
    const reader = new ReplyReader();
    const text = '421 4.3.2 too busy\r\n';
    const seen = [...text].map((char) => reader.push(char).length);
    expect(seen.slice(0, -1).every((count) => count === 0)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('keeps a UTF-8 character cut between two packets intact', () => {
    const reader = new ReplyReader();
    const bytes = Buffer.from('220 Benvenuto è pronto\r\n');
    const cut = bytes.indexOf(0xa8); // second byte of "è"
    expect(reader.push(bytes.subarray(0, cut))).toEqual([]);
    expect(reader.push(bytes.subarray(cut))).toEqual([{ code: 220, lines: ['Benvenuto è pronto'] }]);
  });

  it('accepts a bare code line and tolerates LF-only line ends', () => {
    expect(new ReplyReader().push('250\n')).toEqual([{ code: 250, lines: [''] }]);
  });

  it('rejects a line that is not an SMTP reply', () => {
    expect(() => new ReplyReader().push('HTTP/1.1 400 Bad Request\r\n')).toThrow(SmtpProtocolError);
  });

  it('rejects a multi-line reply whose code changes midway', () => {
    expect(() => new ReplyReader().push('250-a\r\n251 b\r\n')).toThrow(/code changed/);
  });

  it('forgets buffered bytes on reset (STARTTLS)', () => {
    const reader = new ReplyReader();
    reader.push('250-injected\r\n250 AU');
    reader.reset();
    expect(reader.push('220 clean\r\n')).toEqual([{ code: 220, lines: ['clean'] }]);
  });

  it('refuses to buffer an endless line', () => {
    expect(() => new ReplyReader().push('2'.repeat(20_000))).toThrow(/longer than/);
  });
});

describe('parseEhlo', () => {
  it('reads STARTTLS, SIZE and both AUTH forms, de-duplicated', () => {
    const report = parseEhlo({
      code: 250,
      lines: [
        'smtp.hln.it Hello',
        'PIPELINING',
        'SIZE 52428800',
        'STARTTLS',
        'AUTH PLAIN LOGIN',
        'AUTH=LOGIN CRAM-MD5',
        '8BITMIME',
      ],
    });
    expect(report).toEqual({
      code: 250,
      keywords: ['PIPELINING', 'SIZE', 'STARTTLS', 'AUTH', '8BITMIME'],
      starttls: true,
      authMechanisms: ['PLAIN', 'LOGIN', 'CRAM-MD5'],
      sizeLimit: 52428800,
    });
  });

  it('reads only the AUTH= form when that is all there is', () => {
    expect(parseEhlo({ code: 250, lines: ['hi', 'AUTH=LOGIN'] }).authMechanisms).toEqual(['LOGIN']);
  });

  it('reports no capabilities for a rejected EHLO', () => {
    const report = parseEhlo({ code: 502, lines: ['5.5.2 command not recognized'] });
    expect(report).toMatchObject({ keywords: [], starttls: false, authMechanisms: [], sizeLimit: null });
  });
});
