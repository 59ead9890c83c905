import { In, type DataSource, type EntityManager } from 'typeorm';
import { forbidden, isAdmin, type MembershipStatus, type Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { ProfileUpdated, type EventData, type MembershipApproved, type MembershipRegistered, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { ProfileEntity } from './profile.entity';
import type { ProfileType } from './profile.type';

export const DISPLAY_NAME_MAX = 100;
export const HEADLINE_MAX = 200;

/** What a member asked to change, already validated and normalised. */
export interface ProfileChanges {
  displayName?: string;
  headline?: string | null;
}

export interface ProfileChangeRequest {
  displayName?: string | null;
  headline?: string | null;
}

const CONTROL_CHARACTERS = /\p{Cc}/u;
const characters = (text: string) => [...text].length;

/**
 * Checks a profile change without touching the database: one error per field at fault.
 * Omitted fields stay as they are; a null or blank headline clears it.
 */
export function validateProfileChanges(request: ProfileChangeRequest): { changes: ProfileChanges; errors: UserError[] } {
  const changes: ProfileChanges = {};
  const errors: UserError[] = [];
  if (request.displayName !== undefined && request.displayName !== null) {
    const name = request.displayName.trim();
    if (characters(name) < 1 || characters(name) > DISPLAY_NAME_MAX) {
      errors.push(UserError.of('VALIDATION', `Enter a name of 1 to ${DISPLAY_NAME_MAX} characters.`, 'displayName'));
    } else if (CONTROL_CHARACTERS.test(name)) {
      errors.push(UserError.of('VALIDATION', 'The name must be one line of text.', 'displayName'));
    } else {
      changes.displayName = name;
    }
  }
  if (request.headline !== undefined) {
    const headline = request.headline?.trim() ?? '';
    if (characters(headline) > HEADLINE_MAX) {
      errors.push(UserError.of('VALIDATION', `The headline can have up to ${HEADLINE_MAX} characters.`, 'headline'));
    } else if (CONTROL_CHARACTERS.test(headline)) {
      errors.push(UserError.of('VALIDATION', 'The headline must be one line of text.', 'headline'));
    } else {
      changes.headline = headline === '' ? null : headline;
    }
  }
  return { changes, errors };
}

/**
 * Who may see a profile: its owner always; otherwise only approved members of the same network,
 * and of applicants still pending (or members no longer approved) only the network's admins.
 */
export function canSeeProfile(viewer: Viewer, profile: Pick<ProfileEntity, 'membershipId' | 'networkId' | 'status'>): boolean {
  if (profile.networkId !== viewer.networkId) return false;
  if (profile.membershipId === viewer.membershipId) return true;
  if (viewer.status !== 'approved') return false;
  return profile.status === 'approved' || isAdmin(viewer);
}

export function toProfile(entity: ProfileEntity): ProfileType {
  return { memberId: entity.membershipId, displayName: entity.displayName, headline: entity.headline };
}

export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** A pending applicant asking for anyone else's profile is refused outright. */
  assertMayLookUp(viewer: Viewer, memberId: string): void {
    if (memberId !== viewer.membershipId && viewer.status !== 'approved') {
      throw forbidden('Until your membership is approved you can see only your own profile.');
    }
  }

  /** Profiles of the viewer's network among `memberIds` that the viewer may see, by member id. */
  async visibleProfiles(viewer: Viewer, memberIds: string[]): Promise<Map<string, ProfileType>> {
    const ids = memberIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ProfileEntity).findBy({ networkId: viewer.networkId, membershipId: In(ids) });
    return new Map(rows.filter((row) => canSeeProfile(viewer, row)).map((row) => [row.membershipId, toProfile(row)]));
  }

  async myProfile(viewer: Viewer): Promise<ProfileType | null> {
    return (await this.visibleProfiles(viewer, [viewer.membershipId])).get(viewer.membershipId) ?? null;
  }

  /** Changes the viewer's own profile and publishes what changed, in one transaction. */
  async updateMine(viewer: Viewer, request: ProfileChangeRequest): Promise<Result<ProfileType>> {
    const { changes, errors } = validateProfileChanges(request);
    if (errors.length > 0) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager
        .getRepository(ProfileEntity)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.membership_id = :id AND p.network_id = :networkId', { id: viewer.membershipId, networkId: viewer.networkId })
        .getOne();
      if (!profile) return fail(UserError.of('NOT_READY', 'Your profile is still being set up. Try again in a moment.'));
      const changedFields = (Object.keys(changes) as (keyof ProfileChanges)[]).filter((field) => profile[field] !== changes[field]);
      if (changedFields.length === 0) return ok(toProfile(profile));
      Object.assign(profile, changes, { updatedAt: new Date() });
      await manager.save(profile);
      await this.outbox.add(manager, ProfileUpdated, profile.networkId, {
        membershipId: profile.membershipId,
        networkId: profile.networkId,
        changedFields,
        updatedAt: profile.updatedAt.toISOString(),
      });
      return ok(toProfile(profile));
    });
  }

  /** A new membership gets a shell profile with its registration name (a redelivery changes nothing). */
  async createShell(manager: EntityManager, data: EventData<typeof MembershipRegistered>): Promise<void> {
    await manager.query(
      `INSERT INTO directory.profiles (membership_id, network_id, account_id, display_name, headline, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, NULL, $5, $6, now())
       ON CONFLICT (membership_id) DO NOTHING`,
      [data.membershipId, data.networkId, data.accountId, data.displayName, data.status, data.registeredAt],
    );
  }

  /** Approval makes the profile visible to the network; creates the shell if it is somehow missing. */
  async markApproved(manager: EntityManager, data: EventData<typeof MembershipApproved>): Promise<void> {
    await manager.query(
      `INSERT INTO directory.profiles (membership_id, network_id, account_id, display_name, headline, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, NULL, 'approved', $5, now())
       ON CONFLICT (membership_id) DO UPDATE SET status = 'approved', updated_at = now()
       WHERE profiles.network_id = EXCLUDED.network_id`,
      [data.membershipId, data.networkId, data.accountId, data.displayName, data.approvedAt],
    );
  }

  /** Rejection, suspension and reinstatement change who sees the profile (the shell exists: registration came first on the same key). */
  async markStatus(manager: EntityManager, data: { membershipId: string; networkId: string }, status: MembershipStatus): Promise<void> {
    await manager.query(`UPDATE directory.profiles SET status = $3, updated_at = now() WHERE membership_id = $1 AND network_id = $2`, [
      data.membershipId,
      data.networkId,
      status,
    ]);
  }
}
