// Writes the generated JSON Schemas and package.json's configuration from the zod schemas in schemas/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { configurationProperties, generatedSchemaFiles } from '../schemas/generate';

for (const [path, content] of Object.entries(generatedSchemaFiles())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes.configuration.properties = configurationProperties();
writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log('updated package.json contributes.configuration');
