// Small data hooks over @urql/core (no urql React bindings): queries are network-only, there is no
// normalised cache; pages refetch or update their own state after mutations and live events.
import { useCallback, useEffect, useState } from 'react';
import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/core';
import { useSession } from '../session/hooks';

export interface QueryState<Data> {
  data: Data | undefined;
  error: CombinedError | undefined;
  fetching: boolean;
  refetch: () => void;
}

export function useQuery<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  options: { pause?: boolean } = {},
): QueryState<Data> {
  const { client } = useSession();
  const pause = options.pause ?? false;
  const variablesKey = JSON.stringify(variables ?? {});
  const [nonce, setNonce] = useState(0);
  const [result, setResult] = useState<{
    client: unknown;
    key: string;
    data?: Data;
    error?: CombinedError;
    fetching: boolean;
  }>({ client, key: variablesKey, fetching: !pause });

  useEffect(() => {
    if (pause) return;
    setResult((previous) =>
      previous.client === client && previous.key === variablesKey
        ? { ...previous, fetching: true }
        : { client, key: variablesKey, fetching: true },
    );
    const subscription = client
      .query(document, JSON.parse(variablesKey) as Variables)
      .subscribe((next) => setResult({ client, key: variablesKey, data: next.data, error: next.error, fetching: false }));
    return () => subscription.unsubscribe();
  }, [client, document, variablesKey, pause, nonce]);

  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  // Results of another client (identity) or other variables are never shown.
  const current = result.client === client && result.key === variablesKey;
  return {
    data: current ? result.data : undefined,
    error: current ? result.error : undefined,
    fetching: pause ? false : current ? result.fetching : true,
    refetch,
  };
}
