import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';
import { ProfileType } from './profile.type';

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true, description: '1 to 100 characters.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 200 characters; null or empty clears it.' })
  headline?: string | null;
}

@ObjectType()
export class UpdateMyProfilePayload {
  @Field(() => ProfileType, { nullable: true })
  profile?: ProfileType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
