import { createTokenVerifier, localKeySet } from '@kizuna/auth';
import { runService, serviceSettings } from '@kizuna/subgraph';
import { z } from 'zod';
import { AccountEntity } from './accounts/account.entity';
import { AuditLogEntity } from './audit/audit-log.entity';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditLogService } from './audit/audit-log.service';
import { memberReference } from './memberships/member.reference';
import { MembershipEntity } from './memberships/membership.entity';
import { MembershipResolver } from './memberships/membership.resolver';
import { MembershipService } from './memberships/membership.service';
import { Initial1763800000000 } from './migrations/1763800000000-initial';
import { DecisionsAndAudit1764000000000 } from './migrations/1764000000000-decisions-and-audit';
import { NetworkEntity, OrganizationEntity } from './networks/network.entity';
import { NetworkResolver } from './networks/network.resolver';
import { NetworkService } from './networks/network.service';
import { seedDemoNetwork } from './seed/demo-network';
import { subgraph } from './schema';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { SigningKeyEntity } from './sessions/signing-key.entity';
import { TokenIssuer } from './sessions/token-issuer';

const settings = serviceSettings.extend({
  SEED_DEMO: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

void runService({
  subgraph,
  entities: [OrganizationEntity, NetworkEntity, AccountEntity, MembershipEntity, SigningKeyEntity, AuditLogEntity],
  migrations: [Initial1763800000000, DecisionsAndAudit1764000000000],
  settings,
  async setup({ dataSource, outbox, settings, log }) {
    const tokens = new TokenIssuer(dataSource);
    await tokens.load();
    const networks = new NetworkService(dataSource);
    const memberships = new MembershipService(dataSource, outbox);
    const sessions = new SessionService(dataSource, tokens);
    const auditLog = new AuditLogService(dataSource, memberships);
    return {
      resolvers: [
        new NetworkResolver(networks),
        new MembershipResolver(memberships, sessions, networks),
        new SessionResolver(sessions),
        new AuditLogResolver(auditLog),
      ],
      references: memberReference(memberships),
      // identity verifies its own tokens with its own keys: no HTTP round trip to itself.
      verifier: createTokenVerifier(localKeySet(tokens.keySet)),
      routes(app) {
        app.get('/.well-known/jwks.json', (_req, res) => {
          res.setHeader('cache-control', 'public, max-age=300');
          res.json(tokens.keySet);
        });
      },
      async afterStart() {
        if (settings.SEED_DEMO) await seedDemoNetwork({ dataSource, outbox, networks, log });
      },
    };
  },
});
