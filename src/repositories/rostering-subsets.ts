import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ApiEntity } from '../api/entities.js';
import type { Subset } from '../api/operations.js';

/**
 * SQL for the subset semantics of the rostering service, on the entity's table aliased `t`.
 * Relationship rows (enrollments, roles, classes) count only while active: a `tobedeleted`
 * enrollment no longer puts a student in a class. See docs/decisions.md, "REST subsets".
 */
export function subsetSql(entity: ApiEntity, tenantId: string, s: Subset): RawBuilder<SqlBool> {
  switch (s.kind) {
    case 'type':
      return sql<SqlBool>`t.type = ${s.value}`;
    case 'column':
      return sql<SqlBool>`${sql.ref(`t.${ownColumn(entity, s.column)}`)} = ${s.value}`;
    case 'hasRole':
      return hasRole(tenantId, s.role, s.orgId);
    case 'enrolledIn':
      return sql<SqlBool>`t.sourced_id IN (SELECT e.user_sourced_id FROM enrollments e
        WHERE e.tenant_id = ${tenantId} AND e.class_sourced_id = ${s.classId}
          AND e.role = ${s.role} AND e.status = 'active')`;
    case 'classOfEnrolledUser':
      return sql<SqlBool>`t.sourced_id IN (SELECT e.class_sourced_id FROM enrollments e
        WHERE e.tenant_id = ${tenantId} AND e.user_sourced_id = ${s.userId} AND e.status = 'active')`;
    case 'hasTerm':
      return sql<SqlBool>`${s.termId} = ANY (t.term_sourced_ids)`;
    case 'termOfSchoolClasses':
      return sql<SqlBool>`t.sourced_id IN (SELECT unnest(c.term_sourced_ids) FROM classes c
        WHERE c.tenant_id = ${tenantId} AND c.school_sourced_id = ${s.schoolId} AND c.status = 'active')`;
  }
}

/**
 * A user's effective roles are their roles.csv rows; a user without any takes roles from their
 * enrollments (role at the enrollment's school), the same rule the presenter uses for `roles`.
 */
function hasRole(tenantId: string, role: string, orgId: string | undefined): RawBuilder<SqlBool> {
  const roleOrg = orgId === undefined ? sql`` : sql` AND r.org_sourced_id = ${orgId}`;
  const enrollmentOrg = orgId === undefined ? sql`` : sql` AND e.school_sourced_id = ${orgId}`;
  return sql<SqlBool>`(EXISTS (SELECT 1 FROM roles r WHERE r.tenant_id = ${tenantId}
      AND r.user_sourced_id = t.sourced_id AND r.status = 'active' AND r.role = ${role}${roleOrg})
    OR (NOT EXISTS (SELECT 1 FROM roles r WHERE r.tenant_id = ${tenantId}
          AND r.user_sourced_id = t.sourced_id AND r.status = 'active')
      AND EXISTS (SELECT 1 FROM enrollments e WHERE e.tenant_id = ${tenantId}
          AND e.user_sourced_id = t.sourced_id AND e.status = 'active' AND e.role = ${role}${enrollmentOrg})))`;
}

function ownColumn(entity: ApiEntity, column: string): string {
  if (!entity.properties.some((p) => p.column === column)) {
    throw new Error(`${entity.name} has no column ${column}`);
  }
  return column;
}
