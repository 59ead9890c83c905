import { createTokenVerifier } from '@kizuna/auth';
import { runService, serviceSettings } from '@kizuna/subgraph';
import { z } from 'zod';
import { createMailer } from '@kizuna/mail';
import { openLimitStore, type LimitStore } from '@kizuna/rate-limits';
import { AccountNotices } from './email/account-notices';
import { KnownDevices1764700000000 } from './migrations/1764700000000-known-devices';
import { NetworkChoices1764800000000 } from './migrations/1764800000000-network-choices';
import { NetworkChoiceEntity } from './sessions/network-choice.entity';
import { AccountEntity } from './accounts/account.entity';
import { credentialsConsumers } from './accounts/credentials.consumers';
import { CredentialsResolver } from './accounts/credentials.resolver';
import { CredentialsService } from './accounts/credentials.service';
import { AccountMailer } from './email/account-mailer';
import { EmailTokenEntity } from './email/email-token.entity';
import { Credentials1764100000000 } from './migrations/1764100000000-credentials';
import { AuditLogEntity } from './audit/audit-log.entity';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditLogReader } from './audit/audit-log.reader';
import { memberReference } from './memberships/member.reference';
import { MembershipEntity } from './memberships/membership.entity';
import { MembershipResolver } from './memberships/membership.resolver';
import { MembershipLifecycle } from './memberships/membership-lifecycle';
import { MembershipService } from './memberships/membership.service';
import { Initial1763800000000 } from './migrations/1763800000000-initial';
import { DecisionsAndAudit1764000000000 } from './migrations/1764000000000-decisions-and-audit';
import { Sessions1764200000000 } from './migrations/1764200000000-sessions';
import { AccountDeletion1764600000000 } from './migrations/1764600000000-account-deletion';
import { NetworkEntity, NetworkSlugAliasEntity, OrganizationEntity } from './networks/network.entity';
import { NetworkResolver } from './networks/network.resolver';
import { NetworkService } from './networks/network.service';
import { Registration1764400000000 } from './migrations/1764400000000-registration';
import { AutoApprovalResolver } from './registration/auto-approval.resolver';
import { AutoApprovalService } from './registration/auto-approval.service';
import { QuestionService } from './registration/question.service';
import { registrationConsumers } from './registration/registration.consumers';
import { registrationEntities } from './registration/registration.entities';
import { MemberAnswersResolver, NetworkQuestionsResolver, RegistrationQuestionResolver } from './registration/registration.resolver';
import { RegistrationService } from './registration/registration.service';
import { PrivacyResolver } from './privacy/privacy.resolver';
import { PrivacyService } from './privacy/privacy.service';
import { identityPrivacy } from './privacy/privacy.slice';
import { seedDemoNetwork } from './seed/demo-network';
import { SocialLogins1764300000000 } from './migrations/1764300000000-social-logins';
import { LinkedLoginEntity, OidcFlowEntity, SocialSignupTicketEntity } from './social/social.entities';
import { SocialLoginResolver } from './social/social.resolver';
import { socialRoutes } from './social/social.routes';
import { publicWebUrlSetting, socialSettingsShape } from './social/social-settings';
import { SocialLoginService } from './social/social-login.service';
import { subgraph } from './schema';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { SigningKeyEntity } from './sessions/signing-key.entity';
import { httpExchangeRoutes } from './sessions/http-exchange';
import { AttemptLimits } from './sessions/rate-limits';
import { runRotateKeysCommand } from './sessions/rotate-keys.command';
import { KnownDeviceEntity, RefreshTokenEntity, SessionEntity } from './sessions/session.entity';
import { attemptLimits, sessionPolicy, sessionSettingsShape, signingKeyPolicy } from './sessions/session-settings';
import { TokenIssuer } from './sessions/token-issuer';
import { RolesAndInvitations1764500000000 } from './migrations/1764500000000-roles-and-invitations';
import { CustomRoleEntity } from './roles/custom-role.entity';
import { RoleResolver } from './roles/role.resolver';
import { RoleService } from './roles/role.service';
import { InvitationLinkEntity, StaffInvitationEntity } from './invitations/invitation.entities';
import { InvitationLinkService } from './invitations/invitation-link.service';
import { InvitationResolver, MemberReferralResolver } from './invitations/invitation.resolver';
import { StaffInvitationService } from './invitations/staff-invitation.service';

const settings = serviceSettings.extend({
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  ...sessionSettingsShape,
  ...socialSettingsShape,
  PUBLIC_WEB_URL: publicWebUrlSetting,
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Kizuna <no-reply@localhost>'),
});

let limitStore: LimitStore | undefined;

if (process.argv.includes('rotate-keys')) runRotateKeysCommand();
else
  void runService({
    subgraph,
    entities: [
      OrganizationEntity,
      NetworkEntity,
      NetworkSlugAliasEntity,
      ...registrationEntities,
      AccountEntity,
      MembershipEntity,
      SigningKeyEntity,
      AuditLogEntity,
      SessionEntity,
      RefreshTokenEntity,
      KnownDeviceEntity,
      NetworkChoiceEntity,
      LinkedLoginEntity,
      OidcFlowEntity,
      SocialSignupTicketEntity,
      EmailTokenEntity,
      CustomRoleEntity,
      InvitationLinkEntity,
      StaffInvitationEntity,
    ],
    migrations: [
      Initial1763800000000,
      DecisionsAndAudit1764000000000,
      Credentials1764100000000,
      Sessions1764200000000,
      SocialLogins1764300000000,
      Registration1764400000000,
      RolesAndInvitations1764500000000,
      AccountDeletion1764600000000,
      KnownDevices1764700000000,
      NetworkChoices1764800000000,
    ],
    settings,
    async setup({ dataSource, outbox, settings, log }) {
      const tokens = new TokenIssuer(dataSource, signingKeyPolicy(settings));
      await tokens.load();
      tokens.startReloading(settings.SIGNING_KEY_RELOAD_SECONDS * 1000, (error) =>
        log.warn({ err: error }, 'could not reload signing keys; keeping the loaded ones'),
      );
      const networks = new NetworkService(dataSource, outbox);
      const mailer = settings.SMTP_URL ? createMailer({ smtpUrl: settings.SMTP_URL, from: settings.MAIL_FROM }) : undefined;
      const accountMail = new AccountMailer(mailer, settings.PUBLIC_WEB_URL, log, settings.SMTP_URL);
      const notices = new AccountNotices(dataSource, accountMail, log);
      const lifecycle = new MembershipLifecycle(outbox);
      const memberships = new MembershipService(dataSource, lifecycle);
      const questions = new QuestionService(dataSource);
      const autoApproval = new AutoApprovalService(dataSource, lifecycle);
      // Redis at REDIS_URL shares the counters between instances; without it each instance counts alone.
      limitStore = openLimitStore({
        redisUrl: settings.REDIS_URL,
        namespace: settings.TOPIC_PREFIX,
        onError: (error) => log.warn({ err: error }, 'rate limit store unavailable; counting in memory'),
      });
      const sessions = new SessionService(dataSource, tokens, new AttemptLimits(limitStore, attemptLimits(settings)), sessionPolicy(settings), outbox, notices);
      sessions.startPruning(3_600_000, (error) => log.warn({ err: error }, 'could not prune ended sessions'));
      const auditLog = new AuditLogReader(dataSource);
      const credentials = new CredentialsService(dataSource, outbox, accountMail, log, sessions);
      const social = new SocialLoginService(dataSource, outbox, settings.OIDC_PROVIDERS, settings.PUBLIC_WEB_URL, log);
      const registration = new RegistrationService(dataSource, questions, autoApproval, lifecycle, social, notices);
      const roles = new RoleService(dataSource, outbox);
      const invitationLinks = new InvitationLinkService(dataSource);
      const staffInvitations = new StaffInvitationService(dataSource, lifecycle, roles, accountMail, settings.PUBLIC_WEB_URL);
      const privacyService = new PrivacyService(dataSource, outbox);
      const privacy = identityPrivacy.provide(dataSource, privacyService);
      return {
        resolvers: [
          new NetworkResolver(networks),
          new NetworkQuestionsResolver(questions),
          new RegistrationQuestionResolver(questions),
          new MemberAnswersResolver(questions),
          new AutoApprovalResolver(autoApproval),
          new MembershipResolver(memberships, registration, sessions, networks),
          new SessionResolver(sessions),
          new CredentialsResolver(credentials, sessions),
          new AuditLogResolver(auditLog),
          new RoleResolver(roles, memberships),
          new InvitationResolver(invitationLinks, staffInvitations, memberships, networks, sessions),
          new MemberReferralResolver(invitationLinks, memberships),
          new SocialLoginResolver(social),
          new PrivacyResolver(privacyService),
          privacy.resolver,
        ],
        references: { ...memberReference(memberships), ...privacy.references },
        consumers: [...registrationConsumers(autoApproval), ...credentialsConsumers(credentials)],
        // identity verifies its own tokens with its own keys: no HTTP round trip to itself.
        verifier: createTokenVerifier(tokens.keyResolver),
        routes(app) {
          httpExchangeRoutes(app, { secureCookies: settings.COOKIE_SECURE });
          socialRoutes(app, { social, sessions, log });
          app.get('/.well-known/jwks.json', (_req, res) => {
            res.setHeader('cache-control', 'public, max-age=300');
            res.json(tokens.keySet);
          });
        },
        async afterStart() {
          if (settings.SEED_DEMO) await seedDemoNetwork({ dataSource, lifecycle, networks, log });
        },
        async beforeStop() {
          tokens.stopReloading();
          sessions.stopPruning();
          mailer?.close();
          await limitStore?.close();
        },
      };
    },
  });
