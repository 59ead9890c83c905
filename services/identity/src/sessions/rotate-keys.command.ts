import { createServiceDataSource } from '@kizuna/data';
import { ConfigurationError, parseSettings, serviceSettings } from '@kizuna/runtime';
import { sessionSettingsShape, signingKeyPolicy } from './session-settings';
import { SigningKeyEntity } from './signing-key.entity';
import { TokenIssuer } from './token-issuer';

/**
 * `main.ts rotate-keys [--immediately]`: adds a signing key that is published at once and signs
 * after SIGNING_KEY_PUBLISH_AHEAD_SECONDS; running instances pick it up when they next reload.
 * `--immediately` (a key leaked) signs with the new key at once and deletes the others.
 */
export async function rotateKeysCommand(argv: string[] = process.argv): Promise<void> {
  const settings = parseSettings(serviceSettings.pick({ DATABASE_URL: true }).extend(sessionSettingsShape).loose());
  const dataSource = createServiceDataSource({ schema: 'identity', databaseUrl: settings.DATABASE_URL, entities: [SigningKeyEntity], migrations: [] });
  await dataSource.initialize();
  try {
    const issuer = new TokenIssuer(dataSource, signingKeyPolicy(settings));
    const rotation = await issuer.rotate({ immediately: argv.includes('--immediately') });
    console.log(
      JSON.stringify({
        rotated: true,
        kid: rotation.kid,
        activatesAt: rotation.activatesAt.toISOString(),
        retired: rotation.retired,
        published: issuer.keySet.keys.map((k) => k.kid),
      }),
    );
  } finally {
    await dataSource.destroy();
  }
}

export function runRotateKeysCommand(): void {
  rotateKeysCommand().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof ConfigurationError ? `[identity] ${error.message}` : error);
      process.exit(error instanceof ConfigurationError ? 78 : 1);
    },
  );
}
