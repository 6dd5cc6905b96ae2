/**
 * The network's identity: read through a cache in each process, and changed by administrators.
 *
 * Every page names the network, so the row is read at most once per `IDENTITY_TTL_MS` in each
 * process, not once per page. The process that saves a change forgets its copy at once; every
 * other process (several behind a load balancer) shows the change within `IDENTITY_TTL_MS`.
 * Public pages replayed by the page cache may be up to two seconds older still.
 *
 * A new logo's files are written before the transaction that records them and removed again
 * when it fails; the files they replace are removed only after the commit, so the pages never
 * point to a missing file and a refused save leaves nothing behind.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor, Site } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { fileStore, sha256Hex } from '../../../platform/uploads/index.js';
import type { Network } from '../context.js';
import type { IdentityRow } from '../tables.js';
import type { PreparedLogo } from './logo.js';
import { presentSite } from './presenters.js';
import * as q from './queries.js';
import type { IdentityUpdate } from './schema.js';

/** How long a process keeps the identity it read before reading it again. */
export const IDENTITY_TTL_MS = 5000;

const store = (ctx: Network) => fileStore(ctx.deps.config.uploadsDir, 'network');

/** The identity's row (null before the first save), from this process's cache when fresh. */
export async function currentIdentity(
  ctx: Network,
  db: Kysely<Database> = ctx.deps.db.kysely,
): Promise<IdentityRow | null> {
  const now = Date.now();
  if (ctx.cache && now - ctx.cache.readAt < IDENTITY_TTL_MS) return ctx.cache.row;
  try {
    const row = (await q.findIdentity(db)) ?? null;
    ctx.cache = { row, readAt: now };
    return row;
  } catch (error) {
    // The identity dresses every page, error pages included: with the database unreachable,
    // the last copy (or the default words) serves, and the page's own query reports the fault.
    ctx.deps.log.warn({ err: error }, 'network identity unavailable');
    return ctx.cache?.row ?? null;
  }
}

/** The network as pages and mails in `locale` name it. */
export const siteFor = async (ctx: Network, locale: Locale, db?: Kysely<Database>): Promise<Site> =>
  presentSite(await currentIdentity(ctx, db), locale);

export type IdentityImage = 'logo' | 'icon' | 'touchIcon';

/** A stored image of the current logo, when `hash` names it; undefined otherwise. */
export async function readIdentityImage(ctx: Network, image: IdentityImage, hash?: string) {
  const row = await currentIdentity(ctx);
  if (!row?.logo_hash || (hash !== undefined && hash !== row.logo_hash)) return undefined;
  const file = { logo: row.logo_file, icon: row.icon_file, touchIcon: row.touch_icon_file }[image];
  if (!file) return undefined;
  try {
    return { bytes: await store(ctx).read(file), hash: row.logo_hash };
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Saves the identity: the words, and a new logo or none (`removeLogo`) or the one it had. All of
 * it lands with its audit record, or none of it.
 */
export async function updateIdentity(
  ctx: Network,
  by: { actor: Actor; ip?: string | undefined },
  input: IdentityUpdate,
  logo: PreparedLogo | undefined,
): Promise<void> {
  const files = store(ctx);
  const saved = logo && {
    logo: await files.save(logo.logo, 'png'),
    icon: await files.save(logo.icon, 'png'),
    touchIcon: await files.save(logo.touchIcon, 'png'),
  };
  const savedNames = saved
    ? [saved.logo, saved.icon, saved.touchIcon].map((f) => f.storedName)
    : [];
  const { db } = ctx.deps;
  let replaced: string[] = [];
  try {
    replaced = await db.kysely.transaction().execute(async (tx) => {
      const current = await q.lockIdentity(tx, db.engine);
      const currentFiles = [current?.logo_file, current?.icon_file, current?.touch_icon_file];
      const keepLogo = !saved && !input.removeLogo;
      const logoValues = saved
        ? {
            logo_file: saved.logo.storedName,
            icon_file: saved.icon.storedName,
            touch_icon_file: saved.touchIcon.storedName,
            logo_hash: sha256Hex(logo.logo).slice(0, 12),
            logo_width: logo.width,
            logo_height: logo.height,
          }
        : {
            logo_file: keepLogo ? (current?.logo_file ?? null) : null,
            icon_file: keepLogo ? (current?.icon_file ?? null) : null,
            touch_icon_file: keepLogo ? (current?.touch_icon_file ?? null) : null,
            logo_hash: keepLogo ? (current?.logo_hash ?? null) : null,
            logo_width: keepLogo ? (current?.logo_width ?? null) : null,
            logo_height: keepLogo ? (current?.logo_height ?? null) : null,
          };
      await q.saveIdentity(tx, {
        name: input.name,
        short_name: input.shortName,
        purpose: JSON.stringify({
          en: input.purpose_en,
          az: input.purpose_az,
          ru: input.purpose_ru,
        }),
        ...logoValues,
        updated_at: nowIso(),
      });
      const hadLogo = Boolean(current?.logo_file);
      await recordAudit(tx, {
        action: 'network.identity.update',
        actor: auditActor(by.actor),
        subject: { type: 'network', id: 'identity' },
        ...(by.ip ? { ip: by.ip } : {}),
        details: {
          name: input.name,
          shortName: input.shortName,
          logo: saved ? 'replaced' : hadLogo && !keepLogo ? 'removed' : 'kept',
        },
      });
      return keepLogo ? [] : currentFiles.filter((f): f is string => Boolean(f));
    });
  } catch (error) {
    await files.remove(savedNames);
    throw error;
  }
  ctx.cache = undefined;
  if (replaced.length > 0) await files.remove(replaced);
}
