// The signed-in member's notifications: the first page from `me.notifications`, then live
// `notificationAdded` events over graphql-ws. Feeds the header badge, the lists and the app-icon badge.
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import {
  MarkNotificationsReadMutation,
  NotificationAddedSubscription,
  NotificationsQuery,
  type Notification,
  type NotificationConnection,
} from '../api/documents';
import { useQuery } from '../api/hooks';
import { useSession } from '../session/hooks';

const PAGE_SIZE = 20;

interface State {
  items: Notification[];
  unreadCount: number | null;
  hasNextPage: boolean;
  endCursor: string | null;
}

type Action =
  | { type: 'reset' }
  | { type: 'loaded'; connection: NotificationConnection }
  | { type: 'appended'; connection: NotificationConnection }
  | { type: 'added'; notification: Notification }
  | { type: 'read'; unreadCount: number; at: string };

const initialState: State = { items: [], unreadCount: null, hasNextPage: false, endCursor: null };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'reset':
      return initialState;
    case 'loaded': {
      const loaded = action.connection.edges.map((edge) => edge.node);
      // Live events newer than this page (the query may have been answered before they happened) are kept.
      const ids = new Set(loaded.map((item) => item.id));
      const newest = loaded[0]?.createdAt ?? '';
      const newer = state.items.filter((item) => !ids.has(item.id) && item.createdAt > newest);
      return {
        items: [...newer, ...loaded],
        unreadCount: action.connection.unreadCount + newer.filter((item) => !item.readAt).length,
        hasNextPage: action.connection.pageInfo.hasNextPage,
        endCursor: action.connection.pageInfo.endCursor,
      };
    }
    case 'appended': {
      const known = new Set(state.items.map((item) => item.id));
      return {
        ...state,
        items: [...state.items, ...action.connection.edges.map((edge) => edge.node).filter((n) => !known.has(n.id))],
        hasNextPage: action.connection.pageInfo.hasNextPage,
        endCursor: action.connection.pageInfo.endCursor,
      };
    }
    case 'added':
      if (state.items.some((item) => item.id === action.notification.id)) return state;
      return {
        ...state,
        items: [action.notification, ...state.items],
        unreadCount: (state.unreadCount ?? 0) + (action.notification.readAt ? 0 : 1),
      };
    case 'read':
      return {
        ...state,
        unreadCount: action.unreadCount,
        items: state.items.map((item) => (item.readAt ? item : { ...item, readAt: action.at })),
      };
  }
}

type AddedListener = (notification: Notification) => void;

export interface NotificationsContextValue {
  items: Notification[];
  /** null until the first page has loaded. */
  unreadCount: number | null;
  hasNextPage: boolean;
  loading: boolean;
  failed: boolean;
  /** The live subscription is connected. */
  live: boolean;
  loadMore: () => Promise<void>;
  markAllRead: () => Promise<void>;
  /** Called for every live notification; returns the unsubscribe function. */
  onAdded: (listener: AddedListener) => () => void;
}

const NotificationsContext = createContext<NotificationsContextValue | null>(null);

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { client, token, connection } = useSession();
  const signedIn = token !== null;
  const [state, dispatch] = useReducer(reducer, initialState);
  const listeners = useRef(new Set<AddedListener>());
  const query = useQuery(NotificationsQuery, { first: PAGE_SIZE }, { pause: !signedIn });
  const { refetch } = query;

  // A new identity starts from nothing.
  useEffect(() => dispatch({ type: 'reset' }), [client]);

  useEffect(() => {
    const connectionData = query.data?.me?.notifications;
    if (connectionData) dispatch({ type: 'loaded', connection: connectionData });
  }, [query.data]);

  // Live events.
  useEffect(() => {
    if (!signedIn) return;
    const subscription = client.subscription(NotificationAddedSubscription, {}).subscribe((result) => {
      const notification = result.data?.notificationAdded;
      if (!notification) return;
      dispatch({ type: 'added', notification });
      for (const listener of listeners.current) listener(notification);
    });
    return () => subscription.unsubscribe();
  }, [client, signedIn]);

  // Events may have been missed while the socket was down or the tab asleep: catch up.
  useEffect(() => {
    if (connection === 'connected') refetch();
  }, [connection, refetch]);
  useEffect(() => {
    if (!signedIn) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [signedIn, refetch]);

  // The installed app's icon badge, where the platform has one.
  useEffect(() => {
    if (!('setAppBadge' in navigator)) return;
    const count = signedIn ? (state.unreadCount ?? 0) : 0;
    const update = count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge();
    update.catch(() => undefined);
  }, [signedIn, state.unreadCount]);

  const endCursor = state.endCursor;
  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    const result = await client.query(NotificationsQuery, { first: PAGE_SIZE, after: endCursor }).toPromise();
    const more = result.data?.me?.notifications;
    if (more) dispatch({ type: 'appended', connection: more });
  }, [client, endCursor]);

  const unreadCount = state.unreadCount;
  const markAllRead = useCallback(async () => {
    if (!unreadCount) return;
    const at = new Date().toISOString();
    const result = await client.mutation(MarkNotificationsReadMutation, { input: {} }).toPromise();
    const payload = result.data?.markNotificationsRead;
    if (payload && payload.errors.length === 0) dispatch({ type: 'read', unreadCount: payload.unreadCount, at });
  }, [client, unreadCount]);

  const onAdded = useCallback((listener: AddedListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const value = useMemo<NotificationsContextValue>(
    () => ({
      items: state.items,
      unreadCount: state.unreadCount,
      hasNextPage: state.hasNextPage,
      loading: query.fetching && state.unreadCount === null,
      failed: Boolean(query.error) && state.unreadCount === null,
      live: connection === 'connected',
      loadMore,
      markAllRead,
      onAdded,
    }),
    [state, query.fetching, query.error, connection, loadMore, markAllRead, onAdded],
  );

  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsContextValue {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications must be used inside <NotificationsProvider>');
  return value;
}
