import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '@kizuna/auth';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { requestLoader } from '@kizuna/data';
import type { RequestContext } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import { ProfileType } from '../profiles/profile.type';
import type { CompanyService } from './company.service';
import {
  AddCompanyInput,
  CompanyConnection,
  CompanyFilter,
  CompanyPayload,
  CompanySort,
  CompanyType,
  RemoveCompanyInput,
  RemoveCompanyPayload,
  UpdateCompanyInput,
} from './company.types';

@Resolver(() => CompanyType)
export class CompanyResolver {
  constructor(private readonly companies: CompanyService) {}

  @Authorized()
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => CompanyConnection, {
    description: 'Companies founded by approved members of the network. A bad `after` cursor is a BAD_USER_INPUT error naming the argument.',
  })
  async alumniCompanies(
    @CurrentViewer() viewer: Viewer,
    @Arg('filter', () => CompanyFilter, { nullable: true }) filter?: CompanyFilter | null,
    @Arg('sort', () => CompanySort, { nullable: true, defaultValue: CompanySort.NAME }) sort?: CompanySort | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most 100.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CompanyConnection> {
    const result = await this.companies.list(viewer, { filter, sort, first, after });
    if (!result.ok) {
      const [error] = result.errors;
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', field: error.field } });
    }
    return result.value;
  }

  @Authorized()
  @Directive(cost(5))
  @Query(() => [String], { description: 'The industries of the listed alumni companies, to filter by.' })
  alumniCompanyIndustries(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.companies.industries(viewer);
  }

  @Authorized()
  @Mutation(() => CompanyPayload, { description: 'Lists a company the signed-in member founded.' })
  async addCompany(@Arg('input') input: AddCompanyInput, @CurrentViewer() viewer: Viewer): Promise<CompanyPayload> {
    const result = await this.companies.add(viewer, input);
    return result.ok ? { company: result.value, errors: [] } : { company: null, errors: result.errors };
  }

  @Authorized()
  @Mutation(() => CompanyPayload, { description: 'Edits a company the signed-in member founded.' })
  async updateCompany(@Arg('input') input: UpdateCompanyInput, @CurrentViewer() viewer: Viewer): Promise<CompanyPayload> {
    const { companyId, ...changes } = input;
    const result = await this.companies.update(viewer, companyId, changes);
    return result.ok ? { company: result.value, errors: [] } : { company: null, errors: result.errors };
  }

  @Authorized()
  @Mutation(() => RemoveCompanyPayload, { description: 'Removes a company: its founder, or an admin of the network.' })
  async removeCompany(@Arg('input') input: RemoveCompanyInput, @CurrentViewer() viewer: Viewer): Promise<RemoveCompanyPayload> {
    const result = await this.companies.remove(viewer, input.companyId);
    return result.ok ? { removedCompanyId: result.value, errors: [] } : { removedCompanyId: null, errors: result.errors };
  }
}

@Resolver(() => MemberType)
export class MemberCompaniesResolver {
  constructor(private readonly companies: CompanyService) {}

  @Authorized()
  @FieldResolver(() => [CompanyType], {
    nullable: true,
    description: 'Companies the member founded; empty when the viewer may not see the member; null with a FORBIDDEN error for a pending applicant.',
  })
  async foundedCompanies(@Root() member: MemberType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<CompanyType[] | null> {
    const loader = requestLoader(context, 'foundedCompanies', (ids: string[]) => this.companies.foundedBy(viewer, ids));
    return (await loader.get(member.id)) ?? [];
  }
}

/** The same list on a profile, so a profile page (which the gateway reaches through `profile(memberId)`) can show it. */
@Resolver(() => ProfileType)
export class ProfileCompaniesResolver {
  constructor(private readonly companies: CompanyService) {}

  @Authorized()
  @FieldResolver(() => [CompanyType], {
    nullable: true,
    description:
      'Companies the member founded (as Member.foundedCompanies); empty when the viewer may not see the member; null with a FORBIDDEN error for a pending applicant.',
  })
  async foundedCompanies(@Root() profile: ProfileType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<CompanyType[] | null> {
    const loader = requestLoader(context, 'foundedCompanies', (ids: string[]) => this.companies.foundedBy(viewer, ids));
    return (await loader.get(profile.memberId)) ?? [];
  }
}
