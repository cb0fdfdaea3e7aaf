import * as z from './zod';
import { fileTextRequest, teamConfigRequest, timelineRequest, workspaceFilesRequest } from './requests';
import { settingsSchema } from './settings';
import { teamConfigSchema } from './teamConfig';
import { fromWebviewSchema, toWebviewSchema } from './webviewMessages';

/** JSON Schema of every boundary shape, keyed by the path it is checked in at (regenerate: `npm run schemas`). */
export function generatedSchemaFiles(): Record<string, string> {
  return {
    'schemas/generated/settings.schema.json': `${JSON.stringify(z.toJSONSchema(settingsSchema, { io: 'input' }), null, 2)}\n`,
    'schemas/generated/postmortemrc.schema.json': `${JSON.stringify(z.toJSONSchema(teamConfigSchema, { io: 'input' }), null, 2)}\n`,
    'schemas/generated/requests.schema.json': `${JSON.stringify(
      {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $defs: Object.fromEntries(
          [timelineRequest, teamConfigRequest, workspaceFilesRequest, fileTextRequest].map((request) => [
            request.method,
            { params: z.toJSONSchema(request.params, { io: 'input' }), result: z.toJSONSchema(request.result, { io: 'input' }) },
          ]),
        ),
      },
      null,
      2,
    )}\n`,
    'schemas/generated/webviewMessages.schema.json': `${JSON.stringify(
      { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { fromWebview: z.toJSONSchema(fromWebviewSchema, { io: 'input' }), toWebview: z.toJSONSchema(toWebviewSchema, { io: 'input' }) } },
      null,
      2,
    )}\n`,
  };
}

/** package.json `contributes.configuration.properties`, derived from the same zod schema. */
export function configurationProperties(): Record<string, Record<string, unknown>> {
  const jsonSchema = z.toJSONSchema(settingsSchema, { io: 'input' }) as { properties: Record<string, Record<string, unknown>> };
  const properties: Record<string, Record<string, unknown>> = {};
  for (const [key, property] of Object.entries(jsonSchema.properties)) {
    const { description, ...rest } = property;
    // Settings are read per resource, so a workspace folder can override them.
    properties[`postmortem.${key}`] = { ...rest, markdownDescription: description, scope: 'resource' };
  }
  return properties;
}
