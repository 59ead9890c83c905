import { contentEvents } from './content';
import { directoryEvents } from './directory';
import { identityEvents } from './identity';
import { messagingEvents } from './messaging';
import { notificationEvents } from './notification';

export * from './content';
export * from './directory';
export * from './identity';
export * from './messaging';
export * from './notification';

/** Every published contract: the catalogue (AsyncAPI) is generated from this list. */
export const allContracts = [...identityEvents, ...directoryEvents, ...messagingEvents, ...contentEvents, ...notificationEvents];
