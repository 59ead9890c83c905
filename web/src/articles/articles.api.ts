// GraphQL operations of the office's articles: the reader, the editor, the admin content list and categories.
import { graphql } from '../graphql';
import type { ArticleCardFieldsFragment, ArticleFieldsFragment, ArticleListFieldsFragment } from '../graphql/graphql';
import { authorizedFetch } from '../api/authorized-fetch';
import type { UserError } from '../api/documents';

export type { ArticleStatus, FeedAudience } from '../graphql/graphql';
export type ArticleCard = ArticleCardFieldsFragment;
export type Article = ArticleFieldsFragment;
export type ArticleListItem = ArticleListFieldsFragment;

graphql(`
  fragment ArticleCardFields on Article {
    id
    title
    excerpt
    coverImage {
      id
      smallUrl
      width
      height
    }
  }
`);

graphql(`
  fragment ArticleFields on Article {
    id
    title
    excerpt
    body
    status
    audience
    segmentId
    publishedAt
    createdAt
    updatedAt
    submittedAt
    rejectionReason
    coverImage {
      id
      url
      width
      height
    }
    category {
      id
      name
    }
    author {
      id
      displayName
    }
    readCount
    uniqueReaderCount
    revisions {
      title
      writtenAt
      replacedAt
      editor {
        id
        displayName
      }
    }
  }
`);

graphql(`
  fragment ArticleListFields on Article {
    id
    title
    status
    audience
    publishedAt
    updatedAt
    readCount
    uniqueReaderCount
    category {
      id
      name
    }
  }
`);

export const ArticleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleFields
    }
  }
`);

export const AdminArticlesQuery = graphql(`
  query AdminArticles($status: ArticleStatus, $first: Int) {
    articles(status: $status, first: $first) {
      edges {
        node {
          ...ArticleListFields
        }
      }
    }
  }
`);

export const ArticleCategoriesQuery = graphql(`
  query ArticleCategories {
    articleCategories {
      id
      name
    }
  }
`);

export const ArticleSegmentsQuery = graphql(`
  query ArticleSegments {
    segments(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: ArticleContentInput!) {
    createArticle(input: $input) {
      article {
        ...ArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EditArticleMutation = graphql(`
  mutation EditArticle($input: EditArticleInput!) {
    editArticle(input: $input) {
      article {
        ...ArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PublishArticleMutation = graphql(`
  mutation PublishArticle($input: PublishArticleInput!) {
    publishArticle(input: $input) {
      article {
        ...ArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnpublishArticleMutation = graphql(`
  mutation UnpublishArticle($input: ArticleInput!) {
    unpublishArticle(input: $input) {
      article {
        ...ArticleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteArticleMutation = graphql(`
  mutation DeleteArticle($input: ArticleInput!) {
    deleteArticle(input: $input) {
      deletedArticleId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordArticleReadMutation = graphql(`
  mutation RecordArticleRead($input: ArticleInput!) {
    recordArticleRead(input: $input) {
      article {
        id
        readCount
        uniqueReaderCount
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateArticleCategoryMutation = graphql(`
  mutation CreateArticleCategory($input: CreateArticleCategoryInput!) {
    createArticleCategory(input: $input) {
      category {
        id
        name
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RenameArticleCategoryMutation = graphql(`
  mutation RenameArticleCategory($input: RenameArticleCategoryInput!) {
    renameArticleCategory(input: $input) {
      category {
        id
        name
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteArticleCategoryMutation = graphql(`
  mutation DeleteArticleCategory($input: ArticleCategoryInput!) {
    deleteArticleCategory(input: $input) {
      deletedCategoryId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** What `POST /media/post-images?purpose=article` answers with. */
export interface UploadedArticleImage {
  id: string;
  url: string;
  smallUrl: string;
  width: number;
  height: number;
}

export type ArticleImageUploadResult = { ok: true; image: UploadedArticleImage } | { ok: false; status: number; errors: UserError[] };

/** Sends an image file for an article (cover or inline); the server checks it by its bytes and stores it without metadata. */
export async function uploadArticleImage(file: File): Promise<ArticleImageUploadResult> {
  const response = await authorizedFetch('/media/post-images?purpose=article', {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const answer = (await response.json().catch(() => null)) as { image?: UploadedArticleImage | null; errors?: UserError[] } | null;
  if (response.ok && answer?.image) return { ok: true, image: answer.image };
  return { ok: false, status: response.status, errors: answer?.errors ?? [] };
}

/** The limits `POST /media/article-files` applies (checked here too, so a too large file is not sent at all). */
export const MAX_VIDEO_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_PDF_FILE_BYTES = 20 * 1024 * 1024;

/** What `POST /media/article-files` answers with: a video or a PDF for an article. */
export interface UploadedArticleFile {
  id: string;
  kind: 'video' | 'pdf';
  url: string;
  name: string;
  size: number;
  contentType: string;
}

export type ArticleFileUploadResult = { ok: true; file: UploadedArticleFile } | { ok: false; status: number; errors: UserError[] };

/** Sends a video (MP4, WebM) or a PDF for an article; the server decides the kind by the bytes and keeps the name for the download. */
export async function uploadArticleFile(file: File): Promise<ArticleFileUploadResult> {
  const response = await authorizedFetch(`/media/article-files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const answer = (await response.json().catch(() => null)) as { file?: UploadedArticleFile | null; errors?: UserError[] } | null;
  if (response.ok && answer?.file) return { ok: true, file: answer.file };
  return { ok: false, status: response.status, errors: answer?.errors ?? [] };
}
