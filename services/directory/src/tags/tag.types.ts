import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject, PageInfo, UserError } from '@kizuna/subgraph';
import { DirectoryFilter } from '../search/directory-filter';
import type { TagEntity } from './tag.entity';

@ObjectType('Tag', { description: 'A label admins put on members (by hand, by rule or by import). Admins only.' })
export class TagType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique in the network, ignoring case.' })
  name: string;

  @Field(() => String, { nullable: true, description: '#rrggbb, or null for the default colour.' })
  color?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The DirectoryFilter everyone it matched was tagged with, if the tag has a rule.' })
  rule?: Record<string, unknown> | null;

  @Field({ description: 'Whether members who come to match the rule later (registered, approved, edited, imported) are tagged too.' })
  ruleAppliesToNewcomers: boolean;

  @Field(() => Int, { description: 'Members carrying the tag, whatever their status.' })
  memberCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class TagEdge {
  @Field()
  cursor: string;

  @Field(() => TagType)
  node: TagType;
}

@ObjectType()
export class TagConnection {
  @Field(() => [TagEdge])
  edges: TagEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class CreateTagInput {
  @Field({ description: '1 to 50 characters, unique in the network ignoring case.' })
  name: string;

  @Field(() => String, { nullable: true, description: '#rrggbb; null or empty for the default colour.' })
  color?: string | null;

  @Field(() => DirectoryFilter, { nullable: true, description: 'Tag everyone this filter matches now.' })
  rule?: DirectoryFilter | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Keep the rule applied: tag members who match it later.' })
  ruleAppliesToNewcomers?: boolean | null;
}

@InputType({ description: 'Only the fields given change. A new rule is applied at once.' })
export class UpdateTagInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'null or empty: the default colour.' })
  color?: string | null;

  @Field(() => DirectoryFilter, { nullable: true, description: 'A new rule, applied now; null removes the rule (members keep the tag).' })
  rule?: DirectoryFilter | null;

  @Field(() => Boolean, { nullable: true })
  ruleAppliesToNewcomers?: boolean | null;
}

@InputType()
export class TagIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class MergeTagsInput {
  @Field(() => [ID], { description: 'Tags whose members move to the target; they are deleted.' })
  sourceTagIds: string[];

  @Field(() => ID)
  targetTagId: string;
}

export enum BulkTagActionEnum {
  ADD = 'ADD',
  REMOVE = 'REMOVE',
}
registerEnumType(BulkTagActionEnum, { name: 'BulkTagAction' });

@InputType({ description: 'Either memberIds or filter.' })
export class BulkTagMembersInput {
  @Field(() => ID)
  tagId: string;

  @Field(() => [ID], { nullable: true, description: 'Up to 10,000 members; ids of another network are skipped.' })
  memberIds?: string[] | null;

  @Field(() => DirectoryFilter, { nullable: true, description: 'Everyone this filter matches (as in adminMembers).' })
  filter?: DirectoryFilter | null;

  @Field(() => BulkTagActionEnum)
  action: BulkTagActionEnum;
}

@ObjectType()
export class TagPayload {
  @Field(() => TagType, { nullable: true })
  tag?: TagType | null;

  @Field(() => Int, { description: 'Members newly tagged by the rule (create, update), moved onto the target (merge), or changed (bulk).' })
  affectedCount: number;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeleteTagPayload {
  @Field(() => ID, { nullable: true })
  deletedTagId?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

export function presentTag(tag: TagEntity, memberCount: number): TagType {
  return { ...tag, memberCount };
}
