import type { SubgraphDefinition } from '@kizuna/subgraph';
import { ArticleReviewResolver } from './articles/article-review.resolver';
import { ArticleResolver, FeedItemArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
import { ContentSettingsResolver } from './articles/content-settings.resolver';
import { CommentResolver } from './comments/comment.resolver';
import { FeedResolver } from './feed/feed.resolver';
import { PostImageType } from './images/post-image.types';
import { MemberType } from './members/member.type';
import { ModerationResolver } from './moderation/moderation.resolver';
import { PostResolver } from './posts/post.resolver';
import { FeedItemPromptResolver, PromptResolver } from './prompts/prompt.resolver';
import { contentPrivacy } from './privacy/privacy.slice';
import { ReactionResolver } from './reactions/reaction.resolver';
import { FeedItemSurveyResolver, SurveyResolver } from './surveys/survey.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'content',
  resolvers: [
    ArticleResolver,
    ArticleReviewResolver,
    ContentSettingsResolver,
    MemberArticlesResolver,
    FeedItemArticleResolver,
    contentPrivacy.PersonalDataResolver,
    FeedResolver,
    PostResolver,
    CommentResolver,
    ReactionResolver,
    ModerationResolver,
    SurveyResolver,
    FeedItemSurveyResolver,
    PromptResolver,
    FeedItemPromptResolver,
  ],
  orphanedTypes: [MemberType, contentPrivacy.PersonalDataType, PostImageType],
};
