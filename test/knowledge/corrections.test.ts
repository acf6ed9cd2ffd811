// Where the manual slips, the data does not copy the slip and says so next to the data.
import { clientGuides, getClientGuide } from '../../core/knowledge';
import { topicText } from './helpers';

describe("corrections of the manual's slips", () => {
  it.each(clientGuides.filter((guide) => guide.fromManual).map((guide) => guide.id))(
    '%s notes its corrections',
    (client) => {
      expect(getClientGuide(client).corrections.length).toBeGreaterThan(0);
    },
  );

  it('Outlook 2003: notes the "port 25 SMTP+TLS" slip and does not repeat it', () => {
    const notes = getClientGuide('outlook-2003').corrections.join('\n');
    expect(notes).toMatch(/porta 25.*SMTP\+TLS/);
    expect(notes).toMatch(/TLS port is 587/);
    expect(topicText('outlook-2003', 'encryption', 'it')).not.toMatch(/comune porta 25/);
  });

  it('Outlook 2007: writes "impostare la porta 465" and its own menu in the encryption section', () => {
    const notes = getClientGuide('outlook-2007').corrections.join('\n');
    expect(notes).toMatch(/"importare" where it means "impostare"/);
    expect(notes).toMatch(/Strumenti \/ Impostazioni account/);
    const encryption = topicText('outlook-2007', 'encryption', 'it');
    expect(encryption).toContain('impostare la porta **465**');
    expect(encryption).toContain('Strumenti / Impostazioni account');
    expect(encryption).not.toContain('Strumenti / Account di posta elettronica');
  });

  it('Outlook Express and Outlook 2003: explain, in the step ticking the "SSL" box, that it means STARTTLS on 587', () => {
    for (const client of ['outlook-express', 'outlook-2003'] as const) {
      expect(getClientGuide(client).corrections.join('\n')).toMatch(/STARTTLS on 587/);
      for (const locale of ['it', 'en'] as const) {
        expect(topicText(client, 'encryption', locale)).toMatch(
          /\(SSL\)"[^\n]*\b587\b[^\n]*TLS \(STARTTLS\)/,
        );
        expect(topicText(client, 'encryption', locale)).toMatch(/\*\*465\*\*[^\n]*\bSSL\b/);
      }
    }
  });

  it('Outlook 2007: "TLS" with 587 or "SSL" with 465 in "Utilizzare il tipo di connessione crittografata seguente:"', () => {
    const encryption = topicText('outlook-2007', 'encryption', 'it');
    expect(encryption).toMatch(
      /"Utilizzare il tipo di connessione crittografata seguente:"[^\n]*"TLS"[^\n]*\*\*587\*\*[^\n]*"SSL"[^\n]*\*\*465\*\*/,
    );
    expect(topicText('outlook-2007', 'encryption', 'en')).toMatch(
      /"TLS"[^\n]*\*\*587\*\*[^\n]*"SSL"[^\n]*\*\*465\*\*/,
    );
  });

  it('Eudora: checks by sending again, not by downloading, and uses "Tools / Personalities"', () => {
    const notes = getClientGuide('eudora-7').corrections.join('\n');
    expect(notes).toMatch(/rieseguire il download dei messaggi/);
    expect(notes).toMatch(/Tool \/ Personalities/);
    const encryption = topicText('eudora-7', 'encryption', 'it');
    expect(encryption).toMatch(/inviare di nuovo il messaggio/i);
    expect(encryption).not.toMatch(/download/);
    expect(topicText('eudora-7', 'server', 'it')).not.toMatch(/\bTool \//);
  });

  it('Eudora: "Required, STARTTLS" both in Tools / Options "Sending Mail" and in the "smtp" personality', () => {
    for (const locale of ['it', 'en'] as const) {
      const steps = getClientGuide('eudora-7').topics.encryption[locale].filter((step) =>
        step.includes('"Required, STARTTLS"'),
      );
      expect(steps).toHaveLength(2);
      expect(steps.filter((step) => step.includes('"Sending Mail"'))).toHaveLength(1);
      expect(steps.filter((step) => step.includes('"smtp"'))).toHaveLength(1);
    }
  });
});
