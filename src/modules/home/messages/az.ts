import type { en } from './en.js';
// The home page's words in Azerbaijani (Latin script): the same keys, in the same order, as en.ts.

export const az: Record<keyof typeof en, string> = {
  'home.title': 'QHT şəbəkəsi üçün ortaq məkan',
  'home.lead':
    'Üzv təşkilatlar bir-birini tapır, forumlarda və paralel tədbirlərdə görüşür, müzakirələr aparır, birgə bəyanatlarla vahid səslə çıxış edir və əldə etdikləri nəticələri nümayiş etdirir.',
  'home.figures': 'Rəqəmlərlə şəbəkə',
  'home.figures.people':
    '{count, plural, one {# nəfər qeydiyyatdan keçib} other {# nəfər qeydiyyatdan keçib}}',
  'home.start.title': 'Başlayın',
  'home.start.signUp': 'İştirak etmək üçün qeydiyyatdan keçin.',
  'figures.home.link': 'Rəqəmlərlə şəbəkə: ölkələr, regionlar və məqsədlər üzrə üzvlər',
};
