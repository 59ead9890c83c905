import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, MultiLine, PageInfo, UserError } from '@kizuna/subgraph';
import { AdminMemberType } from '../members/admin-member.types';
import { MemberType } from '../members/member.type';
import { DirectoryFilter } from '../search/directory-filter';

@ObjectType('Segment', {
  description:
    "A saved filter of the network's people. Its members are whoever matches it when asked (approved members unless the filter names statuses); other services resolve them with `members`.",
})
export class SegmentType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The DirectoryFilter, as saved.' })
  filter: Record<string, unknown>;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** Not in the graph: the network the segment belongs to. */
  networkId: string;
}

@ObjectType()
export class SegmentEdge {
  @Field()
  cursor: string;

  @Field(() => SegmentType)
  node: SegmentType;
}

@ObjectType()
export class SegmentConnection {
  @Field(() => [SegmentEdge])
  edges: SegmentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class SegmentMemberEdge {
  @Field()
  cursor: string;

  @Field(() => MemberType, {
    description: "The member (its id is the membership id); select identity's and directory's fields on it as the viewer may see them.",
  })
  node: MemberType;
}

@ObjectType({ description: "A segment's members by membership id, in a stable order." })
export class SegmentMemberConnection {
  @Field(() => [SegmentMemberEdge])
  edges: SegmentMemberEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: 'What a filter matches right now, for the segment builder.' })
export class SegmentPreview {
  @Field(() => Int)
  count: number;

  @Field(() => [AdminMemberType], { description: 'The first people it matches, by name.' })
  members: AdminMemberType[];
}

@InputType()
export class CreateSegmentInput {
  @Field({ description: '1 to 100 characters, unique in the network ignoring case.' })
  name: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  description?: string | null;

  @Field(() => DirectoryFilter)
  filter: DirectoryFilter;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateSegmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'null or empty clears it.' })
  description?: string | null;

  @Field(() => DirectoryFilter, { nullable: true })
  filter?: DirectoryFilter | null;
}

@InputType()
export class DeleteSegmentInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class SegmentPayload {
  @Field(() => SegmentType, { nullable: true })
  segment?: SegmentType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeleteSegmentPayload {
  @Field(() => ID, { nullable: true })
  deletedSegmentId?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}
