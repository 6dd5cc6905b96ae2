import type { en } from './en.js';
// The home page's words in Azerbaijani (Latin script): the same keys, in the same order, as en.ts.

export const az: Record<keyof typeof en, string> = {
  'home.next.label': 'Növbəti addım',
  'home.next.signUp': 'İştirak etmək üçün hesab yaradın',
  'home.next.signIn': 'Daxil olun',
  'home.next.myOrganizations': 'Təşkilatlarınız',
  'home.next.directory': 'Üzv təşkilatların kataloqu',
};
