import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ActionIcon, Button, CloseButton, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChatMember, Message } from './messaging.api';
import { previewText, withMentionTokens } from './messageText';
import classes from './messaging.module.css';

/** How often "still typing" is said again while the member keeps typing. */
const TYPING_REPEAT_MS = 3_000;
/** Silence after which the member counts as no longer typing. */
const TYPING_IDLE_MS = 5_000;
const MENTION_QUERY = /(^|\s)@([^\s@]{0,30})$/;

interface Props {
  replyTo: Message | null;
  onCancelReply: () => void;
  /** Members that may be mentioned here. */
  mentionable: readonly ChatMember[];
  /** Sends the body; resolves to an error message, or null when it was sent. */
  onSend: (body: string) => Promise<string | null>;
  onTyping: (typing: boolean) => void;
}

/** The message box: Enter sends, Shift+Enter starts a new line, @ picks a member to mention. */
export function Composer({ replyTo, onCancelReply, mentionable, onSend, onTyping }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [mention, setMention] = useState<{ query: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const typingSince = useRef(0);
  const idleTimer = useRef<number | undefined>(undefined);
  const pickerId = useId();

  const stopTyping = () => {
    window.clearTimeout(idleTimer.current);
    if (typingSince.current) {
      typingSince.current = 0;
      onTyping(false);
    }
  };
  const stillTyping = () => {
    const now = Date.now();
    if (now - typingSince.current > TYPING_REPEAT_MS) {
      typingSince.current = now;
      onTyping(true);
    }
    window.clearTimeout(idleTimer.current);
    idleTimer.current = window.setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  // Leaving the conversation ends the typing signal.
  const stopRef = useRef(stopTyping);
  stopRef.current = stopTyping;
  useEffect(() => () => stopRef.current(), []);

  // Opening a conversation puts the cursor in its message box (the chat is keyed by conversation).
  useEffect(() => {
    textarea.current?.focus();
  }, []);

  useEffect(() => {
    if (replyTo) textarea.current?.focus();
  }, [replyTo]);

  const options = mention ? mentionable.filter((member) => member.displayName.toLowerCase().includes(mention.query.toLowerCase())).slice(0, 8) : [];
  const pickerOpen = mention !== null && options.length > 0;

  const onChange = (value: string, caret: number) => {
    setText(value);
    setError(null);
    if (value.trim()) stillTyping();
    else stopTyping();
    const match = MENTION_QUERY.exec(value.slice(0, caret));
    if (match) {
      setMention({ query: match[2]!, start: caret - match[2]!.length - 1 });
      setActive(0);
    } else setMention(null);
  };

  const pick = (member: ChatMember) => {
    if (!mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const inserted = `@${member.displayName} `;
    const next = text.slice(0, mention.start) + inserted + text.slice(caret);
    setText(next);
    setPicked((previous) => new Map(previous).set(member.displayName, member.id));
    setMention(null);
    const position = mention.start + inserted.length;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(position, position);
    });
  };

  const send = async () => {
    const body = withMentionTokens(text.trim(), picked);
    if (!body || sending) return;
    setSending(true);
    const failure = await onSend(body);
    setSending(false);
    if (failure) {
      setError(failure);
      return;
    }
    stopTyping();
    setText('');
    setPicked(new Map());
    setMention(null);
    textarea.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // A Japanese input method confirms its conversion with Enter: that is not "send".
    if (event.nativeEvent.isComposing) return;
    if (pickerOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (index + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
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
    if (event.key === 'Escape' && replyTo) onCancelReply();
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <div>
      {replyTo && (
        <Group gap="xs" wrap="nowrap" justify="space-between" className={classes.quote} data-testid="composer-reply">
          <Text size="xs" truncate="end">
            {t('messaging.composer.replyingTo', {
              name: replyTo.sentByNetwork ? t('messaging.message.fromNetwork') : (replyTo.sender?.displayName ?? t('messaging.message.formerMember')),
            })}
            {': '}
            {previewText(replyTo.body, replyTo.mentions).slice(0, 80)}
          </Text>
          <CloseButton size="sm" aria-label={t('messaging.composer.cancelReply')} onClick={onCancelReply} />
        </Group>
      )}
      {pickerOpen && (
        <ul className={classes.picker} role="listbox" id={pickerId} aria-label={t('messaging.composer.mentionPicker')}>
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
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Textarea
          ref={textarea}
          style={{ flex: 1 }}
          autosize
          minRows={1}
          maxRows={6}
          aria-label={t('messaging.composer.label')}
          placeholder={t('messaging.composer.placeholder')}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value, event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setMention(null)}
          role={pickerOpen ? 'combobox' : undefined}
          aria-expanded={pickerOpen ? true : undefined}
          aria-controls={pickerOpen ? pickerId : undefined}
          aria-activedescendant={pickerOpen ? `${pickerId}-${active}` : undefined}
          error={error ?? undefined}
          errorProps={{ role: 'alert' }}
        />
        <Button onClick={() => void send()} loading={sending} disabled={!text.trim()} visibleFrom="xs">
          {t('messaging.composer.send')}
        </Button>
        <ActionIcon size="lg" onClick={() => void send()} loading={sending} disabled={!text.trim()} hiddenFrom="xs" aria-label={t('messaging.composer.send')}>
          <span aria-hidden="true">➤</span>
        </ActionIcon>
      </Group>
    </div>
  );
}
