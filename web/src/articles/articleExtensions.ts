// The article document's Tiptap extensions, one set for the editor and the reader: exactly the
// nodes and marks the content service accepts (its allow-list), so what is written is what is read.
import { mergeAttributes, Node, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { Attachment, VideoFile } from './articleFileNodes';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[0-9]{1,12}$/;

export type VideoProvider = 'youtube' | 'vimeo';

/** A YouTube or Vimeo address (or a bare id) as the provider and id the service stores; null when it is neither. */
export function parseVideoLink(input: string): { provider: VideoProvider; videoId: string } | null {
  const text = input.trim();
  if (YOUTUBE_ID.test(text)) return { provider: 'youtube', videoId: text };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '').replace(/^m\./, '');
  if (host === 'youtu.be') {
    const id = url.pathname.slice(1);
    return YOUTUBE_ID.test(id) ? { provider: 'youtube', videoId: id } : null;
  }
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id = url.searchParams.get('v') ?? url.pathname.split('/').filter(Boolean).at(-1) ?? '';
    return YOUTUBE_ID.test(id) ? { provider: 'youtube', videoId: id } : null;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
    return VIMEO_ID.test(id) ? { provider: 'vimeo', videoId: id } : null;
  }
  return null;
}

/** The player address, built here from the stored id only: no cookies (YouTube), no tracking (Vimeo). */
export function videoPlayerUrl(provider: unknown, videoId: unknown): string | null {
  const id = String(videoId);
  if (provider === 'youtube' && YOUTUBE_ID.test(id)) return `https://www.youtube-nocookie.com/embed/${id}`;
  if (provider === 'vimeo' && VIMEO_ID.test(id)) return `https://player.vimeo.com/video/${id}?dnt=1`;
  return null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    video: {
      /** Inserts a YouTube or Vimeo video by provider and id. */
      setVideo: (attributes: { provider: VideoProvider; videoId: string }) => ReturnType;
    };
  }
}

/** A video embed stored as provider and id (never an address or markup). */
export const Video = Node.create({
  name: 'video',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      provider: { default: null, parseHTML: (element) => element.getAttribute('data-provider') },
      videoId: { default: null, parseHTML: (element) => element.getAttribute('data-video-id') },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-video-id]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const src = videoPlayerUrl(node.attrs.provider, node.attrs.videoId);
    const wrapper = mergeAttributes(HTMLAttributes, {
      'data-provider': node.attrs.provider as string,
      'data-video-id': node.attrs.videoId as string,
      class: 'article-video',
    });
    if (!src) return ['div', wrapper];
    return [
      'div',
      wrapper,
      [
        'iframe',
        {
          src,
          title: node.attrs.provider === 'vimeo' ? 'Vimeo' : 'YouTube',
          allow: 'fullscreen; picture-in-picture',
          allowfullscreen: 'true',
          referrerpolicy: 'strict-origin-when-cross-origin',
          loading: 'lazy',
          sandbox: 'allow-scripts allow-same-origin allow-presentation',
        },
      ],
    ];
  },
  addCommands() {
    return {
      setVideo:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
    };
  },
});

/** Images are uploads named by id; the service adds `src` when the article is read. */
const ArticleImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: null },
      imageId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-image-id'),
        renderHTML: (attributes) => ({ 'data-image-id': attributes.imageId as string }),
      },
    };
  },
});

/** The allowed nodes and marks; `placeholder` is not part of the document. */
export function articleExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      codeBlock: false,
      underline: false,
      link: false,
    }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      protocols: ['mailto'],
      // The service refuses anything else; the editor never makes such a link in the first place.
      isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
    ArticleImage.configure({ inline: false, allowBase64: false }),
    Video,
    VideoFile,
    Attachment,
  ];
}
