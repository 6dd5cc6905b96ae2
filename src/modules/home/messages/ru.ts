import type { en } from './en.js';
// The home page's words in Russian: the same keys, in the same order, as en.ts.

export const ru: Record<keyof typeof en, string> = {
  'home.next.label': 'Что дальше',
  'home.next.signUp': 'Создайте учётную запись, чтобы участвовать',
  'home.next.signIn': 'Войти',
  'home.next.myOrganizations': 'Ваши организации',
  'home.next.directory': 'Каталог организаций-участников',
};
