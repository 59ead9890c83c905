import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Group, Loader, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { DirectoryQuery } from '../directory/directory.api';
import { editableText, withMentionTokens } from '../messaging/messageText';
import type { MentionedMember } from './feed.api';
import classes from './feed.module.css';
import { characterCount } from './postText';

/** The word being typed after an `@`: what the member picker searches the directory for. */
const MENTION_QUERY = /(^|\s)@([^\s@]{0,30})$/;
const PICKER_SIZE = 8;

export interface TextComposerProps {
  /** The text box's accessible name (and visible label when `showLabel`). */
  label: string;
  showLabel?: boolean;
  placeholder?: string;
  submitLabel: string;
  /** Characters the service takes at most (counted as it counts them, mention tokens included). */
  maxCharacters: number;
  /** A stored text to start from (`<@id>` tokens shown as @Name), e.g. `#tag ` or a post being edited. */
  initialBody?: string;
  initialMentions?: readonly MentionedMember[];
  autoFocus?: boolean;
  minRows?: number;
  /** Sends the text with its mentions as `<@id>`; resolves to whether it was taken. */
  onSubmit: (body: string) => Promise<boolean>;
  /** Why the last sending failed, in the user's language. */
  error?: string | null;
  onCancel?: () => void;
  /** Keep the text after it was sent (editing closes the composer instead). */
  keepAfterSubmit?: boolean;
  extra?: ReactNode;
}

/**
 * Writes a post or a comment: `@` opens a picker of members found in the directory, which puts the
 * chosen name in the text (sent as `<@memberId>`); a character count up to the limit; Ctrl/⌘+Enter
 * sends, Enter starts a new line.
 */
export function TextComposer({
  label,
  showLabel = false,
  placeholder,
  submitLabel,
  maxCharacters,
  initialBody = '',
  initialMentions = [],
  autoFocus = false,
  minRows = 2,
  onSubmit,
  onCancel,
  keepAfterSubmit = false,
  error = null,
  extra,
}: TextComposerProps) {
  const { t, i18n } = useTranslation();
  const [initial] = useState(() => editableText(initialBody, initialMentions));
  const [text, setText] = useState(initial.text);
  const [picked, setPicked] = useState<Map<string, string>>(initial.picked);
  const [sending, setSending] = useState(false);
  const [mention, setMention] = useState<{ query: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pickerId = useId();
  const countId = useId();

  const [query] = useDebouncedValue(mention?.query ?? null, 200);
  const search = useQuery(DirectoryQuery, { filter: { text: query || null }, first: PICKER_SIZE }, { pause: mention === null || query === null });
  const options =
    mention && query !== null ? (search.data?.directory.edges.map((edge) => ({ id: edge.node.memberId, displayName: edge.node.displayName })) ?? []) : [];
  const pickerOpen = mention !== null && options.length > 0;

  useEffect(() => {
    if (!autoFocus) return;
    const box = textarea.current;
    box?.focus();
    box?.setSelectionRange(box.value.length, box.value.length);
  }, [autoFocus]);

  const body = withMentionTokens(text.trim(), picked);
  const count = characterCount(body);
  const tooLong = count > maxCharacters;

  const onChange = (value: string, caret: number) => {
    setText(value);
    const match = MENTION_QUERY.exec(value.slice(0, caret));
    if (match) {
      setMention({ query: match[2]!, start: caret - match[2]!.length - 1 });
      setActive(0);
    } else setMention(null);
  };

  const pick = (member: MentionedMember) => {
    if (!mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const inserted = `@${member.displayName} `;
    setText(text.slice(0, mention.start) + inserted + text.slice(caret));
    setPicked((previous) => new Map(previous).set(member.displayName, member.id));
    setMention(null);
    const position = mention.start + inserted.length;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(position, position);
    });
  };

  const submit = async () => {
    if (!body || tooLong || sending) return;
    setSending(true);
    const taken = await onSubmit(body);
    setSending(false);
    if (!taken) return;
    if (!keepAfterSubmit) {
      setText('');
      setPicked(new Map());
    }
    setMention(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // A Japanese input method confirms its conversion with Enter: that is not a key for us.
    if (event.nativeEvent.isComposing) return;
    if (pickerOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (index + step + options.length) % options.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        pick(options[active] ?? options[0]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setMention(null);
        return;
      }
    }
    if (event.key === 'Escape' && onCancel) onCancel();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const countText = t('feed.composer.count', { used: count.toLocaleString(i18n.language), max: maxCharacters.toLocaleString(i18n.language) });
  return (
    <div>
      <Textarea
        ref={textarea}
        label={showLabel ? label : undefined}
        aria-label={showLabel ? undefined : label}
        placeholder={placeholder}
        autosize
        minRows={minRows}
        maxRows={14}
        value={text}
        onChange={(event) => onChange(event.currentTarget.value, event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
        role={pickerOpen ? 'combobox' : undefined}
        aria-expanded={pickerOpen ? true : undefined}
        aria-controls={pickerOpen ? pickerId : undefined}
        aria-autocomplete={pickerOpen ? 'list' : undefined}
        aria-activedescendant={pickerOpen ? `${pickerId}-${active}` : undefined}
        aria-describedby={countId}
        error={error ?? (tooLong ? t('feed.composer.tooLong', { max: maxCharacters.toLocaleString(i18n.language) }) : undefined)}
        errorProps={{ role: 'alert' }}
      />
      {mention && search.fetching && options.length === 0 && <Loader size="xs" mt={4} aria-label={t('common.loading')} />}
      {mention && query && !search.fetching && search.data && options.length === 0 && (
        <Text size="xs" c="dimmed" mt={4} role="status">
          {t('feed.composer.noMatch', { query })}
        </Text>
      )}
      {pickerOpen && (
        <ul className={classes.picker} role="listbox" id={pickerId} aria-label={t('feed.composer.mentionPicker')}>
          {options.map((member, index) => (
            <li
              key={member.id}
              id={`${pickerId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={classes.option}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
            >
              {member.displayName}
            </li>
          ))}
        </ul>
      )}
      <Group justify="space-between" mt={6} gap="xs" wrap="wrap">
        <Text id={countId} size="xs" c={tooLong ? 'red' : 'dimmed'} aria-live={tooLong ? 'polite' : 'off'}>
          {countText}
          <Text span size="xs" c="dimmed" visibleFrom="sm">
            {' · '}
            {t('feed.composer.shortcut')}
          </Text>
        </Text>
        <Group gap="xs">
          {extra}
          {onCancel && (
            <Button variant="default" size="xs" onClick={onCancel}>
              {t('feed.common.cancel')}
            </Button>
          )}
          <Button size="xs" onClick={() => void submit()} loading={sending} disabled={!body || tooLong}>
            {submitLabel}
          </Button>
        </Group>
      </Group>
    </div>
  );
}
