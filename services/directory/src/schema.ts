import type { SubgraphDefinition } from '@kizuna/subgraph';
import { CompanyResolver, MemberCompaniesResolver, ProfileCompaniesResolver } from './companies/company.resolver';
import { FieldResolver } from './fields/field.resolver';
import { RosterImportResolver } from './imports/roster-import.resolver';
import { AdminMemberResolver } from './members/admin-member.resolver';
import { MemberType } from './members/member.type';
import { PhotoResolver } from './photos/photo.resolver';
import { directoryPrivacy } from './privacy/privacy.slice';
import { MemberProfileResolver, ProfileResolver } from './profiles/profile.resolver';
import { DirectoryResolver } from './search/directory.resolver';
import { SegmentResolver } from './segments/segment.resolver';
import { SuggestionResolver } from './suggestions/suggestion.resolver';
import { TagResolver } from './tags/tag.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'directory',
  resolvers: [
    ProfileResolver,
    MemberProfileResolver,
    FieldResolver,
    directoryPrivacy.PersonalDataResolver,
    CompanyResolver,
    MemberCompaniesResolver,
    ProfileCompaniesResolver,
    SuggestionResolver,
    DirectoryResolver,
    PhotoResolver,
    RosterImportResolver,
    AdminMemberResolver,
    TagResolver,
    SegmentResolver,
  ],
  orphanedTypes: [MemberType, directoryPrivacy.PersonalDataType],
};
