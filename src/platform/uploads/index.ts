/**
 * Uploaded files on disk. A file's type is read from its first bytes, never from its name or
 * the type the browser claims; it is kept under a generated name in one folder per kind below
 * UPLOADS_DIR, written to a temporary name first and renamed, so a half-written file is never
 * seen under its final name. Nothing here knows what a file is for: modules keep the records.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { newId } from '../db/ids.js';

export type DetectedType =
  | { type: 'pdf'; mime: 'application/pdf'; extension: 'pdf' }
  | { type: 'png'; mime: 'image/png'; extension: 'png' }
  | { type: 'jpeg'; mime: 'image/jpeg'; extension: 'jpg' }
  | { type: 'webp'; mime: 'image/webp'; extension: 'webp' };

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Start of image, then the first marker's 0xFF: what every JPEG variant (JFIF, Exif, raw) begins with.
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const RIFF = Buffer.from('RIFF', 'latin1');
const WEBP = Buffer.from('WEBP', 'latin1');

const startsWith = (bytes: Uint8Array, magic: Buffer, at = 0) =>
  bytes.length >= at + magic.length && magic.equals(bytes.subarray(at, at + magic.length));

/**
 * The type of `bytes` by their signature, or undefined for anything Concord does not take.
 * A signature says what a file claims to be, not that it is whole: images are decoded too.
 */
export function detectFileType(bytes: Uint8Array): DetectedType | undefined {
  if (startsWith(bytes, PDF_MAGIC))
    return { type: 'pdf', mime: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, PNG_MAGIC)) return { type: 'png', mime: 'image/png', extension: 'png' };
  if (startsWith(bytes, JPEG_MAGIC)) return { type: 'jpeg', mime: 'image/jpeg', extension: 'jpg' };
  // A RIFF container (4 bytes of tag, 4 of length) whose form type is WEBP.
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) {
    return { type: 'webp', mime: 'image/webp', extension: 'webp' };
  }
  return undefined;
}

/**
 * Whether `bytes` look like an SVG document: an `<svg` element first, after at most an XML
 * declaration, a doctype, comments and white space. SVG is text and has no signature; this
 * says only what the file claims, and a module that takes one must decode it before trusting
 * it (an SVG can carry scripts, so none is ever served as uploaded).
 */
export function looksLikeSvg(bytes: Uint8Array) {
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const prologue = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^>]*>)*/i;
  return /^<svg[\s>]/i.test(head.replace(prologue, ''));
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What the stores generate: a UUIDv7 and an extension; anything else is refused on read. */
const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z0-9]{1,8}$/;

export type StoredFile = { storedName: string; sizeBytes: number; sha256: string };

export type FileStore = {
  /** The folder the files live in. */
  readonly dir: string;
  /** Writes `bytes` under a new generated name with `extension`. */
  save(bytes: Uint8Array, extension: string): Promise<StoredFile>;
  /** The bytes of a stored file; throws when the name was not generated here. */
  read(storedName: string): Promise<Buffer>;
  /** Removes stored files; names already gone are ignored. */
  remove(storedNames: readonly string[]): Promise<void>;
};

/**
 * A store for one kind of upload, in `${root}/${folder}`; the folder is created on first save.
 *
 * @example const documents = fileStore(config.uploadsDir, 'applications')
 */
export function fileStore(root: string, folder: string): FileStore {
  if (!/^[a-z0-9-]+$/.test(folder)) throw new Error(`fileStore: bad folder name ${folder}`);
  const dir = path.join(root, folder);
  const pathOf = (storedName: string) => {
    if (!STORED_NAME.test(storedName)) throw new Error(`not a stored file name: ${storedName}`);
    return path.join(dir, storedName);
  };
  return {
    dir,
    async save(bytes, extension) {
      await fs.mkdir(dir, { recursive: true });
      const storedName = `${newId()}.${extension}`;
      const target = pathOf(storedName);
      const partial = `${target}.part`;
      try {
        await fs.writeFile(partial, bytes, { flag: 'wx' });
        await fs.rename(partial, target);
      } catch (error) {
        await fs.rm(partial, { force: true });
        throw error;
      }
      return { storedName, sizeBytes: bytes.length, sha256: sha256Hex(bytes) };
    },
    read: async (storedName) => fs.readFile(pathOf(storedName)),
    async remove(storedNames) {
      await Promise.all(storedNames.map((name) => fs.rm(pathOf(name), { force: true })));
    },
  };
}

/**
 * A file name fit for a Content-Disposition header: the ASCII fallback keeps letters, digits
 * and a few marks; the UTF-8 form (RFC 6266 / 5987) keeps the original for browsers that read it.
 *
 * @example c.header('content-disposition', attachmentDisposition('Nizamnamə.pdf'))
 */
export function attachmentDisposition(name: string) {
  const clean =
    name
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/["\\/]/g, '_')
      .trim() || 'download';
  const ascii = clean
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
