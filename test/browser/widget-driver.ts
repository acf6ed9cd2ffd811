// Drives the widget the way a customer does (roles and visible names, not internals) and
// reads back what Web Chat shows. Waits are bounded; a miss fails with what was on screen.
import type { Locator, Page } from 'playwright-core';

const BOT_TEXT = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const USER_TEXT = '.webchat__bubble--from-user .webchat__bubble__content';

export class WidgetDriver {
  constructor(readonly page: Page) {}

  launcher(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  panel(): Locator {
    return this.page.locator('#postino-panel');
  }

  async botTexts(): Promise<string[]> {
    return this.page.locator(BOT_TEXT).allInnerTexts();
  }

  async userTexts(): Promise<string[]> {
    return this.page.locator(USER_TEXT).allInnerTexts();
  }

  async suggestedActions(): Promise<string[]> {
    return (await this.page.locator('.webchat__suggested-action').allInnerTexts()).map((text) => text.trim());
  }

  /** Waits until a bot message containing `text` is on screen. */
  async waitForBot(text: string | RegExp, timeout = 20_000): Promise<void> {
    await this.waitFor(
      this.page.locator(BOT_TEXT).filter({ hasText: text }).last(),
      `bot text ${text}`,
      timeout,
    );
  }

  async waitForSuggestedAction(name: string, timeout = 20_000): Promise<Locator> {
    const button = this.page.locator('.webchat__suggested-action').filter({ hasText: name }).first();
    await this.waitFor(button, `suggested action ${name}`, timeout);
    return button;
  }

  async chooseSuggestedAction(name: string): Promise<void> {
    await (await this.waitForSuggestedAction(name)).click();
  }

  async type(text: string): Promise<void> {
    const input = this.page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
  }

  /** The element holding the keyboard focus, described by id, data-id or class. */
  async focused(): Promise<{ inPanel: boolean; id: string; dataId: string; tag: string }> {
    return this.page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return {
        inPanel: Boolean(active && document.getElementById('postino-panel')?.contains(active)),
        id: active?.id ?? '',
        dataId: active?.dataset.id ?? '',
        tag: active?.tagName ?? '',
      };
    });
  }

  async session(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() => {
      const read = (key: string) => JSON.parse(sessionStorage.getItem(key) ?? 'null');
      return { widget: read('postino.widget.v1'), conversation: read('postino.conversation.v1') };
    });
  }

  private async waitFor(locator: Locator, what: string, timeout: number): Promise<void> {
    try {
      await locator.waitFor({ state: 'visible', timeout });
    } catch (error) {
      const shown = (await this.botTexts()).slice(-3).join(' | ');
      throw new Error(`timed out waiting for ${what}; last bot messages: ${shown}`, { cause: error });
    }
  }
}
