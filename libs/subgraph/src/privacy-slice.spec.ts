import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { AccountDeleted, type EventEnvelope, type SqlExecutor } from '@kizuna/events';
import { mergeEventHandlers } from './personal-data';
import { privacySlice, type DeletedMember, type PersonalDataHolder, type PersonalDataOwner } from './privacy-slice';
import { buildFederatedSchema, instanceContainer } from './subgraph-schema';

const member: Viewer = { accountId: 'a1', membershipId: 'm1', networkId: 'n1', role: 'member', status: 'approved' };
const slice = privacySlice({ service: 'notification', description: 'Notifications.', accountMemberships: true });

/** What the service's database answers: the account's other membership, learnt from identity's events. */
const queries: string[] = [];
const database: SqlExecutor = {
  async query(sql: string) {
    queries.push(sql.replace(/\s+/g, ' ').trim());
    return sql.includes('account_memberships WHERE account_id') ? [{ membershipId: 'm2', networkId: 'n2' }] : [];
  },
};

class Notifications implements PersonalDataHolder {
  exported: PersonalDataOwner[] = [];
  erased: DeletedMember[] = [];
  async exportFor(owner: PersonalDataOwner) {
    this.exported.push(owner);
    return { notifications: owner.membershipIds };
  }
  async eraseFor(_manager: EntityManager, deleted: DeletedMember) {
    this.erased.push(deleted);
  }
}

describe('the privacy slice', () => {
  const holder = new Notifications();
  const parts = slice.provide(database, holder);
  let schema: GraphQLSchema;
  const download = (accountId: string, viewer?: Viewer) =>
    graphql({
      schema,
      source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalData { accountId notification } } }',
      variableValues: { r: [{ __typename: 'PersonalData', accountId }] },
      contextValue: { viewer },
    });

  beforeAll(async () => {
    schema = await buildFederatedSchema(
      { name: 'notification', resolvers: [slice.PersonalDataResolver], orphanedTypes: [slice.PersonalDataType] },
      { container: instanceContainer([parts.resolver]), references: parts.references },
    );
  });

  it('hands the viewer their part, with every membership of their account, pending applicants included', async () => {
    expect((await download('a1', member)).data).toEqual({ _entities: [{ accountId: 'a1', notification: { notifications: ['m1', 'm2'] } }] });
    const pending = { ...member, status: 'pending' as const };
    expect((await download('a1', pending)).errors).toBeUndefined();
    expect(holder.exported.map((owner) => owner.viewer)).toEqual([member, pending]);
  });

  it('never answers for another account, nor without a sign-in', async () => {
    const before = holder.exported.length;
    expect((await download('a2', member)).data).toEqual({ _entities: [null] });
    const anonymous = await download('a1');
    expect(anonymous.data).toEqual({ _entities: [null] });
    expect(holder.exported.length).toBe(before);
  });

  it('forgets the account membership, then erases the deleted member, in one handler of the deletion', async () => {
    const consumers = mergeEventHandlers(parts.consumers);
    const deletion = consumers.find((handler) => handler.contract.type === AccountDeleted.type)!;
    queries.length = 0;
    const event = { networkid: 'n1', data: { accountId: 'a1', membershipId: 'm1', deletedAt: '2026-01-01T00:00:00.000Z' } } as EventEnvelope;
    await deletion.handle(event, database as unknown as EntityManager);
    expect(queries).toEqual(['DELETE FROM "notification".account_memberships WHERE membership_id = $1 AND network_id = $2']);
    expect(holder.erased).toEqual([{ accountId: 'a1', membershipId: 'm1', networkId: 'n1', deletedAt: '2026-01-01T00:00:00.000Z' }]);
  });
});
