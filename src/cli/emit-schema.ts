/** `npm run schema:emit`: writes the SDL of the running schema to schema/schema.graphql. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiSchema, printApiSchema } from '../api/schema';
import { PROJECT_ROOT } from '../config';

buildApiSchema()
  .then((schema) => {
    const path = join(PROJECT_ROOT, 'schema', 'schema.graphql');
    writeFileSync(path, printApiSchema(schema));
    console.log(`Wrote ${path}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
