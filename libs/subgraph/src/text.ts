/**
 * How user-typed text is measured and screened, the same in every service: lengths count
 * characters as people see them (code points, so 山田 is 2 and an emoji 1), and control
 * characters never enter stored text except the line breaks and tabs a field allows.
 */
export function characterCount(text: string): number {
  return [...text].length;
}

const ANY_CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS = /(?![\n\r])\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS_AND_TABS = /(?![\n\r\t])\p{Cc}/u;

/** Whether text holds control characters; `allow` names the whitespace a multi-line field accepts. */
export function hasControlCharacters(text: string, allow: 'none' | 'line-breaks' | 'line-breaks-and-tabs' = 'none'): boolean {
  const pattern = allow === 'none' ? ANY_CONTROL : allow === 'line-breaks' ? CONTROL_BUT_LINE_BREAKS : CONTROL_BUT_LINE_BREAKS_AND_TABS;
  return pattern.test(text);
}
