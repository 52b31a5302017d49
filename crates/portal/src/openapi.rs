//! The OpenAPI 3.1 document, built from the route table the router is built from and from the
//! JSON Schemas of the protocol types (schemars, feature `schema` of welcome-protocol), so neither
//! the routes nor the shapes nor the limits can drift from what is served.
//!
//! Request schemas describe what the portal *accepts* (serde's deserialize side: strict, with
//! `additionalProperties: false` where unknown fields are a 400); response schemas describe what
//! it *sends* (the serialize side). Both land in `components/schemas`.

use crate::routes::{Answer, RouteSpec, ROUTES};
use axum::http::header;
use axum::response::IntoResponse;
use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::{JsonSchema, Schema};
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use welcome_protocol::{ApiError, NDJSON};

/// The OpenAPI version of the document; 3.1 because its schemas are JSON Schema 2020-12, which
/// is what schemars writes (3.0 lacks `propertyNames`, `const` and type arrays).
pub const OPENAPI_VERSION: &str = "3.1.0";

/// Media type of every JSON body.
const JSON: &str = "application/json";

/// The document itself; also the schema of its own route's answer.
#[derive(Debug, Serialize, JsonSchema)]
pub struct OpenApiDocument {
    /// The OpenAPI version, [`OPENAPI_VERSION`].
    #[schemars(regex(pattern = r"^3\.1\.[0-9]+$"))]
    pub openapi: String,
    pub info: OpenApiInfo,
    /// Operations by path, then by lower-case method.
    pub paths: BTreeMap<String, BTreeMap<String, Value>>,
    pub components: OpenApiComponents,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct OpenApiInfo {
    pub title: String,
    pub version: String,
    pub description: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct OpenApiComponents {
    /// JSON Schemas (2020-12) of the protocol types.
    pub schemas: BTreeMap<String, Value>,
    #[serde(rename = "securitySchemes")]
    pub security_schemes: BTreeMap<String, Value>,
}

/// A generator that writes its definitions where the document keeps them.
fn generator(settings: SchemaSettings) -> SchemaGenerator {
    settings
        .with(|s| {
            s.definitions_path = "/components/schemas".into();
            s.meta_schema = None;
        })
        .into_generator()
}

/// One generator per direction: a type can be read more leniently than it is written
/// (`#[serde(default)]` fields are optional in a request, always present in a response).
struct Generators {
    request: SchemaGenerator,
    response: SchemaGenerator,
}

impl Generators {
    fn new() -> Self {
        Self {
            request: generator(SchemaSettings::draft2020_12().for_deserialize()),
            response: generator(SchemaSettings::draft2020_12().for_serialize()),
        }
    }

    /// Both generators' definitions. A name defined differently by the two would make one of
    /// the two directions wrong, so it is an error (a test builds the document).
    fn into_components(mut self) -> Result<BTreeMap<String, Value>, String> {
        let mut all: BTreeMap<String, Value> = BTreeMap::new();
        for (name, mut schema) in self.request.take_definitions(true) {
            tidy_descriptions(&mut schema);
            all.insert(name, schema);
        }
        for (name, mut schema) in self.response.take_definitions(true) {
            tidy_descriptions(&mut schema);
            match all.get(&name) {
                Some(existing) if *existing != schema => {
                    return Err(format!(
                        "schema {name} differs between requests and responses"
                    ))
                }
                _ => {
                    all.insert(name, schema);
                }
            }
        }
        Ok(all)
    }
}

/// Descriptions come from the types' doc comments; their rustdoc links (`[`crate::X`]`) mean
/// nothing to an API reader, so they become plain code spans (`X`).
fn tidy_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(text) if key == "description" => {
                        *text = text
                            .replace("[`", "`")
                            .replace("`]", "`")
                            .replace("`crate::", "`");
                    }
                    _ => tidy_descriptions(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy_descriptions),
        _ => {}
    }
}

/// What an error status means on any route whose shape implies it.
fn generic_error(status: u16) -> &'static str {
    match status {
        400 => "`bad_request`: the query, path or body could not be parsed, breaks the schema's types, or has unknown fields.",
        401 => "`unauthorized`: no bearer token, or one that is unknown, revoked or expired.",
        413 => "`too_large`: the body is over 256 KiB.",
        415 => "`bad_request`: the body was not sent as application/json.",
        _ => "An error.",
    }
}

/// Every error status a route can answer: those its shape implies, then its own.
pub fn error_statuses(route: &RouteSpec) -> Vec<(u16, &'static str)> {
    let mut out: Vec<(u16, &'static str)> = Vec::new();
    let parses = route.request.is_some() || route.query.is_some() || !route.path_params.is_empty();
    let mut implied = |status: u16, when: bool| {
        if when {
            out.push((status, generic_error(status)));
        }
    };
    implied(400, parses);
    implied(401, route.auth);
    implied(413, route.request.is_some());
    implied(415, route.request.is_some());
    for &(status, meaning) in route.errors {
        match out.iter_mut().find(|(s, _)| *s == status) {
            Some(entry) => entry.1 = meaning,
            None => out.push((status, meaning)),
        }
    }
    out.sort_by_key(|(s, _)| *s);
    out
}

/// `"type": ["integer", "null"]` → `"integer"`: an absent parameter is how a query says null.
fn without_null(mut schema: Map<String, Value>) -> Map<String, Value> {
    if let Some(Value::Array(types)) = schema.get("type") {
        let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        let single = match rest.as_slice() {
            [one] => one.clone(),
            _ => Value::Array(rest),
        };
        schema.insert("type".into(), single);
    }
    schema
}

/// One query parameter per property of the route's query type; a property that holds JSON
/// (`contentMediaType`, see `welcome_protocol::schema::json_of`) becomes a parameter with
/// `application/json` content, so clients and fuzzers send real JSON in it.
fn query_parameters(query: Schema) -> Vec<Value> {
    let object = query.as_object().cloned().unwrap_or_default();
    let required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(Value::Object(properties)) = object.get("properties") else {
        return Vec::new();
    };
    properties
        .iter()
        .map(|(name, property)| {
            let mut property = property.clone();
            tidy_descriptions(&mut property);
            let mut schema = without_null(property.as_object().cloned().unwrap_or_default());
            let mut param =
                json!({"name": name, "in": "query", "required": required.contains(&name.as_str())});
            if let Some(description) = schema.remove("description") {
                param["description"] = description;
            }
            if schema.get("contentMediaType").and_then(Value::as_str) == Some(JSON) {
                let inner = schema.remove("contentSchema").unwrap_or(json!({}));
                param["content"] = json!({JSON: {"schema": inner}});
            } else {
                param["schema"] = Value::Object(schema);
            }
            param
        })
        .collect()
}

fn parameters(route: &RouteSpec, g: &mut Generators) -> Vec<Value> {
    let mut params: Vec<Value> = route
        .path_params
        .iter()
        .map(|p| {
            json!({"name": p.name, "in": "path", "required": true, "description": p.description,
                   "schema": (p.schema)(&mut g.request)})
        })
        .collect();
    if let Some(query) = route.query {
        params.extend(query_parameters(query(&mut g.request)));
    }
    params
}

/// The last segment of a `$ref`, for descriptions.
fn ref_name(schema: &Schema) -> &str {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .unwrap_or("value")
}

fn success(route: &RouteSpec, g: &mut Generators) -> Value {
    match route.answer {
        Answer::Empty => json!({"description": "Done; no body."}),
        Answer::Json(schema) => {
            json!({"description": "Success.", "content": {JSON: {"schema": schema(&mut g.response)}}})
        }
        Answer::Ndjson(line) => {
            let line = line(&mut g.response);
            let description = format!(
                "Newline-delimited JSON: every line is one {} (schema in `x-ndjson-line`), the \
                 last line is its `end` line; a page without it was cut off.",
                ref_name(&line)
            );
            json!({"description": description,
                   "content": {NDJSON: {"schema": {"type": "string"}, "x-ndjson-line": line}}})
        }
    }
}

fn operation(route: &RouteSpec, g: &mut Generators) -> Value {
    let mut responses = Map::new();
    responses.insert(route.success.to_string(), success(route, g));
    let error = schema_ref::<ApiError>(&mut g.response);
    for (status, meaning) in error_statuses(route) {
        responses.insert(
            status.to_string(),
            json!({"description": meaning, "content": {JSON: {"schema": error.clone()}}}),
        );
    }
    let id = route
        .path
        .trim_start_matches("/v1/")
        .replace(['/', '.', '{', '}'], "_");
    let mut op = json!({
        "summary": route.summary,
        "operationId": format!("{}_{}", route.method.as_str().to_lowercase(), id.trim_end_matches('_')),
        "responses": responses,
    });
    let mut params = parameters(route, g);
    if route.conditional {
        params.push(json!({"name": "If-None-Match", "in": "header", "required": false,
            "description": "Entity tags of copies held; an answer one of them names comes back as 304.",
            "schema": {"type": "string"}}));
        op["responses"]["304"] = json!({"description": "The copy named in `If-None-Match` is             this answer; no body. Only pages that more pages certainly follow carry an `ETag`             (with `Cache-Control: public, max-age=31536000, immutable`): any copy of one, however             old, stays a correct answer."});
    }
    if !params.is_empty() {
        op["parameters"] = Value::Array(params);
    }
    if let Some(request) = route.request {
        op["requestBody"] = json!({"required": true,
            "content": {JSON: {"schema": request(&mut g.request)}}});
    }
    if route.auth {
        op["security"] = json!([{"bearer": []}]);
    }
    op
}

fn schema_ref<T: JsonSchema>(g: &mut SchemaGenerator) -> Value {
    g.subschema_for::<T>().to_value()
}

/// The whole document, or why it cannot be built.
pub fn build() -> Result<OpenApiDocument, String> {
    let mut g = Generators::new();
    let mut paths: BTreeMap<String, BTreeMap<String, Value>> = BTreeMap::new();
    for route in ROUTES {
        paths.entry(route.path.to_owned()).or_default().insert(
            route.method.as_str().to_lowercase(),
            operation(route, &mut g),
        );
    }
    Ok(OpenApiDocument {
        openapi: OPENAPI_VERSION.to_owned(),
        info: OpenApiInfo {
            title: "welcome.RUHR portal API".into(),
            version: welcome_protocol::API_VERSION.into(),
            description: "Generated from the route table of crates/portal and the types of \
                          crates/protocol (welcome-protocol). Request bodies are parsed strictly; \
                          every error is an ApiError."
                .into(),
        },
        paths,
        components: OpenApiComponents {
            schemas: g.into_components()?,
            security_schemes: BTreeMap::from([(
                "bearer".to_owned(),
                json!({"type": "http", "scheme": "bearer"}),
            )]),
        },
    })
}

/// The document as JSON. Panics when it cannot be built, which the tests catch before anyone
/// else can.
pub fn document() -> Value {
    serde_json::to_value(build().unwrap_or_else(|e| panic!("the OpenAPI document: {e}")))
        .unwrap_or_else(|e| panic!("serialising the OpenAPI document: {e}"))
}

/// `GET /v1/openapi.json`: built once, served as bytes.
pub async fn serve() -> impl IntoResponse {
    static BODY: OnceLock<Vec<u8>> = OnceLock::new();
    let body = BODY.get_or_init(|| document().to_string().into_bytes());
    ([(header::CONTENT_TYPE, JSON)], body.as_slice())
}
