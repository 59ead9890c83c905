import { PROFILE_SNAPSHOT_FIELDS } from '@kizuna/events';

/**
 * Message templates: text with variables in double braces, rendered for each recipient.
 *
 *   {{name}}                     the recipient's name
 *   {{network}}                  the network's name
 *   {{profile.<field>}}          a standard profile field (employer, department, entryYear…)
 *   {{profile.custom.<key>}}     a custom profile field, by its key
 *   {{profile.employer | "your company"}}   a fallback when the value is empty
 *
 * Pure functions: parsing reports errors with their position, rendering never fails.
 */

/** The profile fields a message may mention: the name and the fields the directory's profile snapshot carries. */
export const PROFILE_FIELDS = ['displayName', ...PROFILE_SNAPSHOT_FIELDS] as const;

export type TemplatePart = { text: string } | { variable: string; fallback: string | null };

export interface TemplateError {
  /** 1-based character position in the body. */
  position: number;
  message: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Variables used, each once, in order of first use. */
  variables: string[];
  errors: TemplateError[];
}

/** What a template is rendered with for one recipient. */
export interface TemplateContext {
  name: string;
  network: string;
  /** The directory's snapshot: standard fields by name, custom fields as `custom.<key>`. */
  profile: Record<string, string | number | string[] | null | undefined>;
}

export interface RenderedTemplate {
  text: string;
  /** Variables that were empty for this recipient (their fallback, or nothing, was used). */
  emptyVariables: string[];
}

const CUSTOM_KEY = /^[A-Za-z0-9_-]+$/;
const EXPRESSION = /^\s*([^|\s]+)\s*(?:\|\s*"((?:[^"\\]|\\.)*)"\s*)?$/;

function checkVariable(name: string): string | null {
  if (name === 'name' || name === 'network') return null;
  if (name.startsWith('profile.custom.')) {
    return CUSTOM_KEY.test(name.slice('profile.custom.'.length)) ? null : `"${name}" is not a custom field key (letters, digits, _ and - only)`;
  }
  if (name.startsWith('profile.')) {
    const field = name.slice('profile.'.length);
    return (PROFILE_FIELDS as readonly string[]).includes(field)
      ? null
      : `"${name}" is not a profile field (use one of ${PROFILE_FIELDS.join(', ')}, or profile.custom.<key>)`;
  }
  return `Unknown variable "${name}" (use name, network, profile.<field> or profile.custom.<key>)`;
}

export function parseTemplate(body: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const variables: string[] = [];
  const errors: TemplateError[] = [];
  let index = 0;
  let text = '';
  while (index < body.length) {
    const open = body.indexOf('{{', index);
    const strayClose = body.indexOf('}}', index);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      errors.push({ position: strayClose + 1, message: '"}}" without a matching "{{"' });
      text += body.slice(index, strayClose + 2);
      index = strayClose + 2;
      continue;
    }
    if (open === -1) {
      text += body.slice(index);
      break;
    }
    text += body.slice(index, open);
    const close = body.indexOf('}}', open + 2);
    const nextOpen = body.indexOf('{{', open + 2);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      errors.push({ position: open + 1, message: '"{{" is not closed with "}}"' });
      text += '{{';
      index = open + 2;
      continue;
    }
    const expression = body.slice(open + 2, close);
    const match = EXPRESSION.exec(expression);
    if (!match) {
      errors.push({ position: open + 1, message: `"{{${expression}}}" is not a variable (write {{name}} or {{profile.employer | "fallback"}})` });
    } else {
      const problem = checkVariable(match[1]);
      if (problem) errors.push({ position: open + 1, message: problem });
      else {
        if (text) parts.push({ text });
        text = '';
        parts.push({ variable: match[1], fallback: match[2] === undefined ? null : match[2].replace(/\\(.)/g, '$1') });
        if (!variables.includes(match[1])) variables.push(match[1]);
      }
    }
    index = close + 2;
  }
  if (text) parts.push({ text });
  return { parts, variables, errors };
}

/** A profile value as text: lists joined with ", ", numbers as written. */
function asText(value: string | number | string[] | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.filter((item) => item.trim() !== '').join(', ');
  return String(value).trim();
}

function valueOf(variable: string, context: TemplateContext): string {
  if (variable === 'name') return context.name.trim();
  if (variable === 'network') return context.network.trim();
  return asText(context.profile[variable.slice('profile.'.length)]);
}

export function renderTemplate(template: ParsedTemplate, context: TemplateContext): RenderedTemplate {
  const emptyVariables: string[] = [];
  let text = '';
  for (const part of template.parts) {
    if ('text' in part) {
      text += part.text;
      continue;
    }
    const value = valueOf(part.variable, context);
    if (value) text += value;
    else {
      if (!emptyVariables.includes(part.variable)) emptyVariables.push(part.variable);
      text += part.fallback ?? '';
    }
  }
  return { text, emptyVariables };
}
