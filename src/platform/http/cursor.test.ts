import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cursorCodec, jsonCursor } from './cursor.js';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('cursorCodec with jsonCursor', () => {
  const cursor = cursorCodec(
    jsonCursor(
      z.union([
        z.object({ rank: z.number(), id: z.string() }),
        z.object({ name: z.string(), id: z.string() }),
      ]),
    ),
  );

  it('writes the value as base64url JSON, in the order its keys were given, and reads it back', () => {
    expect(cursor.encode({ name: 'Amal é', id: 'o1' })).toBe(b64('{"name":"Amal é","id":"o1"}'));
    expect(cursor.decode(cursor.encode({ rank: 0.5, id: 'o2' }))).toEqual({ rank: 0.5, id: 'o2' });
  });

  it('gives undefined for nothing, for text that is not JSON, and for JSON of another shape', () => {
    expect(cursor.decode(undefined)).toBeUndefined();
    expect(cursor.decode('')).toBeUndefined();
    expect(cursor.decode('%%%')).toBeUndefined();
    expect(cursor.decode(b64('{"name":'))).toBeUndefined();
    expect(cursor.decode(b64('null'))).toBeUndefined();
    expect(cursor.decode(b64('{"rank":"1","id":3}'))).toBeUndefined();
  });
});

describe('cursorCodec with its own format', () => {
  const cursor = cursorCodec<{ at: string; id: string }>({
    write: ({ at, id }) => `${at}|${id}`,
    read: (text) => {
      const [at, id] = text.split('|');
      return at && id ? { at, id } : undefined;
    },
  });

  it('keeps the format’s text byte for byte', () => {
    expect(cursor.encode({ at: '2026-01-01', id: 'e1' })).toBe(b64('2026-01-01|e1'));
    expect(cursor.decode(b64('2026-01-01|e1'))).toEqual({ at: '2026-01-01', id: 'e1' });
    expect(cursor.decode(b64('2026-01-01'))).toBeUndefined();
  });
});
