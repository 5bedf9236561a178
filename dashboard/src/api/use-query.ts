/** Runs a GraphQL query when its inputs change; the previous request is aborted. */
import { useEffect, useState } from 'react';
import { ApiError, gql } from './client';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** `variables` null: nothing to ask yet. `delayMs` debounces rapid changes (sliders). */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null, delayMs = 0, refresh = 0): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: null, error: null, loading: variables !== null });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      gql<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal)
        .then((data) => setState({ data, error: null, loading: false }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const failure = error instanceof ApiError ? error : new ApiError(String(error), undefined, 0);
          setState({ data: null, error: failure, loading: false });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, key, delayMs, refresh]);
  return state;
}
