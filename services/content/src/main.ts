import { createTokenVerifier, rememberVerifiedTokens, remoteKeySet } from '@kizuna/auth';
import { storageFromSettings, storedMediaRoutes } from '@kizuna/storage';
import { memberReference, mergeEventHandlers, runService, serviceSettings } from '@kizuna/subgraph';
import { z } from 'zod';
import { articleFileUploadRoutes } from './articles/article-file-upload.routes';
import { ARTICLE_FILE_OBJECT_KEY, ArticleFileService } from './articles/article-files.service';
import { articleReferences, ArticleResolver, FeedItemArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
import { ArticleReviewResolver } from './articles/article-review.resolver';
import { ArticleReviewService } from './articles/article-review.service';
import { articlePublisher, ArticleService } from './articles/article.service';
import { ContentSettingsResolver } from './articles/content-settings.resolver';
import { ContentSettingsService } from './articles/content-settings.service';
import { CommentResolver } from './comments/comment.resolver';
import { CommentService } from './comments/comment.service';
import { feedConsumers } from './feed/feed.consumers';
import { FeedResolver, feedReferences } from './feed/feed.resolver';
import { FeedService } from './feed/feed.service';
import { postImageUploadRoutes } from './images/image-upload.routes';
import { configureImageUrls, IMAGE_OBJECT_KEY } from './images/image-url';
import { PostImageService } from './images/post-image.service';
import { MemberReadModel } from './members/member.service';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { Feed1765000000000 } from './migrations/1765000000000-feed';
import { PostImages1766000000000 } from './migrations/1766000000000-post-images';
import { PostingPrompts1767100000000 } from './migrations/1767100000000-posting-prompts';
import { ModerationResolver } from './moderation/moderation.resolver';
import { ModerationService } from './moderation/moderation.service';
import { PostResolver } from './posts/post.resolver';
import { PostService } from './posts/post.service';
import { PromptScheduler } from './prompts/prompt-scheduler';
import { FeedItemPromptResolver, PromptResolver } from './prompts/prompt.resolver';
import { PromptService } from './prompts/prompt.service';
import { ContentPrivacyService } from './privacy/privacy.service';
import { contentPrivacy } from './privacy/privacy.slice';
import { ReactionResolver } from './reactions/reaction.resolver';
import { ReactionService } from './reactions/reaction.service';
import { DemoFeed } from './seed/demo-feed';
import { SegmentMembership } from './segments/segment-membership';
import { subgraph } from './schema';
import { Surveys1767000000000 } from './migrations/1767000000000-surveys';
import { Articles1768000000000 } from './migrations/1768000000000-articles';
import { ArticleFiles1769000000000 } from './migrations/1769000000000-article-files';
import { MemberArticles1769100000000 } from './migrations/1769100000000-member-articles';
import { surveyExportRoutes } from './surveys/survey-export.routes';
import { FeedItemSurveyResolver, SurveyResolver, surveyReferences } from './surveys/survey.resolver';
import { surveyCloser, SurveyService } from './surveys/survey.service';

const settings = serviceSettings.extend({
  /** The directory subgraph, asked with the viewer's own token which segments they are in (segment audiences). */
  DIRECTORY_URL: z.url().default('http://127.0.0.1:4102/graphql'),
  /** How long a viewer's segments are kept before the directory is asked again. */
  SEGMENT_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** How often surveys whose closing time has come are closed (and their final results published). */
  SURVEY_CLOSE_CHECK_MS: z.coerce.number().int().min(50).max(3_600_000).default(15_000),
  /** How often due posting prompts are published (each occurrence enters the feed within this much of its time). */
  CONTENT_PROMPT_TICK_MS: z.coerce.number().int().min(50).max(3_600_000).default(30_000),
  /** How often scheduled articles whose time has come are published. */
  ARTICLE_PUBLISH_CHECK_MS: z.coerce.number().int().min(50).max(3_600_000).default(15_000),
  /** npm start: the demo network gets a lively feed once its members have arrived. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

void runService({
  subgraph,
  settings,
  entities: [],
  migrations: [
    Initial1763900000000,
    AccountMemberships1764600000000,
    Feed1765000000000,
    PostImages1766000000000,
    Surveys1767000000000,
    PostingPrompts1767100000000,
    Articles1768000000000,
    ArticleFiles1769000000000,
    MemberArticles1769100000000,
  ],
  setup({ dataSource, outbox, settings, log }) {
    const segments = new SegmentMembership({ url: settings.DIRECTORY_URL, gatewaySecret: settings.GATEWAY_SECRET }, settings.SEGMENT_CACHE_SECONDS * 1000, log);
    const media = storageFromSettings();
    configureImageUrls(media.storage, media.settings.MEDIA_PUBLIC_URL);
    const postImages = new PostImageService(dataSource, media.storage, log);
    const articleFiles = new ArticleFileService(dataSource, media.storage, log);
    // Uploads verify the bearer token exactly as /graphql does.
    const httpVerifier = rememberVerifiedTokens(createTokenVerifier(remoteKeySet(settings.JWKS_URL ?? 'http://127.0.0.1/.well-known/jwks.json')));
    const feed = new FeedService(dataSource, outbox);
    const contentSettings = new ContentSettingsService(dataSource);
    const articles = new ArticleService(dataSource, outbox, feed, contentSettings);
    const articleReview = new ArticleReviewService(dataSource, outbox, articles, contentSettings);
    const publisher = articlePublisher(articles, settings.ARTICLE_PUBLISH_CHECK_MS, log);
    const surveys = new SurveyService(dataSource, outbox, feed);
    const closer = surveyCloser(surveys, settings.SURVEY_CLOSE_CHECK_MS, log);
    const privacy = contentPrivacy.provide(dataSource, new ContentPrivacyService(dataSource, postImages, articleFiles, surveys));
    const posts = new PostService(dataSource, outbox, feed, postImages);
    const comments = new CommentService(dataSource, outbox, feed);
    const reactions = new ReactionService(dataSource, outbox, feed);
    const moderation = new ModerationService(dataSource, outbox, feed);
    const prompts = new PromptService(dataSource);
    const promptScheduler = new PromptScheduler(dataSource, outbox, feed, log, { tickMs: settings.CONTENT_PROMPT_TICK_MS });
    const demo = settings.SEED_DEMO ? new DemoFeed(dataSource, { posts, reactions, comments }, log) : undefined;
    return {
      resolvers: [
        new ArticleResolver(articles, segments, postImages, articleFiles),
        new ArticleReviewResolver(articleReview),
        new ContentSettingsResolver(contentSettings),
        new MemberArticlesResolver(articles),
        new FeedItemArticleResolver(articles),
        privacy.resolver,
        new FeedResolver(feed, posts, comments, segments),
        new PostResolver(posts, segments, postImages),
        new CommentResolver(comments, segments),
        new ReactionResolver(reactions, segments),
        new ModerationResolver(moderation, segments),
        new SurveyResolver(surveys, segments),
        new FeedItemSurveyResolver(surveys),
        new PromptResolver(prompts),
        new FeedItemPromptResolver(prompts),
      ],
      references: {
        ...memberReference(),
        ...privacy.references,
        ...feedReferences(feed, posts, segments),
        ...surveyReferences(surveys, segments),
        ...articleReferences(articles, segments),
      },
      routes: (app) => {
        storedMediaRoutes(app, media.storage, {
          below: '/media/posts/',
          objectKey: IMAGE_OBJECT_KEY,
          what: 'post image',
          servedByService: media.servedByService,
          log,
        });
        storedMediaRoutes(app, media.storage, {
          below: '/media/articles/',
          objectKey: ARTICLE_FILE_OBJECT_KEY,
          what: 'article file',
          servedByService: media.servedByService,
          log,
        });
        postImageUploadRoutes(app, postImages, contentSettings, httpVerifier, log);
        articleFileUploadRoutes(app, articleFiles, contentSettings, httpVerifier, log);
        surveyExportRoutes(app, surveys, segments, httpVerifier, log);
      },
      afterStart: () => {
        closer.start();
        promptScheduler.start();
        publisher.start();
        demo?.start();
        return Promise.resolve();
      },
      beforeStop: async () => {
        demo?.stop();
        await Promise.all([closer.stop(), promptScheduler.stop(), publisher.stop()]);
      },
      consumers: mergeEventHandlers([...feedConsumers(feed, new MemberReadModel()), ...privacy.consumers]),
    };
  },
});
