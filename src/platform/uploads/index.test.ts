import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  attachmentDisposition,
  detectFileType,
  fileStore,
  looksLikeSvg,
  sha256Hex,
} from './index.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('looksLikeSvg', () => {
  it('finds an svg element after a declaration, a doctype, comments and white space', () => {
    expect(looksLikeSvg(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(true);
    const prologue =
      '\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg viewBox="0 0 1 1">';
    expect(looksLikeSvg(Buffer.from(prologue))).toBe(true);
  });

  it('refuses HTML, text that mentions svg, and images', () => {
    expect(looksLikeSvg(Buffer.from('<!doctype html><svg></svg>'))).toBe(false);
    expect(looksLikeSvg(Buffer.from('not an <svg>'))).toBe(false);
    expect(looksLikeSvg(Buffer.from('<svgx>'))).toBe(false);
    expect(looksLikeSvg(PNG)).toBe(false);
  });
});

describe('detectFileType', () => {
  it('recognises a PDF by its first bytes, whatever else follows', () => {
    expect(detectFileType(Buffer.from('%PDF-1.4\n%âãÏÓ\n'))?.mime).toBe('application/pdf');
  });

  it('refuses what only looks like a PDF by name or is too short', () => {
    expect(detectFileType(Buffer.from('<!doctype html><title>%PDF-</title>'))).toBeUndefined();
    expect(detectFileType(Buffer.from(' %PDF-1.4'))).toBeUndefined();
    expect(detectFileType(Buffer.from('%PDF'))).toBeUndefined();
    expect(detectFileType(new Uint8Array())).toBeUndefined();
  });

  it('recognises PNG, JPEG and WebP images by their signatures', () => {
    expect(detectFileType(PNG)).toEqual({ type: 'png', mime: 'image/png', extension: 'png' });
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]))).toEqual({
      type: 'jpeg',
      mime: 'image/jpeg',
      extension: 'jpg',
    });
    expect(detectFileType(Buffer.from('RIFF\x24\0\0\0WEBPVP8 ', 'latin1'))).toEqual({
      type: 'webp',
      mime: 'image/webp',
      extension: 'webp',
    });
  });

  it('refuses other images and containers, and signatures cut short', () => {
    const refused = {
      gif: Buffer.from('GIF89a\x01\0\x01\0', 'latin1'),
      svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      svgWithPngName: Buffer.from('<?xml version="1.0"?><svg/>\x89PNG'),
      wav: Buffer.from('RIFF\x24\0\0\0WAVEfmt ', 'latin1'),
      riffAlone: Buffer.from('RIFF\x24\0\0\0', 'latin1'),
      pngCut: PNG.subarray(0, 7),
      jpegCut: Buffer.from([0xff, 0xd8]),
      text: Buffer.from('just some text, renamed to logo.png'),
    };
    for (const [name, bytes] of Object.entries(refused)) {
      expect(detectFileType(bytes), name).toBeUndefined();
    }
  });
});

describe('fileStore', () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await fs.rm(root, { recursive: true, force: true });
  });
  const tempRoot = async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-uploads-'));
    roots.push(root);
    return root;
  };

  it('saves under a generated name, reads back, and removes', async () => {
    const root = await tempRoot();
    const store = fileStore(root, 'applications');
    const bytes = Buffer.from('%PDF-1.4 hello');
    const saved = await store.save(bytes, 'pdf');
    expect(saved.storedName).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(saved).toMatchObject({ sizeBytes: bytes.length, sha256: sha256Hex(bytes) });
    expect(await fs.readdir(path.join(root, 'applications'))).toEqual([saved.storedName]);
    expect(await store.read(saved.storedName)).toEqual(bytes);
    await store.remove([saved.storedName, saved.storedName]);
    expect(await fs.readdir(path.join(root, 'applications'))).toEqual([]);
  });

  it('refuses names it did not generate, so no path leaves its folder', async () => {
    const store = fileStore(await tempRoot(), 'applications');
    await expect(store.read('../../etc/passwd')).rejects.toThrow('not a stored file name');
    await expect(store.remove(['x/../../y.pdf'])).rejects.toThrow('not a stored file name');
    expect(() => fileStore('/tmp', '../etc')).toThrow('bad folder name');
  });
});

describe('attachmentDisposition', () => {
  it('offers an ASCII name and the original in UTF-8, with nothing that breaks the header', () => {
    expect(attachmentDisposition('Nizamnamə "2024" Şuşa.pdf')).toBe(
      `attachment; filename="Nizamnam_ _2024_ Susa.pdf"; filename*=UTF-8''Nizamnam%C9%99%20_2024_%20%C5%9Eu%C5%9Fa.pdf`,
    );
    expect(attachmentDisposition('Устав (копия).pdf')).toBe(
      `attachment; filename="_____ _______.pdf"; filename*=UTF-8''%D0%A3%D1%81%D1%82%D0%B0%D0%B2%20%28%D0%BA%D0%BE%D0%BF%D0%B8%D1%8F%29.pdf`,
    );
    expect(attachmentDisposition('\r\n')).toBe(
      `attachment; filename="download"; filename*=UTF-8''download`,
    );
  });
});
