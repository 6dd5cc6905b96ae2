/** The JSON API's reference page at /api: a link to the document and every endpoint it lists. */
import type { Context } from 'hono';
import type { ApiEndpoint } from '../platform/http/api.js';
import type { AppEnv } from '../platform/http/context.js';
import { renderPage } from './page.js';

/** @example apiApp(contributions, { baseUrl, reference: renderApiReference }) */
export function renderApiReference(c: Context<AppEnv>, endpoints: ApiEndpoint[]) {
  const t = c.get('t');
  return renderPage(c, {
    title: t('api.title'),
    body: (
      <>
        <h1>{t('api.title')}</h1>
        <p>{t('api.body')}</p>
        <p>{t('api.languages')}</p>
        <p>
          <a href="/api/openapi.json">{t('api.document')}</a>
        </p>
        <h2>{t('api.endpoints')}</h2>
        <dl>
          {endpoints.map(({ method, path, summary }) => (
            <>
              <dt>
                <code>
                  {method.toUpperCase()} /api{path}
                </code>
              </dt>
              <dd>{summary}</dd>
            </>
          ))}
        </dl>
      </>
    ),
  });
}
