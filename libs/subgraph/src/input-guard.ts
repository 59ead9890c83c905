import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * How a text argument or input field is screened before any resolver sees it:
 * - `single-line` (the default): valid Unicode, no control characters, NFC-normalised;
 * - `multi-line`: the same, but line breaks and tabs are allowed (bios, message bodies, descriptions, templates);
 * - `name`: single-line, and no invisible or direction-changing characters (a name people recognise someone by);
 * - `verbatim`: only valid Unicode; kept exactly as sent (passwords, tokens, base64 file contents).
 */
export type TextKind = 'single-line' | 'multi-line' | 'name' | 'verbatim';

const MARK = 'kizunaText';

/**
 * Marks an input field (`@MultiLine() @Field() bio`) or, on a resolver method, the named arguments
 * (`@MultiLine('csv') @Mutation() uploadRoster(@Arg('csv') csv: string)`) with how its text is screened.
 */
function textMarker(kind: TextKind) {
  return (...argumentNames: string[]): PropertyDecorator & MethodDecorator =>
    (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
      const extensions = argumentNames.length === 0 ? { [MARK]: kind } : Object.fromEntries(argumentNames.map((name) => [`${MARK}:${name}`, kind]));
      (Extensions(extensions) as (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => void)(target, propertyKey, descriptor);
    };
}

/** Line breaks and tabs allowed. */
export const MultiLine = textMarker('multi-line');
/** A name: no zero-width, invisible or bidirectional-control characters. */
export const Name = textMarker('name');
/** Kept exactly as sent (only valid Unicode is required): passwords, tokens, base64 contents. */
export const Verbatim = textMarker('verbatim');

const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS_AND_TABS = /(?![\n\r\t])\p{Cc}/u;
/** Bidirectional embeddings, overrides, isolates and marks, zero-width and other invisible characters. */
const INVISIBLE_OR_BIDI = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** The text as accepted (NFC), or why it is refused. */
export function screenText(text: string, kind: TextKind = 'single-line'): { ok: true; text: string } | { ok: false; reason: string } {
  if (LONE_SURROGATE.test(text)) return { ok: false, reason: 'the text is not valid Unicode (it holds a lone surrogate)' };
  if (kind === 'verbatim') return { ok: true, text };
  if (kind === 'multi-line' ? CONTROL_BUT_LINE_BREAKS_AND_TABS.test(text) : CONTROL.test(text)) {
    return {
      ok: false,
      reason:
        kind === 'multi-line'
          ? 'control characters other than line breaks and tabs are not allowed'
          : 'control characters (line breaks included) are not allowed',
    };
  }
  if (kind === 'name' && INVISIBLE_OR_BIDI.test(text)) return { ok: false, reason: 'invisible and text-direction characters are not allowed in names' };
  return { ok: true, text: text.normalize('NFC') };
}

/** Where each marked input field (`Input.field`) and argument (`Type.field(arg:)`) is, read from the type-graphql schema's extensions. */
export function textKinds(schema: GraphQLSchema): Map<string, TextKind> {
  const kinds = new Map<string, TextKind>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const kind = field.extensions?.[MARK] as TextKind | undefined;
        if (kind) kinds.set(`${type.name}.${field.name}`, kind);
      }
    } else if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          const kind = field.extensions?.[`${MARK}:${arg.name}`] as TextKind | undefined;
          if (kind) kinds.set(`${type.name}.${field.name}(${arg.name}:)`, kind);
        }
      }
    }
  }
  return kinds;
}

function refuse(path: string, reason: string): never {
  throw new GraphQLError(`${path}: ${reason}`, { extensions: { code: 'BAD_USER_INPUT', field: path } });
}

function screenValue(value: unknown, type: GraphQLInputType, path: string, kind: TextKind, kinds: Map<string, TextKind>): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return screenValue(value, type.ofType, path, kind, kinds);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.map((item, index) => screenValue(item, type.ofType, `${path}[${index}]`, kind, kinds))
      : screenValue(value, type.ofType, path, kind, kinds);
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const screened: Record<string, unknown> = {};
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      screened[name] = field ? screenValue(fieldValue, field.type, `${path}.${name}`, kinds.get(`${type.name}.${name}`) ?? 'single-line', kinds) : fieldValue;
    }
    return screened;
  }
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID') && typeof value === 'string') {
    const result = screenText(value, kind);
    return result.ok ? result.text : refuse(path, result.reason);
  }
  return value;
}

/** Every argument of one field, screened; throws a BAD_USER_INPUT error naming the first refused one. */
export function screenArguments(
  typeName: string,
  fieldName: string,
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
  kinds: Map<string, TextKind>,
): Record<string, unknown> {
  const screened: Record<string, unknown> = { ...values };
  for (const arg of args) {
    if (!(arg.name in values)) continue;
    screened[arg.name] = screenValue(values[arg.name], arg.type, arg.name, kinds.get(`${typeName}.${fieldName}(${arg.name}:)`) ?? 'single-line', kinds);
  }
  return screened;
}

/**
 * Puts the input guard in front of every resolver that takes arguments, so no operation of any
 * service can forget it: a refused argument stops the field before its resolver runs (a mutation
 * changes nothing), and every accepted string reaches the resolver NFC-normalised.
 */
export function guardArguments(schema: GraphQLSchema, kinds: Map<string, TextKind>): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const screensText = field.args.some((arg) => {
        const named = getNamedType(arg.type);
        return isInputObjectType(named) || named.name === 'String' || named.name === 'ID';
      });
      if (!screensText) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => resolve(source, screenArguments(type.name, field.name, field.args, args, kinds), context, info);
    }
  }
  return schema;
}
