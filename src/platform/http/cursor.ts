/**
 * Keyset-page cursors: where the next page starts, carried in the URL (`?after=…`) as
 * base64url text. A cursor is the server's own words, but anyone can edit a URL, so decoding
 * checks the shape and gives undefined (= the first page) for anything that is not ours.
 * Each list keeps its format: the text is part of links people share, so it must not change.
 */
import type { z } from 'zod';

/** How a cursor's value is written as text before base64url, and read back (undefined = not ours). */
export type CursorFormat<V> = {
  write: (value: V) => string;
  read: (text: string) => V | undefined;
};

export type CursorCodec<V> = {
  encode: (value: V) => string;
  decode: (text: string | undefined) => V | undefined;
};

/**
 * A codec for one list's cursors.
 * @example const cursor = cursorCodec(jsonCursor(z.object({ name: z.string(), id: z.string() })));
 *          cursor.encode({ name: 'Amal', id: 'o1' }); cursor.decode(c.req.query('after'));
 */
export function cursorCodec<V>(format: CursorFormat<V>): CursorCodec<V> {
  return {
    encode: (value) => Buffer.from(format.write(value)).toString('base64url'),
    decode: (text) => {
      if (!text) return undefined;
      try {
        return format.read(Buffer.from(text, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
    },
  };
}

/** The common format: the value as JSON, read back through a zod schema. */
export function jsonCursor<S extends z.ZodType>(schema: S): CursorFormat<z.infer<S>> {
  return {
    write: (value) => JSON.stringify(value),
    read: (text) => {
      const parsed = schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    },
  };
}
