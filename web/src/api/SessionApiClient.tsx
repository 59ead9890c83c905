import type { ReactNode } from 'react';
import { useSession } from '../session/hooks';
import { ApiClientProvider } from './hooks';

/** The data layer's client is the session's: a new one for each identity (sign-in, network switch, sign-out). */
export function SessionApiClient({ children }: { children: ReactNode }) {
  const { client } = useSession();
  return <ApiClientProvider client={client}>{children}</ApiClientProvider>;
}
