import { createTokenVerifier, rememberVerifiedTokens, remoteKeySet } from '@kizuna/auth';
import { storageFromSettings, storedMediaRoutes } from '@kizuna/storage';
import { memberReference, runService } from '@kizuna/subgraph';
import { activityConsumers, withNewcomerEffects } from './activity/activity.consumers';
import { ActivityService } from './activity/activity.service';
import { CompanyEntity } from './companies/company.entity';
import { CompanyResolver, MemberCompaniesResolver, ProfileCompaniesResolver } from './companies/company.resolver';
import { CompanyService } from './companies/company.service';
import { exportRoutes } from './exports/export.routes';
import { MemberExportService } from './exports/member-export';
import { CustomFieldEntity } from './fields/custom-field.entity';
import { FieldResolver } from './fields/field.resolver';
import { FieldService } from './fields/field.service';
import { RosterImportResolver } from './imports/roster-import.resolver';
import { RosterImportService } from './imports/roster-import.service';
import { rosterUploadRoutes } from './imports/roster-upload.routes';
import { AdminMemberResolver } from './members/admin-member.resolver';
import { AdminMemberService } from './members/admin-member.service';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { DirectoryCrm1764700000000 } from './migrations/1764700000000-directory-crm';
import { DirectoryNameWords1764700000200 } from './migrations/1764700000200-directory-name-words';
import { DirectoryNarrowProfiles1764700000201 } from './migrations/1764700000201-directory-narrow-profiles';
import { DirectoryPhraseCheck1764700000202 } from './migrations/1764700000202-directory-phrase-check';
import { LoginLinkArrivals1764700000300 } from './migrations/1764700000300-login-link-arrivals';
import { RosterImportRuns1764700000400 } from './migrations/1764700000400-roster-import-runs';
import { CompaniesAndSuggestions1764700000500 } from './migrations/1764700000500-companies-and-suggestions';
import { profileConsumers } from './profiles/profile.consumers';
import { ProfileEntity } from './profiles/profile.entity';
import { MemberProfileResolver, ProfileResolver } from './profiles/profile.resolver';
import { ProfileService } from './profiles/profile.service';
import { photoUploadRoutes } from './photos/photo-upload.routes';
import { configurePhotoUrls, PHOTO_OBJECT_KEY } from './photos/photo-url';
import { PhotoResolver } from './photos/photo.resolver';
import { PhotoService } from './photos/photo.service';
import { DirectoryPrivacyService } from './privacy/privacy.service';
import { directoryPrivacy } from './privacy/privacy.slice';
import { subgraph } from './schema';
import { demoProfilesFromEnvironment } from './seed/demo-profiles';
import { DirectoryResolver } from './search/directory.resolver';
import { SegmentEntity } from './segments/segment.entity';
import { SegmentResolver } from './segments/segment.resolver';
import { SegmentService } from './segments/segment.service';
import { SuggestionResolver } from './suggestions/suggestion.resolver';
import { SuggestionService } from './suggestions/suggestion.service';
import { TagEntity } from './tags/tag.entity';
import { TagResolver } from './tags/tag.resolver';
import { TagService } from './tags/tag.service';

void runService({
  subgraph,
  entities: [ProfileEntity, CustomFieldEntity, CompanyEntity, TagEntity, SegmentEntity],
  migrations: [
    Initial1763900000000,
    DirectoryCrm1764700000000,
    DirectoryNameWords1764700000200,
    DirectoryNarrowProfiles1764700000201,
    DirectoryPhraseCheck1764700000202,
    LoginLinkArrivals1764700000300,
    RosterImportRuns1764700000400,
    CompaniesAndSuggestions1764700000500,
  ],
  async setup({ dataSource, outbox, log, settings }) {
    const media = storageFromSettings();
    configurePhotoUrls(media.storage, media.settings.MEDIA_PUBLIC_URL);
    const photos = new PhotoService(dataSource, outbox, media.storage, log);
    const profiles = new ProfileService(dataSource, outbox, demoProfilesFromEnvironment());
    const fields = new FieldService(dataSource);
    const privacy = directoryPrivacy.provide(dataSource, new DirectoryPrivacyService(dataSource, photos));
    const companies = new CompanyService(dataSource);
    const suggestions = new SuggestionService(dataSource);
    const imports = new RosterImportService(dataSource, outbox, log);
    await imports.failStaleImports();
    const memberExport = new MemberExportService(dataSource);
    const activity = new ActivityService();
    const tags = new TagService(dataSource, log);
    const adminMembers = new AdminMemberService(dataSource, tags);
    const segments = new SegmentService(dataSource, log);
    // Uploads and downloads verify the bearer token exactly as /graphql does.
    const httpVerifier = rememberVerifiedTokens(createTokenVerifier(remoteKeySet(settings.JWKS_URL ?? 'http://127.0.0.1/.well-known/jwks.json')));
    return {
      resolvers: [
        new ProfileResolver(profiles),
        new PhotoResolver(photos),
        new MemberProfileResolver(profiles),
        new FieldResolver(fields),
        privacy.resolver,
        new CompanyResolver(companies),
        new MemberCompaniesResolver(companies),
        new ProfileCompaniesResolver(companies),
        new SuggestionResolver(suggestions),
        new DirectoryResolver(dataSource),
        new RosterImportResolver(imports),
        new AdminMemberResolver(adminMembers),
        new TagResolver(tags),
        new SegmentResolver(segments, adminMembers),
      ],
      references: { ...memberReference(), ...privacy.references },
      // After the membership consumers create or approve a profile, early LINE links and tag rules for newcomers apply.
      consumers: withNewcomerEffects([...profileConsumers(profiles), ...privacy.consumers, ...activityConsumers(activity)], activity),
      routes: (app) => {
        storedMediaRoutes(app, media.storage, { below: '/media/', objectKey: PHOTO_OBJECT_KEY, what: 'photo', servedByService: media.servedByService, log });
        photoUploadRoutes(app, photos, httpVerifier, log);
        rosterUploadRoutes(app, imports, httpVerifier, log);
        exportRoutes(app, memberExport, httpVerifier, log);
      },
      beforeStop: () => imports.stop(),
    };
  },
});
