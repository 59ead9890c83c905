import { Node as ProseMirrorNode, Schema, type AttributeSpec } from 'prosemirror-model';
import { isUuid } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';

/** A stored article body: a ProseMirror (Tiptap) document as JSON. */
export type ArticleDocument = { type: 'doc'; content?: unknown[] } & Record<string, unknown>;

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[0-9]{1,12}$/;
/** Bounds a body's size, so a document cannot be used to store megabytes of anything. */
export const MAX_BODY_JSON_BYTES = 200_000;
export const MAX_BODY_CHARACTERS = 50_000;

const reject = (message: string) => {
  throw new RangeError(message);
};

const text = (value: unknown, name: string) => (typeof value === 'string' ? undefined : reject(`${name} must be text`));
const optionalText = (value: unknown, name: string) => (value === null || typeof value === 'string' ? undefined : reject(`${name} must be text`));

/** Only absolute http(s) and mailto links: `javascript:`, `data:` and relative links are refused. */
export function isAllowedLink(href: unknown): boolean {
  if (typeof href !== 'string' || href.length > 2000) return false;
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

const attrs = (spec: Record<string, AttributeSpec>) => spec;

/**
 * The allow-list, as a ProseMirror schema with Tiptap's node and mark names: whatever it cannot
 * build (another node or mark, content in the wrong place, a bad attribute) is refused. Images,
 * uploaded videos (`videoFile`) and PDFs (`attachment`) are this service's uploads named by id (the
 * URL is added when the article is read); linked videos are a provider and a video id, which the
 * client turns into a privacy-friendly player address.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: attrs({ level: { default: 2, validate: (level) => (level === 2 || level === 3 ? undefined : reject('headings are level 2 or 3')) } }),
    },
    bulletList: { group: 'block', content: 'listItem+' },
    orderedList: {
      group: 'block',
      content: 'listItem+',
      attrs: attrs({
        start: { default: 1, validate: (start) => (Number.isInteger(start) && Number(start) >= 0 ? undefined : reject('a list starts at a number')) },
      }),
    },
    listItem: { content: 'paragraph block*' },
    blockquote: { group: 'block', content: 'block+' },
    horizontalRule: { group: 'block' },
    image: {
      group: 'block',
      attrs: attrs({
        imageId: { validate: (id) => (isUuid(id) ? undefined : reject('an image names an uploaded image by id')) },
        alt: { default: null, validate: (value) => optionalText(value, 'alt') },
      }),
    },
    video: {
      group: 'block',
      attrs: attrs({
        provider: { validate: (value) => (value === 'youtube' || value === 'vimeo' ? undefined : reject('videos come from YouTube or Vimeo')) },
        videoId: { validate: (value) => text(value, 'videoId') },
      }),
    },
    videoFile: {
      group: 'block',
      attrs: attrs({ fileId: { validate: (id) => (isUuid(id) ? undefined : reject('a video file names an uploaded video by id')) } }),
    },
    attachment: {
      group: 'block',
      attrs: attrs({ fileId: { validate: (id) => (isUuid(id) ? undefined : reject('an attachment names an uploaded PDF by id')) } }),
    },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true },
  },
  marks: {
    bold: {},
    italic: {},
    strike: {},
    code: {},
    link: { attrs: attrs({ href: { validate: (href) => (isAllowedLink(href) ? undefined : reject('links are http, https or mailto')) } }) },
  },
});

/** An uploaded file a document names: `videoFile` nodes name videos, `attachment` nodes PDFs. */
export interface ArticleFileReference {
  fileId: string;
  kind: 'video' | 'pdf';
}

const FILE_NODES: Record<string, ArticleFileReference['kind']> = { videoFile: 'video', attachment: 'pdf' };

export interface CheckedDocument {
  /** The document as stored: only allowed nodes, marks and attributes. */
  json: ArticleDocument;
  /** The uploads it shows, in order. */
  imageIds: string[];
  /** The uploaded videos and PDFs it shows, in order, with the kind each must be. */
  files: ArticleFileReference[];
  /** Its text, blocks separated by spaces (the excerpt's source). */
  plainText: string;
}

const bodyError = (message: string) => fail<CheckedDocument>(UserError.of('VALIDATION', message, 'body'));

/** Tiptap sends attributes of its own (a link's target and rel, an image's src); only the allow-list's are kept. */
function withoutUnknownAttributes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnknownAttributes);
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const type = typeof node.type === 'string' ? node.type : '';
  const spec = articleSchema.nodes[type]?.spec.attrs ?? articleSchema.marks[type]?.spec.attrs;
  const result: Record<string, unknown> = { ...node };
  if (node.attrs && typeof node.attrs === 'object') {
    const kept = Object.entries(node.attrs as Record<string, unknown>).filter(([name]) => spec && name in spec);
    result.attrs = Object.fromEntries(kept);
  }
  if (Array.isArray(node.content)) result.content = node.content.map(withoutUnknownAttributes);
  if (Array.isArray(node.marks)) result.marks = node.marks.map(withoutUnknownAttributes);
  return result;
}

/** Checks a body against the allow-list; an error names `body` and says what is wrong. */
export function readDocument(input: unknown): Result<CheckedDocument> {
  if (input === null || typeof input !== 'object' || (input as { type?: unknown }).type !== 'doc') return bodyError('The body must be a document.');
  if (JSON.stringify(input).length > MAX_BODY_JSON_BYTES) return bodyError('The body is too long.');
  let doc: ProseMirrorNode;
  try {
    doc = ProseMirrorNode.fromJSON(articleSchema, withoutUnknownAttributes(input));
    doc.check();
  } catch (error) {
    return bodyError(`The body contains something articles may not hold: ${error instanceof Error ? error.message : 'unknown content'}.`);
  }
  const imageIds: string[] = [];
  const files: ArticleFileReference[] = [];
  let badVideo = false;
  let hasVideo = false;
  doc.descendants((node) => {
    if (node.type.name === 'image') imageIds.push(String(node.attrs.imageId));
    if (node.type.name in FILE_NODES) files.push({ fileId: String(node.attrs.fileId), kind: FILE_NODES[node.type.name] });
    if (node.type.name === 'video') {
      hasVideo = true;
      const id = String(node.attrs.videoId);
      badVideo ||= !(node.attrs.provider === 'youtube' ? YOUTUBE_ID : VIMEO_ID).test(id);
    }
    return true;
  });
  if (badVideo) return bodyError('A video is named by its YouTube or Vimeo video id.');
  const plainText = doc.textBetween(0, doc.content.size, ' ', ' ').replace(/\s+/g, ' ').trim();
  if ([...plainText].length > MAX_BODY_CHARACTERS) return bodyError(`An article holds at most ${MAX_BODY_CHARACTERS} characters.`);
  if (plainText === '' && imageIds.length === 0 && files.length === 0 && !hasVideo) return bodyError('Write the article.');
  return ok({ json: doc.toJSON() as ArticleDocument, imageIds, files, plainText });
}

/** The stored document with each image's address added (`src`, null for an image no longer there), for the reader. */
export function withImageSources(doc: ArticleDocument, src: (imageId: string) => string | null): ArticleDocument {
  const visit = (node: Record<string, unknown>): Record<string, unknown> => {
    if (node.type === 'image') {
      const attrs = (node.attrs ?? {}) as Record<string, unknown>;
      return { ...node, attrs: { ...attrs, src: src(String(attrs.imageId)) } };
    }
    if (!Array.isArray(node.content)) return node;
    return { ...node, content: (node.content as Record<string, unknown>[]).map(visit) };
  };
  return visit(doc) as ArticleDocument;
}

/** The image ids a stored document shows. */
export function imageIdsOf(doc: ArticleDocument): string[] {
  const ids: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    if (node.type === 'image') ids.push(String((node.attrs as Record<string, unknown> | undefined)?.imageId));
    if (Array.isArray(node.content)) (node.content as Record<string, unknown>[]).forEach(visit);
  };
  visit(doc);
  return ids;
}

/** What a reader needs of an uploaded file: its address, and for PDFs the name and size shown on the download card. */
export interface ArticleFileSource {
  src: string;
  name: string;
  size: number;
}

/** The stored document with each uploaded video's `src` and each attachment's `src`, `name` and `size` added (null for a file no longer there). */
export function withFileSources(doc: ArticleDocument, source: (fileId: string) => ArticleFileSource | null): ArticleDocument {
  const visit = (node: Record<string, unknown>): Record<string, unknown> => {
    if (typeof node.type === 'string' && node.type in FILE_NODES) {
      const attrs = (node.attrs ?? {}) as Record<string, unknown>;
      const file = source(String(attrs.fileId));
      if (node.type === 'videoFile') return { ...node, attrs: { ...attrs, src: file?.src ?? null } };
      return { ...node, attrs: { ...attrs, src: file?.src ?? null, name: file?.name ?? null, size: file?.size ?? null } };
    }
    if (!Array.isArray(node.content)) return node;
    return { ...node, content: (node.content as Record<string, unknown>[]).map(visit) };
  };
  return visit(doc) as ArticleDocument;
}

/** The uploaded videos and PDFs a stored document shows. */
export function fileIdsOf(doc: ArticleDocument): string[] {
  const ids: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    if (typeof node.type === 'string' && node.type in FILE_NODES) ids.push(String((node.attrs as Record<string, unknown> | undefined)?.fileId));
    if (Array.isArray(node.content)) (node.content as Record<string, unknown>[]).forEach(visit);
  };
  visit(doc);
  return ids;
}
