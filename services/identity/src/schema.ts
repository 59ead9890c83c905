import type { SubgraphDefinition } from '@kizuna/subgraph';
import { CredentialsResolver } from './accounts/credentials.resolver';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { MembershipResolver } from './memberships/membership.resolver';
import { NetworkResolver } from './networks/network.resolver';
import { AutoApprovalResolver } from './registration/auto-approval.resolver';
import { MemberAnswersResolver, NetworkQuestionsResolver, RegistrationQuestionResolver } from './registration/registration.resolver';
import { PrivacyResolver } from './privacy/privacy.resolver';
import { identityPrivacy } from './privacy/privacy.slice';
import { SessionResolver } from './sessions/session.resolver';
import { RoleResolver } from './roles/role.resolver';
import { InvitationResolver, MemberReferralResolver } from './invitations/invitation.resolver';
import { SocialLoginResolver } from './social/social.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'identity',
  resolvers: [
    NetworkResolver,
    NetworkQuestionsResolver,
    RegistrationQuestionResolver,
    MemberAnswersResolver,
    AutoApprovalResolver,
    MembershipResolver,
    SessionResolver,
    AuditLogResolver,
    RoleResolver,
    InvitationResolver,
    MemberReferralResolver,
    PrivacyResolver,
    identityPrivacy.PersonalDataResolver,
    SocialLoginResolver,
    CredentialsResolver,
  ],
};
