/**
 * Organisation logos. An upload is checked by its bytes (PNG, JPEG or WebP, at most 2 MB),
 * then decoded in full: a file that only starts like an image, or would unpack into a huge
 * bitmap, is refused at the field. What is kept is never the uploaded file but a WebP encoded
 * from its pixels, scaled to fit 400 × 400, without the EXIF, XMP or ICC data it carried
 * (locations, names, software), under a generated name in `${UPLOADS_DIR}/logos/`.
 *
 * The new file is written before the transaction that records it and removed again when that
 * fails; the file it replaces is removed only after the commit, so the profile never points to
 * a missing file and a refused upload leaves nothing behind.
 */
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { nowIso } from '../../../platform/db/ids.js';
import type { UploadRoute } from '../../../platform/http/body-limits.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import { detectFileType, fileStore } from '../../../platform/uploads/index.js';
import type { Acting, Organizations } from '../context.js';
import type { OrganizationRow } from '../tables.js';
import * as lq from './queries.js';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** The largest side of a stored logo, in pixels; smaller images keep their size. */
export const LOGO_MAX_SIDE = 400;
/**
 * Decoding a 2 MB file can still yield a bitmap of gigabytes (a "decompression bomb"); sharp
 * refuses anything larger than this many pixels before allocating it.
 */
export const LOGO_MAX_PIXELS = 40_000_000;
const LOGO_TYPES = new Set(['png', 'jpeg', 'webp']);

/**
 * The upload route's own body limit: larger than the file limit, so that a file a little over
 * 2 MB reaches the form and gets its message at the field, while a far larger body is cut off
 * unread (the message, `org.logo.tooLargeBody`, names the 2 MB a logo may have).
 */
export const LOGO_UPLOAD = {
  maxBytes: 3 * 1024 * 1024,
  matches: (path: string) => /^\/organizations\/[^/]+\/logo$/.test(path),
  tooLargeKey: 'org.logo.tooLargeBody',
} as const satisfies UploadRoute;

/** Stored logos by extension; the type served comes from here, never from the file. */
const STORED_TYPES: Record<string, string> = { webp: 'image/webp' };

const logoStore = (ctx: Organizations) => fileStore(ctx.deps.config.uploadsDir, 'logos');

export type PreparedLogo = { bytes: Buffer; width: number; height: number; extension: 'webp' };

/** The uploaded file's name for messages: no folders, no control characters, not too long. */
function shownName(file: File) {
  const base = file.name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 100) || 'logo';
}

/**
 * Checks an uploaded file and turns it into the logo to store. A browser sends an empty,
 * nameless part when no file was chosen: that counts as none.
 */
export async function prepareLogo(
  file: File | undefined,
): Promise<{ ok: true; logo: PreparedLogo } | Invalid> {
  if (!file || (file.size === 0 && file.name === ''))
    return invalid('logo', 'validation.org.logo.required');
  const name = shownName(file);
  if (file.size > LOGO_MAX_BYTES) {
    return invalid('logo', 'validation.org.logo.tooLarge', {
      name,
      max: LOGO_MAX_BYTES / (1024 * 1024),
    });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectFileType(bytes);
  if (!type || !LOGO_TYPES.has(type.type))
    return invalid('logo', 'validation.org.logo.type', { name });
  try {
    // Loaded on the first logo, not at start: libvips is some 20 MB of memory a small server
    // that never receives a logo need not hold.
    const { default: sharp } = await import('sharp');
    const { data, info } = await sharp(bytes, {
      limitInputPixels: LOGO_MAX_PIXELS,
      // A truncated or damaged image is an error, not a half-grey picture.
      failOn: 'error',
    })
      .rotate() // apply the EXIF orientation before the EXIF data is dropped
      .resize(LOGO_MAX_SIDE, LOGO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85, effort: 4 })
      .toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      logo: { bytes: data, width: info.width, height: info.height, extension: 'webp' },
    };
  } catch (error) {
    if (/pixel limit/i.test((error as Error)?.message ?? '')) {
      return invalid('logo', 'validation.org.logo.tooManyPixels', {
        name,
        max: LOGO_MAX_PIXELS / 1_000_000,
      });
    }
    return invalid('logo', 'validation.org.logo.unreadable', { name });
  }
}

/** Stores a prepared logo as the organisation's, and removes the one it replaces. */
export async function replaceLogo(
  ctx: Organizations,
  by: Acting,
  organization: OrganizationRow,
  logo: PreparedLogo,
): Promise<void> {
  const store = logoStore(ctx);
  const saved = await store.save(logo.bytes, logo.extension);
  const now = nowIso();
  let previous: string | null;
  try {
    previous = await ctx.deps.db.kysely.transaction().execute(async (tx) => {
      const current = await lq.lockLogoFile(tx, organization.id, ctx.deps.db.engine);
      await lq.setLogo(
        tx,
        organization.id,
        {
          logo_file: saved.storedName,
          logo_width: logo.width,
          logo_height: logo.height,
          logo_updated_at: now,
        },
        now,
      );
      await recordAudit(tx, {
        action: 'organization.logo.update',
        actor: auditActor(by.actor),
        subject: { type: 'organization', id: organization.id },
        ip: by.ip,
        details: { width: logo.width, height: logo.height, sizeBytes: saved.sizeBytes },
      });
      return current?.logoFile ?? null;
    });
  } catch (error) {
    await store.remove([saved.storedName]);
    throw error;
  }
  if (previous) await store.remove([previous]);
}

/** Removes the organisation's logo, if it has one; says whether there was one. */
export async function removeLogo(
  ctx: Organizations,
  by: Acting,
  organization: OrganizationRow,
): Promise<boolean> {
  const previous = await ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const current = await lq.lockLogoFile(tx, organization.id, ctx.deps.db.engine);
    if (!current?.logoFile) return null;
    await lq.setLogo(
      tx,
      organization.id,
      { logo_file: null, logo_width: null, logo_height: null, logo_updated_at: null },
      nowIso(),
    );
    await recordAudit(tx, {
      action: 'organization.logo.remove',
      actor: auditActor(by.actor),
      subject: { type: 'organization', id: organization.id },
      ip: by.ip,
    });
    return current.logoFile;
  });
  if (previous) await logoStore(ctx).remove([previous]);
  return previous !== null;
}

/** The stored logo's bytes and type, or undefined when there is none (or its file is gone). */
export async function readLogo(ctx: Organizations, organization: OrganizationRow) {
  const file = organization.logo_file;
  const type = file && STORED_TYPES[file.slice(file.lastIndexOf('.') + 1)];
  if (!file || !type) return undefined;
  try {
    return { bytes: await logoStore(ctx).read(file), type };
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return undefined;
    throw error;
  }
}
