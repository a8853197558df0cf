// 1. Validates the API contract against the OpenAPI 3.0 meta-schema and resolves every $ref.
// 2. Validates every example body in the corpus directory against the schema its file is named after
//    (changes_page.json → ChangesPage), so that the YAML's types, enums and patterns are checked
//    against what the encoders really write (test_openapi checks names and required-ness).
import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv04 from "ajv-draft-04";
import * as yaml from "js-yaml";

const [specFile, corpusDir] = process.argv.slice(2);

try {
  const api = await SwaggerParser.validate(specFile);
  console.log(`${specFile}: valid OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths, ` +
              `${Object.keys(api.components.schemas).length} schemas`);
} catch (error) {
  console.error(`${specFile}: ${error.message}`);
  process.exit(1);
}

// OpenAPI 3.0 schema objects are draft-04 JSON Schema plus `nullable`, `discriminator` and `example`.
// Ajv accepts `nullable` only next to `type`; `discriminator` only adds a hint to a oneOf that already
// decides by the tag's enum, so it is dropped.
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "discriminator" || key === "example") continue;
    out[key] = toJsonSchema(value);
  }
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

const doc = yaml.load(fs.readFileSync(specFile, "utf8"));
const ajv = new Ajv04({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ id: "api", components: toJsonSchema(doc.components) });

const pascal = (name) => name.split("_").map((p) => p[0].toUpperCase() + p.slice(1)).join("");
let failures = 0;
let checked = 0;
for (const file of fs.readdirSync(corpusDir).filter((f) => f.endsWith(".json")).sort()) {
  // review_item_copy.json is a second ReviewItem: the schema is the longest known prefix.
  let stem = path.basename(file, ".json");
  while (stem && !doc.components.schemas[pascal(stem)]) stem = stem.split("_").slice(0, -1).join("_");
  if (!stem) {
    console.error(`${file}: no schema named after it`);
    failures++;
    continue;
  }
  const validate = ajv.getSchema(`api#/components/schemas/${pascal(stem)}`);
  const body = JSON.parse(fs.readFileSync(path.join(corpusDir, file), "utf8"));
  checked++;
  if (!validate(body)) {
    failures++;
    console.error(`${file} is not a valid ${pascal(stem)}:`);
    for (const e of validate.errors) console.error(`  ${e.instancePath || "/"} ${e.message}`);
  }
}
console.log(`${checked} example bodies checked against their schemas, ${failures} invalid`);
process.exit(failures ? 1 : 0);
