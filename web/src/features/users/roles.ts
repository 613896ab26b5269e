/** The tenant roles, most powerful first, with their label (common) and description (users). */
export const ROLES = [
  { role: 'admin', label: 'roleAdmin', body: 'roleAdminBody' },
  { role: 'uploader', label: 'roleUploader', body: 'roleUploaderBody' },
  { role: 'reader', label: 'roleReader', body: 'roleReaderBody' },
] as const;

export const ROLE_LABEL = { admin: 'roleAdmin', uploader: 'roleUploader', reader: 'roleReader' } as const;
