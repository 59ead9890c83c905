import { createEnvelope, MemberTyping, type EventTransport } from '@kizuna/events';
import { participantsOf } from '../conversations/conversation.entity';
import type { ConversationEntity } from '../conversations/conversation.entity';

/** How long a "typing" signal holds unless renewed. */
export const TYPING_TTL_MS = 6_000;
/** A member typing steadily renews their signal at most this often. */
const RENEW_INTERVAL_MS = 1_000;

/**
 * Typing indicators: published straight to the transport (not stored, not through the outbox —
 * a lost one is harmless and a stale one must not be replayed), at most once a second per member
 * and conversation unless the member starts or stops typing.
 */
export class TypingSignals {
  private readonly lastSent = new Map<string, { at: number; typing: boolean }>();

  constructor(
    private readonly transport: EventTransport,
    private readonly topicPrefix: string,
  ) {}

  async signal(conversation: ConversationEntity, membershipId: string, displayName: string, typing: boolean): Promise<void> {
    const key = `${membershipId}:${conversation.id}`;
    const now = Date.now();
    const previous = this.lastSent.get(key);
    if (previous && previous.typing === typing && now - previous.at < RENEW_INTERVAL_MS) return;
    this.lastSent.set(key, { at: now, typing });
    this.forgetStale(now);
    const envelope = createEnvelope(MemberTyping, conversation.networkId, {
      conversationId: conversation.id,
      networkId: conversation.networkId,
      conversationKind: conversation.kind,
      participantMembershipIds: participantsOf(conversation),
      membershipId,
      displayName,
      typing,
      expiresAt: new Date(now + TYPING_TTL_MS).toISOString(),
    });
    await this.transport.publish([
      {
        topic: this.topicPrefix + MemberTyping.topic,
        key: envelope.subject,
        value: JSON.stringify(envelope),
        headers: { 'content-type': 'application/cloudevents+json', 'ce-type': envelope.type },
      },
    ]);
  }

  private forgetStale(now: number): void {
    if (this.lastSent.size < 10_000) return;
    for (const [key, sent] of this.lastSent) if (now - sent.at > TYPING_TTL_MS) this.lastSent.delete(key);
  }
}
