import { memberReference, personalDataReference, runService } from '@kizuna/subgraph';
import { CustomFieldEntity } from './fields/custom-field.entity';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { DirectoryCrm1764700000000 } from './migrations/1764700000000-directory-crm';
import { profileConsumers } from './profiles/profile.consumers';
import { ProfileEntity } from './profiles/profile.entity';
import { MemberProfileResolver, ProfileResolver } from './profiles/profile.resolver';
import { ProfileService } from './profiles/profile.service';
import { privacyConsumers } from './privacy/privacy.consumers';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { DirectoryPrivacyService } from './privacy/privacy.service';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [ProfileEntity, CustomFieldEntity],
  migrations: [Initial1763900000000, DirectoryCrm1764700000000],
  setup({ dataSource, outbox }) {
    const profiles = new ProfileService(dataSource, outbox);
    const privacy = new DirectoryPrivacyService(dataSource);
    return {
      resolvers: [new ProfileResolver(profiles), new MemberProfileResolver(profiles), new PersonalDataResolver(privacy)],
      references: { ...memberReference(), ...personalDataReference() },
      consumers: [...profileConsumers(profiles), ...privacyConsumers(privacy)],
    };
  },
});
