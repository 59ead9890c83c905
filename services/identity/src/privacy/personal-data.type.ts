import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Everything Kizuna holds about the signed-in person, one field per service: each subgraph adds
 * the field for the data it owns and answers only for the viewer's own account.
 */
@Directive('@key(fields: "accountId")')
@ObjectType('PersonalData', { description: 'Everything Kizuna holds about the signed-in person (a data download), one part per service.' })
export class PersonalDataType {
  @Field(() => ID)
  accountId: string;
}
