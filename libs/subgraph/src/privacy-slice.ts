import { Authorized, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Access, forbidden, type Viewer } from '@kizuna/auth';
import { AccountDeleted, on, type EventHandler, type SqlExecutor } from '@kizuna/events';
import { CurrentViewer } from './current-viewer';
import { accountMembershipHandlers, GraphQLJSONObject, membershipsOfAccount, personalDataReference, type PersonalDataReference } from './personal-data';
import type { ReferenceResolvers } from './subgraph-schema';

/** Whose data a service hands over: the viewer, and every membership of their account the service knows of (the viewer's own first). */
export interface PersonalDataOwner {
  viewer: Viewer;
  membershipIds: string[];
}

/** A membership of a deleted account, as identity's `AccountDeleted` event names it. */
export interface DeletedMember {
  accountId: string;
  membershipId: string;
  networkId: string;
  deletedAt: string;
}

/** What a service declares about the personal data it holds. */
export interface PersonalDataHolder {
  /** The service's part of the owner's data download, in every network of their account. */
  exportFor(owner: PersonalDataOwner): Promise<Record<string, unknown>>;
  /**
   * Erases or anonymises what the service holds about a deleted account's membership, in the inbox
   * transaction of the deletion event; a redelivery must find nothing left to change. A service that
   * erases as part of the deletion itself (identity) has none.
   */
  eraseFor?(manager: EntityManager, member: DeletedMember): Promise<void>;
}

export interface PrivacySliceDefinition {
  /** The service: its field on `PersonalData` and its Postgres schema. */
  service: string;
  /** What the service's part of the download holds (the field's description). */
  description: string;
  /**
   * Whether the service keeps `<schema>.account_memberships` (see `accountMembershipsSql`) to find
   * every membership of the viewer's account; without it, the owner's memberships are the viewer's own.
   */
  accountMemberships?: boolean;
  /** Set only by the service that owns `PersonalData` (identity): the type's description. */
  typeDescription?: string;
}

/** What `runService` needs of the slice, bound to the service's database and its holder. */
export interface PrivacyParts {
  resolver: object;
  references: ReferenceResolvers;
  consumers: EventHandler<any, EntityManager>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface PrivacySlice {
  /** identity's `PersonalData` entity (keyed by account id), to list among the subgraph's orphaned types. */
  PersonalDataType: new () => PersonalDataReference;
  /** The resolver class of the service's `PersonalData.<service>` field, to list among the subgraph's resolvers. */
  PersonalDataResolver: new (database: SqlExecutor, holder: PersonalDataHolder) => object;
  /** The resolver instance, the `PersonalData` reference resolver and the consumers (account memberships, erasure) to register. */
  provide(database: SqlExecutor, holder: PersonalDataHolder): PrivacyParts;
}

/**
 * The privacy part every service has: its field on the person's data download (`PersonalData`, one
 * field per service, answered only for the viewer's own account, pending applicants included so they
 * may take their data and leave), and its reaction to an account's deletion. The service declares only
 * what it holds (`exportFor`) and how it erases it (`eraseFor`).
 *
 * Call it once per service at module level (the schema module lists its classes; type-graphql keeps
 * them in one global store) and `provide` the holder in `setup`.
 */
export function privacySlice(definition: PrivacySliceDefinition): PrivacySlice {
  const { service, description, accountMemberships = false, typeDescription } = definition;

  @Directive('@key(fields: "accountId")')
  @ObjectType('PersonalData', typeDescription ? { description: typeDescription } : {})
  class PersonalDataType implements PersonalDataReference {
    @Field(() => ID)
    accountId: string;
  }

  @Resolver(() => PersonalDataType)
  class PersonalDataResolver {
    constructor(
      private readonly database: SqlExecutor,
      private readonly holder: PersonalDataHolder,
    ) {}

    @Authorized(Access.PENDING_ALLOWED)
    @FieldResolver(() => GraphQLJSONObject, { name: service, nullable: true, description })
    async personalData(@Root() data: PersonalDataType, @CurrentViewer() viewer: Viewer): Promise<Record<string, unknown>> {
      if (data.accountId !== viewer.accountId) throw forbidden('You can download only your own data.');
      const known = accountMemberships ? await membershipsOfAccount(this.database, service, viewer.accountId) : [];
      const membershipIds = [...new Set([viewer.membershipId, ...known.map((membership) => membership.membershipId)])];
      return this.holder.exportFor({ viewer, membershipIds });
    }
  }

  return {
    PersonalDataType,
    PersonalDataResolver,
    provide(database, holder) {
      const eraseFor = holder.eraseFor?.bind(holder);
      return {
        resolver: new PersonalDataResolver(database, holder),
        references: personalDataReference(),
        // The account's memberships are forgotten before the erasure runs, in the same inbox transaction.
        consumers: [
          ...(accountMemberships ? accountMembershipHandlers(service) : []),
          ...(eraseFor
            ? [
                on(AccountDeleted, (event, manager: EntityManager) =>
                  eraseFor(manager, {
                    accountId: event.data.accountId,
                    membershipId: event.data.membershipId,
                    networkId: event.networkid,
                    deletedAt: event.data.deletedAt,
                  }),
                ),
              ]
            : []),
        ],
      };
    },
  };
}
