/** The logo: the image on the profile, and the edit page's section to upload or remove it. */
import { CsrfField, Submit } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { OrganizationView } from '../../profile/presenters.js';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE } from '../service.js';

type Logo = NonNullable<OrganizationView['logo']>;

/**
 * The logo's image, drawn at most `box` pixels on its longer side: stored logos are up to
 * 400 pixels for sharp screens, and the size attributes keep the page from jumping (and, with
 * no stylesheet rule needed, from overflowing a phone's screen).
 */
export function LogoImage(props: { logo: Logo; alt: string; box?: number }) {
  const { logo } = props;
  const scale = Math.min(1, (props.box ?? 160) / Math.max(logo.width, logo.height));
  return (
    <img
      class="logo"
      src={logo.url}
      alt={props.alt}
      width={Math.max(1, Math.round(logo.width * scale))}
      height={Math.max(1, Math.round(logo.height * scale))}
    />
  );
}

/** The edit page's logo section: the current logo with a remove button, and an upload form. */
export function LogoSection(props: {
  ctx: PageContext;
  organization: Pick<OrganizationView, 'slug' | 'displayName' | 'logo'>;
  /** The message for the file field, after a refused upload. */
  error?: string | undefined;
}) {
  const { ctx, organization: o } = props;
  const { t } = ctx;
  const id = 'field-logo';
  const describedBy = props.error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <section id="logo" aria-labelledby="logo-title">
      <h2 id="logo-title">{t('org.logo.title')}</h2>
      {o.logo ? (
        <>
          <p>
            <LogoImage logo={o.logo} alt={t('org.logo.alt', { name: o.displayName })} />
          </p>
          <form method="post" action={`/organizations/${o.slug}/logo/remove`}>
            <CsrfField ctx={ctx} />
            <Submit variant="secondary">{t('org.logo.remove')}</Submit>
          </form>
        </>
      ) : (
        <p>{t('org.logo.none')}</p>
      )}
      <form
        method="post"
        action={`/organizations/${o.slug}/logo`}
        enctype="multipart/form-data"
        class="stack"
      >
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for={id}>{t(o.logo ? 'org.logo.field.replace' : 'org.logo.field')}</label>
          <p class="hint" id={`${id}-hint`}>
            {t('org.logo.hint', { max: LOGO_MAX_BYTES / (1024 * 1024), side: LOGO_MAX_SIDE })}
          </p>
          {props.error && (
            <p class="field-error" id={`${id}-error`}>
              {props.error}
            </p>
          )}
          <input
            id={id}
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={props.error ? 'true' : undefined}
            aria-describedby={describedBy}
          />
        </div>
        <Submit>{t('org.logo.upload')}</Submit>
      </form>
    </section>
  );
}
