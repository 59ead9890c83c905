import { useEffect } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { articleExtensions } from './articleExtensions';
import classes from './articles.module.css';

/**
 * A stored article document, rendered by the same Tiptap extensions that wrote it, read-only: the
 * document is built into nodes by ProseMirror, never parsed as HTML from the server.
 */
export function ArticleBody({ body }: { body: Record<string, unknown> }) {
  const editor = useEditor({ extensions: articleExtensions(), content: body, editable: false, immediatelyRender: true });
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(body, { emitUpdate: false });
  }, [editor, body]);
  return <EditorContent editor={editor} className={classes.document} />;
}
