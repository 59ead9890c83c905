// A real urql Client whose one exchange answers each operation from the test: the GraphQL peer of a
// component under test (what the gateway would answer), not a stand-in for any of our own code.
import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Client, makeErrorResult, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, fromPromise, mergeMap, pipe } from 'wonka';
import { ApiClientProvider } from '../api/hooks';

export interface Answered {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/** Answers each operation by name; every request is recorded in `requests`. */
export function graphqlPeer(answer: (request: Answered) => Record<string, unknown> | Promise<Record<string, unknown>>) {
  const requests: Answered[] = [];
  const respond = async (operation: Operation) => {
    const definition = operation.query.definitions.find((node) => node.kind === 'OperationDefinition');
    const request = { operationName: definition?.name?.value, variables: (operation.variables ?? {}) as Record<string, unknown> };
    requests.push(request);
    try {
      return makeResult(operation, { data: await answer(request) });
    } catch (error) {
      return makeErrorResult(operation, error as Error);
    }
  };
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => fromPromise(respond(operation))),
    );
  const client = new Client({ url: 'http://peer.test/graphql', exchanges: [exchange], requestPolicy: 'network-only' });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </MantineProvider>
  );
  return { client, requests, wrapper };
}
