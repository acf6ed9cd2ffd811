// Drives the agents' console the way an agent does (labels, roles, visible names) and reads
// back what it shows. Waits are bounded; a miss fails with what the console was showing.
import type { Locator, Page } from 'playwright-core';

export class ConsoleDriver {
  constructor(readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Nome utente').fill(username);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await this.page.getByRole('navigation').waitFor({ timeout: 10_000 });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The queue row (a button) of a conversation. */
  queueItem(conversationId: string): Locator {
    return this.page.locator(`.pc-queue-item[data-conversation-id="${conversationId}"]`);
  }

  /** The transcript's entries as [sender label, text]. */
  async transcript(): Promise<Array<{ sender: string; text: string; kind: string }>> {
    return this.page.locator('.pc-transcript > li').evaluateAll((items) =>
      items.map((item) => ({
        sender: item.querySelector('.pc-msg-sender')?.textContent ?? '',
        text: item.querySelector('.pc-msg-text')?.textContent ?? '',
        kind: item.className.replace(/^.*pc-from-/, ''),
      })),
    );
  }

  /** Waits until the transcript has an entry of `kind` whose text is exactly (or matches) `text`. */
  async waitForMessage(
    kind: 'customer' | 'bot' | 'agent' | 'system',
    text: string | RegExp,
    timeout = 15_000,
  ) {
    const entry = this.page
      .locator(`.pc-transcript > li.pc-from-${kind} .pc-msg-text`)
      .filter({ hasText: typeof text === 'string' ? text : text });
    try {
      await entry.last().waitFor({ timeout });
    } catch (error) {
      const shown = (await this.transcript()).slice(-4).map((item) => `${item.kind}: ${item.text}`);
      throw new Error(`timed out waiting for ${kind} message ${text}; last: ${shown.join(' | ')}`, {
        cause: error,
      });
    }
  }

  /** The bundle's facts as label -> value. */
  async facts(): Promise<Record<string, string>> {
    const pairs = await this.page
      .locator('.pc-facts .pc-fact')
      .evaluateAll((facts) =>
        facts.map((fact) => [
          fact.querySelector('dt')?.textContent ?? '',
          fact.querySelector('dd')?.textContent ?? '',
        ]),
      );
    return Object.fromEntries(pairs);
  }

  async write(text: string): Promise<void> {
    const input = this.page.getByLabel('Messaggio al cliente');
    await input.fill(text);
    await input.press('Enter');
  }

  async status(): Promise<string> {
    return (await this.page.locator('.pc-conv-head .pc-status').textContent()) ?? '';
  }

  async waitForStatus(text: string | RegExp, timeout = 10_000): Promise<void> {
    await this.page.locator('.pc-conv-head .pc-status').filter({ hasText: text }).waitFor({ timeout });
  }
}
