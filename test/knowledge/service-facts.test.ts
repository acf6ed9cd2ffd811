// The service facts are Halnet's: host names, ports, authentication and the CA URL.
import { SERVICE_NOTE_IDS, serviceFacts, serviceNotes, TOPIC_IDS, topicTitles } from '../../core/knowledge';

describe('service facts', () => {
  it("are the manual's hosts, ports and certificate URL", () => {
    expect(serviceFacts).toEqual({
      outgoingHost: 'smtp.hln.it',
      incomingPop3Host: 'mail.hln.it',
      incomingPop3Port: 110,
      submissionPort: 587,
      implicitTlsPort: 465,
      legacyPort: 25,
      caCertificateUrl: 'http://www.hln.it/file/cacert.crt',
      authenticationRequired: true,
    });
  });

  it('explain each fact in both languages', () => {
    expect(Object.keys(serviceNotes).sort()).toEqual([...SERVICE_NOTE_IDS].sort());
    expect(serviceNotes['why-587'].it).toMatch(/587/);
    expect(serviceNotes['why-not-25'].en).toMatch(/spam/);
    expect(serviceNotes['why-not-25'].it).toMatch(/bloccano/);
    expect(serviceNotes['encryption-cost'].it).toMatch(/più lento/);
    expect(serviceNotes['provider-smtp-own-line'].en).toMatch(
      /only works while you are connected through that provider/,
    );
    expect(serviceNotes['ca-certificate'].en).toContain(serviceFacts.caCertificateUrl);
    expect(serviceNotes['port-465'].it).toMatch(/465.*SSL/);
    expect(serviceNotes['incoming-pop3'].it).toContain(serviceFacts.incomingPop3Host);
  });

  it('give every topic a title in both languages', () => {
    for (const topic of TOPIC_IDS) {
      expect(topicTitles[topic].it.length).toBeGreaterThan(0);
      expect(topicTitles[topic].en.length).toBeGreaterThan(0);
    }
    expect(topicTitles.encryption.it).toBe('Attivazione della crittografia');
  });
});
