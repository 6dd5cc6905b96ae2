/**
 * What a module offers the HTTP app. Each module's index.ts exports one factory that returns
 * it (`accountsWeb(accounts)`, `eventsWeb(events, …)`…), so that server.tsx builds the
 * platform middleware and mounts one app per module without knowing any module's routes.
 */
import type { Hono } from 'hono';
import type { ApiContribution } from './api.js';
import type { UploadRoute } from './body-limits.js';
import type { AppEnv } from './context.js';

/** A file served under a content-hashed path (the stylesheet, a page's script). */
export type StaticAsset = { path: string; body: string; type: string };

export interface ModuleWeb {
  /**
   * The module's pages, mounted once at '/'. The module keeps its own paths in the order they
   * must match: a fixed path (/events/feed, /organizations/export.csv) before a slug.
   */
  routes: Hono<AppEnv>;
  /** Its endpoints in the one JSON API document. */
  api?: ApiContribution;
  /** Its immutable files, served before any session or locale is looked at. */
  assets?: readonly StaticAsset[];
  /** Routes that take uploads larger than a form, with their limits. */
  uploads?: readonly UploadRoute[];
  /** Public pages that look the same to every visitor in one language (the page cache). */
  cachedPaths?: readonly string[];
}
