import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '@kizuna/subgraph';
import { MemberType } from '../memberships/member.type';

@ObjectType('AuditLogEntry', { description: 'One administrator action in the network.' })
export class AuditLogEntryType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What was done, e.g. membership.approved, membership.suspended.' })
  action: string;

  @Field(() => MemberType, { nullable: true, description: 'The administrator who acted.' })
  actor?: MemberType | null;

  @Field(() => MemberType, { nullable: true, description: 'The member acted upon, when there is one.' })
  target?: MemberType | null;

  @Field({ description: 'Details of the action as JSON text, e.g. {"message":"…"}.' })
  details: string;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class AuditLogEdge {
  @Field()
  cursor: string;

  @Field(() => AuditLogEntryType)
  node: AuditLogEntryType;
}

@ObjectType()
export class AuditLogConnection {
  @Field(() => [AuditLogEdge])
  edges: AuditLogEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
