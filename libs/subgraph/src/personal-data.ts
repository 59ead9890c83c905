import { GraphQLJSONObject } from 'graphql-scalars';
import { AccountDeleted, MembershipApproved, MembershipRegistered, on, type EventHandler, type SqlExecutor } from '@kizuna/events';
import type { RequestContext } from './run-service';
import type { ReferenceResolvers } from './subgraph-schema';

/** The JSON object scalar every subgraph's part of a person's data download is returned as. */
export { GraphQLJSONObject };

/**
 * identity's `PersonalData` entity as another subgraph receives it: only the account id. A service
 * answers only for the viewer's own account; anyone else's reference resolves to nothing.
 */
export interface PersonalDataReference {
  accountId: string;
}

export function personalDataReference(): ReferenceResolvers {
  return {
    PersonalData: {
      __resolveReference(reference: { accountId?: unknown }, context: RequestContext): PersonalDataReference | null {
        if (!context.viewer || reference.accountId !== context.viewer.accountId) return null;
        return { accountId: context.viewer.accountId };
      },
    },
  };
}

/**
 * Which account each membership belongs to, learnt from identity's membership events, so a service
 * that stores data by membership can hand a person everything it holds for every network they are in.
 */
export function accountMembershipsSql(schema: string): { up: string[]; down: string[] } {
  return {
    up: [
      `CREATE TABLE "${schema}".account_memberships (
        membership_id uuid PRIMARY KEY, account_id uuid NOT NULL, network_id uuid NOT NULL)`,
      `CREATE INDEX account_memberships_by_account ON "${schema}".account_memberships (account_id)`,
    ],
    down: [`DROP TABLE "${schema}".account_memberships`],
  };
}

/** Keeps `<schema>.account_memberships` in step; a deleted account's rows go with it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function accountMembershipHandlers(schema: string): EventHandler<any, SqlExecutor>[] {
  const remember = (tx: SqlExecutor, data: { membershipId: string; accountId: string; networkId: string }) =>
    tx.query(
      `INSERT INTO "${schema}".account_memberships (membership_id, account_id, network_id) VALUES ($1, $2, $3)
       ON CONFLICT (membership_id) DO NOTHING`,
      [data.membershipId, data.accountId, data.networkId],
    );
  return [
    on(MembershipRegistered, async (event, tx) => {
      await remember(tx, event.data);
    }),
    on(MembershipApproved, async (event, tx) => {
      await remember(tx, event.data);
    }),
    on(AccountDeleted, async (event, tx) => {
      await tx.query(`DELETE FROM "${schema}".account_memberships WHERE membership_id = $1 AND network_id = $2`, [event.data.membershipId, event.networkid]);
    }),
  ];
}

/** Memberships of an account known to this service (all its networks). */
export async function membershipsOfAccount(tx: SqlExecutor, schema: string, accountId: string): Promise<{ membershipId: string; networkId: string }[]> {
  const rows = (await tx.query(`SELECT membership_id AS "membershipId", network_id AS "networkId" FROM "${schema}".account_memberships WHERE account_id = $1`, [
    accountId,
  ])) as { membershipId: string; networkId: string }[];
  return rows;
}

/**
 * A consumer takes one handler per event type; several parts of a service may react to the same
 * event. This joins them: each handler of a type runs in turn, in the order given, in the same
 * inbox transaction.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function mergeEventHandlers<TX extends SqlExecutor>(handlers: EventHandler<any, TX>[]): EventHandler<any, TX>[] {
  const byType = new Map<string, EventHandler<any, TX>[]>(); // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const handler of handlers) byType.set(handler.contract.type, [...(byType.get(handler.contract.type) ?? []), handler]);
  return [...byType.values()].map((group) =>
    group.length === 1
      ? group[0]
      : {
          contract: group[0].contract,
          async handle(event, tx) {
            for (const handler of group) await handler.handle(event, tx);
          },
        },
  );
}

/** Stands in for a deleted member on what others still need (an article they wrote, a message they sent). */
export const DELETED_MEMBER_ID = '00000000-0000-0000-0000-000000000000';
