import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Network', { description: 'A closed alumni network run by an organization.' })
export class NetworkType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The network\'s address, e.g. /join/<slug>.' })
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'BCP 47 language of the network\'s UI by default, e.g. ja or en.' })
  defaultLocale: string;
}
