// Text a report prints in either language. Every user-facing string of muniseo has both.
export interface Localised {
  fr: string;
  en: string;
}

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
