/**
 * One namespace of UI strings: Japanese first, and English with exactly the same keys (the compiler
 * refuses a missing or extra English key; a component test checks every namespace at run time too).
 * Placeholders use i18next's `{{name}}`. No plural forms: Japanese has none, so English strings are
 * worded to read right for any count ("Records: {{count}}").
 */
export interface Namespace<K extends string = string> {
  ja: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<
  const T extends Record<string, string>,
  const E extends { [K in keyof T]: string },
>(ja: T, en: E & { [K in Exclude<keyof E, keyof T>]: never }): Namespace<Extract<keyof T, string>> {
  return { ja, en };
}
