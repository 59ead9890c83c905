import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, isUuid, pageSize } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { audienceOf, isDirectoryAdmin } from '../fields/visibility';
import { ProfileEntity } from '../profiles/profile.entity';
import { presentProfile } from '../profiles/profile.presenter';
import { canSeeProfile } from '../profiles/profile.service';
import { loadNetworkFields, type NetworkFields } from '../search/search-index';
import { CompanyEntity } from './company.entity';
import {
  COMPANIES_PER_FOUNDER_MAX,
  companySearchText,
  companyTextQuery,
  validateCompanyChanges,
  type CompanyChangeRequest,
  type CompanyFields,
} from './company.rules';
import { CompanySort, type CompanyConnection, type CompanyFilter, type CompanyType } from './company.types';

const NOT_FOUND = () => UserError.of('NOT_FOUND', 'No such company in this network.', 'companyId');

export interface CompanyListArgs {
  filter?: CompanyFilter | null;
  sort?: CompanySort | null;
  first?: number | null;
  after?: string | null;
}

type NameCursor = ['N', string, string];
type NewestCursor = ['T', string, string];

/**
 * Alumni companies: members list the companies they founded, edit and remove their own, and admins
 * may remove any. A company is shown only while its founder is an approved member of the network
 * (a suspended, rejected or deleted founder's companies disappear with their profile).
 */
export class CompanyService {
  constructor(private readonly dataSource: DataSource) {}

  async list(viewer: Viewer, args: CompanyListArgs): Promise<Result<CompanyConnection>> {
    const limit = pageSize(args.first, 20, 100);
    const sort = args.sort ?? CompanySort.NAME;
    const query = this.dataSource
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .innerJoin(ProfileEntity, 'p', "p.membership_id = c.founder_id AND p.network_id = c.network_id AND p.status = 'approved'")
      .where('c.network_id = :networkId', { networkId: viewer.networkId });
    const text = companyTextQuery(args.filter?.text);
    if (text) query.andWhere('strpos(c.search_text, :text) > 0', { text });
    const industries = (args.filter?.industries ?? []).map((industry) => industry.trim().toLowerCase()).filter(Boolean);
    if (industries.length > 0) query.andWhere('lower(c.industry) IN (:...industries)', { industries });
    const stages = args.filter?.stages ?? [];
    if (stages.length > 0) query.andWhere('c.stage IN (:...stages)', { stages });

    const totalCount = await query.clone().getCount();

    if (args.after) {
      const cursor = decodeCursor<NameCursor | NewestCursor>(args.after);
      const valid = Array.isArray(cursor) && cursor.length === 3 && cursor[0] === (sort === CompanySort.NAME ? 'N' : 'T') && isUuid(cursor[2]);
      if (!valid || (sort === CompanySort.NEWEST && Number.isNaN(Date.parse(cursor[1])))) {
        return fail(UserError.of('VALIDATION', 'This page cursor does not belong to this list.', 'after'));
      }
      if (sort === CompanySort.NAME) query.andWhere('(lower(c.name), c.id) > (:key, :id)', { key: cursor[1], id: cursor[2] });
      else query.andWhere('(c.created_at, c.id) < (:key, :id)', { key: cursor[1], id: cursor[2] });
    }
    if (sort === CompanySort.NAME) query.orderBy('lower(c.name)', 'ASC').addOrderBy('c.id', 'ASC');
    else query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC');
    // The name's sort key comes from Postgres, so the cursor compares exactly as the ORDER BY does.
    const { entities: rows, raw } = await query
      .addSelect('lower(c.name)', 'sort_key')
      .limit(limit + 1)
      .getRawAndEntities<{ sort_key: string }>();
    const page = rows.slice(0, limit);
    const nodes = await this.present(viewer, page);
    const edges = page.map((row, index) => ({
      cursor: encodeCursor(sort === CompanySort.NAME ? ['N', raw[index].sort_key, row.id] : ['T', row.createdAt.toISOString(), row.id]),
      node: nodes[index],
    }));
    return ok({ edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount });
  }

  /** The industries the network's listed companies name, one spelling each, for the filter. */
  async industries(viewer: Viewer): Promise<string[]> {
    const rows = await this.dataSource.query<{ industry: string }[]>(
      `SELECT min(c.industry) AS industry FROM directory.companies c
       JOIN directory.profiles p ON p.membership_id = c.founder_id AND p.network_id = c.network_id AND p.status = 'approved'
       WHERE c.network_id = $1 AND c.industry IS NOT NULL
       GROUP BY lower(c.industry) ORDER BY lower(c.industry)`,
      [viewer.networkId],
    );
    return rows.map((row) => row.industry);
  }

  /**
   * The companies each of `memberIds` founded, for those whose profile the viewer may see. Only an
   * approved founder's companies are shown (their own to the founder too).
   */
  async foundedBy(viewer: Viewer, memberIds: string[]): Promise<Map<string, CompanyType[]>> {
    const ids = memberIds.filter(isUuid);
    const result = new Map<string, CompanyType[]>();
    if (ids.length === 0) return result;
    const founders = await this.dataSource.getRepository(ProfileEntity).findBy({ networkId: viewer.networkId, membershipId: In(ids) });
    const shown = founders.filter(
      (founder) => canSeeProfile(viewer, founder) && (founder.status === 'approved' || founder.membershipId === viewer.membershipId),
    );
    if (shown.length === 0) return result;
    const rows = await this.dataSource.getRepository(CompanyEntity).find({
      where: { networkId: viewer.networkId, founderId: In(shown.map((founder) => founder.membershipId)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const nodes = await this.present(viewer, rows, shown);
    rows.forEach((row, index) => result.set(row.founderId, [...(result.get(row.founderId) ?? []), nodes[index]]));
    return result;
  }

  async add(viewer: Viewer, request: CompanyChangeRequest): Promise<Result<CompanyType>> {
    const { changes, errors } = validateCompanyChanges(request, { creating: true });
    if (errors.length > 0) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      // The founder's row is locked so two concurrent adds cannot both pass the limit.
      const founder = await manager
        .getRepository(ProfileEntity)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.membership_id = :id AND p.network_id = :networkId', { id: viewer.membershipId, networkId: viewer.networkId })
        .getOne();
      if (!founder) return fail(UserError.of('NOT_READY', 'Your profile is still being set up. Try again in a moment.'));
      const count = await manager.getRepository(CompanyEntity).countBy({ networkId: viewer.networkId, founderId: viewer.membershipId });
      if (count >= COMPANIES_PER_FOUNDER_MAX) {
        return fail(UserError.of('LIMIT_REACHED', `You can list up to ${COMPANIES_PER_FOUNDER_MAX} companies.`));
      }
      const now = new Date();
      const fields: CompanyFields = {
        name: changes.name!,
        industry: changes.industry ?? null,
        stage: changes.stage ?? null,
        url: changes.url ?? null,
        description: changes.description ?? null,
        foundedYear: changes.foundedYear ?? null,
      };
      const company = manager.create(CompanyEntity, {
        id: randomUUID(),
        networkId: viewer.networkId,
        founderId: viewer.membershipId,
        ...fields,
        searchText: companySearchText(fields),
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(CompanyEntity, company);
      return ok((await this.present(viewer, [company], [founder], manager))[0]);
    });
  }

  /** Only its founder edits a company. */
  async update(viewer: Viewer, companyId: string, request: CompanyChangeRequest): Promise<Result<CompanyType>> {
    if (!isUuid(companyId)) return fail(NOT_FOUND());
    const { changes, errors } = validateCompanyChanges(request, { creating: false });
    if (errors.length > 0) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const company = await this.findShown(manager, viewer, companyId, true);
      if (!company) return fail(NOT_FOUND());
      if (company.founderId !== viewer.membershipId) return fail(UserError.of('NOT_ALLOWED', 'Only its founder can edit this company.', 'companyId'));
      const changed = (Object.keys(changes) as (keyof CompanyFields)[]).filter((field) => company[field] !== changes[field]);
      if (changed.length > 0) {
        Object.assign(company, changes, { updatedAt: new Date() });
        company.searchText = companySearchText(company);
        await manager.save(company);
      }
      return ok((await this.present(viewer, [company], undefined, manager))[0]);
    });
  }

  /** Its founder, or an admin of the network, removes a company. */
  async remove(viewer: Viewer, companyId: string): Promise<Result<string>> {
    if (!isUuid(companyId)) return fail(NOT_FOUND());
    return this.dataSource.transaction(async (manager) => {
      const company = await this.findShown(manager, viewer, companyId, true);
      if (!company) return fail(NOT_FOUND());
      if (company.founderId !== viewer.membershipId && !isDirectoryAdmin(viewer)) {
        return fail(UserError.of('NOT_ALLOWED', 'Only its founder or an admin can remove this company.', 'companyId'));
      }
      await manager.delete(CompanyEntity, { id: company.id, networkId: viewer.networkId });
      return ok(company.id);
    });
  }

  /**
   * A company of the viewer's network that the viewer can see listed (its founder approved, or the
   * viewer's own). Admins may also act on a company whose founder is no longer approved, so they can
   * clean up.
   */
  private async findShown(manager: EntityManager, viewer: Viewer, companyId: string, lock: boolean): Promise<CompanyEntity | null> {
    const query = manager
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .innerJoin(ProfileEntity, 'p', 'p.membership_id = c.founder_id AND p.network_id = c.network_id')
      .where('c.id = :companyId AND c.network_id = :networkId', { companyId, networkId: viewer.networkId });
    if (!isDirectoryAdmin(viewer)) query.andWhere("(p.status = 'approved' OR c.founder_id = :me)", { me: viewer.membershipId });
    if (lock) query.setLock('pessimistic_write', undefined, ['c']);
    return query.getOne();
  }

  /** Companies as the viewer sees them, with their founders' profiles through the one presenter. */
  private async present(
    viewer: Viewer,
    rows: CompanyEntity[],
    knownFounders: ProfileEntity[] = [],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CompanyType[]> {
    if (rows.length === 0) return [];
    const founders = new Map(knownFounders.map((founder) => [founder.membershipId, founder]));
    const missing = [...new Set(rows.map((row) => row.founderId))].filter((id) => !founders.has(id));
    if (missing.length > 0) {
      for (const founder of await manager.getRepository(ProfileEntity).findBy({ networkId: viewer.networkId, membershipId: In(missing) })) {
        founders.set(founder.membershipId, founder);
      }
    }
    const fields: NetworkFields = await loadNetworkFields(manager, viewer.networkId);
    const mayRemoveAny = isDirectoryAdmin(viewer);
    return rows.map((row) => {
      const founder = founders.get(row.founderId)!;
      const mine = row.founderId === viewer.membershipId;
      return {
        id: row.id,
        name: row.name,
        industry: row.industry,
        stage: row.stage,
        url: row.url,
        description: row.description,
        foundedYear: row.foundedYear,
        founder: { id: row.founderId },
        founderProfile: presentProfile(founder, audienceOf(viewer, founder.membershipId), fields),
        viewerMayEdit: mine,
        viewerMayRemove: mine || mayRemoveAny,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    });
  }
}
