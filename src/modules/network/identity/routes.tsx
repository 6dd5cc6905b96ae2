/**
 * The network's identity: its settings page for administrators (multipart/form-data, its CSRF
 * token in the form like every other), its logo and icons under content-hashed paths, and the
 * two icon paths browsers ask for on their own, /favicon.ico and /apple-touch-icon.png.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import type { Problems } from '../../../platform/outcome.js';
import { publicFile } from '../../../ui/assets.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Network } from '../context.js';
import { authorize } from '../policy.js';
import { chosen, ICON_SIDE, icoFromPng, prepareLogo } from './logo.js';
import { type IdentityFormValues, identityFormValues } from './presenters.js';
import { IdentityUpdateSchema } from './schema.js';
import {
  currentIdentity,
  type IdentityImage,
  readIdentityImage,
  updateIdentity,
} from './service.js';
import { IdentitySettings } from './views/settings.js';

const YEAR = 365 * 24 * 60 * 60;
/** The fixed icon paths change content when the logo does: browsers check again daily. */
const DAY = 24 * 60 * 60;
const DEFAULT_FAVICON = icoFromPng(publicFile('icon.png'), ICON_SIDE);
const DEFAULT_TOUCH_ICON = publicFile('touch-icon.png');

export function identityRoutes(ctx: Network) {
  const app = new Hono<AppEnv>();

  function settingsPage(c: Context<AppEnv>, values: IdentityFormValues, problems?: Problems) {
    const page = pageContext(c);
    return renderPage(c, {
      title: page.t('network.settings.title'),
      status: problems ? 422 : 200,
      notice: noticeFrom(c, ['network.settings.saved']),
      body: (
        <IdentitySettings
          ctx={page}
          values={values}
          logo={c.get('site').logo}
          errors={translateProblems(page, problems)}
        />
      ),
    });
  }

  app.get('/admin/network', async (c) => {
    authorize(c.get('actor'), 'network.identity.edit');
    return settingsPage(c, identityFormValues(await currentIdentity(ctx)));
  });

  app.post('/admin/network', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'network.identity.edit');
    const form = await readForm(c);
    const body = await c.req.parseBody();
    const file = body.logo instanceof File ? body.logo : undefined;
    const values = { ...identityFormValues(null), ...form } as IdentityFormValues;
    const checked = validate(IdentityUpdateSchema, form);
    const logo = chosen(file) ? await prepareLogo(file) : undefined;
    // Every field's message at once, and nothing saved while any field is wrong.
    const problems = {
      ...(checked.ok ? {} : checked.problems),
      ...(logo && !logo.ok ? logo.problems : {}),
    };
    if (!checked.ok || (logo && !logo.ok)) return settingsPage(c, values, problems);
    await updateIdentity(ctx, { actor, ip: c.get('clientIp') }, checked.data, logo?.logo);
    return c.redirect('/admin/network?notice=network.settings.saved', 303);
  });

  /** One of the logo's images; its path names its content, so it is cached for a year. */
  app.get('/network/:file{(?:logo|icon|touch-icon)\\.[0-9a-f]{12}\\.png}', async (c) => {
    const [name = '', hash] = c.req.param('file').split('.');
    const image: IdentityImage = name === 'touch-icon' ? 'touchIcon' : (name as IdentityImage);
    const found = await readIdentityImage(ctx, image, hash);
    if (!found) throw notFound();
    return c.body(new Uint8Array(found.bytes), 200, {
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'cache-control': `public, max-age=${YEAR}, immutable`,
    });
  });

  app.get('/favicon.ico', async (c) => {
    const found = await readIdentityImage(ctx, 'icon');
    const bytes = found ? icoFromPng(found.bytes, ICON_SIDE) : DEFAULT_FAVICON;
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'image/x-icon',
      'cache-control': `public, max-age=${DAY}`,
    });
  });

  app.get('/apple-touch-icon.png', async (c) => {
    const found = await readIdentityImage(ctx, 'touchIcon');
    return c.body(new Uint8Array(found?.bytes ?? DEFAULT_TOUCH_ICON), 200, {
      'content-type': 'image/png',
      'cache-control': `public, max-age=${DAY}`,
    });
  });

  return app;
}
