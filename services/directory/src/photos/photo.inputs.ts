import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';
import { ProfileType } from '../profiles/profile.type';

@ObjectType()
export class RemoveMyPhotoPayload {
  @Field(() => ProfileType, { nullable: true })
  profile?: ProfileType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
