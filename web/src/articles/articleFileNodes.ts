// Uploaded videos and PDFs in article documents. The document names them by id only; the service adds
// `src` (and a PDF's name and size) when the article is read, the editor when the file was just uploaded.
import { mergeAttributes, Node } from '@tiptap/core';

/** A byte count as people read it (KB up to a megabyte, then MB), in the page's language. */
export function formatFileSize(bytes: number, language = typeof document === 'undefined' ? undefined : document.documentElement.lang || undefined): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024)));
}

// Inserted after the selection, never in its place: right after an upload the new node is selected, and
// the next upload must not replace it.
declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    articleFiles: {
      /** Inserts an uploaded video (MP4, WebM) by its file id. */
      setVideoFile: (attributes: { fileId: string; src: string }) => ReturnType;
      /** Inserts an uploaded PDF by its file id, shown as a download card. */
      setAttachment: (attributes: { fileId: string; src: string; name: string; size: number }) => ReturnType;
    };
  }
}

const fileId = {
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute('data-file-id'),
  renderHTML: (attributes: Record<string, unknown>) => ({ 'data-file-id': attributes.fileId as string }),
};
/** Given by the service on reading (or by the upload in the editor); never sent back: the service drops it. */
const fromService = { default: null, rendered: false };

/** An uploaded video, played by the browser's own player; only its metadata loads until the reader presses play. */
export const VideoFile = Node.create({
  name: 'videoFile',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { fileId, src: fromService };
  },
  parseHTML() {
    return [{ tag: 'div[data-file-id].article-video-file' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const wrapper = mergeAttributes(HTMLAttributes, { class: 'article-video-file' });
    const src = node.attrs.src as string | null;
    if (!src) return ['div', wrapper];
    return ['div', wrapper, ['video', { src, controls: 'true', preload: 'metadata', playsinline: 'true' }]];
  },
  addCommands() {
    return {
      setVideoFile:
        (attributes) =>
        ({ commands, state }) =>
          commands.insertContentAt(state.selection.to, { type: this.name, attrs: attributes }),
    };
  },
});

/** An uploaded PDF as a card: its name and size, a link that downloads it under its name. */
export const Attachment = Node.create({
  name: 'attachment',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { fileId, src: fromService, name: fromService, size: fromService };
  },
  parseHTML() {
    return [{ tag: 'div[data-file-id].article-attachment' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const wrapper = mergeAttributes(HTMLAttributes, { class: 'article-attachment' });
    const { src, name, size } = node.attrs as { src: string | null; name: string | null; size: number | null };
    if (!src || !name) return ['div', wrapper];
    return [
      'div',
      wrapper,
      [
        'a',
        { href: src, download: name, rel: 'noopener', type: 'application/pdf' },
        ['span', { class: 'article-attachment-badge', 'aria-hidden': 'true' }, 'PDF'],
        ['span', { class: 'article-attachment-name' }, name],
        ['span', { class: 'article-attachment-size' }, typeof size === 'number' ? formatFileSize(size) : ''],
      ],
    ];
  },
  addCommands() {
    return {
      setAttachment:
        (attributes) =>
        ({ commands, state }) =>
          commands.insertContentAt(state.selection.to, { type: this.name, attrs: attributes }),
    };
  },
});
