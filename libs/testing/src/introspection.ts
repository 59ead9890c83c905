/** A schema as the standard introspection query describes it: enough to write documents for every operation. */
export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
export interface IntrospectedField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
export interface IntrospectedType {
  kind: string;
  name: string;
  fields: IntrospectedField[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}
export interface IntrospectedSchema {
  queryType: { name: string };
  mutationType: { name: string } | null;
  types: IntrospectedType[];
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }';

/** Asks for every type with its fields, arguments, input fields and enum values. */
export const SCHEMA_QUERY = `{ __schema { queryType { name } mutationType { name } types { kind name enumValues { name }
  fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } } } } }`;

/** The named type under any NON_NULL and LIST wrappers. */
export function namedOf(ref: TypeRef): TypeRef {
  return ref.ofType ? namedOf(ref.ofType) : ref;
}

/** The type as written in a document, e.g. `[ID!]!`. */
export function printType(ref: TypeRef): string {
  return ref.kind === 'NON_NULL' ? `${printType(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${printType(ref.ofType!)}]` : ref.name!;
}

/** Every root field of Query and Mutation with its operation keyword, federation's own (`_entities`, `_service`) left out. */
export function rootFields(schema: IntrospectedSchema): { keyword: 'query' | 'mutation'; field: IntrospectedField }[] {
  const types = new Map(schema.types.map((type) => [type.name, type]));
  return (
    [
      ['query', schema.queryType.name],
      ['mutation', schema.mutationType?.name],
    ] as const
  ).flatMap(([keyword, root]) =>
    root ? (types.get(root)?.fields ?? []).filter((field) => !field.name.startsWith('_')).map((field) => ({ keyword, field })) : [],
  );
}
