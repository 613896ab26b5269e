import { HREF_COLLECTION, type ApiEntity, type ApiProperty, type RefType } from './entities.js';

/** A row as the rostering repository reads it: dates already `YYYY-MM-DD`, timestamps ISO UTC text. */
export type ApiRow = Record<string, unknown> & { sourced_id: string };

export interface GuidRef {
  href: string;
  sourcedId: string;
  type: RefType;
}

export interface RoleJson {
  roleType: string;
  role: string;
  org: GuidRef;
  userProfile?: string;
  beginDate?: string;
  endDate?: string;
}

export interface UserProfileJson {
  profileId: string;
  profileType: string;
  vendorId: string;
  applicationId?: string;
  description?: string;
  credentials: { type: string; username: string; password?: string }[];
}

/** Values built from other rows for the records of one page, keyed by the record's sourcedId. */
export interface Related {
  roles?: Map<string, RoleJson[]>;
  userProfiles?: Map<string, UserProfileJson[]>;
  children?: Map<string, string[]>;
}

/**
 * Renders stored rows as the OpenAPI objects: absent optional values are omitted (never null),
 * booleans are the strings "true"/"false", references are GUIDRefs with absolute hrefs, and the
 * Japan Profile columns sit in `metadata.jp`.
 */
export class Presenter {
  constructor(
    /** Absolute base of the rostering service, e.g. `https://host/ims/oneroster/rostering/v1p2`. */
    private readonly baseUrl: string,
  ) {}

  ref(type: RefType, sourcedId: string): GuidRef {
    return {
      href: `${this.baseUrl}/${HREF_COLLECTION[type]}/${encodeURIComponent(sourcedId)}`,
      sourcedId,
      type,
    };
  }

  /** `fields`: the selected property names, or null for all of them. */
  present(entity: ApiEntity, row: ApiRow, related: Related, fields: ReadonlySet<string> | null): object {
    const out: Record<string, unknown> = {};
    for (const p of entity.properties) {
      if (!fields || fields.has(p.name)) {
        const value = this.value(entity, p, row, related);
        if (value !== undefined) out[p.name] = value;
        else if (p.required) out[p.name] = fillRequired(p);
      }
      // `metadata` follows the common fields, as in the OpenAPI schemas.
      if (p.name === 'dateLastModified' && (!fields || fields.has('metadata'))) {
        const metadata = this.metadata(entity, row);
        if (metadata) out.metadata = metadata;
      }
    }
    return out;
  }

  private value(entity: ApiEntity, p: ApiProperty, row: ApiRow, related: Related): unknown {
    if (p.kind === 'derived') return derived(entity, p.name, row.sourced_id, related, this);
    const v = row[p.column!];
    if (v === null || v === undefined || v === '') return undefined;
    switch (p.kind) {
      case 'boolean':
        return v === true ? 'true' : 'false';
      case 'integer':
        return Number(v).toString();
      case 'guidRef':
        return this.ref(p.refType!, v as string);
      case 'guidRefList': {
        const ids = v as string[];
        return ids.length ? ids.map((id) => this.ref(p.refType!, id)) : undefined;
      }
      case 'stringList': {
        const items = v as string[];
        return items.length ? items : undefined;
      }
      case 'userIds': {
        const items = v as string[];
        return items.length ? items.map(userId) : undefined;
      }
      default:
        return v;
    }
  }

  /** Japan Profile columns under `metadata.jp`, unknown `metadata.*` CSV columns by their dotted path. */
  private metadata(entity: ApiEntity, row: ApiRow): Record<string, unknown> | null {
    let out: Record<string, unknown> | null = null;
    const extra = row.metadata as Record<string, string> | null;
    if (extra) {
      for (const [header, value] of Object.entries(extra)) {
        out ??= {};
        setPath(out, header.replace(/^metadata\./, '').split('.'), value);
      }
    }
    for (const m of entity.metadata) {
      const v = row[m.column];
      if (v === null || v === undefined || v === '') continue;
      out ??= {};
      const value =
        m.kind === 'boolean'
          ? v === true
            ? 'true'
            : 'false'
          : m.kind === 'integer'
            ? Number(v).toString()
            : v;
      setPath(out, ['jp', m.key], value);
    }
    return out;
  }
}

function derived(
  entity: ApiEntity,
  name: string,
  id: string,
  related: Related,
  presenter: Presenter,
): unknown {
  if (name === 'roles') return related.roles?.get(id);
  if (name === 'userProfiles') return related.userProfiles?.get(id);
  if (name === 'children') {
    const ids = related.children?.get(id);
    const type = entity.name === 'org' ? 'org' : 'academicSession';
    return ids?.length ? ids.map((c) => presenter.ref(type, c)) : undefined;
  }
  return undefined;
}

/**
 * Values the OpenAPI schema requires that CSV may leave empty (org.identifier, course.courseCode,
 * user.roles): an empty string, or an empty list. See docs/decisions.md, "REST representation".
 */
function fillRequired(p: ApiProperty): unknown {
  return p.kind === 'derived' || p.kind === 'guidRefList' || p.kind === 'stringList' ? [] : '';
}

/** `{LDAP:jdoe}` → `{type: 'LDAP', identifier: 'jdoe'}` (the importer checked the shape). */
function userId(raw: string): { type: string; identifier: string } {
  const colon = raw.indexOf(':');
  return { type: raw.slice(1, colon), identifier: raw.slice(colon + 1, -1) };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else node = node[key] = {};
  }
  node[path.at(-1)!] = value;
}
