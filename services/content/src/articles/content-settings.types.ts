import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';

@ObjectType('ContentSettings', { description: "The network's choices about its content." })
export class ContentSettingsType {
  @Field({ description: 'Members may write articles, which staff then approve or reject from the review queue (off unless the office turns it on).' })
  membersMayWriteArticles: boolean;
}

@InputType({ description: 'The settings to change; those left out stay as they are.' })
export class UpdateContentSettingsInput {
  @Field(() => Boolean, { nullable: true })
  membersMayWriteArticles?: boolean | null;
}

@ObjectType()
export class ContentSettingsPayload {
  @Field(() => ContentSettingsType, { nullable: true })
  settings: ContentSettingsType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
