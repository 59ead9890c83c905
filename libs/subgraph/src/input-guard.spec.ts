import 'reflect-metadata';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { Arg, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { MultiLine, Name, screenText, Verbatim } from './input-guard';
import { buildFederatedSchema, instanceContainer } from './subgraph-schema';

@InputType()
class ProfileInput {
  @Name()
  @Field()
  displayName: string;

  @MultiLine()
  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  skills?: string[] | null;

  @Verbatim()
  @Field(() => String, { nullable: true })
  password?: string | null;
}

@ObjectType()
class Saved {
  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => [String], { nullable: true })
  skills?: string[] | null;

  @Field(() => String, { nullable: true })
  password?: string | null;
}

@Resolver()
class ProfileResolver {
  saved: ProfileInput[] = [];

  @Query(() => String)
  echo(@Arg('text') text: string): string {
    return text;
  }

  @MultiLine('csv')
  @Query(() => String)
  upload(@Arg('csv') csv: string, @Arg('name', () => String, { nullable: true }) name?: string | null): string {
    return `${csv}|${name ?? ''}`;
  }

  @Mutation(() => Saved)
  save(@Arg('input') input: ProfileInput): Saved {
    this.saved.push(input);
    return input;
  }
}

describe('the input guard', () => {
  let schema: GraphQLSchema;
  const resolver = new ProfileResolver();
  const run = (source: string, variableValues: Record<string, unknown>) =>
    graphql({ schema, source, variableValues, contextValue: {} }) as Promise<ExecutionResult<{ save: Saved; echo: string; upload: string }>>;
  const save = (input: Record<string, unknown>) =>
    run('mutation($input: ProfileInput!) { save(input: $input) { displayName bio skills password } }', { input: { displayName: '山田 太郎', ...input } });

  beforeAll(async () => {
    schema = await buildFederatedSchema({ name: 'guard', resolvers: [ProfileResolver] }, { container: instanceContainer([resolver]) });
  });

  it('refuses a lone surrogate, NUL, BEL and line breaks in a single-line argument, naming it, and normalises what it accepts to NFC', async () => {
    for (const [text, reason] of [
      ['\ud800', 'text: the text is not valid Unicode (it holds a lone surrogate)'],
      ['a\u0000b', 'text: control characters (line breaks included) are not allowed'],
      ['bell\u0007', 'text: control characters (line breaks included) are not allowed'],
      ['two\nlines', 'text: control characters (line breaks included) are not allowed'],
    ]) {
      const result = await run('query($text: String!) { echo(text: $text) }', { text });
      expect(result.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.field])).toEqual([[reason, 'BAD_USER_INPUT', 'text']]);
    }
    // A decomposed が (か + combining dakuten) arrives composed; emoji and Japanese pass untouched.
    expect((await run('query($text: String!) { echo(text: $text) }', { text: '\u304b\u3099 😀 やまだ' })).data).toEqual({ echo: 'が 😀 やまだ' });
  });

  it('allows line breaks and tabs only in a field or argument marked multi-line', async () => {
    expect((await run('query($csv: String!, $name: String) { upload(csv: $csv, name: $name) }', { csv: 'a,b\r\n1,\t2\n', name: 'roster.csv' })).data).toEqual({
      upload: 'a,b\r\n1,\t2\n|roster.csv',
    });
    const named = await run('query($csv: String!, $name: String) { upload(csv: $csv, name: $name) }', { csv: 'a', name: 'x\ny' });
    expect(named.errors?.[0].extensions?.field).toBe('name');
    expect((await save({ bio: 'line one\n\tline two' })).data?.save.bio).toBe('line one\n\tline two');
    const bell = await save({ bio: 'ring\u0007' });
    expect(bell.errors?.map((e) => e.message)).toEqual(['input.bio: control characters other than line breaks and tabs are not allowed']);
  });

  it('refuses right-to-left overrides and zero-width characters in names only, and never runs the mutation it refuses', async () => {
    const before = resolver.saved.length;
    for (const displayName of ['evil\u202Egnp.exe', 'ta\u200Bro', '\uFEFFtaro', 'a\u2066b\u2069']) {
      const result = await save({ displayName });
      expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.displayName']]);
    }
    expect(resolver.saved.length).toBe(before);
    // In text that is not a name the same characters are kept (right-to-left scripts use them).
    expect((await save({ bio: 'abc \u202Bשלום\u202C' })).data?.save.bio).toBe('abc \u202Bשלום\u202C');
  });

  it('screens every item of a list and names its index', async () => {
    const result = await save({ skills: ['TypeScript', 'SQL\u0000'] });
    expect(result.errors?.map((e) => e.message)).toEqual(['input.skills[1]: control characters (line breaks included) are not allowed']);
  });

  it('keeps verbatim fields exactly as sent, refusing only what is not Unicode', async () => {
    const decomposed = 'pa\u0073\u0301 word\t';
    expect((await save({ password: decomposed })).data?.save.password).toBe(decomposed);
    expect((await save({ password: '\udc00' })).errors?.[0].extensions?.field).toBe('input.password');
  });

  it('screens text for each kind the same way it screens arguments', () => {
    expect(screenText('Ｅｍｉｌｙ', 'name')).toEqual({ ok: true, text: 'Ｅｍｉｌｙ' });
    expect(screenText('😀'.slice(0, 1), 'verbatim').ok).toBe(false);
    expect(screenText('\u2028', 'single-line').ok).toBe(true);
  });
});
