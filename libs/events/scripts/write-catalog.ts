import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allContracts, buildAsyncApiDocument } from '../src';

const target = resolve(__dirname, '../asyncapi.json');
const document = buildAsyncApiDocument(allContracts, '1.0.0');
writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
console.log(`Wrote ${allContracts.length} event contracts to ${target}`);
