import { ConfigurationError, parseSettings, serviceSettings } from './settings';

describe('service settings', () => {
  it('names every missing or invalid setting', () => {
    try {
      parseSettings(serviceSettings, { PORT: 'eighty', KAFKA_BROKERS: '' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT is invalid/);
      expect(message).toMatch(/DATABASE_URL is required/);
    }
  });

  it('accepts a complete configuration and splits the broker list', () => {
    const settings = parseSettings(serviceSettings, {
      PORT: '4101',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kizuna',
      KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094',
    });
    expect(settings).toMatchObject({ PORT: 4101, KAFKA_BROKERS: ['127.0.0.1:9092', '127.0.0.1:9094'], TOPIC_PREFIX: '', LOG_LEVEL: 'info' });
  });

  it('rejects a database URL that is not PostgreSQL', () => {
    expect(() => parseSettings(serviceSettings, { PORT: '1', DATABASE_URL: 'mysql://root@localhost/db' })).toThrow(/DATABASE_URL is invalid/);
  });
});
