// One test transform for every project: swc with decorator metadata (type-graphql and TypeORM read it).
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // jose ships ES modules only; let swc turn it into CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testTimeout: 60000,
};
