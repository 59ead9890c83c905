import { createLogger } from '@kizuna/runtime';
import { startGateway } from './server';
import { ConfigurationError, readSettings } from './settings';

async function main(): Promise<void> {
  let settings;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`[gateway] ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = createLogger('gateway', settings.LOG_LEVEL);
  const gateway = await startGateway(settings, log);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      gateway.stop().then(
        () => process.exit(0),
        (error) => {
          log.error({ err: error }, 'unclean shutdown');
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  console.error('[gateway] failed to start:', error);
  process.exit(1);
});
