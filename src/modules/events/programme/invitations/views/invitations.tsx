/**
 * Speakers invited by address: the organisers' list on the session's edit page, and the page
 * the mailed link opens, where the invitee accepts or declines.
 */
import type { MessageKey } from '../../../../../platform/i18n/index.js';
import type { Problem } from '../../../../../platform/outcome.js';
import { DataTable } from '../../../../../ui/data-table.js';
import { CsrfField, PostButton, Submit } from '../../../../../ui/forms.js';
import type { PageContext } from '../../../../../ui/page.js';
import type { SpeakerRole } from '../../../tables.js';

export type SessionInvitationView = {
  id: string;
  email: string;
  role: SpeakerRole;
  accepted: boolean;
};

/** The session's invitations with their answers; resend and withdraw for the organisers. */
export function SessionInvitations(props: {
  ctx: PageContext;
  base: string;
  invitations: SessionInvitationView[];
  notice?: MessageKey | undefined;
}) {
  const { ctx, base } = props;
  const { t } = ctx;
  if (props.invitations.length === 0 && !props.notice) return null;
  return (
    <section aria-labelledby="speaker-invitations">
      <h2 id="speaker-invitations">{t('programme.invitations.title')}</h2>
      {props.notice && (
        <p class="notice" role="status">
          {t(props.notice)}
        </p>
      )}
      <p class="hint">{t('programme.invitations.hint')}</p>
      {props.invitations.length > 0 && (
        <DataTable
          caption={t('programme.invitations.title')}
          rows={props.invitations}
          columns={[
            { header: t('field.email'), cell: (i) => i.email },
            {
              header: t('programme.invitations.role'),
              cell: (i) => t('programme.invitations.as', { role: i.role }),
            },
            {
              header: t('programme.invitations.answer'),
              cell: (i) =>
                i.accepted ? t('programme.invitations.accepted') : t('programme.invited'),
            },
            {
              header: t('programme.rooms.actions'),
              hideHeader: true,
              cell: (i) => (
                <>
                  {!i.accepted && (
                    <PostButton
                      ctx={ctx}
                      action={`${base}/invitations/${i.id}/resend`}
                      label={t('programme.invitations.resend')}
                      accessibleName={t('programme.invitations.resendFor', { email: i.email })}
                    />
                  )}{' '}
                  <PostButton
                    ctx={ctx}
                    action={`${base}/invitations/${i.id}/withdraw`}
                    label={t('programme.invitations.withdraw')}
                    accessibleName={t('programme.invitations.withdrawFor', { email: i.email })}
                  />
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

/** What a speaker's invitation link shows, and the ways to answer it. */
export function SpeakerInvitationPage(props: {
  ctx: PageContext;
  token: string;
  invitation: {
    email: string;
    role: SpeakerRole;
    accepted: boolean;
    inviterName: string | null;
    session: string;
    event: { slug: string; title: string };
    when: string;
  };
}) {
  const { ctx, invitation: i } = props;
  const { t, actor } = ctx;
  const here = `/events/speaker-invitations/${props.token}`;
  const mine = actor !== null && actor.email.toLowerCase() === i.email;
  return (
    <>
      <h1>{t('speakerInvitation.title', { event: i.event.title })}</h1>
      <p>
        {t('speakerInvitation.lead', {
          inviter: i.inviterName ?? ctx.site.name,
          role: i.role,
          session: i.session,
          event: i.event.title,
          when: i.when,
        })}
      </p>
      <p>{t('speakerInvitation.sentTo', { email: i.email })}</p>
      {i.accepted ? (
        <p>{t('speakerInvitation.isAccepted')}</p>
      ) : actor === null ? (
        <>
          <p>
            <a class="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
              {t('speakerInvitation.signIn', { email: i.email })}
            </a>
          </p>
          <p>
            {t('speakerInvitation.noAccount', { email: i.email })}{' '}
            <a href="/sign-up">{t('layout.account.signUp')}</a>
          </p>
        </>
      ) : mine ? (
        <form method="post" action={`${here}/accept`}>
          <CsrfField ctx={ctx} />
          <Submit>{t('speakerInvitation.accept')}</Submit>
        </form>
      ) : (
        <p>{t('speakerInvitation.otherAddress', { email: i.email })}</p>
      )}
      {(!i.accepted || mine) && (
        <form method="post" action={`${here}/decline`} class="stack">
          <CsrfField ctx={ctx} />
          {!i.accepted && <p class="hint">{t('speakerInvitation.declineHint')}</p>}
          <Submit variant="secondary">
            {i.accepted ? t('speakerInvitation.leave') : t('speakerInvitation.decline')}
          </Submit>
        </form>
      )}
    </>
  );
}

/** What an invitation link did, or why it did nothing, with the way on. */
export function SpeakerInvitationMessage(props: {
  ctx: PageContext;
  problem: Problem;
  /** The event whose programme the answer leads back to, when the link named one. */
  slug?: string | undefined;
}) {
  const { t } = props.ctx;
  return (
    <>
      <h1>{t('speakerInvitation.heading')}</h1>
      <p>{t(props.problem.key, props.problem.values)}</p>
      <p>
        {props.slug ? (
          <a href={`/events/${props.slug}/programme`}>{t('speakerInvitation.toProgramme')}</a>
        ) : (
          <a href="/">{t('error.back')}</a>
        )}
      </p>
    </>
  );
}
