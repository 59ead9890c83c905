import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's `Member` (id = membership id), extended here with the fields content owns. */
@Directive('@key(fields: "id")')
@ObjectType('Member')
export class MemberType {
  @Field(() => ID)
  id: string;
}
