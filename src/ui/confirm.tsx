/**
 * The second step before an action that is hard to undo, without JavaScript: the action's
 * button leads to this page (GET), which says what will happen, and its form POSTs the action
 * with `confirm=yes`. The route refuses a POST without it (`ConfirmedSchema`) by showing this
 * page again, so a stray or forged-but-CSRF-valid form still changes nothing by itself.
 */
import type { Child } from 'hono/jsx';
import { z } from 'zod';
import { CsrfField, Submit } from './forms.js';
import type { PageContext } from './page-context.js';

/** The confirmation a POST must carry; merge it into the action's own schema. */
export const ConfirmedSchema = z.object({
  confirm: z.literal('yes', { message: 'confirm.required' }),
});

/**
 * @example <ConfirmPage ctx={ctx} title={t('…title')} action={url} submit={t('…submit')} back={{ href, label }}>{t('…body')}</ConfirmPage>
 */
export function ConfirmPage(props: {
  ctx: PageContext;
  /** The question, as the page's heading. */
  title: string;
  /** What will happen. */
  children?: Child;
  action: string;
  fields?: Record<string, string>;
  submit: string;
  back: { href: string; label: string };
  /** Shown when a POST came without the confirmation. */
  unconfirmed?: boolean;
  before?: Child;
}) {
  const { ctx } = props;
  return (
    <>
      {props.before}
      <h1>{props.title}</h1>
      {props.unconfirmed && (
        <p class="notice error" role="alert">
          {ctx.t('confirm.required')}
        </p>
      )}
      {props.children}
      <form method="post" action={props.action} class="stack">
        <CsrfField ctx={ctx} />
        {Object.entries(props.fields ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="yes" />
        <Submit variant="danger">{props.submit}</Submit>
      </form>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
    </>
  );
}
