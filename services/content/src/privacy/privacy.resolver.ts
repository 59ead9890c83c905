import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access, forbidden } from '@kizuna/auth';
import { GraphQLJSONObject, type RequestContext } from '@kizuna/subgraph';
import { PersonalDataType } from './personal-data.type';
import type { ContentPrivacyService } from './privacy.service';

@Resolver(() => PersonalDataType)
export class PersonalDataResolver {
  constructor(private readonly privacy: ContentPrivacyService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The articles, posts, comments, likes and reports of the person, in every network of their account.',
  })
  content(@Root() data: PersonalDataType, @Ctx() { viewer }: RequestContext): Promise<Record<string, unknown>> {
    if (data.accountId !== viewer!.accountId) throw forbidden('You can download only your own data.');
    return this.privacy.personalData(viewer!);
  }
}
