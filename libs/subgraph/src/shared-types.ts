import { Directive, Field, ObjectType } from 'type-graphql';

/** A user error: what a person can fix (bad input, a rule of the product), never a crash. */
@Directive('@shareable')
@ObjectType({ description: 'Something the caller can fix: bad input or a product rule.' })
export class UserError {
  @Field({ description: 'Stable, machine-readable code, e.g. VALIDATION, NOT_FOUND, EMAIL_TAKEN.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, when there is one.' })
  field?: string | null;

  @Field()
  message: string;

  static of(code: string, message: string, field?: string): UserError {
    return Object.assign(new UserError(), { code, message, field: field ?? null });
  }
}

@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}
