import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MultiLine, Name, PageInfo, UserError } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import { ProfileType } from '../profiles/profile.type';
import { COMPANY_STAGES, type CompanyStageValue } from './company.entity';

/** The stored strings, so values pass through unchanged. */
export const CompanyStage = Object.fromEntries(COMPANY_STAGES.map((stage) => [stage, stage])) as { [K in CompanyStageValue]: K };
registerEnumType(CompanyStage, {
  name: 'CompanyStage',
  description: 'How far a company has come: IDEA, PRE_SEED, SEED, SERIES_A, SERIES_B_PLUS, PROFITABLE, PUBLIC, ACQUIRED, CLOSED.',
});

export enum CompanySort {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}
registerEnumType(CompanySort, { name: 'CompanySort', description: 'NAME (A to Z, the default) or NEWEST (most recently added first).' });

@ObjectType('Company', { description: 'A company founded by a member of the network (an alumni company).' })
export class CompanyType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  industry: string | null;

  @Field(() => CompanyStage, { nullable: true })
  stage: CompanyStageValue | null;

  @Field(() => String, { nullable: true, description: "The company's web site (http or https)." })
  url: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { nullable: true })
  foundedYear: number | null;

  @Field(() => MemberType, { description: 'The member who founded it.' })
  founder: MemberType;

  @Field(() => ProfileType, { description: "The founder's profile as the viewer may see it." })
  founderProfile: ProfileType;

  @Field({ description: 'Whether the viewer may edit it (its founder).' })
  viewerMayEdit: boolean;

  @Field({ description: 'Whether the viewer may remove it (its founder, or an admin of the network).' })
  viewerMayRemove: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class CompanyEdge {
  @Field()
  cursor: string;

  @Field(() => CompanyType)
  node: CompanyType;
}

@ObjectType()
export class CompanyConnection {
  @Field(() => [CompanyEdge])
  edges: CompanyEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many companies match the filter.' })
  totalCount: number;
}

@InputType({ description: 'Every condition given must hold.' })
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, industry or description (width, case and kana insensitive).' })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these industries (case-insensitive).' })
  industries?: string[] | null;

  @Field(() => [CompanyStage], { nullable: true, description: 'Any of these stages.' })
  stages?: CompanyStageValue[] | null;
}

@InputType({ description: 'A company the signed-in member founded.' })
export class AddCompanyInput {
  @Name()
  @Field({ description: '1 to 100 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Up to 100 characters.' })
  industry?: string | null;

  @Field(() => CompanyStage, { nullable: true })
  stage?: CompanyStageValue | null;

  @Field(() => String, { nullable: true, description: 'An http or https address.' })
  url?: string | null;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Up to 1000 characters.' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'From 1800 to this year.' })
  foundedYear?: number | null;
}

@InputType({ description: 'Only the fields given change; null clears an optional field.' })
export class UpdateCompanyInput {
  @Field(() => ID)
  companyId: string;

  @Name()
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => CompanyStage, { nullable: true })
  stage?: CompanyStageValue | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @MultiLine()
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  foundedYear?: number | null;
}

@InputType()
export class RemoveCompanyInput {
  @Field(() => ID)
  companyId: string;
}

@ObjectType()
export class CompanyPayload {
  @Field(() => CompanyType, { nullable: true })
  company?: CompanyType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class RemoveCompanyPayload {
  @Field(() => ID, { nullable: true })
  removedCompanyId?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}
