import { FILES_BY_NAME, fieldIndex, type FileDef } from '../model/index.js';
import type { IssueCollector } from './issues.js';
import type { ParsedRecord } from './row-validator.js';

/**
 * Rules over sets of rows that no single row can decide (CSV binding §1.10): one primary role per
 * user and org, and a user's primaryOrg backed by one of the user's roles.
 */
export class SetRules {
  private readonly primaryRoles = new Set<string>();
  private readonly primaryOrgs = new Map<string, { org: string; line: number }>();
  private rolesSeen = false;
  private readonly at = {
    primaryOrg: fieldIndex(FILES_BY_NAME.users, 'primaryOrgSourcedId'),
    user: fieldIndex(FILES_BY_NAME.roles, 'userSourcedId'),
    org: fieldIndex(FILES_BY_NAME.roles, 'orgSourcedId'),
    roleType: fieldIndex(FILES_BY_NAME.roles, 'roleType'),
  };

  constructor(private readonly issues: IssueCollector) {}

  onRecord(file: FileDef, rec: ParsedRecord): void {
    if (file.name === 'users') {
      const org = rec.values[this.at.primaryOrg];
      if (typeof org === 'string') this.primaryOrgs.set(rec.sourcedId, { org, line: rec.line });
    } else if (file.name === 'roles') {
      this.onRole(file, rec);
    }
  }

  private onRole(file: FileDef, rec: ParsedRecord): void {
    this.rolesSeen = true;
    const user = rec.values[this.at.user] as string;
    const org = rec.values[this.at.org] as string;
    if (this.primaryOrgs.get(user)?.org === org) this.primaryOrgs.delete(user);
    if (rec.values[this.at.roleType] !== 'primary' || rec.status !== 'active') return;
    const key = `${user}\u0000${org}`;
    if (this.primaryRoles.has(key)) {
      this.issues.add('role.multiplePrimary', {
        file: file.fileName,
        line: rec.line,
        column: 'roleType',
        value: user,
        params: { org },
      });
    }
    this.primaryRoles.add(key);
  }

  end(): void {
    if (this.rolesSeen) {
      for (const { org, line } of this.primaryOrgs.values()) {
        this.issues.add('user.primaryOrgWithoutRole', {
          file: 'users.csv',
          line,
          column: 'primaryOrgSourcedId',
          value: org,
        });
      }
    }
    this.primaryOrgs.clear();
    this.primaryRoles.clear();
  }
}
