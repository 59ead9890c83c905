import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLine, Name, UserError } from '@kizuna/subgraph';
import { FieldVisibility } from '../fields/field.types';
import type { Visibility } from '../fields/visibility';
import { ProfileType } from './profile.type';

@InputType('ProfileLinkInput')
export class ProfileLinkInput {
  @Field({ description: "Up to 50 characters; blank uses the address's host." })
  label: string;

  @Field({ description: 'An http(s) address.' })
  url: string;
}

@InputType('ContactVisibilityInput', { description: 'Only the contact details given change their visibility.' })
export class ContactVisibilityInput {
  @Field(() => FieldVisibility, { nullable: true })
  contactEmail?: Visibility | null;

  @Field(() => FieldVisibility, { nullable: true })
  phone?: Visibility | null;

  @Field(() => FieldVisibility, { nullable: true })
  links?: Visibility | null;
}

@InputType('CustomFieldValueInput', {
  description: "A custom field's new value: `value` for one value, `values` for a multiple choice; neither (or blank) clears it.",
})
export class CustomFieldValueInput {
  @Field(() => ID)
  fieldId: string;

  @MultiLine()
  @Field(() => String, { nullable: true })
  value?: string | null;

  @Field(() => [String], { nullable: true })
  values?: string[] | null;
}

@InputType({ description: 'Only the fields given are changed; null or blank clears a field (a list: an empty list).' })
export class UpdateMyProfileInput {
  @Name()
  @Field(() => String, { nullable: true, description: '1 to 100 characters.' })
  displayName?: string | null;

  @Name()
  @Field(() => String, { nullable: true, description: 'Kana, up to 100 characters.' })
  nameKana?: string | null;

  @Name()
  @Field(() => String, { nullable: true, description: 'Latin letters, up to 100 characters.' })
  nameRomaji?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 200 characters; null or empty clears it.' })
  headline?: string | null;

  @Field(() => Int, { nullable: true, description: '1900 to ten years from now.' })
  entryYear?: number | null;

  @Field(() => Int, { nullable: true, description: '1900 to ten years from now, not before entryYear.' })
  leaveYear?: number | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  employer?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  bio?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 30, each up to 50 characters.' })
  skills?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Up to 30, each up to 50 characters.' })
  interests?: string[] | null;

  @Field(() => [ProfileLinkInput], { nullable: true, description: 'Up to 10.' })
  links?: ProfileLinkInput[] | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces, -, (), and a leading +.' })
  phone?: string | null;

  @Field(() => ContactVisibilityInput, { nullable: true })
  contactVisibility?: ContactVisibilityInput | null;

  @Field(() => [CustomFieldValueInput], { nullable: true, description: 'Only the custom fields listed change.' })
  customFields?: CustomFieldValueInput[] | null;
}

@ObjectType()
export class UpdateMyProfilePayload {
  @Field(() => ProfileType, { nullable: true })
  profile?: ProfileType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
