import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { PersonalDataType } from './privacy/personal-data.type';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { MemberProfileResolver, ProfileResolver } from './profiles/profile.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'directory',
  resolvers: [ProfileResolver, MemberProfileResolver, PersonalDataResolver],
  orphanedTypes: [MemberType, PersonalDataType],
};
