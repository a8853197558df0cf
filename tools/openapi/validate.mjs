// Validates the API contract against the OpenAPI 3.0 meta-schema and resolves every $ref.
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
try {
  const api = await SwaggerParser.validate(file);
  const schemas = Object.keys(api.components?.schemas ?? {}).length;
  console.log(`${file}: valid OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths, ${schemas} schemas`);
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
