/** One message as handed to a transport. */
export interface TransportMessage {
  topic: string;
  key: string;
  value: string;
  headers?: Record<string, string>;
}

/** One message as delivered by a transport, with its position. */
export interface DeliveredMessage extends TransportMessage {
  partition: number;
  offset: string;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  /** Where a group with no committed position starts: the oldest message, or only new ones. */
  fromBeginning: boolean;
  /**
   * Called with consecutive messages of one partition, in order. The position is committed
   * only after it resolves; if it rejects, the same messages are delivered again.
   */
  handleBatch(messages: DeliveredMessage[]): Promise<void>;
}

export interface Subscription {
  close(): Promise<void>;
}

/** The port every event transport implements (Kafka in production, embedded for `npm start`). */
export interface EventTransport {
  readonly kind: 'kafka' | 'embedded';
  publish(messages: TransportMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Resolves when the transport is reachable (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
