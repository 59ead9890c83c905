module.exports = { ...require('../../jest.preset.js'), roots: ['<rootDir>'], testMatch: ['**/?(*.)+(spec|int-spec|e2e-spec).ts'] };
