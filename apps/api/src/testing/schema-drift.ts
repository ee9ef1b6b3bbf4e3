import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
// Prisma's own schema parser, compiled to WebAssembly: reads schema.prisma offline, no engine binary needed.
import { get_dmmf } from '@prisma/prisma-schema-wasm';

export type Column = { table: string; column: string; type: string; nullable: boolean };
export type Index = { table: string; name: string; columns: string[]; unique: boolean; primary: boolean };
export type ForeignKey = {
  table: string;
  columns: string[];
  references: string;
  referencedColumns: string[];
  onDelete: string;
};
export type SchemaShape = {
  tables: string[];
  columns: Column[];
  indexes: Index[];
  foreignKeys: ForeignKey[];
  enums: Record<string, string[]>;
};

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
};
type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    indexes: DmmfIndex[];
  };
};

export const schemaPath = path.resolve(__dirname, '../../../../prisma/schema.prisma');

function scalarType(field: DmmfField, enumDbName: (name: string) => string): string {
  const [native, args = []] = field.nativeType ?? [undefined, []];
  const base = ((): string => {
    if (field.kind === 'enum') return enumDbName(field.type);
    switch (field.type) {
      case 'String':
        if (native === 'Uuid') return 'uuid';
        if (native === 'VarChar') return `varchar(${args[0]})`;
        if (native === 'Char') return `bpchar(${args[0]})`;
        if (native === 'Citext') return 'citext';
        return 'text';
      case 'Int':
        return native === 'SmallInt' ? 'int2' : 'int4';
      case 'BigInt':
        return 'int8';
      case 'Boolean':
        return 'bool';
      case 'Float':
        return 'float8';
      case 'Decimal':
        return native === 'Decimal' ? `numeric(${args.join(',')})` : 'numeric(65,30)';
      case 'DateTime':
        if (native === 'Date') return 'date';
        if (native === 'Timestamptz') return `timestamptz(${args[0] ?? 6})`;
        if (native === 'Timestamp') return `timestamp(${args[0] ?? 6})`;
        return 'timestamp(3)';
      case 'Json':
        return native === 'Json' ? 'json' : 'jsonb';
      case 'Bytes':
        return 'bytea';
      default:
        return `unknown:${field.type}`;
    }
  })();
  return field.isList ? `${base}[]` : base;
}

/** What schema.prisma says the database must contain, named the way Prisma's migrations name things. */
export function expectedShape(schema = readFileSync(schemaPath, 'utf8')): SchemaShape {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema }))) as Dmmf;
  const enumNames = new Map(dmmf.datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };
  const columns: Column[] = [];
  const foreignKeys: ForeignKey[] = [];
  for (const model of models.values()) {
    for (const field of model.fields) {
      if (field.kind === 'scalar' || field.kind === 'enum') {
        columns.push({
          table: tableOf(model),
          column: field.dbName ?? field.name,
          type: scalarType(field, (n) => enumNames.get(n) ?? n),
          // Prisma creates scalar-list columns without NOT NULL, whatever the field says.
          nullable: !field.isRequired || field.isList,
        });
      } else if (field.kind === 'object' && field.relationFromFields && field.relationFromFields.length > 0) {
        const target = models.get(field.type);
        if (!target) continue;
        foreignKeys.push({
          table: tableOf(model),
          columns: field.relationFromFields.map((f) => columnOf(model, f)),
          references: tableOf(target),
          referencedColumns: (field.relationToFields ?? []).map((f) => columnOf(target, f)),
          onDelete: (field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')).toUpperCase(),
        });
      }
    }
  }
  const indexes: Index[] = dmmf.datamodel.indexes
    .filter((i) => i.type !== 'fulltext')
    .map((i) => {
      const model = models.get(i.model);
      if (!model) throw new Error(`Index on unknown model ${i.model}`);
      const table = tableOf(model);
      const cols = i.fields.map((f) => columnOf(model, f.name));
      const suffix = i.type === 'id' ? 'pkey' : i.type === 'unique' ? 'key' : 'idx';
      const name =
        i.dbName ?? (i.type === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`.slice(0, 63));
      return { table, name, columns: cols, unique: i.type !== 'normal', primary: i.type === 'id' };
    });
  const enums = Object.fromEntries(
    dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]),
  );
  return {
    tables: [...models.values()].map(tableOf).sort(),
    columns: sortColumns(columns),
    indexes: sortIndexes(indexes),
    foreignKeys: sortFks(foreignKeys),
    enums,
  };
}

/** What the database actually contains (schema `public`, without Prisma's bookkeeping table). */
export async function actualShape(databaseUrl: string): Promise<SchemaShape> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table: string }>(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
    );
    const columns = await client.query<{
      table: string;
      column: string;
      nullable: boolean;
      typname: string;
      typmod: number;
      elemname: string | null;
    }>(
      `SELECT c.relname AS table, a.attname AS column, NOT a.attnotnull AS nullable,
              t.typname AS typname, a.atttypmod AS typmod, a.attndims AS dims, et.typname AS elemname
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations' AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    const indexes = await client.query<{
      table: string;
      name: string;
      columns: string[];
      unique: boolean;
      primary: boolean;
    }>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const fks = await client.query<ForeignKey & { confdeltype: string }>(
      `SELECT t.relname AS table, rt.relname AS references, con.confdeltype,
              array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
              array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = rt.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS "referencedColumns"
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class rt ON rt.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace WHERE con.contype = 'f' AND n.nspname = 'public'`,
    );
    const enums = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    const onDelete: Record<string, string> = {
      a: 'NOACTION',
      r: 'RESTRICT',
      c: 'CASCADE',
      n: 'SETNULL',
      d: 'SETDEFAULT',
    };
    return {
      tables: tables.rows.map((r) => r.table).sort(),
      columns: sortColumns(
        columns.rows.map((r) => ({
          table: r.table,
          column: r.column,
          nullable: r.nullable,
          type: describeType(r.elemname ?? r.typname, r.typmod) + (r.elemname ? '[]' : ''),
        })),
      ),
      indexes: sortIndexes(indexes.rows),
      foreignKeys: sortFks(
        fks.rows.map(({ confdeltype, ...fk }) => ({ ...fk, onDelete: onDelete[confdeltype] ?? confdeltype })),
      ),
      enums: Object.fromEntries(enums.rows.map((e) => [e.name, e.values])),
    };
  } finally {
    await client.end();
  }
}

function describeType(typname: string, typmod: number): string {
  if (typmod < 0) return typname;
  switch (typname) {
    case 'timestamp':
    case 'timestamptz':
      return `${typname}(${typmod})`;
    case 'varchar':
    case 'bpchar':
      return `${typname}(${typmod - 4})`;
    case 'numeric': {
      const precision = ((typmod - 4) >> 16) & 0xffff;
      const scale = (typmod - 4) & 0xffff;
      return `numeric(${precision},${scale})`;
    }
    default:
      return typname;
  }
}

const sortColumns = (c: Column[]) =>
  [...c].sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
const sortIndexes = (i: Index[]) => [...i].sort((a, b) => `${a.table}.${a.name}`.localeCompare(`${b.table}.${b.name}`));
const sortFks = (f: ForeignKey[]) =>
  [...f].sort((a, b) => `${a.table}.${a.columns.join()}`.localeCompare(`${b.table}.${b.columns.join()}`));
