import { COMMON_FIELD_COUNT, type FieldDef, type FieldType, type FileDef } from '../model/index.js';

/**
 * How the model maps onto roster tables. Every table starts with the same bookkeeping columns; the
 * record's own fields follow (sourcedId, status and dateLastModified of the CSV are not stored as
 * given: the hub keeps its own status and change time).
 */
export const BOOKKEEPING_COLUMNS = [
  'tenant_id',
  'sourced_id',
  'status',
  'date_created',
  'date_last_modified',
  'content_hash',
  'import_id',
  'metadata',
] as const;

export const SQL_TYPES: Record<FieldType, string> = {
  guid: 'text',
  guidRef: 'text',
  guidRefList: 'text[]',
  string: 'text',
  stringList: 'text[]',
  userIdList: 'text[]',
  enum: 'text',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamptz',
  year: 'text',
  integer: 'integer',
};

/** The record fields that have a column of their own (all but the three common ones). */
export function storedFields(file: FileDef): readonly FieldDef[] {
  return file.fields.slice(COMMON_FIELD_COUNT);
}

export function tableColumns(file: FileDef): string[] {
  return [...BOOKKEEPING_COLUMNS, ...storedFields(file).map((f) => f.column)];
}

/** The column type of a stored field: encrypted personal data is `text` whatever its CSV type. */
export function columnType(f: FieldDef): string {
  return f.pii ? 'text' : SQL_TYPES[f.type];
}

/** Stored fields encrypted at rest, in column order. */
export function piiFields(file: FileDef): readonly FieldDef[] {
  return storedFields(file).filter((f) => f.pii);
}

/**
 * Columns computed from a record's fields and written with it, after `tableColumns`: the blind
 * index that lets `users.email` be filtered although it is stored encrypted.
 */
export function derivedColumns(file: FileDef): readonly string[] {
  return file.table === 'users' ? ['email_bidx'] : [];
}

/** What an import writes: `tableColumns` then `derivedColumns` (the physical column order). */
export function writtenColumns(file: FileDef): string[] {
  return [...tableColumns(file), ...derivedColumns(file)];
}
