// Plain HTTP requests (file uploads and downloads) made with the signed-in member's token.
import { session } from '../session/session';

/** A plain HTTP request with the session's access token, renewed once if the server refused it. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const token = session.getState().token;
    return fetch(path, { ...init, headers: { ...(init.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  };
  const response = await send();
  if (response.status !== 401) return response;
  return (await session.renew()) ? send() : response;
}
