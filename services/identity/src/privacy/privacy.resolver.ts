import { Arg, Authorized, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { Access, type Viewer } from '@kizuna/auth';
import { cost, CurrentViewer, type PersonalDataReference } from '@kizuna/subgraph';
import { DeleteMyAccountInput, DeleteMyAccountPayload } from './privacy.inputs';
import type { PrivacyService } from './privacy.service';
import { identityPrivacy } from './privacy.slice';

// Pending applicants too: a person may take their data and leave before anyone approved them.
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Directive(cost(50))
  @Query(() => identityPrivacy.PersonalDataType, {
    description: 'Everything Kizuna holds about the signed-in person, in every network of their account, one part per service.',
  })
  myPersonalData(@CurrentViewer() viewer: Viewer): PersonalDataReference {
    return { accountId: viewer.accountId };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => DeleteMyAccountPayload, {
    description:
      "Deletes the signed-in person's account and every membership of it, for good. The only owner of a network must first make someone else an owner.",
  })
  async deleteMyAccount(@Arg('input') input: DeleteMyAccountInput, @CurrentViewer() viewer: Viewer): Promise<DeleteMyAccountPayload> {
    const result = await this.privacy.deleteAccount(viewer, input);
    if (!result.ok) return { deleted: false, errors: result.errors };
    return { deleted: true, errors: [] };
  }
}
