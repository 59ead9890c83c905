// The client's one data layer, over @urql/core (no urql React bindings, no normalised cache):
// - useQuery: network-only reads; a page renders what the server answered, never a copy of it;
// - useMutation: runs a mutation with busy state, its typed user errors sorted onto the form's fields
//   (translated with errors.ts), request errors in the user's language, and the queries it changes
//   asked again wherever they are shown;
// - useSubscription: live events of a subscription while mounted.
// The GraphQL client comes from <ApiClientProvider> (the session's client in the app, a client
// answering from the test in component tests).
import { createContext, createElement, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyVariables, Client, CombinedError, DocumentInput, TypedDocumentNode } from '@urql/core';
import type { UserError } from './documents';
import { describeRequestError, splitUserErrors, translateUserError, type SplitErrors } from './errors';

const ClientContext = createContext<Client | null>(null);

export function ApiClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return createElement(ClientContext.Provider, { value: client }, children);
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() outside <ApiClientProvider>');
  return client;
}

// Mutations tell the queries they change to ask again; only queries of the same client listen.
type Invalidation = { client: Client; documents: ReadonlySet<DocumentInput<unknown, AnyVariables>> };
const invalidationListeners = new Set<(invalidation: Invalidation) => void>();

function invalidate(invalidation: Invalidation): void {
  for (const listener of invalidationListeners) listener(invalidation);
}

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
  const client = useClient();
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
      previous.client === client && previous.key === variablesKey ? { ...previous, fetching: true } : { client, key: variablesKey, fetching: true },
    );
    const subscription = client
      .query(document, JSON.parse(variablesKey) as Variables)
      .subscribe((next) => setResult({ client, key: variablesKey, data: next.data, error: next.error, fetching: false }));
    return () => subscription.unsubscribe();
  }, [client, document, variablesKey, pause, nonce]);

  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  useEffect(() => {
    const listener = (invalidation: Invalidation) => {
      if (invalidation.client === client && invalidation.documents.has(document)) refetch();
    };
    invalidationListeners.add(listener);
    return () => {
      invalidationListeners.delete(listener);
    };
  }, [client, document, refetch]);

  // Results of another client (identity) or other variables are never shown.
  const current = result.client === client && result.key === variablesKey;
  return {
    data: current ? result.data : undefined,
    error: current ? result.error : undefined,
    fetching: pause ? false : current ? result.fetching : true,
    refetch,
  };
}

/** The payload of a mutation's one root field (every mutation answers `{ …, errors { code field message } }`). */
export type PayloadOf<Data> = NonNullable<Data[Exclude<keyof Data, '__typename'>]>;

export interface MutationOptions<Field extends string> {
  /** The form's fields: a user error naming one shows next to it, the others for the whole form. */
  fields?: readonly Field[];
  /** Queries the mutation changes: wherever they are shown, they ask again after it succeeded. */
  refetch?: readonly DocumentInput<unknown, AnyVariables>[];
  /** The user error in the user's language (default: the app's shared translations, then the server's text). */
  describe?: (error: UserError) => string;
}

export interface MutationState<Variables, Payload, Field extends string> {
  /** Runs the mutation: its payload when it succeeded; null when it did not (the reasons are in `errors`). */
  run: (variables: Variables) => Promise<Payload | null>;
  busy: boolean;
  /** Messages for the form's fields and for the whole form, from the last run. */
  errors: SplitErrors<Field>;
  /** Forgets the last run's errors (a dialog opened again). */
  reset: () => void;
}

const NO_ERRORS: SplitErrors<never> = { fields: {}, form: [] };

export function useMutation<Data, Variables extends AnyVariables, Field extends string = never>(
  document: TypedDocumentNode<Data, Variables>,
  options: MutationOptions<Field> = {},
): MutationState<Variables, PayloadOf<Data>, Field> {
  const client = useClient();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<SplitErrors<Field>>(NO_ERRORS);
  const latest = useRef(options);
  latest.current = options;

  const run = useCallback(
    async (variables: Variables): Promise<PayloadOf<Data> | null> => {
      const { fields = [], refetch = [], describe = (error: UserError) => translateUserError(t, error) } = latest.current;
      setBusy(true);
      setErrors(NO_ERRORS);
      const result = await client.mutation(document, variables).toPromise();
      setBusy(false);
      const payload = result.data ? (Object.entries(result.data).find(([key]) => key !== '__typename')?.[1] as PayloadOf<Data> | undefined) : undefined;
      if (!payload) {
        setErrors({ fields: {}, form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')] });
        return null;
      }
      const userErrors = (payload as { errors?: UserError[] }).errors ?? [];
      if (userErrors.length > 0) {
        setErrors(splitUserErrors(t, userErrors, fields, describe));
        return null;
      }
      if (refetch.length > 0) invalidate({ client, documents: new Set(refetch) });
      return payload;
    },
    [client, document, t],
  );
  const reset = useCallback(() => setErrors(NO_ERRORS), []);
  return { run, busy, errors, reset };
}

/** A failure that may pass (the connection, or the server's own error), as opposed to a refusal (FORBIDDEN, bad input). */
function isPassing(error: CombinedError): boolean {
  if (error.networkError) return true;
  return error.graphQLErrors.length > 0 && error.graphQLErrors.every((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
}

/** Calls `onData` with each event of a subscription while mounted (and not paused); the latest `onData` is used. */
export function useSubscription<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onData: (data: Data) => void,
  options: { pause?: boolean } = {},
): { error: CombinedError | undefined } {
  const client = useClient();
  const latest = useRef(onData);
  latest.current = onData;
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  // Bumped to open the subscription again after the server could not (a passing failure).
  const [attempt, setAttempt] = useState(0);
  const failures = useRef(0);
  const pause = options.pause ?? false;
  const variablesKey = JSON.stringify(variables ?? {});
  useEffect(() => {
    if (pause) return;
    setError(undefined);
    let retry: number | undefined;
    const subscription = client.subscription(document, JSON.parse(variablesKey) as Variables).subscribe((result) => {
      if (result.data) {
        failures.current = 0;
        latest.current(result.data);
      }
      setError(result.error);
      if (result.error && !result.data && isPassing(result.error)) {
        const delay = Math.min(60_000, 2_000 * 2 ** failures.current);
        failures.current += 1;
        retry = window.setTimeout(() => setAttempt((n) => n + 1), delay);
      }
    });
    return () => {
      window.clearTimeout(retry);
      subscription.unsubscribe();
    };
  }, [client, document, variablesKey, pause, attempt]);
  return { error };
}
