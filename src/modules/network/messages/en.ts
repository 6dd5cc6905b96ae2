/**
 * The network module's words in English, the reference for az.ts and ru.ts, which must have
 * exactly these keys (the type and a test check). Messages use ICU MessageFormat.
 */
export const en = {
  // What pages and mails say until an administrator names the network.
  'network.default.name': 'NGO network',
  'network.default.purpose': 'The meeting place of a network of NGOs',

  'network.settings.title': 'The network’s identity',
  'network.settings.lead':
    'How the network presents itself: in the header and title of every page, in link previews and search results, in mail and on printed programmes.',
  'network.settings.saved': 'The network’s identity is saved.',
  'network.field.name': 'Name',
  'network.field.name.hint': 'The full name, as in the header and in mail.',
  'network.field.shortName': 'Short name',
  'network.field.shortName.hint':
    'Where space is short: after each page’s title in browser tabs and search results.',
  'network.field.purpose': 'Purpose in one line: {language}',
  'network.field.purpose.hint':
    'Shown under the name and in link previews and search results; at most 160 characters.',
  'network.field.logo': 'Logo',
  'network.field.logo.replace': 'New logo',
  'network.field.logo.hint':
    'SVG, PNG or JPEG, at most {max} MB. It is kept as an image of at most {side} × {side} pixels and also becomes the icon of browser tabs and home screens.',
  'network.field.logo.remove': 'Remove the logo (the default icon is shown instead)',
  'network.logo.current': 'The current logo',
  'network.logo.none': 'No logo yet: browser tabs show the default icon.',
  'network.admin.link': 'The network’s identity: name, purpose and logo',

  'validation.network.name.required': 'Enter the network’s name',
  'validation.network.name.tooLong': 'The name must be 120 characters or fewer',
  'validation.network.shortName.required': 'Enter a short name',
  'validation.network.shortName.tooLong': 'The short name must be 30 characters or fewer',
  'validation.network.purpose.required': 'Describe the network’s purpose in one line',
  'validation.network.purpose.tooLong': 'The purpose must be 160 characters or fewer',
  'validation.network.purpose.oneLine': 'Write the purpose on one line',
  'validation.network.logo.tooLarge': 'The file “{name}” is larger than {max} MB',
  'validation.network.logo.tooLargeBody': 'The file is too large: a logo may have at most 2 MB',
  'validation.network.logo.type': 'The file “{name}” is not an SVG, PNG or JPEG image',
  'validation.network.logo.unreadable': 'The file “{name}” could not be read as an image',
  'validation.network.logo.tooManyPixels':
    'The image “{name}” has more than {max} million pixels; make it smaller',
  'audit.action.network.identity.update': 'Network identity changed',
} as const;

// These keys join the one MessageKey type (platform/i18n): a page can use them, and a key no
// catalogue defines fails typecheck.
declare module '../../../platform/i18n/index.js' {
  interface Messages extends Record<keyof typeof en, string> {}
}
