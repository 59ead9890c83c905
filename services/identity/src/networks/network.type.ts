import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Network', { description: 'A closed alumni network run by an organization.' })
export class NetworkType {
  @Field(() => ID)
  id: string;

  @Field({ description: "The network's address, e.g. /join/<slug>." })
  slug: string;

  @Field()
  name: string;

  @Field({ description: "BCP 47 language of the network's UI by default, e.g. ja or en." })
  defaultLocale: string;

  @Field(() => String, { nullable: true, description: 'The logo: an https URL, or an uploaded image as a data: URL.' })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true, description: "The network's colour as #rrggbb." })
  primaryColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown on the registration page, as plain text.' })
  welcomeText?: string | null;

  @Field({ description: 'Whether people can register. A closed network refuses registrations.' })
  registrationOpen: boolean;
}
