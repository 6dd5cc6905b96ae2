/**
 * The network's logo. An upload is checked as organisation logos are (organizations/logo): by
 * its bytes (SVG, PNG or JPEG, at most 2 MB), then decoded in full, so a file that only starts
 * like an image, or would unpack into a huge bitmap, is refused at the field. What is kept is
 * never the uploaded file: an SVG can carry scripts and links, a photo its EXIF data. From its
 * pixels come a PNG of at most 512 px a side for the header and link previews, a 32 px icon for
 * browser tabs (/favicon.ico) and a 180 px touch icon on white for home screens.
 */

import { type Invalid, invalid } from '../../../platform/outcome.js';
import { detectFileType, looksLikeSvg } from '../../../platform/uploads/index.js';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_SIDE = 512;
/** Refused before decoding: a 2 MB file can still unpack into gigabytes (a "decompression bomb"). */
export const LOGO_MAX_PIXELS = 40_000_000;
const ICON_SIDE = 32;
const TOUCH_ICON_SIDE = 180;

export type PreparedLogo = {
  logo: Buffer;
  icon: Buffer;
  touchIcon: Buffer;
  width: number;
  height: number;
};

/** The uploaded file's name for messages: no folders, no control characters, not too long. */
function shownName(file: File) {
  const base = file.name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 100) || 'logo';
}

/** Whether the form's file field holds a file: a browser sends an empty, nameless part for none. */
export const chosen = (file: File | undefined): file is File =>
  file !== undefined && !(file.size === 0 && file.name === '');

/** Checks an uploaded file and turns it into the logo and icons to store. */
export async function prepareLogo(file: File): Promise<{ ok: true; logo: PreparedLogo } | Invalid> {
  const name = shownName(file);
  if (file.size > LOGO_MAX_BYTES) {
    return invalid('logo', 'validation.network.logo.tooLarge', {
      name,
      max: LOGO_MAX_BYTES / (1024 * 1024),
    });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectFileType(bytes)?.type;
  if (type !== 'png' && type !== 'jpeg' && !looksLikeSvg(bytes))
    return invalid('logo', 'validation.network.logo.type', { name });
  try {
    // Loaded on the first logo, not at start (some 20 MB of memory; see organizations/logo).
    const { default: sharp } = await import('sharp');
    const source = () =>
      sharp(bytes, {
        limitInputPixels: LOGO_MAX_PIXELS,
        failOn: 'error',
        // SVGs are drawn at twice the usual density, so that a small viewBox stays sharp.
        density: 144,
      }).rotate();
    const { data: logo, info } = await source()
      .resize(LOGO_MAX_SIDE, LOGO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer({ resolveWithObject: true });
    const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
    const icon = await sharp(logo)
      .resize(ICON_SIDE, ICON_SIDE, { fit: 'contain', background: transparent })
      .png()
      .toBuffer();
    // Home screens fill transparency with black: the touch icon sits on white, with a margin.
    const inner = TOUCH_ICON_SIDE - 20;
    const touchIcon = await sharp(logo)
      .resize(inner, inner, { fit: 'contain', background: transparent })
      .extend({ top: 10, bottom: 10, left: 10, right: 10, background: transparent })
      .flatten({ background: '#ffffff' })
      .png()
      .toBuffer();
    return {
      ok: true,
      logo: { logo, icon, touchIcon, width: info.width, height: info.height },
    };
  } catch (error) {
    if (/pixel limit/i.test((error as Error)?.message ?? '')) {
      return invalid('logo', 'validation.network.logo.tooManyPixels', {
        name,
        max: LOGO_MAX_PIXELS / 1_000_000,
      });
    }
    return invalid('logo', 'validation.network.logo.unreadable', { name });
  }
}

/**
 * An .ico file holding one PNG image (Windows Vista and every browser since read these), so
 * that /favicon.ico, which browsers ask for on their own, is a real icon file.
 */
export function icoFromPng(png: Buffer, side: number) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(side >= 256 ? 0 : side, 6); // width (0 means 256)
  header.writeUInt8(side >= 256 ? 0 : side, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // size of the image data
  header.writeUInt32LE(header.length, 18); // where it starts
  return Buffer.concat([header, png]);
}

export { ICON_SIDE };
