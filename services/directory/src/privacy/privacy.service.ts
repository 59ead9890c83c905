import { In, type DataSource, type EntityManager } from 'typeorm';
import type { DeletedMember, PersonalDataHolder, PersonalDataOwner } from '@kizuna/subgraph';
import { CustomFieldEntity } from '../fields/custom-field.entity';
import { photoUrl } from '../photos/photo-url';
import { contactVisibilityOf, presentCustomValue } from '../profiles/profile.presenter';
import { ProfileEntity } from '../profiles/profile.entity';

/** Removes a member's stored files (their photo) before their profile row goes. */
export interface MemberFileEraser {
  eraseFor(manager: EntityManager, membershipId: string, networkId: string): Promise<void>;
}

export class DirectoryPrivacyService implements PersonalDataHolder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files?: MemberFileEraser,
  ) {}

  /**
   * Everything the directory holds about the viewer, in every network of their account: each profile
   * with all its fields (custom values with their labels, registration answers, sign-in data, the
   * names of the tags admins put on them), the companies they founded and the suggestions they dismissed.
   * The derived search columns are left out: they only repeat the fields.
   */
  async exportFor({ viewer }: PersonalDataOwner): Promise<Record<string, unknown>> {
    const entities = await this.dataSource.getRepository(ProfileEntity).find({ where: { accountId: viewer.accountId }, order: { createdAt: 'ASC' } });
    const memberIds = entities.map((entity) => entity.membershipId);
    const networkIds = [...new Set(entities.map((entity) => entity.networkId))];
    // Archived fields too: their values are still stored.
    const definitions = networkIds.length
      ? await this.dataSource.getRepository(CustomFieldEntity).find({ where: { networkId: In(networkIds) }, order: { position: 'ASC' } })
      : [];
    const tagRows: { memberId: string; name: string; addedAt: Date }[] = await this.dataSource.query(
      `SELECT mt.membership_id AS "memberId", t.name, mt.added_at AS "addedAt"
       FROM directory.member_tags mt JOIN directory.tags t ON t.id = mt.tag_id AND t.network_id = mt.network_id
       WHERE mt.membership_id = ANY($1::uuid[]) ORDER BY mt.added_at, t.name`,
      [memberIds],
    );
    const profiles = entities.map((entity) =>
      personalProfile(
        entity,
        definitions.filter((definition) => definition.networkId === entity.networkId),
        tagRows.filter((tag) => tag.memberId === entity.membershipId).map(({ name, addedAt }) => ({ name, addedAt })),
      ),
    );
    const companies = await this.dataSource.query(
      `SELECT c.id, c.founder_id AS "memberId", c.network_id AS "networkId", c.name, c.industry, c.stage, c.url, c.description,
              c.founded_year AS "foundedYear", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
       FROM directory.companies c JOIN directory.profiles p ON p.membership_id = c.founder_id
       WHERE p.account_id = $1 ORDER BY c.created_at, c.id`,
      [viewer.accountId],
    );
    // Only the dismissed member's id: their profile is theirs, and may have been hidden since.
    const dismissedSuggestions = await this.dataSource.query(
      `SELECT d.membership_id AS "memberId", d.network_id AS "networkId", d.dismissed_id AS "dismissedMemberId", d.dismissed_at AS "dismissedAt"
       FROM directory.suggestion_dismissals d JOIN directory.profiles p ON p.membership_id = d.membership_id
       WHERE p.account_id = $1 ORDER BY d.dismissed_at, d.dismissed_id`,
      [viewer.accountId],
    );
    return { profiles, companies, dismissedSuggestions };
  }

  /**
   * A deleted member's profile and photo are erased (a redelivery finds nothing left to erase). Their
   * companies, tags and the suggestions they dismissed or that named them go with the profile (foreign key cascades).
   */
  async eraseFor(manager: EntityManager, { membershipId, networkId }: DeletedMember): Promise<void> {
    await this.files?.eraseFor(manager, membershipId, networkId);
    await manager.query(`DELETE FROM directory.profiles WHERE membership_id = $1 AND network_id = $2`, [membershipId, networkId]);
  }
}

/** One profile as its member downloads it: every stored field, none of the derived search columns. */
function personalProfile(entity: ProfileEntity, definitions: readonly CustomFieldEntity[], tags: { name: string; addedAt: Date }[]): Record<string, unknown> {
  const stored = entity.custom ?? {};
  const customFields: Record<string, unknown>[] = [];
  for (const definition of definitions) {
    const value = presentCustomValue(definition, stored[definition.id]);
    if (value) customFields.push({ ...value, archived: Boolean(definition.archivedAt) });
  }
  // A value whose field definition is gone is still data held about the member.
  for (const [fieldId, value] of Object.entries(stored)) {
    if (definitions.some((definition) => definition.id === fieldId)) continue;
    customFields.push({ fieldId, key: null, label: null, values: Array.isArray(value) ? value.map(String) : [String(value)] });
  }
  return {
    memberId: entity.membershipId,
    networkId: entity.networkId,
    status: entity.status,
    email: entity.email,
    externalId: entity.externalId,
    displayName: entity.displayName,
    nameKana: entity.nameKana,
    nameRomaji: entity.nameRomaji,
    headline: entity.headline,
    photoUrl: entity.photoKey ? photoUrl(entity.photoKey, 512) : null,
    thumbnailUrl: entity.photoKey ? photoUrl(entity.photoKey, 128) : null,
    entryYear: entity.entryYear,
    leaveYear: entity.leaveYear,
    department: entity.department,
    employer: entity.employer,
    jobTitle: entity.jobTitle,
    industry: entity.industry,
    location: entity.location,
    bio: entity.bio,
    skills: entity.skills ?? [],
    interests: entity.interests ?? [],
    links: entity.links ?? [],
    contactEmail: entity.contactEmail,
    phone: entity.phone,
    contactVisibility: contactVisibilityOf(entity),
    customFields,
    registrationAnswers: entity.registrationAnswers ?? {},
    lineLinked: entity.lineLinked,
    signInCount: entity.signInCount,
    lastSignInAt: entity.lastSignInAt,
    tags,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
