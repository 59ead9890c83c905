import { getOperationAST, parse } from 'graphql';
import { rootFieldCounts } from './root-fields';

function counts(source: string): Record<string, number> {
  const document = parse(source);
  return Object.fromEntries(rootFieldCounts(getOperationAST(document)!, document));
}

describe('root fields of an operation', () => {
  it('counts every alias of a root field', () => {
    expect(counts('{ a: network(slug: "a") { name } b: network(slug: "b") { name } me { id } }')).toEqual({ network: 2, me: 1 });
  });

  it('follows fragments and inline fragments at the root, however they are nested', () => {
    const source = `
      mutation { ...Twice ... on Mutation { signIn(input: $i) { accessToken } } }
      fragment Twice on Mutation { ...Once ...Once }
      fragment Once on Mutation { r1: register(input: $r) { errors { code } } r2: register(input: $r) { errors { code } } }`;
    expect(counts(source)).toEqual({ register: 4, signIn: 1 });
  });

  it('does not count nested fields as root fields', () => {
    expect(counts('{ me { network { id } } }')).toEqual({ me: 1 });
  });
});
