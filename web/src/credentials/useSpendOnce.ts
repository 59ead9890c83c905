import { useEffect, useRef, useState } from 'react';

export type SpendState<T> = { phase: 'working' } | { phase: 'done'; value: T } | { phase: 'failed'; codes: string[] };

/**
 * Runs a single-use action (spending a link's token) exactly once per token, also under React's
 * development double effects, and keeps its outcome.
 */
export function useSpendOnce<T>(token: string, spend: (token: string) => Promise<{ ok: true; value: T } | { ok: false; codes: string[] }>): SpendState<T> {
  const [state, setState] = useState<SpendState<T>>(token ? { phase: 'working' } : { phase: 'failed', codes: ['TOKEN_INVALID'] });
  const spent = useRef<string | null>(null);
  useEffect(() => {
    if (!token || spent.current === token) return;
    spent.current = token;
    void spend(token).then((outcome) => setState(outcome.ok ? { phase: 'done', value: outcome.value } : { phase: 'failed', codes: outcome.codes }));
  }, [token, spend]);
  return state;
}
