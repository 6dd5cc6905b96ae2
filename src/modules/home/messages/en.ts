/**
 * The home page's words in English, the reference for az.ts and ru.ts, which must have exactly
 * these keys (the type and a test check). Messages use ICU MessageFormat; plurals follow CLDR
 * rules.
 */
export const en = {
  'home.title': 'A shared home for a network of NGOs',
  'home.lead':
    'Member organisations find each other, meet at forums and side events, deliberate, speak together in joint statements, and show the results they achieve.',
  'home.figures': 'The network in figures',
  'home.figures.people': '{count, plural, one {# registered person} other {# registered people}}',
  'home.start.title': 'Get started',
  'home.start.signUp': 'Create an account to take part.',
  'figures.home.link': 'See the network in figures: members by country, region and goal',
} as const;

// These keys join the one MessageKey type (platform/i18n): a page can use them, and a key no
// catalogue defines fails typecheck.
declare module '../../../platform/i18n/index.js' {
  interface Messages extends Record<keyof typeof en, string> {}
}
