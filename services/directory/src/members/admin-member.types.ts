import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, PageInfo } from '@kizuna/subgraph';
import { ProfileType } from '../profiles/profile.type';
import { MemberStatus } from '../search/directory-filter';
import { TagType } from '../tags/tag.types';

@ObjectType('AdminMember', { description: 'A person of the network as its admins see them: every field, registration answers, behaviour data and tags.' })
export class AdminMemberType {
  @Field(() => ID, { description: 'The membership id (for an UNREGISTERED roster row, its own id until the person joins).' })
  id: string;

  @Field(() => MemberStatus)
  status: MemberStatus;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "The alumni office's own id for this person." })
  externalId?: string | null;

  @Field(() => ProfileType, { description: 'The profile with every field an admin may see.' })
  profile: ProfileType;

  @Field(() => GraphQLJSONObject, { description: 'Registration answers by question key: text, or a list of chosen options.' })
  registrationAnswers: Record<string, string | string[]>;

  @Field(() => Date, { nullable: true })
  lastSignInAt?: Date | null;

  @Field(() => Int)
  signInCount: number;

  @Field({ description: 'Whether a LINE login is linked to the account.' })
  lineLinked: boolean;

  @Field(() => [TagType], { description: 'By name.' })
  tags: TagType[];

  @Field({ description: 'When the profile was created: registration, or the roster import.' })
  joinedAt: Date;
}

@ObjectType()
export class AdminMemberEdge {
  @Field()
  cursor: string;

  @Field(() => AdminMemberType)
  node: AdminMemberType;
}

@ObjectType()
export class AdminMemberConnection {
  @Field(() => [AdminMemberEdge])
  edges: AdminMemberEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field({ description: 'The text matched nobody, so these are the closest names (one page, no cursor).' })
  fuzzy: boolean;
}
