/** The kinds of audit events; other modules may add their own dotted kinds. */
export type AuditKind =
  'api.request' | 'auth.signin' | 'auth.token' | 'auth.denied' | 'import' | 'import.record' | (string & {});

export type ActorType = 'client' | 'user' | 'system' | 'anonymous';

/**
 * One audit event. Never a request body, a query string or a PII value: `route` is the route
 * pattern, `details` holds identifiers, counts and field names only.
 */
export interface AuditEvent {
  /** The tenant concerned; null for platform events (unauthenticated requests, unknown clients). */
  tenantId: string | null;
  kind: AuditKind;
  /** When it happened; the time `record` was called by default. */
  at?: Date;
  actorType?: ActorType | null;
  actorId?: string | null;
  method?: string | null;
  route?: string | null;
  status?: number | null;
  durationMs?: number | null;
  ip?: string | null;
  details?: Record<string, unknown> | null;
}

/** An event as stored. */
export interface StoredAuditEvent {
  id: string;
  tenantId: string | null;
  at: string;
  kind: string;
  actorType: ActorType | null;
  actorId: string | null;
  method: string | null;
  route: string | null;
  status: number | null;
  durationMs: number | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export const AUDIT_COLUMNS = [
  'tenant_id',
  'at',
  'kind',
  'actor_type',
  'actor_id',
  'method',
  'route',
  'status',
  'duration_ms',
  'ip',
  'details',
] as const;
