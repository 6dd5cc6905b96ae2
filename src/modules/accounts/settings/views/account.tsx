/** The account settings page: profile, password, API tokens, deletion. */
import { formatDateTime, LOCALE_NAMES, LOCALES } from '../../../../platform/i18n/index.js';
import { DataTable } from '../../../../ui/data-table.js';
import {
  CsrfField,
  ErrorSummary,
  Field,
  PostButton,
  SelectField,
  Submit,
  translateProblems,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { FormState } from '../../auth/views/pages.js';
import type { PersonView } from '../../people/presenters.js';
import type { ApiTokenView } from '../../tokens/presenters.js';

export type AccountForms = {
  profile?: FormState;
  password?: FormState;
  token?: FormState;
  delete?: FormState;
};

export function AccountPage(props: {
  ctx: PageContext;
  person: PersonView;
  tokens: ApiTokenView[];
  timeZone: string;
  newToken?: string;
  forms?: AccountForms;
  /** What must be handed over before the account may be deleted (see deleteAccount). */
  handOver?: { name: string; href: string }[] | undefined;
}) {
  const { ctx, person } = props;
  const { t } = ctx;
  const forms = props.forms ?? {};
  const profileErrors = translateProblems(ctx, forms.profile?.problems);
  const passwordErrors = translateProblems(ctx, forms.password?.problems);
  const tokenErrors = translateProblems(ctx, forms.token?.problems);
  const deleteErrors = translateProblems(ctx, forms.delete?.problems);
  const date = (value: string) => formatDateTime(value, ctx.locale, props.timeZone);
  return (
    <>
      <h1>{t('account.title')}</h1>
      <ErrorSummary
        ctx={ctx}
        errors={{ ...profileErrors, ...passwordErrors, ...tokenErrors, ...deleteErrors }}
      />

      <h2 id="profile">{t('account.profile')}</h2>
      <form method="post" action="/account/profile" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field
          name="name"
          label={t('field.name')}
          value={forms.profile?.values?.name ?? person.name}
          error={profileErrors.name}
          autocomplete="name"
          required
        />
        <p>
          {t('field.email')}: <strong>{person.email}</strong>
        </p>
        <SelectField
          name="locale"
          label={t('field.locale')}
          value={forms.profile?.values?.locale ?? person.locale ?? ctx.locale}
          error={profileErrors.locale}
          options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code], lang: code }))}
        />
        <Submit>{t('form.submit')}</Submit>
      </form>

      <h2 id="password">{t('account.password')}</h2>
      <p>{t('account.password.body')}</p>
      <form method="post" action="/account/password" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field
          name="currentPassword"
          type="password"
          label={t('field.currentPassword')}
          error={passwordErrors.currentPassword}
          autocomplete="current-password"
          required
        />
        <Field
          name="newPassword"
          type="password"
          label={t('field.newPassword')}
          hint={t('field.password.hint')}
          error={passwordErrors.newPassword}
          autocomplete="new-password"
          required
        />
        <Submit>{t('account.password')}</Submit>
      </form>

      <h2 id="tokens">{t('account.tokens')}</h2>
      <p>{t('account.tokens.body')}</p>
      {props.newToken && (
        <div class="notice" role="status">
          <p>{t('account.tokens.created')}</p>
          <pre>
            <code>{props.newToken}</code>
          </pre>
        </div>
      )}
      <DataTable
        empty={t('account.tokens.none')}
        caption={t('account.tokens')}
        rows={props.tokens}
        columns={[
          { header: t('field.tokenName'), cell: (token) => token.name },
          { header: t('account.tokens.createdAt'), cell: (token) => date(token.createdAt) },
          {
            header: t('account.tokens.lastUsed'),
            cell: (token) =>
              token.lastUsedAt ? date(token.lastUsedAt) : t('account.tokens.never'),
          },
          {
            header: t('account.tokens.revoke'),
            hideHeader: true,
            cell: (token) => (
              <PostButton
                ctx={ctx}
                action={`/account/tokens/${token.id}/revoke`}
                label={t('account.tokens.revoke')}
                accessibleName={`${t('account.tokens.revoke')}: ${token.name}`}
              />
            ),
          },
        ]}
      />
      <form method="post" action="/account/tokens" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field
          name="tokenName"
          label={t('field.tokenName')}
          value={forms.token?.values?.tokenName}
          error={tokenErrors.tokenName}
          required
        />
        <Submit variant="secondary">{t('account.tokens.create')}</Submit>
      </form>

      <h2 id="delete">{t('account.delete')}</h2>
      <p>{t('account.delete.body')}</p>
      {props.handOver && props.handOver.length > 0 && (
        <div class="notice" role="status">
          <p>{t('account.delete.handOver')}</p>
          <ul>
            {props.handOver.map((o) => (
              <li>
                <a href={o.href}>{o.name}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action="/account/delete" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field
          name="confirm"
          label={t('account.delete.confirm')}
          error={deleteErrors.confirm}
          required
        />
        <Field
          name="password"
          type="password"
          label={t('field.password')}
          error={deleteErrors.password}
          autocomplete="current-password"
          required
        />
        <Submit variant="danger">{t('account.delete.submit')}</Submit>
      </form>
    </>
  );
}
