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
