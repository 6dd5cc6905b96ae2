/**
 * One participant's session places, for the organisers: each seat or waiting place with a form
 * that moves it to a seat in another session of the event. One small form per place, so the
 * page works without JavaScript and each select keeps its own label and error.
 */
import type { MessageKey } from '../../../../../platform/i18n/index.js';
import { CsrfField, ErrorSummary, type FieldErrors, Submit } from '../../../../../ui/forms.js';
import type { PageContext } from '../../../../../ui/page.js';
import type { PersonSessions } from '../../moves.js';
import { registrationStatusKey } from '../../views/registration.js';

type Session = PersonSessions['sessions'][number];

/** The form field of the move out of `sessionId`: errors are keyed by it. */
export const moveField = (sessionId: string) => `to-${sessionId}`;

function MoveForm(props: {
  ctx: PageContext;
  action: string;
  place: Session;
  targets: Session[];
  chosen: string | undefined;
  error: string | undefined;
}) {
  const { ctx, place, error } = props;
  const { t } = ctx;
  const id = `field-${moveField(place.id)}`;
  return (
    <form method="post" action={props.action} class="stack">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="from" value={place.id} />
      <div class="field">
        <label for={id}>{t('participants.move.to', { session: place.title })}</label>
        {error && (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <select
          id={id}
          name="to"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {props.targets.map((s) => (
            <option value={s.id} selected={s.id === props.chosen}>
              {t('participants.move.option', {
                session: s.title,
                when: s.when,
                count: s.seatsLeft,
              })}
            </option>
          ))}
        </select>
      </div>
      <Submit variant="secondary">{t('participants.move.submit')}</Submit>
    </form>
  );
}

export function ParticipantSessionsPage(props: {
  ctx: PageContext;
  slug: string;
  title: string;
  person: PersonSessions;
  /** The move tried last, to show its choice again beside the refusal. */
  tried?: { from: string; to: string } | undefined;
  errors: FieldErrors;
  message?: MessageKey | undefined;
}) {
  const { ctx, slug, person } = props;
  const { t } = ctx;
  const held = person.sessions.filter((s) => s.status === 'confirmed' || s.status === 'waitlisted');
  return (
    <>
      <p>
        <a href={`/events/${slug}/participants`}>{t('participants.back')}</a>
      </p>
      <h1>{t('participants.sessions.title', { name: person.name })}</h1>
      <p>
        {props.title} · {t(registrationStatusKey(person.status))}
      </p>
      {props.message && (
        <p class="notice" role="status">
          {t(props.message)}
        </p>
      )}
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {person.status !== 'confirmed' ? (
        <p>{t('participants.move.needsSeat')}</p>
      ) : held.length === 0 ? (
        <p>{t('participants.sessions.none')}</p>
      ) : (
        <ul class="stack">
          {held.map((place) => {
            const targets = person.sessions.filter(
              (s) => s.id !== place.id && s.status !== 'confirmed',
            );
            return (
              <li>
                <h2>{place.title}</h2>
                <p>
                  {place.when} · {t(registrationStatusKey(place.status!))}
                </p>
                {targets.length === 0 ? (
                  <p>{t('participants.move.nowhere')}</p>
                ) : (
                  <MoveForm
                    ctx={ctx}
                    action={`/events/${slug}/participants/${person.id}/move`}
                    place={place}
                    targets={targets}
                    chosen={props.tried?.from === place.id ? props.tried.to : undefined}
                    error={props.errors[moveField(place.id)]}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
