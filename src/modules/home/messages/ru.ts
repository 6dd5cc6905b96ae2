import type { en } from './en.js';
// The home page's words in Russian: the same keys, in the same order, as en.ts.

export const ru: Record<keyof typeof en, string> = {
  'home.title': 'Общий дом для сети НКО',
  'home.lead':
    'Организации-участники находят друг друга, встречаются на форумах и параллельных мероприятиях, обсуждают общие вопросы, выступают единым голосом в совместных заявлениях и показывают достигнутые результаты.',
  'home.figures': 'Сеть в цифрах',
  'home.figures.people':
    '{count, plural, one {# зарегистрированный участник} few {# зарегистрированных участника} many {# зарегистрированных участников} other {# зарегистрированного участника}}',
  'home.start.title': 'С чего начать',
  'home.start.signUp': 'Зарегистрируйтесь, чтобы принять участие.',
  'figures.home.link': 'Сеть в цифрах: участники по странам, регионам и целям',
};
