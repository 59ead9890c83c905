import { In, type DataSource, type EntityManager } from 'typeorm';
import { forbidden, isAdmin, type MembershipStatus, type Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { ProfileUpdated, type EventData, type MembershipApproved, type MembershipRegistered, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { audienceOf } from '../fields/visibility';
import { indexProfile, loadNetworkFields, type NetworkFields } from '../search/search-index';
import { applyTagRules } from '../tags/tag-rules';
import type { ContactField, ProfileEntity as ProfileRow } from './profile.entity';
import { ProfileEntity } from './profile.entity';
import { contactVisibilityOf, presentProfile } from './profile.presenter';
import { profileUpdateSnapshot } from './profile-snapshot';
import type { ProfileType } from './profile.type';
import { validateProfileChanges, type ProfileChangeRequest, type ProfileChanges, type StandardColumn } from './profile.validation';
import { profileRequestFromAnswers } from './registration-answers';

export { validateProfileChanges, type ProfileChangeRequest } from './profile.validation';

/** Fills a brand-new profile before it is first stored (the demo seed); may define custom fields first. */
export interface ShellFiller {
  fill(manager: EntityManager, profile: ProfileRow): Promise<void>;
}

/**
 * Who may see a profile: its owner always; otherwise only approved members of the same network,
 * and of applicants still pending (or members no longer approved) only the network's admins.
 */
export function canSeeProfile(viewer: Viewer, profile: Pick<ProfileRow, 'membershipId' | 'networkId' | 'status'>): boolean {
  if (profile.networkId !== viewer.networkId) return false;
  if (profile.membershipId === viewer.membershipId) return true;
  if (viewer.status !== 'approved') return false;
  return profile.status === 'approved' || isAdmin(viewer);
}

/** Stored JSON comes back with its keys reordered (jsonb), so values are compared with sorted keys. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object' && !(value instanceof Date)
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));

/**
 * Applies validated changes to a loaded profile and names what actually changed: standard field
 * keys, `contactVisibility.<field>` and `custom.<key>`. Values equal to the stored ones are no change.
 */
export function applyChanges(profile: ProfileRow, changes: ProfileChanges, fields: NetworkFields): string[] {
  const changed: string[] = [];
  for (const [field, value] of Object.entries(changes.fields) as [StandardColumn, unknown][]) {
    if (same(profile[field], value)) continue;
    (profile as unknown as Record<string, unknown>)[field] = value;
    changed.push(field);
  }
  const visibility = contactVisibilityOf(profile);
  for (const [field, value] of Object.entries(changes.contactVisibility) as [ContactField, ProfileRow['contactVisibility'][ContactField]][]) {
    if (visibility[field] === value) continue;
    profile.contactVisibility = { ...profile.contactVisibility, [field]: value };
    changed.push(`contactVisibility.${field}`);
  }
  for (const [fieldId, value] of Object.entries(changes.custom)) {
    if (same(profile.custom?.[fieldId], value)) continue;
    const custom = { ...profile.custom };
    if (value === null) delete custom[fieldId];
    else custom[fieldId] = value;
    profile.custom = custom;
    changed.push(`custom.${fields.customFields.find((definition) => definition.id === fieldId)?.key ?? fieldId}`);
  }
  return changed;
}

export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly shellFiller?: ShellFiller,
  ) {}

  /** A pending applicant asking for anyone else's profile is refused outright. */
  assertMayLookUp(viewer: Viewer, memberId: string): void {
    if (memberId !== viewer.membershipId && viewer.status !== 'approved') {
      throw forbidden('Until your membership is approved you can see only your own profile.');
    }
  }

  /** Profiles of the viewer's network among `memberIds` that the viewer may see, field by field as they may see them. */
  async visibleProfiles(viewer: Viewer, memberIds: string[]): Promise<Map<string, ProfileType>> {
    const ids = memberIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ProfileEntity).findBy({ networkId: viewer.networkId, membershipId: In(ids) });
    const visible = rows.filter((row) => canSeeProfile(viewer, row));
    if (visible.length === 0) return new Map();
    const fields = await loadNetworkFields(this.dataSource.manager, viewer.networkId);
    return new Map(visible.map((row) => [row.membershipId, presentProfile(row, audienceOf(viewer, row.membershipId), fields)]));
  }

  async myProfile(viewer: Viewer): Promise<ProfileType | null> {
    return (await this.visibleProfiles(viewer, [viewer.membershipId])).get(viewer.membershipId) ?? null;
  }

  /** Changes the viewer's own profile and publishes what changed, in one transaction; nothing is stored when any field is at fault. */
  async updateMine(viewer: Viewer, request: ProfileChangeRequest): Promise<Result<ProfileType>> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager
        .getRepository(ProfileEntity)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.membership_id = :id AND p.network_id = :networkId', { id: viewer.membershipId, networkId: viewer.networkId })
        .getOne();
      const fields = await loadNetworkFields(manager, viewer.networkId);
      const { changes, errors } = validateProfileChanges(request, { current: profile ?? undefined, customFields: fields.customFields });
      if (errors.length > 0) return fail(...errors);
      if (!profile) return fail(UserError.of('NOT_READY', 'Your profile is still being set up. Try again in a moment.'));
      const changedFields = applyChanges(profile, changes, fields);
      if (changedFields.length === 0) return ok(presentProfile(profile, 'SELF', fields));
      profile.updatedAt = new Date();
      await manager.save(indexProfile(profile, fields));
      await this.outbox.add(manager, ProfileUpdated, profile.networkId, {
        membershipId: profile.membershipId,
        networkId: profile.networkId,
        changedFields,
        ...profileUpdateSnapshot(profile, fields),
        updatedAt: profile.updatedAt.toISOString(),
      });
      // A tag kept applied to newcomers also follows members whose edits now match its rule.
      await applyTagRules(manager, profile.networkId, [profile.membershipId]);
      return ok(presentProfile(profile, 'SELF', fields));
    });
  }

  /**
   * A new membership gets its profile: the registration name, e-mail and the answers that fit
   * profile fields. A roster row imported for the same e-mail (`unregistered`) is adopted, so
   * what the alumni office knew stays with the person. A redelivery changes nothing.
   */
  async createShell(manager: EntityManager, data: EventData<typeof MembershipRegistered>): Promise<void> {
    const repository = manager.getRepository(ProfileEntity);
    if (await repository.existsBy({ membershipId: data.membershipId })) return;
    const roster = await repository
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where(`p.network_id = :networkId AND lower(p.email) = lower(:email) AND p.status = 'unregistered'`, { networkId: data.networkId, email: data.email })
      .getOne();
    let profile: ProfileEntity;
    if (roster) {
      // The primary key changes: tags and companies follow through ON UPDATE CASCADE.
      await manager.query(
        `UPDATE directory.profiles SET membership_id = $1, account_id = $2, status = $3, display_name = $4, updated_at = now()
         WHERE membership_id = $5`,
        [data.membershipId, data.accountId, data.status, data.displayName, roster.membershipId],
      );
      profile = await repository.findOneByOrFail({ membershipId: data.membershipId });
    } else {
      const emailTaken = await repository
        .createQueryBuilder('p')
        .where('p.network_id = :networkId AND lower(p.email) = lower(:email)', { networkId: data.networkId, email: data.email })
        .getExists();
      profile = repository.create({
        membershipId: data.membershipId,
        networkId: data.networkId,
        accountId: data.accountId,
        status: data.status,
        email: emailTaken ? null : data.email,
        externalId: null,
        displayName: data.displayName,
        headline: null,
        skills: [],
        interests: [],
        links: [],
        contactVisibility: {},
        custom: {},
        registrationAnswers: {},
        createdAt: new Date(data.registeredAt),
        updatedAt: new Date(),
      });
    }
    if (this.shellFiller) await this.shellFiller.fill(manager, profile);
    const fields = await loadNetworkFields(manager, data.networkId);
    const changedFields: string[] = [];
    if (data.profileAnswers && Object.keys(data.profileAnswers).length > 0) {
      profile.registrationAnswers = { ...profile.registrationAnswers, ...data.profileAnswers };
      const { changes } = validateProfileChanges(profileRequestFromAnswers(data.profileAnswers, fields.customFields), {
        current: profile,
        customFields: fields.customFields,
      });
      changedFields.push(...applyChanges(profile, changes, fields));
    }
    await repository.save(indexProfile(profile, fields));
    // Other services personalise messages from the snapshot: a profile filled by answers or by the roster is news.
    if (changedFields.length > 0 || roster) {
      await this.outbox.add(manager, ProfileUpdated, profile.networkId, {
        membershipId: profile.membershipId,
        networkId: profile.networkId,
        changedFields: changedFields.length > 0 ? changedFields : ['displayName'],
        ...profileUpdateSnapshot(profile, fields),
        updatedAt: new Date().toISOString(),
      });
    }
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
