export {
  AuditWriter,
  NO_AUDIT,
  type AuditSink,
  type AuditWriterOptions,
  type AuditWriterStats,
} from './audit-writer.js';
export { type ActorType, type AuditEvent, type AuditKind, type StoredAuditEvent } from './event.js';
export {
  auditSignIn,
  auditSignInRequest,
  registerAuditHooks,
  type AuditHookOptions,
  type SignInAttempt,
} from './http.js';
export { purgeAudit, schedulePurge, type PurgeResult } from './retention.js';
export {
  CSV_COLUMNS,
  csvRows,
  eventsCsv,
  eventsCsvText,
  listEvents,
  MAX_AUDIT_PAGE,
  type AuditEventPage,
  type AuditFilters,
  type AuditPage,
} from './audit.service.js';
