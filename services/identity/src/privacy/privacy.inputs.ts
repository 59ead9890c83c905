import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError, Verbatim } from '@kizuna/subgraph';

/** The word a person types to confirm that they mean to delete their account. */
export const DELETE_CONFIRMATION = 'DELETE';

@InputType()
export class DeleteMyAccountInput {
  @Verbatim()
  @Field(() => String, {
    nullable: true,
    description: "The account's password; required when the account has one (accounts that sign in only through a social login have none).",
  })
  password?: string | null;

  @Field({ description: `Must be "${DELETE_CONFIRMATION}": the person typed it to confirm.` })
  confirmation: string;
}

@ObjectType()
export class DeleteMyAccountPayload {
  @Field({ description: 'True once the account and every membership of it are deleted.' })
  deleted: boolean;

  @Field(() => [UserError])
  errors: UserError[];
}
