import type { Locator, Page } from 'playwright-core';

/*
 * What a person does with their hands, counted: each click, each field typed into, each key
 * pressed is one input. A journey that goes through this instead of the locators directly
 * can say how many inputs a task took, and what a person would need for it: an input is
 * reckoned at SECONDS_PER_INPUT (find it, decide, act) and a typed character at
 * SECONDS_PER_CHARACTER (a steady typist), which is the model the printed estimate uses.
 */

export const SECONDS_PER_INPUT = 8;
export const SECONDS_PER_CHARACTER = 0.3;

export class Inputs {
  count = 0;
  characters = 0;
  private readonly started = Date.now();

  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }

  async fill(target: Locator, text: string): Promise<void> {
    this.count += 1;
    this.characters += text.length;
    await target.fill(text);
  }

  /** Text typed where the focus is (a cell reached by Tab opens on the first character). */
  async type(page: Page, text: string): Promise<void> {
    this.count += 1;
    this.characters += text.length;
    await page.keyboard.type(text);
  }

  /** A key pressed in a field or on a focused control: Enter, Tab, an arrow. */
  async press(target: Locator, key: string): Promise<void> {
    this.count += 1;
    await target.press(key);
  }

  /** An option chosen in a list that is open (a native select's choice is one input). */
  async select(target: Locator, label: string): Promise<void> {
    this.count += 1;
    await target.selectOption({ label });
  }

  async check(target: Locator): Promise<void> {
    this.count += 1;
    await target.check();
  }

  /** The minutes a person would need for what was counted, by the model above. */
  estimatedMinutes(): number {
    return (this.count * SECONDS_PER_INPUT + this.characters * SECONDS_PER_CHARACTER) / 60;
  }

  summary(): string {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    return `${this.count} inputs, ${this.characters} characters typed; about ${Math.round(this.estimatedMinutes())} minutes for a person (${SECONDS_PER_INPUT} s an input, ${SECONDS_PER_CHARACTER} s a character); ${seconds} s scripted`;
  }
}
