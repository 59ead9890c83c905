import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MultiLine, UserError } from '@kizuna/subgraph';
import type { CustomFieldType } from './custom-field.entity';
import { CustomFieldDefinition, CustomFieldKind, FieldVisibility } from './field.types';
import type { Visibility } from './visibility';

@ObjectType('ProfileFieldSetting', { description: 'A standard profile field and who sees it in this network.' })
export class ProfileFieldSettingType {
  @Field({ description: "The field's key, e.g. employer." })
  field: string;

  @Field(() => FieldVisibility, { description: 'For contact details: the default until the member chooses.' })
  visibility: Visibility;

  @Field({ description: 'ALWAYS (names: every member sees them), NETWORK (admins choose), MEMBER (each member chooses: contact details).' })
  decidedBy: string;

  @Field({ description: 'Whether admins can change the visibility.' })
  changeable: boolean;

  @Field({ description: 'Whether free-text search reads the field.' })
  searchable: boolean;
}

@InputType('SetProfileFieldVisibilityInput')
export class SetProfileFieldVisibilityInput {
  @Field()
  field: string;

  @Field(() => FieldVisibility)
  visibility: Visibility;
}

@ObjectType()
export class SetProfileFieldVisibilityPayload {
  @Field(() => ProfileFieldSettingType, { nullable: true })
  setting?: ProfileFieldSettingType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@InputType('CustomFieldOptionInput')
export class CustomFieldOptionInput {
  @Field(() => String, { nullable: true, description: "An existing option's value to keep it (and the answers that chose it); omitted for a new option." })
  value?: string | null;

  @Field()
  label: string;
}

@InputType('CreateCustomFieldInput')
export class CreateCustomFieldInput {
  @Field({ description: '1 to 100 characters.' })
  label: string;

  @Field({ description: 'Lower-case letters, digits and _, starting with a letter (e.g. club); unique in the network; registration questions use it.' })
  key: string;

  @Field(() => CustomFieldKind)
  type: CustomFieldType;

  @Field(() => [CustomFieldOptionInput], { nullable: true, description: 'Choices only: 2 to 50.' })
  options?: CustomFieldOptionInput[] | null;

  @MultiLine()
  @Field(() => String, { nullable: true })
  helpText?: string | null;

  @Field(() => FieldVisibility)
  visibility: Visibility;
}

@InputType('UpdateCustomFieldInput', { description: 'Only the fields given change; the type cannot.' })
export class UpdateCustomFieldInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true })
  key?: string | null;

  @Field(() => [CustomFieldOptionInput], { nullable: true, description: 'The whole new list; options left out are removed from the field and from profiles.' })
  options?: CustomFieldOptionInput[] | null;

  @MultiLine()
  @Field(() => String, { nullable: true })
  helpText?: string | null;

  @Field(() => FieldVisibility, { nullable: true })
  visibility?: Visibility | null;
}

@InputType('ReorderCustomFieldsInput')
export class ReorderCustomFieldsInput {
  @Field(() => [ID], { description: 'Every custom field of the network, in the new order.' })
  ids: string[];
}

@ObjectType()
export class CustomFieldPayload {
  @Field(() => CustomFieldDefinition, { nullable: true })
  field?: CustomFieldDefinition | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class CustomFieldsPayload {
  @Field(() => [CustomFieldDefinition], { nullable: true })
  fields?: CustomFieldDefinition[] | null;

  @Field(() => [UserError])
  errors: UserError[];
}
