import { directoryEvents } from './directory';
import { identityEvents } from './identity';
import { notificationEvents } from './notification';

export * from './directory';
export * from './identity';
export * from './notification';

/** Every published contract: the catalogue (AsyncAPI) is generated from this list. */
export const allContracts = [...identityEvents, ...directoryEvents, ...notificationEvents];
