import { Arg, Authorized, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, forbidden } from '@kizuna/auth';
import { GraphQLJSONObject, type RequestContext, cost } from '@kizuna/subgraph';
import { PersonalDataType } from './personal-data.type';
import { DeleteMyAccountInput, DeleteMyAccountPayload } from './privacy.inputs';
import type { PrivacyService } from './privacy.service';

// Pending applicants too: a person may take their data and leave before anyone approved them.
@Resolver(() => PersonalDataType)
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Directive(cost(50))
  @Query(() => PersonalDataType, { description: 'Everything Kizuna holds about the signed-in person, in every network of their account, one part per service.' })
  myPersonalData(@Ctx() { viewer }: RequestContext): PersonalDataType {
    return { accountId: viewer!.accountId };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The account, its memberships in every network, registration answers, linked logins, sessions and audit entries about it.' })
  identity(@Root() data: PersonalDataType, @Ctx() { viewer }: RequestContext): Promise<Record<string, unknown>> {
    if (data.accountId !== viewer!.accountId) throw forbidden('You can download only your own data.');
    return this.privacy.personalData(viewer!);
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => DeleteMyAccountPayload, {
    description: 'Deletes the signed-in person\'s account and every membership of it, for good. The only owner of a network must first make someone else an owner.',
  })
  async deleteMyAccount(@Arg('input') input: DeleteMyAccountInput, @Ctx() { viewer }: RequestContext): Promise<DeleteMyAccountPayload> {
    const result = await this.privacy.deleteAccount(viewer!, input);
    if (!result.ok) return { deleted: false, errors: result.errors };
    return { deleted: true, errors: [] };
  }
}
