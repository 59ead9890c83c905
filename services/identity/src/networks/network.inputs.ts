import { Field, InputType, ObjectType } from 'type-graphql';
import { MultiLine, Name, UserError } from '@kizuna/subgraph';
import { NetworkType } from './network.type';

/** Omitted fields stay as they are; null or an empty string clears the optional ones. */
@InputType()
export class UpdateNetworkSettingsInput {
  @Name()
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The new address; the old one keeps leading to the network.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'An https URL, or a PNG, JPEG, GIF or WebP image of at most 200 KB as a data: URL.' })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true, description: '#rrggbb' })
  primaryColor?: string | null;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Plain text, up to 2,000 characters.' })
  welcomeText?: string | null;

  @Field(() => String, { nullable: true, description: 'ja or en.' })
  defaultLocale?: string | null;

  @Field(() => Boolean, { nullable: true })
  registrationOpen?: boolean | null;
}

@ObjectType()
export class UpdateNetworkSettingsPayload {
  @Field(() => NetworkType, { nullable: true })
  network?: NetworkType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
