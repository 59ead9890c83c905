/** Today: the time only; earlier: the date and time (as chat apps show it). */
export function formatMessageTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const today = new Date();
  const sameDay = date.toDateString() === today.toDateString();
  return new Intl.DateTimeFormat(language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** A random id for one message being sent: a retried request with the same id posts it once. */
export function newClientMessageId(): string {
  // randomUUID exists only on secure pages (https, localhost); a page served over plain http on a LAN lacks it.
  const randomUUID = (crypto as Partial<Crypto>).randomUUID;
  if (typeof randomUUID === 'function') return randomUUID.call(crypto);
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
