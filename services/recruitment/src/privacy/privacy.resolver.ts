import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access, forbidden } from '@kizuna/auth';
import { GraphQLJSONObject, type RequestContext } from '@kizuna/subgraph';
import { PersonalDataType } from './personal-data.type';
import type { RecruitmentPrivacyService } from './privacy.service';

@Resolver(() => PersonalDataType)
export class PersonalDataResolver {
  constructor(private readonly privacy: RecruitmentPrivacyService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: "The recruitment posts the person made, in every network of their account." })
  recruitment(@Root() data: PersonalDataType, @Ctx() { viewer }: RequestContext): Promise<Record<string, unknown>> {
    if (data.accountId !== viewer!.accountId) throw forbidden('You can download only your own data.');
    return this.privacy.personalData(viewer!);
  }
}
