/**
 * The home page's words in English, the reference for az.ts and ru.ts, which must have exactly
 * these keys (the type and a test check). Messages use ICU MessageFormat; plurals follow CLDR
 * rules.
 */
export const en = {
  'home.next.label': 'What to do next',
  'home.next.signUp': 'Create an account to take part',
  'home.next.signIn': 'Sign in',
  'home.next.myOrganizations': 'Your organisations',
  'home.next.directory': 'The directory of member organisations',
} as const;

// These keys join the one MessageKey type (platform/i18n): a page can use them, and a key no
// catalogue defines fails typecheck.
declare module '../../../platform/i18n/index.js' {
  interface Messages extends Record<keyof typeof en, string> {}
}
