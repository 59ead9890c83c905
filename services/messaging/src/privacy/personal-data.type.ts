import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's `PersonalData` (a person's data download), extended here with the messaging service's part. */
@Directive('@key(fields: "accountId")')
@ObjectType('PersonalData')
export class PersonalDataType {
  @Field(() => ID)
  accountId: string;
}
