import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@kizuna/subgraph';

export enum MemberRole {
  OWNER = 'owner',
  ADMIN = 'admin',
  STAFF = 'staff',
  MEMBER = 'member',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

export enum MembershipStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  SUSPENDED = 'suspended',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

/** A member of one network. Its id is the membership id; other services extend it. */
@Directive('@key(fields: "id")')
@ObjectType('Member')
export class MemberType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true, description: "Visible to the member and to the network's admins only." })
  email?: string | null;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field()
  createdAt: Date;

  /** Not exposed: used to resolve `network` and privacy rules. */
  networkId: string;
  accountId: string;
}

@ObjectType()
export class MemberEdge {
  @Field()
  cursor: string;

  @Field(() => MemberType)
  node: MemberType;
}

@ObjectType()
export class MemberConnection {
  @Field(() => [MemberEdge])
  edges: MemberEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
