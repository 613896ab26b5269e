/** How an issue code is declared: its severity and message templates (`{name}` placeholders). */
export type Severity = 'error' | 'warning';

export interface CodeDef {
  readonly severity: Severity;
  readonly en: string;
  readonly ja: string;
}

export const e = (en: string, ja: string): CodeDef => ({ severity: 'error', en, ja });
export const w = (en: string, ja: string): CodeDef => ({ severity: 'warning', en, ja });
