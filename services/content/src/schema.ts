import type { SubgraphDefinition } from '@kizuna/subgraph';
import { ArticleResolver, FeedItemArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
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
