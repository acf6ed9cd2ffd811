// The terminal chat's loop (local/chat.ts): join, numbered choices answered by number or in
// words, the probe run through the injected function, plain-text output.
import { localeFromArgs, plainText, runChatScript } from '../../local/chat';
import { probeSummary } from './fixtures/probe-summaries';

describe('terminal chat', () => {
  it('greets in Italian, numbers the choices and takes a number as the choice', async () => {
    let probes = 0;
    const output = await runChatScript(['7', '1', '1'], {
      locale: 'it',
      probe: async () => {
        probes += 1;
        return probeSummary('healthy');
      },
    });
    const text = output.join('\n');
    expect(text).toContain('Postino: Ciao, sono Postino');
    expect(text).toContain('   7) Thunderbird');
    expect(text).toContain('Postino: Bene, Thunderbird.');
    expect(text).toContain('   1) Prima configurazione');
    expect(text).toContain('Il server di Halnet funziona');
    expect(text).toContain('Su Thunderbird:');
    expect(text).toMatch(/"Porta": 587/);
    expect(text).toContain('   1) Sì, risolto');
    expect(text).toContain('Ottimo, sono contento che sia risolto!');
    expect(text).not.toContain('**');
    expect(probes).toBe(1);
  });

  it('speaks English with --lang en and tells when the probe could not run', async () => {
    const output = await runChatScript(['outlook 2007 0x800CCC0E'], {
      locale: localeFromArgs(['--lang', 'en']),
      probe: async () => {
        throw new Error('no network');
      },
    });
    const text = output.join('\n');
    expect(text).toContain('Hi, I am Postino');
    expect(text).toContain('I could not check the server right now');
    expect(text).toContain('In Outlook 2007:');
    expect(text).toMatch(/\b587\b/);
  });

  it('reads the language flag in both forms, Italian otherwise', () => {
    expect(localeFromArgs(['--lang=en'])).toBe('en');
    expect(localeFromArgs(['--lang', 'it'])).toBe('it');
    expect(localeFromArgs([])).toBe('it');
  });

  it('shows markdown as plain text', () => {
    expect(plainText('**smtp.hln.it** on `587`, see <http://www.hln.it/file/cacert.crt>')).toBe(
      'smtp.hln.it on 587, see http://www.hln.it/file/cacert.crt',
    );
  });
});
