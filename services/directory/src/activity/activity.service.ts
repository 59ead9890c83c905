import type { EntityManager } from 'typeorm';
import type { AccountLoginLinked, EventData, MemberSignedIn } from '@kizuna/events';

/**
 * Behaviour data for the admin CRM, kept from identity's events: when a member last signed in,
 * how often, and whether a LINE login is linked (for "LINE linked" audiences).
 */
export class ActivityService {
  /** One sign-in more; the latest time wins (events of one membership arrive in order, but a redelivery must not count twice: the inbox sees to that). */
  async recordSignIn(manager: EntityManager, networkId: string, data: EventData<typeof MemberSignedIn>): Promise<void> {
    await manager.query(
      `UPDATE directory.profiles
       SET sign_in_count = sign_in_count + 1, last_sign_in_at = GREATEST(last_sign_in_at, $3::timestamptz)
       WHERE membership_id = $1 AND network_id = $2`,
      [data.membershipId, networkId, data.signedInAt],
    );
  }

  /**
   * The LINE state after a login was linked or unlinked. The account topic is not ordered with the
   * membership topic, so the profile may not exist yet: the state then waits for it (see `adoptEarlyLoginLinks`).
   */
  async recordLoginLinks(
    manager: EntityManager,
    networkId: string,
    data: Pick<EventData<typeof AccountLoginLinked>, 'membershipId' | 'lineLinked'>,
    changedAt: string,
  ): Promise<void> {
    const updated = await manager.query<[unknown[], number] | unknown[]>(
      `UPDATE directory.profiles SET line_linked = $3 WHERE membership_id = $1 AND network_id = $2 RETURNING 1`,
      [data.membershipId, networkId, data.lineLinked],
    );
    if (affectedRows(updated) > 0) return;
    await manager.query(
      `INSERT INTO directory.early_login_links (membership_id, network_id, line_linked, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (membership_id) DO UPDATE SET line_linked = EXCLUDED.line_linked, changed_at = EXCLUDED.changed_at
       WHERE early_login_links.network_id = EXCLUDED.network_id AND early_login_links.changed_at <= EXCLUDED.changed_at`,
      [data.membershipId, networkId, data.lineLinked, changedAt],
    );
  }

  /** Moves link states that arrived before their profiles onto the profiles now created. */
  async adoptEarlyLoginLinks(manager: EntityManager, networkId: string, membershipIds: string[]): Promise<void> {
    if (membershipIds.length === 0) return;
    await manager.query(
      `WITH moved AS (
         DELETE FROM directory.early_login_links e
         USING directory.profiles p
         WHERE e.membership_id = ANY($2::uuid[]) AND e.network_id = $1 AND p.membership_id = e.membership_id AND p.network_id = $1
         RETURNING e.membership_id, e.line_linked)
       UPDATE directory.profiles p SET line_linked = moved.line_linked FROM moved WHERE p.membership_id = moved.membership_id`,
      [networkId, membershipIds],
    );
  }

  /** A deleted membership's link state that never reached a profile. */
  async forgetEarlyLoginLinks(manager: EntityManager, networkId: string, membershipId: string): Promise<void> {
    await manager.query(`DELETE FROM directory.early_login_links WHERE membership_id = $1 AND network_id = $2`, [membershipId, networkId]);
  }
}

/** TypeORM's raw UPDATE … RETURNING on Postgres gives [rows, count]. */
function affectedRows(result: [unknown[], number] | unknown[]): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return (result as unknown[]).length;
}
