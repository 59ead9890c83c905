import { Arg, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, Permission, type Viewer } from '@kizuna/auth';
import { CurrentViewer } from '@kizuna/subgraph';
import type { Result } from '@kizuna/subgraph';
import type { CustomFieldEntity } from './custom-field.entity';
import {
  CreateCustomFieldInput,
  CustomFieldPayload,
  CustomFieldsPayload,
  ProfileFieldSettingType,
  ReorderCustomFieldsInput,
  SetProfileFieldVisibilityInput,
  SetProfileFieldVisibilityPayload,
  UpdateCustomFieldInput,
} from './field.inputs';
import type { FieldService } from './field.service';
import { CustomFieldDefinition } from './field.types';
import { ProfileFieldDescription } from './profile-field.types';

const fieldPayload = (result: Result<CustomFieldEntity>): CustomFieldPayload =>
  result.ok ? { field: result.value, errors: [] } : { field: null, errors: result.errors };

@Resolver()
export class FieldResolver {
  constructor(private readonly fields: FieldService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => [ProfileFieldSettingType], { description: 'The standard profile fields and who sees them in the current network.' })
  profileFieldSettings(@CurrentViewer() viewer: Viewer): Promise<ProfileFieldSettingType[]> {
    return this.fields.settings(viewer);
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => [ProfileFieldDescription], {
    description:
      'Every profile field of the current network, described: the standard fields, then the active custom fields in order; what forms, filters and imports are built from.',
  })
  profileFields(@CurrentViewer() viewer: Viewer): Promise<ProfileFieldDescription[]> {
    return this.fields.describe(viewer);
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => [CustomFieldDefinition], {
    description: "The network's custom profile fields in order: the active ones; admins (MANAGE_MEMBERS) get archived ones too with includeArchived.",
  })
  customFields(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @CurrentViewer() viewer: Viewer): Promise<CustomFieldDefinition[]> {
    return this.fields.list(viewer, includeArchived);
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => SetProfileFieldVisibilityPayload, { description: 'Sets who sees a standard field whose visibility the network chooses.' })
  async setProfileFieldVisibility(
    @Arg('input') input: SetProfileFieldVisibilityInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SetProfileFieldVisibilityPayload> {
    const result = await this.fields.setVisibility(viewer, input.field, input.visibility);
    return result.ok ? { setting: result.value, errors: [] } : { setting: null, errors: result.errors };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => CustomFieldPayload)
  async createCustomField(@Arg('input') input: CreateCustomFieldInput, @CurrentViewer() viewer: Viewer): Promise<CustomFieldPayload> {
    return fieldPayload(await this.fields.create(viewer, input));
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => CustomFieldPayload)
  async updateCustomField(@Arg('input') input: UpdateCustomFieldInput, @CurrentViewer() viewer: Viewer): Promise<CustomFieldPayload> {
    return fieldPayload(await this.fields.update(viewer, input.id, input));
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => CustomFieldsPayload)
  async reorderCustomFields(@Arg('input') input: ReorderCustomFieldsInput, @CurrentViewer() viewer: Viewer): Promise<CustomFieldsPayload> {
    const result = await this.fields.reorder(viewer, input.ids);
    return result.ok ? { fields: result.value, errors: [] } : { fields: null, errors: result.errors };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => CustomFieldPayload, { description: 'Archived fields keep their values but are neither shown, asked nor searched.' })
  async archiveCustomField(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<CustomFieldPayload> {
    return fieldPayload(await this.fields.setArchived(viewer, id, true));
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => CustomFieldPayload)
  async restoreCustomField(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<CustomFieldPayload> {
    return fieldPayload(await this.fields.setArchived(viewer, id, false));
  }
}
