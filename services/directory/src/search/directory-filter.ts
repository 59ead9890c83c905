import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

/**
 * One filter shape for every list of people: the member directory, the admin member list, saved
 * segments, tag rules, bulk actions and CSV export. Segments and tag rules store it as JSON.
 * Fields marked "admins only" are refused (a VALIDATION error) when a member uses them, and so is
 * any field the network shows to admins only.
 */

export enum MemberStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  SUSPENDED = 'suspended',
  UNREGISTERED = 'unregistered',
}
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'UNREGISTERED: a roster row imported by admins for someone who has not joined yet.',
});

export enum DirectorySort {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  ENTRY_YEAR_DESC = 'ENTRY_YEAR_DESC',
  ENTRY_YEAR_ASC = 'ENTRY_YEAR_ASC',
  RECENTLY_JOINED = 'RECENTLY_JOINED',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  LAST_SIGN_IN = 'LAST_SIGN_IN',
}
registerEnumType(DirectorySort, {
  name: 'DirectorySort',
  description: 'RELEVANCE (names starting with the text first, then by name) is the default with text, NAME (by reading) without. LAST_SIGN_IN is for admins.',
});

@InputType({ description: 'Inclusive; either end may be left open.' })
export class IntRange {
  @Field(() => Int, { nullable: true })
  from?: number | null;

  @Field(() => Int, { nullable: true })
  to?: number | null;
}

@InputType({ description: 'A condition on one custom field: anyOf for choices and text, range for numbers and years, text for a substring.' })
export class CustomFieldFilter {
  @Field(() => ID)
  fieldId: string;

  @Field(() => [String], { nullable: true })
  anyOf?: string[] | null;

  @Field(() => IntRange, { nullable: true })
  range?: IntRange | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

@InputType({ description: 'A registration answer (admins only): the question key and a value it must contain.' })
export class RegistrationAnswerFilter {
  @Field()
  key: string;

  @Field()
  value: string;
}

@InputType({ description: 'Every condition given must hold; lists match any of their values unless said otherwise.' })
export class DirectoryFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Free text over names (kanji, kana, romaji), headline, employer, department, job, industry, location, skills, interests, bio and text custom fields.',
  })
  text?: string | null;

  @Field(() => IntRange, { nullable: true, description: 'Graduation or joining year.' })
  entryYear?: IntRange | null;

  @Field(() => IntRange, { nullable: true })
  leaveYear?: IntRange | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'A department matches a value whose every word it contains, compared as free text is (width, case and kana folded), so 工学部 matches 工学部 情報工学科.',
  })
  departments?: string[] | null;

  @Field(() => [String], { nullable: true })
  employers?: string[] | null;

  @Field(() => [String], { nullable: true })
  jobTitles?: string[] | null;

  @Field(() => [String], { nullable: true })
  industries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'A location matches a value it starts with, so 大阪府 matches 大阪府大阪市.' })
  locations?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'All of these skills.' })
  skills?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'All of these interests.' })
  interests?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  hasPhoto?: boolean | null;

  @Field(() => [CustomFieldFilter], { nullable: true })
  custom?: CustomFieldFilter[] | null;

  @Field(() => [MemberStatus], { nullable: true, description: 'Admins only; members always see approved members, admins too unless they ask otherwise.' })
  statuses?: MemberStatus[] | null;

  @Field(() => [ID], { nullable: true, description: 'Admins only: tagged with any of these.' })
  tagIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Admins only: tagged with none of these.' })
  withoutTagIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Admins only: has linked a LINE login.' })
  lineLinked?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Admins only: signed in at or after this time.' })
  signedInSince?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Admins only: has not signed in since this time (or never).' })
  notSignedInSince?: Date | null;

  @Field(() => [RegistrationAnswerFilter], { nullable: true, description: 'Admins only.' })
  registrationAnswers?: RegistrationAnswerFilter[] | null;
}
