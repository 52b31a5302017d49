//! Helpers for the JSON Schemas of these types (feature `schema`), used where a wire value is not
//! what its Rust type says, e.g. a query parameter that carries JSON in a string.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

/// A string that holds the JSON of a `T` (JSON Schema's `contentMediaType` and `contentSchema`):
/// the portal's OpenAPI document turns it into a parameter with `application/json` content.
pub fn json_of<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    let inner = generator.subschema_for::<T>();
    json_schema!({
        "type": "string",
        "contentMediaType": "application/json",
        "contentSchema": inner,
    })
}
