import type { SubgraphDefinition } from '@kizuna/subgraph';
import { ArticleResolver, FeedItemArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
import { CommentResolver } from './comments/comment.resolver';
import { FeedResolver } from './feed/feed.resolver';
import { PostImageType } from './images/post-image.types';
import { MemberType } from './members/member.type';
import { ModerationResolver } from './moderation/moderation.resolver';
import { PostResolver } from './posts/post.resolver';
import { PersonalDataType } from './privacy/personal-data.type';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { ReactionResolver } from './reactions/reaction.resolver';
import { FeedItemSurveyResolver, SurveyResolver } from './surveys/survey.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'content',
  resolvers: [
    ArticleResolver,
    MemberArticlesResolver,
    FeedItemArticleResolver,
    PersonalDataResolver,
    FeedResolver,
    PostResolver,
    CommentResolver,
    ReactionResolver,
    ModerationResolver,
    SurveyResolver,
    FeedItemSurveyResolver,
  ],
  orphanedTypes: [MemberType, PersonalDataType, PostImageType],
};
