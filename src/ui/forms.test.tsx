/** The folds of long forms: when they open, and what the fold of the other languages holds. */
import { describe, expect, it } from 'vitest';
import { type Locale, translator } from '../platform/i18n/index.js';
import { Field, type FieldErrors, Fold, LanguageFields, localeSuffix } from './forms.js';
import type { PageContext } from './page-context.js';

const html = (element: unknown) => String(element);

const context = (locale: Locale) =>
  ({ t: translator(locale), locale, actor: null, csrfToken: '', path: '/' }) as PageContext;

/** A title field per language, with the values and errors given. */
function titles(locale: Locale, values: Record<string, string> = {}, errors: FieldErrors = {}) {
  const name = (l: Locale) => `title${localeSuffix(l)}`;
  return html(
    <LanguageFields
      ctx={context(locale)}
      errors={errors}
      name={name}
      value={(n) => values[n]}
      field={(l) => <Field name={name(l)} label={l} lang={l} value={values[name(l)]} />}
    />,
  );
}

describe('Fold', () => {
  const fold = (errors: FieldErrors, open?: boolean) =>
    html(
      <Fold summary="Registration details" errors={errors} fields={['legalForm']} open={open}>
        <p>inside</p>
      </Fold>,
    );

  it('is closed until a field inside has an error, or its caller opens it', () => {
    expect(fold({})).toBe(
      '<details class="fold"><summary>Registration details</summary><div class="fold-body"><p>inside</p></div></details>',
    );
    expect(fold({ city: 'Too long' })).toContain('<details class="fold">');
    expect(fold({ legalForm: 'Too long' })).toContain('<details class="fold" open="">');
    expect(fold({}, true)).toContain('<details class="fold" open="">');
  });
});

describe('LanguageFields', () => {
  it('puts the reader’s language first and folds the others, named in the reader’s language', () => {
    const en = titles('en');
    expect(en.indexOf('name="titleEn"')).toBeLessThan(en.indexOf('<details'));
    expect(en).toContain('<summary>Other languages: Azerbaijani, Russian</summary>');
    expect(en.indexOf('name="titleAz"')).toBeGreaterThan(en.indexOf('<details'));
    const az = titles('az');
    expect(az.indexOf('name="titleAz"')).toBeLessThan(az.indexOf('<details'));
    expect(az).toContain('<summary>Digər dillər: ingilis dili, rus dili</summary>');
    expect(titles('ru')).toContain('<summary>Другие языки: английский, азербайджанский</summary>');
  });

  it('opens the fold for an error inside it, not for one in the reader’s field', () => {
    expect(titles('en', {}, { titleRu: 'Too long' })).toContain('<details class="fold" open="">');
    expect(titles('en', {}, { titleEn: 'Too long' })).toContain('<details class="fold">');
  });

  it('opens the fold when the text is only in the other languages', () => {
    expect(titles('en', { titleAz: 'Forum' })).toContain('<details class="fold" open="">');
    expect(titles('en', { titleEn: ' ', titleRu: 'Форум' })).toContain(
      '<details class="fold" open="">',
    );
    expect(titles('en', { titleEn: 'Forum', titleAz: 'Forum' })).toContain(
      '<details class="fold">',
    );
    expect(titles('en', { titleAz: '  ' })).toContain('<details class="fold">');
  });
});
