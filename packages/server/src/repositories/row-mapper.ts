import type { ColumnMap } from './collections.js';

type Entity = Record<string, unknown>;

/** Column values for an entity; a field the entity lacks is stored as NULL. */
export function toColumns(columns: readonly ColumnMap[], entity: Entity): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const { field, column, kind } of columns) {
    let value: unknown = entity;
    for (const part of field) value = value == null ? undefined : (value as Entity)[part];
    if (value === undefined || value === null) row[column] = null;
    else if (kind === 'bool') row[column] = value ? 1 : 0;
    else if (kind === 'list') row[column] = JSON.stringify(value);
    else row[column] = value;
  }
  return row;
}

/** The entity of a row, in the schema's field order, with NULL columns left out. */
export function fromColumns(columns: readonly ColumnMap[], row: Record<string, unknown>, entity: Entity = {}): Entity {
  for (const { field, column, kind } of columns) {
    const raw = row[column];
    if (raw === null || raw === undefined) continue;
    const value = kind === 'bool' ? Boolean(raw) : kind === 'list' ? JSON.parse(String(raw)) : kind === 'number' ? Number(raw) : raw;
    let target = entity;
    for (const part of field.slice(0, -1)) target = (target[part] ??= {}) as Entity;
    target[field[field.length - 1]!] = value;
  }
  return entity;
}
