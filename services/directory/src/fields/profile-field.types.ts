import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CUSTOM_FIELD_TYPES } from './custom-field.entity';
import { CustomFieldOptionType, FieldVisibility } from './field.types';
import { STANDARD_FIELD_KINDS } from './standard-fields';
import type { Visibility } from './visibility';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const PROFILE_FIELD_KINDS = [...new Set([...STANDARD_FIELD_KINDS, ...CUSTOM_FIELD_TYPES])];
export type ProfileFieldKindName = (typeof PROFILE_FIELD_KINDS)[number];
export const ProfileFieldKind = enumOf<ProfileFieldKindName>(PROFILE_FIELD_KINDS);
registerEnumType(ProfileFieldKind, {
  name: 'ProfileFieldKind',
  description:
    'What a profile field holds. Standard: NAME, TEXT (one line), LONG_TEXT, YEAR, EMAIL, PHONE, LIST (words), LINKS, PHOTO. Custom fields add NUMBER, DATE, URL, SINGLE_CHOICE and MULTIPLE_CHOICE.',
});

export type ProfileFieldFilterName = 'RANGE' | 'ANY_OF' | 'ALL_OF';
export const ProfileFieldFilter = enumOf<ProfileFieldFilterName>(['RANGE', 'ANY_OF', 'ALL_OF']);
registerEnumType(ProfileFieldFilter, {
  name: 'ProfileFieldFilter',
  description: 'How the directory filters a field: RANGE (from/to), ANY_OF (one of the values), ALL_OF (every value).',
});

@ObjectType('ProfileFieldDescription', {
  description:
    "One profile field as the network has it: standard fields first (labels are the client's, by key), then the active custom fields in order (with their label).",
})
export class ProfileFieldDescription {
  @Field({ description: "A standard field's key (employer), or custom.<key> for a custom field: the name errors, imports and events use." })
  key: string;

  @Field({ description: 'True for the standard fields every network has.' })
  standard: boolean;

  @Field(() => ID, { nullable: true, description: "A custom field's id (what updateMyProfile and filters take)." })
  customFieldId: string | null;

  @Field(() => String, { nullable: true, description: "A custom field's label; null for standard fields." })
  label: string | null;

  @Field(() => String, { nullable: true })
  helpText: string | null;

  @Field(() => ProfileFieldKind)
  kind: ProfileFieldKindName;

  @Field({ description: 'Holds a list of values.' })
  multi: boolean;

  @Field(() => Int, { nullable: true, description: "Characters of one value (of one item of a list, of a link's address)." })
  maxLength: number | null;

  @Field(() => Int, { nullable: true, description: 'Items of a list.' })
  maxItems: number | null;

  @Field(() => Int, { nullable: true, description: 'The earliest year of a YEAR field.' })
  min: number | null;

  @Field(() => Int, { nullable: true, description: 'The latest year of a YEAR field.' })
  max: number | null;

  @Field(() => [CustomFieldOptionType], { description: "A choice field's options." })
  options: CustomFieldOptionType[];

  @Field(() => FieldVisibility, { description: 'Who sees it in this network (for contact details: the default until the member chooses).' })
  visibility: Visibility;

  @Field({ description: 'ALWAYS (names), NETWORK (admins choose), MEMBER (each member chooses: contact details).' })
  decidedBy: string;

  @Field(() => [FieldVisibility], { description: 'The visibilities whoever decides may choose; empty when it is fixed.' })
  visibilityOptions: Visibility[];

  @Field({ description: 'Whether free-text search reads it.' })
  searchable: boolean;

  @Field(() => ProfileFieldFilter, { nullable: true, description: 'How the directory filters it; null when it is not a filter.' })
  filter: ProfileFieldFilterName | null;

  @Field(() => String, {
    nullable: true,
    description: "The DirectoryFilter argument of a standard field's filter (departments, entryYear…); custom fields filter through DirectoryFilter.custom.",
  })
  filterArgument: string | null;

  @Field({ description: 'Whether a roster CSV column can be imported into it (and an export writes it).' })
  importable: boolean;
}
