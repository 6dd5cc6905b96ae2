/**
 * The platform's words in English: the page frame, forms, errors, generic validation and the
 * API's errors; each module keeps its own in its messages/. The reference for az.ts and ru.ts,
 * which must have exactly these keys (the type and a test check). Messages use ICU
 * MessageFormat; plurals follow CLDR rules.
 */
export const en = {
  'layout.skip': 'Skip to main content',
  'layout.nav.label': 'Main',
  'layout.menu': 'Menu',
  'layout.nav.home': 'Home',
  'layout.nav.admin': 'Administration',
  'layout.nav.api': 'API',
  'layout.account.signIn': 'Sign in',
  'layout.account.signUp': 'Create an account',
  'layout.account.signOut': 'Sign out',
  'layout.account.settings': 'Account',
  'layout.account.signedInAs': 'Signed in as {name}',
  'layout.language': 'Language',
  'layout.footer': 'Powered by Concord, open-source software for networks of NGOs.',

  'error.title': 'Something went wrong',
  'error.400': 'The request could not be understood. Check what you entered and try again.',
  'error.401': 'Please sign in to continue.',
  'error.403': 'You are not allowed to do that.',
  'error.403.csrf':
    'This form has expired or was sent from another site. Go back, reload the page and try again.',
  'error.404': 'We could not find that page.',
  'error.413': 'What you sent is too large.',
  'error.429':
    'Too many attempts. Please wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'error.429.title': 'Please wait before trying again',
  'error.500': 'Something went wrong on our side. It has been logged; please try again later.',
  'error.503':
    'The service is briefly unavailable: its database did not answer. Please try again in a minute.',
  'error.back': 'Go to the home page',
  'confirm.required': 'Nothing has changed yet. Confirm with the button below to go ahead.',

  'form.errors.title': 'There is a problem',
  'form.required': 'Enter {field}',
  'form.submit': 'Save',
  'validation.email.invalid': 'Enter an email address like name@example.org',
  'layout.nav.myOrganizations': 'My organisations',
  'validation.url.invalid': 'Enter a web address starting with https:// or http://',
  'validation.text.tooLong': 'This text is too long',
  'form.optional': 'optional',
  'form.otherLanguages': 'Other languages: {languages}',
  'form.language.az': 'Azerbaijani',
  'form.language.en': 'English',
  'form.language.ru': 'Russian',
  // directory
  'layout.nav.directory': 'Member organisations',

  // organisation API
  'api.error.validation': 'Some fields are not valid; each is named in "fields" with its message.',
  'api.error.invalid': 'This value is not valid here.',
  'api.error.lang': 'Choose one of these languages: {languages}',
  'api.error.json': 'The request body is not valid JSON.',
  'api.error.mediaType': 'Send the request body as JSON, with Content-Type: application/json.',
  'api.error.type.text': 'Give this field as text (a JSON string) or null.',
  'api.error.type.number': 'Give this field as a number or null.',
  'api.error.type.list': 'Give this field as a list (a JSON array) or null.',

  // network figures
  'layout.nav.figures': 'The network in figures',

  // acting on behalf of
  'acting.header.label': 'Acting for:',
  'acting.header.self': 'only yourself',
  'acting.header.change': 'Change',
  // events
  'layout.nav.events': 'Events',
} as const;
