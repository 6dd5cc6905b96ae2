/**
 * The door: a form for the code at the top (it stays there for the next person), the result of
 * the last check-in below it. A camera button appears only when the browser can read QR codes
 * (checkin.js); typing always works. Outside the check-in window the page says when the door
 * opens, or that it has closed, in place of the form.
 */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import { CsrfField, Submit } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { registrationStatusKey } from '../../registration/views/registration.js';
import type { RegistrationStatus } from '../../tables.js';

export type CheckinResultView =
  | { outcome: 'notFound' | 'invalid'; code: string }
  | {
      outcome: 'checkedIn' | 'already' | 'refused';
      name: string;
      organization: string | null;
      status: RegistrationStatus;
      code: string;
      /** "10:32", in the event's zone. */
      attendedAtText: string | null;
    };

const REFUSAL: Partial<Record<RegistrationStatus, MessageKey>> = {
  waitlisted: 'checkin.refused.waitlisted',
  pending: 'checkin.refused.pending',
  cancelled: 'checkin.refused.cancelled',
  rejected: 'checkin.refused.rejected',
};

function Result(props: { ctx: PageContext; result: CheckinResultView }) {
  const { t } = props.ctx;
  const r = props.result;
  if (!('name' in r)) {
    return (
      <div class="notice error checkin-result" role="alert">
        <p>
          {t(r.outcome === 'invalid' ? 'validation.checkin.code.invalid' : 'checkin.notFound', {
            code: r.code,
          })}
        </p>
      </div>
    );
  }
  const message: MessageKey =
    r.outcome === 'checkedIn'
      ? 'checkin.done'
      : r.outcome === 'already'
        ? 'checkin.already'
        : (REFUSAL[r.status] ?? 'checkin.refused.cancelled');
  return (
    <div
      class={r.outcome === 'refused' ? 'notice error checkin-result' : 'notice checkin-result'}
      role={r.outcome === 'refused' ? 'alert' : 'status'}
    >
      <p>
        <strong>{t(message, { time: r.attendedAtText ?? '' })}</strong>
      </p>
      <dl class="facts">
        <dt>{t('participants.column.name')}</dt>
        <dd>{r.name}</dd>
        <dt>{t('participants.column.organization')}</dt>
        <dd>{r.organization ?? t('checkin.noOrganization')}</dd>
        <dt>{t('participants.column.status')}</dt>
        <dd>{t(registrationStatusKey(r.status))}</dd>
        <dt>{t('participants.column.code')}</dt>
        <dd>{r.code}</dd>
      </dl>
    </div>
  );
}

/** Why the door is shut: not open yet (with when it opens, in the event's zone), or ended. */
export type CheckinClosedView =
  | { state: 'notYet'; opensAtText: string; zoneLabel: string }
  | { state: 'ended' };

function Closed(props: { ctx: PageContext; closed: CheckinClosedView }) {
  const { t } = props.ctx;
  const { closed } = props;
  return (
    <div class="notice" role="status">
      <p>
        <strong>
          {closed.state === 'notYet'
            ? t('checkin.notYet', { time: closed.opensAtText, zone: closed.zoneLabel })
            : t('checkin.ended')}
        </strong>
      </p>
    </div>
  );
}

function CheckinForm(props: { ctx: PageContext; slug: string }) {
  const { ctx, slug } = props;
  const { t } = ctx;
  return (
    <form
      method="post"
      action={`/events/${slug}/checkin`}
      class="stack checkin"
      id="checkin-form"
      novalidate
    >
      <CsrfField ctx={ctx} />
      <div class="field">
        <label for="field-code">{t('checkin.code.label')}</label>
        <p class="hint" id="field-code-hint">
          {t('checkin.code.hint')}
        </p>
        <input
          id="field-code"
          name="code"
          type="text"
          inputmode="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          autofocus
          aria-describedby="field-code-hint"
        />
      </div>
      <Submit>{t('checkin.submit')}</Submit>
      {/* Shown by checkin.js only where the browser can read QR codes from the camera. */}
      <button type="button" class="button secondary" id="checkin-scan" hidden>
        {t('checkin.scan')}
      </button>
      <video id="checkin-video" hidden muted playsinline aria-label={t('checkin.camera')} />
    </form>
  );
}

export function CheckinPage(props: {
  ctx: PageContext;
  slug: string;
  title: string;
  attended: number;
  confirmed: number;
  result?: CheckinResultView | undefined;
  closed?: CheckinClosedView | undefined;
}) {
  const { ctx, slug } = props;
  const { t } = ctx;
  return (
    <>
      <p>
        <a href={`/events/${slug}`}>{props.title}</a>
      </p>
      <h1>{t('checkin.title')}</h1>
      {props.closed ? (
        <Closed ctx={ctx} closed={props.closed} />
      ) : (
        <CheckinForm ctx={ctx} slug={slug} />
      )}
      {props.result && <Result ctx={ctx} result={props.result} />}
      <p>{t('checkin.progress', { attended: props.attended, confirmed: props.confirmed })}</p>
    </>
  );
}
