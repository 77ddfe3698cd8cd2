/**
 * Why the method placed or left out something: a code and its parameters, so the UI can
 * word it in any locale, and `text`, the English wording.
 */
export interface Reason<Code extends string> {
  code: Code;
  params: Record<string, string | number | string[]>;
  text: string;
}

export function reason<Code extends string>(code: Code, params: Reason<Code>['params'], text: string): Reason<Code> {
  return { code, params, text };
}

/** Two decimals, for numbers shown in reasons. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
