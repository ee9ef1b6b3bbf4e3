import { readFileSync } from 'node:fs';
import { useTestDatabase } from '../testing/kit';
import { actualShape, expectedShape, schemaPath } from '../testing/schema-drift';

describe('schema drift: migrated database vs prisma/schema.prisma', () => {
  const kit = useTestDatabase({ sql: true });

  it('has exactly the models, columns, types, nullability, indexes, uniques, foreign keys and enums of the schema', async () => {
    const expected = expectedShape();
    const actual = await actualShape(kit.db.url);
    expect(actual.tables).toEqual(expected.tables);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
    expect(actual.enums).toEqual(expected.enums);
  });

  it('notices a change to the database that the schema does not have', async () => {
    await kit.sql.query('ALTER TABLE "user" ALTER COLUMN "displayName" DROP NOT NULL');
    await kit.sql.query('CREATE INDEX "user_locale_idx" ON "user" ("locale")');
    const actual = await actualShape(kit.db.url);
    const expected = expectedShape();
    expect(actual.columns).not.toEqual(expected.columns);
    expect(actual.indexes).not.toEqual(expected.indexes);
  });

  it('notices a schema change that no migration carries', () => {
    const base = expectedShape();
    const schemaWithExtraField = expectedShape(
      readFileSync(schemaPath, 'utf8').replace('model User {', 'model User {\n  nickname String?'),
    );
    expect(schemaWithExtraField.columns).toHaveLength(base.columns.length + 1);
  });
});
