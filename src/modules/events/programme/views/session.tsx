/**
 * The organisers' page for one session: its form, then, once it exists, the speakers invited
 * by address and the button that deletes it.
 */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import { CsrfField, type FieldErrors } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import {
  SessionInvitations,
  type SessionInvitationView,
} from '../invitations/views/invitations.js';
import type { RoomView } from '../presenters.js';
import { type FormValues, SessionForm } from './forms.js';

export function SessionPage(props: {
  ctx: PageContext;
  slug: string;
  heading: string;
  /** The event's dates, within which the session must fall. */
  when: string;
  rooms: RoomView[];
  values: FormValues;
  errors: FieldErrors;
  warnings: string[];
  /** The saved session: where its form posts, and its invitations. */
  session?: { id: string; invitations: SessionInvitationView[]; notice?: MessageKey | undefined };
}) {
  const { ctx, session } = props;
  const { t } = ctx;
  const base = `/events/${props.slug}/programme/sessions`;
  return (
    <>
      <p>
        <a href={`/events/${props.slug}/programme`}>{t('programme.back')}</a>
      </p>
      <h1>{props.heading}</h1>
      <p class="hint">{t('programme.session.within', { when: props.when })}</p>
      <SessionForm
        ctx={ctx}
        action={session ? `${base}/${session.id}` : base}
        rooms={props.rooms}
        values={props.values}
        errors={props.errors}
        warnings={props.warnings}
        submit={session ? t('form.submit') : t('programme.session.create')}
      />
      {session && (
        <SessionInvitations
          ctx={ctx}
          base={`${base}/${session.id}`}
          invitations={session.invitations}
          notice={session.notice}
        />
      )}
      {session && (
        <form method="post" action={`${base}/${session.id}/delete`} class="stack">
          <CsrfField ctx={ctx} />
          <div>
            <button type="submit" class="button danger">
              {t('programme.session.delete')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
