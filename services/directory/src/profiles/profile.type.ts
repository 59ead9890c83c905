import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CustomFieldType } from '../fields/custom-field.entity';
import { CustomFieldKind, FieldVisibility } from '../fields/field.types';
import type { Visibility } from '../fields/visibility';

@ObjectType('ProfileLink')
export class ProfileLinkType {
  @Field()
  label: string;

  @Field()
  url: string;
}

@ObjectType('CustomFieldValue', { description: "A member's value of one custom field." })
export class CustomFieldValueType {
  @Field(() => ID)
  fieldId: string;

  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => CustomFieldKind)
  type: CustomFieldType;

  @Field(() => String, {
    nullable: true,
    description: "The value as text (a number, year, date, URL, text, or a single choice's option value); null for a multiple choice.",
  })
  value: string | null;

  @Field(() => [String], { description: "A multiple choice's option values; a single value as a one-item list." })
  values: string[];

  @Field({ description: "What to show: the text, or the chosen options' labels joined." })
  displayText: string;
}

@ObjectType('ContactVisibility', { description: 'Who sees each contact detail, as the member chose (ADMINS until they choose).' })
export class ContactVisibilityType {
  @Field(() => FieldVisibility)
  contactEmail: Visibility;

  @Field(() => FieldVisibility)
  phone: Visibility;

  @Field(() => FieldVisibility)
  links: Visibility;
}

@ObjectType('ProfileRegistrationAnswer', { description: 'An answer given at registration, by question key.' })
export class RegistrationAnswerType {
  @Field()
  key: string;

  @Field(() => [String])
  values: string[];
}

/**
 * A profile as one viewer may see it: every field the viewer may not see is null (lists too), so
 * null means "not shown to you" or "not filled in". Built only by profile.presenter.ts.
 */
@ObjectType('Profile', { description: "A member's directory profile in one network. Fields the viewer may not see are null." })
export class ProfileType {
  @Field(() => ID, { description: 'The member (membership id) this profile belongs to.' })
  memberId: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true, description: "The name's reading in kana, e.g. やまだ たろう." })
  nameKana?: string | null;

  @Field(() => String, { nullable: true, description: 'The name in Latin letters, e.g. Taro Yamada.' })
  nameRomaji?: string | null;

  @Field(() => String, { nullable: true, description: 'One line about the member, e.g. their current job.' })
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'The profile photo, 512×512 WebP. Its URL is unguessable; whoever has it can fetch the image.' })
  photoUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The profile photo as a 128×128 thumbnail (lists, cards).' })
  thumbnailUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Graduation year (schools) or joining year (companies).' })
  entryYear?: number | null;

  @Field(() => Int, { nullable: true })
  leaveYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Faculty, department or division.' })
  department?: string | null;

  @Field(() => String, { nullable: true })
  employer?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  skills?: string[] | null;

  @Field(() => [String], { nullable: true })
  interests?: string[] | null;

  @Field(() => [ProfileLinkType], { nullable: true })
  links?: ProfileLinkType[] | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [CustomFieldValueType], { description: "The filled custom fields the viewer may see, in the network's order." })
  customFields: CustomFieldValueType[];

  @Field(() => ContactVisibilityType, { nullable: true, description: "Only for the profile's own member: who sees their contact details." })
  contactVisibility?: ContactVisibilityType | null;

  @Field(() => String, { nullable: true, description: "The membership's e-mail: admins and the member only." })
  email?: string | null;

  @Field(() => [RegistrationAnswerType], { nullable: true, description: 'Answers given at registration: admins and the member only.' })
  registrationAnswers?: RegistrationAnswerType[] | null;

  @Field(() => Date, { nullable: true })
  updatedAt?: Date | null;
}
