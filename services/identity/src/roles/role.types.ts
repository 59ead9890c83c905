import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Permission } from '@kizuna/auth';
import { MultiLine, UserError } from '@kizuna/subgraph';
import { MemberRole, MemberType } from '../memberships/member.type';

registerEnumType(Permission, {
  name: 'Permission',
  description: 'What a role allows besides membership. Owners and admins hold all of them.',
  valuesConfig: {
    APPROVE_MEMBERS: { description: 'Approve or reject applicants.' },
    MANAGE_MEMBERS: { description: 'Manage members and tags: suspend, reinstate, edit member data.' },
    SEND_BULK_MESSAGES: { description: 'Send messages to many members at once.' },
    MANAGE_CONTENT: { description: 'Publish and moderate content.' },
    VIEW_ANALYTICS: { description: "See the network's analytics." },
    MANAGE_SETTINGS: { description: 'Change network settings, custom roles and staff invitations.' },
  },
});

@ObjectType('BuiltInRole', { description: 'owner, admin, staff or member, with the permissions it grants.' })
export class BuiltInRoleType {
  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => [Permission])
  permissions: Permission[];

  @Field(() => Int, { description: 'Approved or suspended members with this role.' })
  memberCount: number;
}

@ObjectType('CustomRole', { description: "A role made by the network's administrators: a name and a set of permissions." })
export class CustomRoleType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [Permission])
  permissions: Permission[];

  @Field(() => Int, { description: 'Members holding this role.' })
  memberCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('Roles', { description: 'Every role of the network.' })
export class RolesType {
  @Field(() => [BuiltInRoleType])
  builtIn: BuiltInRoleType[];

  @Field(() => [CustomRoleType])
  custom: CustomRoleType[];
}

@InputType()
export class CreateCustomRoleInput {
  @Field()
  name: string;

  @MultiLine()
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [Permission])
  permissions: Permission[];
}

@InputType()
export class UpdateCustomRoleInput {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @MultiLine()
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [Permission])
  permissions: Permission[];
}

@InputType()
export class DeleteCustomRoleInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => ID, { nullable: true, description: 'A custom role adding its permissions; only with STAFF or MEMBER. Omitted: none.' })
  customRoleId?: string | null;
}

@InputType()
export class TransferOwnershipInput {
  @Field(() => ID, { description: 'An approved member who becomes owner; you become an admin.' })
  memberId: string;
}

@ObjectType()
export class CustomRolePayload {
  @Field(() => CustomRoleType, { nullable: true })
  role?: CustomRoleType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeleteCustomRolePayload {
  @Field(() => ID, { nullable: true })
  deletedId?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class ChangeMemberRolePayload {
  @Field(() => MemberType, { nullable: true, description: 'The member with their new role; it applies from their next token renewal.' })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class TransferOwnershipPayload {
  @Field(() => MemberType, { nullable: true, description: 'The new owner.' })
  owner?: MemberType | null;

  @Field(() => MemberType, { nullable: true, description: 'You, now an admin.' })
  previousOwner?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
