import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Profile', { description: 'A member\'s directory profile in one network.' })
export class ProfileType {
  @Field(() => ID, { description: 'The member (membership id) this profile belongs to.' })
  memberId: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true, description: 'One line about the member, e.g. their current job.' })
  headline?: string | null;
}
