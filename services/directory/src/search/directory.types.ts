import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '@kizuna/subgraph';
import { ProfileType } from '../profiles/profile.type';

@ObjectType('DirectoryEdge')
export class DirectoryEdge {
  @Field({ description: 'Opaque; pass it as `after` for the people that follow.' })
  cursor: string;

  @Field(() => ProfileType)
  node: ProfileType;
}

@ObjectType('DirectoryConnection', { description: 'A page of the directory: the people a filter finds, as the viewer may see them.' })
export class DirectoryConnection {
  @Field(() => [DirectoryEdge])
  edges: DirectoryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Everyone the filter finds (with the corrected text when `fuzzy`).' })
  totalCount: number;

  @Field({
    description:
      'The text as typed matched nobody, so its words that matched nothing were replaced by the closest name words ("did you mean"); later pages continue the corrected search.',
  })
  fuzzy: boolean;
}

@ObjectType('DirectoryFacetValue')
export class DirectoryFacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('DirectoryFacets', {
  description: 'The values people in the directory have, most common first, for the filter panel. A field the viewer may not see has no values.',
})
export class DirectoryFacets {
  @Field(() => [DirectoryFacetValue])
  departments: DirectoryFacetValue[];

  @Field(() => [DirectoryFacetValue])
  employers: DirectoryFacetValue[];

  @Field(() => [DirectoryFacetValue])
  industries: DirectoryFacetValue[];

  @Field(() => [DirectoryFacetValue], { description: 'The prefecture (or the part before the first comma) of each location.' })
  locations: DirectoryFacetValue[];

  @Field(() => [DirectoryFacetValue], { description: 'Graduation or joining years, newest first.' })
  entryYears: DirectoryFacetValue[];

  @Field(() => [DirectoryFacetValue])
  skills: DirectoryFacetValue[];
}
