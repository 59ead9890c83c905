import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { hotQuery, isUuid } from '@kizuna/data';
import { seesMemberEmails } from '../roles/permissions';
import type { MemberType } from './member.type';

const MEMBERS_BY_ID = {
  name: 'identity.members-by-id',
  text: `SELECT m.id, m.network_id AS "networkId", m.account_id AS "accountId", m.display_name AS "displayName", m.role, m.status,
                m.created_at AS "createdAt", a.email
           FROM {schema}.memberships m JOIN {schema}.accounts a ON a.id = m.account_id
          WHERE m.network_id = $1 AND m.id = ANY($2::uuid[])`,
};

type MemberRow = Omit<MemberType, 'email'> & { email: string };

/**
 * Members of the viewer's network by id, in one query whatever their number (`me`, and every
 * batch of `Member` references other subgraphs send); the e-mail only where the viewer may see it
 * (their own, or an admin's view). Ids of another network or of nobody are absent.
 */
export async function membersById(dataSource: DataSource, viewer: Viewer, ids: string[]): Promise<Map<string, MemberType>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await hotQuery<MemberRow>(dataSource, MEMBERS_BY_ID, [viewer.networkId, wanted]);
  const seesEmails = seesMemberEmails(viewer);
  return new Map(rows.map((row) => [row.id, { ...row, email: seesEmails || row.accountId === viewer.accountId ? row.email : null }]));
}
