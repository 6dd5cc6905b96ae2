import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBoundaries } from './boundaries.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
describe('the boundaries of docs/architecture.md', () => {
  it('are kept everywhere in the project', () => {
    expect(
      checkBoundaries(ROOT),
      'Boundary violations: fix the code; docs/architecture.md says why each rule holds ' +
        '(`npx tsx test/boundaries.ts` prints what the check finds).',
    ).toEqual([]);
  });
});

/**
 * A small project with one violation of each rule and, beside them, what each rule allows: the
 * check must name exactly the violations.
 */
const PLANTED: Record<string, string> = {
  'src/platform/db/tables.ts': `
    export interface Database extends PlatformTables {}
    export interface PlatformTables { audit_log: { id: string } }`,
  'src/platform/log.ts': `import type { Talks } from '../modules/talks/index.js';`,
  'src/ui/page.tsx': `import { Layout } from './layout.js';`,
  'src/ui/layout.tsx': `export const Layout = () => null;`,

  'src/modules/people/tables.ts': `
    declare module '../../platform/db/tables.js' { interface Database extends PeopleTables {} }
    export interface PeopleTables { people: { id: string; name: string } }`,
  'src/modules/people/index.ts': `
    export { joinPerson } from './fragments.js';
    export { personName } from './profile/queries.js';
    export { renamePerson } from './profile/service.js';`,
  'src/modules/people/fragments.ts': `
    export const joinPerson = (as, on) => (q) =>
      q.innerJoin(as === 'people' ? 'people' : \`people as \${as}\`, \`\${as}.id\`, on);`,
  'src/modules/people/profile/queries.ts': `
    export const personName = (db) => db.selectFrom('people').select('name');`,
  'src/modules/people/profile/service.ts': `
    import { personName } from './queries.js';
    import type { Rule } from './rules.js';
    export const renamePerson = () => personName;`,
  'src/modules/people/profile/rules.ts': `
    import { renamePerson } from './service.js';
    export type Rule = typeof renamePerson;`,

  'src/modules/talks/tables.ts': `
    declare module '../../platform/db/tables.js' { interface Database extends TalkTables {} }
    interface Unrelated { people: string }
    export interface TalkTables { talks: { id: string }; speakers: { talk_id: string } }`,
  'src/modules/talks/index.ts': `export { listTalks } from './listing/service.js';`,
  'src/modules/talks/listing/queries.ts': `
    import { sql } from 'kysely';
    export const talks = (db) =>
      db.with('recent', (q) => q.selectFrom('talks as t').selectAll())
        .selectFrom('recent')
        .innerJoin('speakers as s', 's.talk_id', 'recent.id')
        .leftJoin('people as p', 'p.id', 's.talk_id');
    export const audit = (db) => sql\`select * from audit_log where id = \${1}\`.execute(db);`,
  'src/modules/talks/fragments.ts': `
    export const joinSpeaker = (as, on) => (q) =>
      q.innerJoin(\`speakers as \${as}\`, \`\${as}.talk_id\`, on)
        .leftJoin(as === 'p' ? 'people as p' : \`people as \${as}_person\`, 'p.id', on);`,
  'src/modules/talks/schedule/fragments.ts': `
    export const slotsOf = (q) => q.innerJoin('talks as t', 't.id', 'slot.talk_id');`,
  'src/modules/talks/listing/service.ts': `
    import { personName, renamePerson } from '../../people/index.js';
    import { talks } from './queries.js';
    import { slots } from '../schedule/queries.js';
    export const listTalks = () => [talks, slots, personName, renamePerson];`,
  'src/modules/talks/listing/routes.tsx': `
    import { renamePerson } from '../../people/profile/service.js';
    export const routes = renamePerson;`,
  'src/modules/talks/listing/presenters.ts': `
    export const count = (db) => db.selectFrom('talks').select('id');`,
  'src/modules/talks/listing/schema.ts': `
    import { sql } from 'kysely';
    export const year = sql\`extract(year from created_at)\`;`,
  'src/modules/talks/listing/fixtures.ts': `import { useConcord } from '../../../../test/app.js';`,
  'src/modules/talks/listing/listing.test.ts': `
    import { useConcord } from '../../../../test/app.js';
    const rows = (db) => db.selectFrom('people').selectAll();`,
  'src/modules/talks/schedule/queries.ts': `
    import { joinPerson } from '../../people/index.js';
    export const slots = (db) =>
      db.selectFrom('talks').$call(joinPerson('p', 'talks.speaker_id')).selectAll();`,

  // A module's root holds index, context, tables, policy, fragments and messages/; a layer's
  // file lies in a capability folder, named by its layer alone, other files by their noun.
  'src/modules/x/index.ts': `export { register } from './registration/service.js';`,
  'src/modules/x/context.ts': `export type XContext = { db: unknown };`,
  'src/modules/x/tables.ts': `export interface XTables { registrations: { id: string } }`,
  'src/modules/x/policy.ts': `export const mayRegister = () => true;`,
  'src/modules/x/policy.test.ts': `import { mayRegister } from './policy.js';`,
  'src/modules/x/fragments.ts': `export const joinRegistration = (q) => q;`,
  'src/modules/x/messages/en.ts': `export const en = {};`,
  'src/modules/x/registration/routes.tsx': `import { register } from './service.js';`,
  'src/modules/x/registration/service.ts': `
    import { rooms } from './rooms.js';
    export const register = () => rooms;`,
  'src/modules/x/registration/rooms.ts': `export const rooms = [];`,
  'src/modules/x/registration/rooms.test.ts': `import { rooms } from './rooms.js';`,
  'src/modules/x/registration/views/page-form.tsx': `export const Form = () => null;`,
  'src/modules/x/registration-queries.ts': `export const registrations = () => [];`,
  'src/modules/x/service.ts': `export const register = () => null;`,

  'test/app.ts': `
    import { renamePerson } from '../src/modules/people/profile/service.js';
    export const useConcord = () => renamePerson;`,
  'bench/people.ts': `import { personName } from '../src/modules/people/profile/queries.js';`,
};

describe('the boundary check', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-boundaries-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('names each planted violation, and nothing that the rules allow', () => {
    for (const [file, text] of Object.entries(PLANTED)) {
      fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    expect(checkBoundaries(root)).toEqual([
      'capability-folders src/modules/x/registration-queries.ts: queries named by a prefix, not in a capability folder',
      "capability-folders src/modules/x/service.ts: service at the module's root, not in a capability folder",
      'cycle src/modules/people/profile/rules.ts -> src/modules/people/profile/service.ts -> src/modules/people/profile/rules.ts',
      'foreign-table src/modules/talks/fragments.ts: people (people)',
      'foreign-table src/modules/talks/listing/queries.ts: audit_log (platform)',
      'foreign-table src/modules/talks/listing/queries.ts: people (people)',
      'layer src/platform/log.ts: src/modules/talks/index.ts',
      'module-internals src/modules/talks/listing/routes.tsx: src/modules/people/profile/service.ts',
      'sibling-queries src/modules/talks/listing/service.ts: src/modules/talks/schedule/queries.ts',
      'sql-outside-queries src/modules/talks/listing/presenters.ts: talks',
      'sql-outside-queries src/modules/talks/schedule/fragments.ts: talks',
      'src-imports-test src/modules/talks/listing/fixtures.ts: test/app.ts',
    ]);
  });
});
