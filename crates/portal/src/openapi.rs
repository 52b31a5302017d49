//! The OpenAPI 3 document, built from the same route table as the router.

use crate::routes::{RouteSpec, ROUTES};
use axum::Json;
use serde_json::{json, Map, Value};

fn parameters(route: &RouteSpec) -> Value {
    let q = |name: &str, schema: Value, desc: &str| json!({"name": name, "in": "query", "required": false, "schema": schema, "description": desc});
    let mut params = Vec::new();
    if route.path.contains("{id}") {
        params.push(
            json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}),
        );
    }
    if route.path.ends_with("/feed") {
        params.push(q(
            "cursor",
            json!({"type": "string"}),
            "Opaque cursor from the previous page's end line",
        ));
        params.push(q(
            "limit",
            json!({"type": "integer", "minimum": 1, "maximum": welcome_protocol::MAX_PAGE_SIZE}),
            "Page size",
        ));
    }
    if route.path == "/v1/feed" {
        params.push(q(
            "scope",
            json!({"type": "string"}),
            "JSON of a JobScope; absent means no jobs",
        ));
    }
    Value::Array(params)
}

fn operation(route: &RouteSpec) -> Value {
    let schema = if route.produces == welcome_protocol::NDJSON {
        json!({"type": "string", "description": "newline-delimited JSON"})
    } else {
        json!({"type": "object"})
    };
    let mut responses = Map::new();
    let ok = if route.success == 204 {
        json!({"description": "done"})
    } else {
        json!({"description": "success", "content": {route.produces: {"schema": schema}}})
    };
    responses.insert(route.success.to_string(), ok);
    let error = json!({"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiError"}}}});
    let mut codes = vec!["400"];
    if route.auth {
        codes.push("401");
    }
    match route.path {
        "/v1/feed" | "/v1/me/feed" => codes.push("409"),
        "/v1/jobs/{id}" => codes.push("404"),
        "/v1/accounts" => codes.extend(["409", "422"]),
        "/v1/sessions" => codes.push("401"),
        _ => {}
    }
    if route.request.is_some() {
        codes.push("413");
    }
    for c in codes {
        responses.insert(c.to_owned(), error.clone());
    }
    let mut op = json!({
        "summary": route.summary,
        "operationId": format!("{}_{}", route.method.as_str().to_lowercase(), route.path.trim_start_matches("/v1/").replace(['/', '.', '{', '}'], "_")),
        "parameters": parameters(route),
        "responses": responses,
    });
    if let Some(req) = route.request {
        op["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{req}")}}}});
    }
    if route.auth {
        op["security"] = json!([{"bearer": []}]);
    }
    op
}

/// The whole document.
pub fn document() -> Value {
    let mut paths = Map::new();
    for route in ROUTES {
        let entry = paths
            .entry(route.path.to_owned())
            .or_insert_with(|| json!({}));
        entry[route.method.as_str().to_lowercase()] = operation(route);
    }
    let obj = |desc: &str| json!({"type": "object", "description": desc});
    json!({
        "openapi": "3.0.3",
        "info": {"title": "welcome.RUHR portal API", "version": welcome_protocol::API_VERSION,
                 "description": "Types are defined in crates/protocol (welcome-protocol)."},
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "ApiError": {"type": "object", "required": ["code", "message"],
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}}},
                "RegisterRequest": {"type": "object", "required": ["email", "password"], "additionalProperties": false,
                    "properties": {"email": {"type": "string"}, "password": {"type": "string", "minLength": welcome_protocol::MIN_PASSWORD_CHARS}}},
                "LoginRequest": {"type": "object", "required": ["email", "password"], "additionalProperties": false,
                    "properties": {"email": {"type": "string"}, "password": {"type": "string"}, "device_name": {"type": "string"}}},
                "MutationBatch": obj("protocol::MutationBatch: client_id and mutations (id, collection, record_id, hlc, change)"),
            }
        }
    })
}

pub async fn serve() -> Json<Value> {
    Json(document())
}
