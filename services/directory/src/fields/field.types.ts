import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from './custom-field.entity';
import { VISIBILITIES, type Visibility } from './visibility';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

/** GraphQL enums mirroring the stored strings, so values pass through unchanged. */
export const FieldVisibility = enumOf<Visibility>(VISIBILITIES);
registerEnumType(FieldVisibility, {
  name: 'FieldVisibility',
  description: "Who sees a profile field: MEMBERS (everyone in the network), ADMINS (the network's admins), HIDDEN (only the member).",
});

export const CustomFieldKind = enumOf<CustomFieldType>(CUSTOM_FIELD_TYPES);
registerEnumType(CustomFieldKind, {
  name: 'CustomFieldType',
  description: 'TEXT (one line), LONG_TEXT, NUMBER, YEAR, DATE (YYYY-MM-DD), URL (http/https), SINGLE_CHOICE, MULTIPLE_CHOICE.',
});

@ObjectType('CustomFieldOption', { description: 'A choice of a choice field: the stored value stays when the label is renamed.' })
export class CustomFieldOptionType {
  @Field()
  value: string;

  @Field()
  label: string;
}

@ObjectType('CustomField', { description: "A profile field a network's admins defined." })
export class CustomFieldDefinition {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable key, unique in the network; registration questions name it to fill the field.' })
  key: string;

  @Field()
  label: string;

  @Field(() => CustomFieldKind)
  type: CustomFieldType;

  @Field(() => [CustomFieldOptionType])
  options: CustomFieldOptionType[];

  @Field(() => String, { nullable: true })
  helpText: string | null;

  @Field(() => FieldVisibility)
  visibility: Visibility;

  @Field(() => Int)
  position: number;

  @Field(() => Date, { nullable: true, description: 'Archived fields keep their values but are neither shown nor asked.' })
  archivedAt: Date | null;
}
