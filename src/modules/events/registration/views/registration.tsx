/**
 * Registration on the event page (the 'registration' slot) and on the person's own
 * registration page: the form, or their status with the door code and its QR, and cancel.
 * The public sees counts there, and the organisations of those who chose to be listed in the
 * 'participation' slot, further down the page.
 */
import { raw } from 'hono/html';
import type { ActingFor } from '../../../../platform/http/context.js';
import type { MessageKey } from '../../../../platform/i18n/index.js';
import { ConfirmPage } from '../../../../ui/confirm.js';
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  PostButton,
  Submit,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { TagList } from '../../../../ui/tag-list.js';
import { OnBehalfOfField } from '../../../organizations/index.js';
import type { RegistrationStatus } from '../../tables.js';
import type { ListedOrganization, ParticipationCounts } from '../participants/service.js';

export type MyRegistrationView = {
  status: RegistrationStatus;
  /** As shown: ABCD-2345. */
  code: string;
  organization: string | null;
  /** The QR of the code as SVG markup (no style attributes), only for a confirmed seat. */
  qrSvg: string | null;
};

export type SeatedSession = {
  id: string;
  title: string;
  when: string;
  seatsLeft: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled' | null;
};

export const registrationStatusKey = (status: RegistrationStatus) =>
  `registration.status.${status}` as MessageKey;

export type RegistrationPanelProps = {
  ctx: PageContext;
  slug: string;
  /** Why registering is not possible now, if it is not. */
  closedReason: MessageKey | undefined;
  approval: boolean;
  mine: MyRegistrationView | undefined;
  acting: ActingFor | undefined;
  form?: { values: Record<string, string>; errors: FieldErrors } | undefined;
  /** Sessions with limited seats, shown on the registration page to a confirmed person. */
  sessions?: SeatedSession[] | undefined;
};

function RegisterForm(props: RegistrationPanelProps) {
  const { ctx, slug, acting, form } = props;
  const { t } = ctx;
  return (
    <form method="post" action={`/events/${slug}/register`} class="stack" novalidate>
      {form && <ErrorSummary ctx={ctx} errors={form.errors} />}
      <CsrfField ctx={ctx} />
      {acting && acting.organizations.length > 0 && (
        <>
          <OnBehalfOfField
            ctx={ctx}
            acting={acting}
            value={form?.values.onBehalfOf}
            error={form?.errors.onBehalfOf}
            hint={t('registration.onBehalfOf.hint')}
          />
          {/* Only an organisation is listed: someone registering for themselves is never. */}
          <div class="field">
            <label class="checkbox">
              <input
                type="checkbox"
                name="listed"
                id="field-listed"
                aria-describedby="field-listed-hint"
                checked={form ? form.values.listed === 'on' : false}
              />{' '}
              {t('registration.listed.label')}
            </label>
            <p class="hint" id="field-listed-hint">
              {t('registration.listed.hint')}
            </p>
          </div>
        </>
      )}
      {props.approval && <p class="hint">{t('registration.approval.hint')}</p>}
      <Submit>{t('registration.submit')}</Submit>
    </form>
  );
}

/** Seats in sessions with limited capacity: take one, join its queue, or give it up. */
function SessionSeats(props: { ctx: PageContext; slug: string; sessions: SeatedSession[] }) {
  const { ctx, slug } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="registration-sessions">
      <h2 id="registration-sessions">{t('registration.sessions.title')}</h2>
      <ul class="stack">
        {props.sessions.map((s) => {
          const holds = s.status === 'confirmed' || s.status === 'waitlisted';
          const base = `/events/${slug}/registration/sessions/${s.id}`;
          return (
            <li>
              <strong>{s.title}</strong> — {s.when}
              <br />
              {holds
                ? t(registrationStatusKey(s.status!))
                : t('registration.sessions.seatsLeft', { count: s.seatsLeft })}{' '}
              <PostButton
                ctx={ctx}
                action={holds ? `${base}/leave` : base}
                label={t(holds ? 'registration.sessions.leave' : 'registration.sessions.take')}
                accessibleName={`${t(holds ? 'registration.sessions.leave' : 'registration.sessions.take')}: ${s.title}`}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The person's status, code and QR, and the cancel button. */
export function MyRegistration(props: {
  ctx: PageContext;
  slug: string;
  mine: MyRegistrationView;
}) {
  const { ctx, slug, mine } = props;
  const { t } = ctx;
  const holds =
    mine.status === 'confirmed' || mine.status === 'waitlisted' || mine.status === 'pending';
  return (
    <div class="stack">
      <p>
        {t('registration.yourStatus')} <strong>{t(registrationStatusKey(mine.status))}</strong>
        {mine.organization &&
          ` — ${t('registration.representing', { organization: mine.organization })}`}
      </p>
      {mine.status === 'confirmed' && (
        <>
          <p>
            {t('registration.code')} <strong class="code">{mine.code}</strong>
          </p>
          {mine.qrSvg && (
            <figure
              class="qr"
              role="img"
              aria-label={t('registration.qr.label', { code: mine.code })}
            >
              {raw(mine.qrSvg)}
            </figure>
          )}
          <p class="hint">{t('registration.code.hint')}</p>
        </>
      )}
      {holds && (
        // A second step (CancelRegistrationPage) asks before the seat is given up.
        <p>
          <a class="button danger" href={`/events/${slug}/registration/cancel`}>
            {t('registration.cancel')}
          </a>
        </p>
      )}
    </div>
  );
}

/** The panel itself: what a visitor, a person, or a registered person can do. */
export function RegistrationPanel(props: RegistrationPanelProps) {
  const { ctx, mine } = props;
  const { t } = ctx;
  if (mine && mine.status !== 'cancelled') {
    return <MyRegistration ctx={ctx} slug={props.slug} mine={mine} />;
  }
  if (props.closedReason) return <p>{t(props.closedReason)}</p>;
  if (!ctx.actor) {
    return (
      <p>
        <a href={`/sign-in?next=${encodeURIComponent(`/events/${props.slug}`)}`}>
          {t('registration.signIn')}
        </a>
      </p>
    );
  }
  return <RegisterForm {...props} />;
}

/** The public counts: registered, waiting, seats left. */
function ParticipationLine(props: { ctx: PageContext; counts: ParticipationCounts }) {
  const { t } = props.ctx;
  const p = props.counts;
  return (
    <p>
      {t('registration.counts', { confirmed: p.confirmed, waitlisted: p.waitlisted })}
      {p.seatsLeft !== null && ` ${t('registration.seatsLeft', { count: p.seatsLeft })}`}
    </p>
  );
}

/** The event page's 'participation' section: the organisations listed, folded past a dozen. */
export function ListedOrganizationsSection(props: {
  ctx: PageContext;
  organizations: ListedOrganization[];
}) {
  const { t } = props.ctx;
  if (props.organizations.length === 0) return null;
  return (
    <section aria-labelledby="event-participation">
      <h2 id="event-participation">{t('registration.listedOrganizations')}</h2>
      <TagList
        tags={props.organizations.map((o) => ({ href: `/organizations/${o.slug}`, label: o.name }))}
        more={(count) => t('event.organizations.showAll', { count })}
      />
    </section>
  );
}

/** The event page's section. */
export function RegistrationSection(
  props: RegistrationPanelProps & {
    counts: ParticipationCounts;
    canManage: boolean;
    canCheckin: boolean;
  },
) {
  const { ctx, slug } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="event-registration">
      <h2 id="event-registration">{t('registration.title')}</h2>
      <RegistrationPanel {...props} />
      {props.mine && props.mine.status !== 'cancelled' && (
        <p>
          <a href={`/events/${slug}/registration`}>{t('registration.page.link')}</a>
        </p>
      )}
      <ParticipationLine ctx={ctx} counts={props.counts} />
      {(props.canManage || props.canCheckin) && (
        <ul>
          {props.canManage && (
            <li>
              <a href={`/events/${slug}/participants`}>{t('participants.title')}</a>
            </li>
          )}
          {props.canCheckin && (
            <li>
              <a href={`/events/${slug}/checkin`}>{t('checkin.title')}</a>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** The person's registration page (after registering, from mails, or when the form has errors). */
export function RegistrationPage(
  props: RegistrationPanelProps & { title: string; message?: MessageKey | undefined },
) {
  const { ctx, slug } = props;
  const { t } = ctx;
  return (
    <>
      <p>
        <a href={`/events/${slug}`}>{props.title}</a>
      </p>
      <h1>{t('registration.page.title')}</h1>
      {props.message && (
        <p class="notice error" role="alert">
          {t(props.message)}
        </p>
      )}
      <RegistrationPanel {...props} />
      {props.mine?.status === 'confirmed' && props.sessions && props.sessions.length > 0 && (
        <SessionSeats ctx={ctx} slug={slug} sessions={props.sessions} />
      )}
      <p>
        <a href="/events/feed">{t('registration.feed.link')}</a>
      </p>
    </>
  );
}

/** The second step of cancelling: what giving up the place means, and the form that does it. */
export function CancelRegistrationPage(props: {
  ctx: PageContext;
  slug: string;
  title: string;
  unconfirmed?: boolean;
}) {
  const { ctx, slug } = props;
  const { t } = ctx;
  return (
    <ConfirmPage
      ctx={ctx}
      before={
        <p>
          <a href={`/events/${slug}`}>{props.title}</a>
        </p>
      }
      title={t('registration.cancel.confirm.title')}
      action={`/events/${slug}/registration/cancel`}
      submit={t('registration.cancel.confirm.submit')}
      back={{ href: `/events/${slug}/registration`, label: t('registration.cancel.confirm.back') }}
      unconfirmed={props.unconfirmed}
    >
      <p>{t('registration.cancel.confirm.body')}</p>
    </ConfirmPage>
  );
}
