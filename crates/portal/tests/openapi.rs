//! The OpenAPI document: every operation's body and answer is a real schema from the protocol
//! types, the limits the portal enforces are in it, and the portal answers bad requests the way
//! it says (JSON errors with the documented statuses).

mod support;

use serde_json::{json, Value};
use support::Backend;
use support::{expect_error, portal};
use welcome_protocol::{
    MAX_CLIENT_ID_CHARS, MAX_DEVICE_NAME_CHARS, MAX_EMAIL_CHARS, MAX_FIELDS_PER_SET,
    MAX_MUTATIONS_PER_BATCH, MAX_PAGE_SIZE, MAX_PASSWORD_CHARS, MAX_RECORD_ID_CHARS,
    MIN_PASSWORD_CHARS,
};

fn doc() -> Value {
    welcome_portal::openapi::document()
}

/// The component a `{"$ref": "#/components/schemas/X"}` names, after checking it exists.
fn component<'a>(doc: &'a Value, schema: &Value, what: &str) -> &'a Value {
    let name = schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .unwrap_or_else(|| panic!("{what}: not a component reference: {schema}"));
    let found = &doc["components"]["schemas"][name];
    assert!(found.is_object(), "{what}: no component {name}");
    found
}

/// Not the bare `{"type": "object"}` the document used to have: it says what is inside.
fn is_real(schema: &Value) -> bool {
    let o = schema.as_object().unwrap();
    [
        "properties",
        "oneOf",
        "anyOf",
        "allOf",
        "additionalProperties",
        "enum",
        "const",
    ]
    .iter()
    .any(|k| o.contains_key(*k))
        || o.get("type").is_some_and(|t| t != "object")
}

fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            out.push((method.to_uppercase(), path.clone(), op));
        }
    }
    out
}

#[test]
fn every_body_and_answer_is_a_component_schema() {
    let doc = doc();
    assert_eq!(doc["openapi"], "3.1.0");
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        assert!(
            is_real(schema),
            "component {name} is a bare object: {schema}"
        );
    }
    for (method, path, op) in operations(&doc) {
        let what = format!("{method} {path}");
        if let Some(body) = op.get("requestBody") {
            let schema = &body["content"]["application/json"]["schema"];
            let request = component(&doc, schema, &what);
            assert_eq!(
                request["additionalProperties"],
                json!(false),
                "{what}: request bodies are parsed strictly"
            );
        }
        let responses = op["responses"].as_object().unwrap();
        let (status, ok) = responses
            .iter()
            .find(|(s, _)| s.starts_with('2'))
            .unwrap_or_else(|| panic!("{what}: no success answer"));
        if status != "204" {
            let content = ok["content"].as_object().unwrap();
            assert_eq!(content.len(), 1, "{what}");
            let (media, media_object) = content.iter().next().unwrap();
            match media.as_str() {
                "application/json" => {
                    component(&doc, &media_object["schema"], &what);
                }
                "application/x-ndjson" => {
                    assert_eq!(media_object["schema"], json!({"type": "string"}), "{what}");
                    let line = component(&doc, &media_object["x-ndjson-line"], &what);
                    assert!(line["oneOf"].is_array(), "{what}: lines are a tagged union");
                }
                other => panic!("{what}: unexpected media type {other}"),
            }
        }
        for (status, answer) in responses {
            if status.starts_with('2') {
                continue;
            }
            if status == "304" {
                // Not modified: no body, only on routes that take `If-None-Match`.
                assert!(answer.get("content").is_none(), "{what} 304 has no body");
                continue;
            }
            let schema = &answer["content"]["application/json"]["schema"];
            assert_eq!(
                schema["$ref"], "#/components/schemas/ApiError",
                "{what} {status}"
            );
            assert!(answer["description"]
                .as_str()
                .is_some_and(|d| !d.is_empty()));
        }
        let statuses: Vec<&str> = responses.keys().map(String::as_str).collect();
        if op.get("requestBody").is_some() {
            for s in ["400", "413", "415"] {
                assert!(statuses.contains(&s), "{what} documents {s}");
            }
        }
        if op.get("security").is_some() {
            assert!(statuses.contains(&"401"), "{what} documents 401");
        }
        if op.get("parameters").is_some() {
            assert!(statuses.contains(&"400"), "{what} documents 400");
        }
    }
}

#[test]
fn the_limits_the_portal_enforces_are_in_the_schemas() {
    let doc = doc();
    let s = &doc["components"]["schemas"];
    let register = &s["RegisterRequest"]["properties"];
    assert_eq!(register["email"]["format"], "email");
    assert_eq!(register["email"]["maxLength"], MAX_EMAIL_CHARS);
    assert_eq!(register["password"]["minLength"], MIN_PASSWORD_CHARS);
    assert_eq!(register["password"]["maxLength"], MAX_PASSWORD_CHARS);
    let login = &s["LoginRequest"]["properties"];
    assert_eq!(login["email"]["maxLength"], MAX_EMAIL_CHARS);
    assert_eq!(login["password"]["maxLength"], MAX_PASSWORD_CHARS);
    assert_eq!(login["device_name"]["maxLength"], MAX_DEVICE_NAME_CHARS);
    let batch = &s["MutationBatch"]["properties"];
    assert_eq!(batch["client_id"]["pattern"], "^[!-~]{1,128}$");
    assert_eq!(batch["client_id"]["minLength"], 1);
    assert_eq!(batch["client_id"]["maxLength"], MAX_CLIENT_ID_CHARS);
    assert_eq!(batch["mutations"]["maxItems"], MAX_MUTATIONS_PER_BATCH);
    let mutation = &s["Mutation"];
    assert_eq!(mutation["additionalProperties"], json!(false));
    assert_eq!(mutation["properties"]["record_id"]["minLength"], 1);
    assert_eq!(
        mutation["properties"]["record_id"]["maxLength"],
        MAX_RECORD_ID_CHARS
    );
    assert_eq!(s["Hlc"]["pattern"], welcome_protocol::HLC_PATTERN);
    let set = s["RecordChange"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["properties"]["op"]["const"] == "set")
        .unwrap();
    assert_eq!(set["additionalProperties"], json!(false));
    let fields = &set["properties"]["fields"];
    assert_eq!(fields["propertyNames"]["pattern"], "^[A-Za-z0-9_]{1,64}$");
    assert_eq!(fields["minProperties"], 1);
    assert_eq!(fields["maxProperties"], MAX_FIELDS_PER_SET);
    let circle = &s["Circle"]["properties"];
    assert_eq!(circle["lat"]["minimum"], -90.0);
    assert_eq!(circle["lon"]["maximum"], 180.0);
    assert_eq!(circle["radius_km"]["minimum"], 0.0);

    for path in ["/v1/feed", "/v1/me/feed"] {
        let params = doc["paths"][path]["get"]["parameters"].as_array().unwrap();
        let by_name = |n: &str| params.iter().find(|p| p["name"] == n).unwrap();
        let limit = &by_name("limit")["schema"];
        assert_eq!(limit["type"], "integer", "{path}");
        assert_eq!(limit["minimum"], 1, "{path}");
        assert_eq!(limit["maximum"], MAX_PAGE_SIZE, "{path}");
        assert_eq!(by_name("cursor")["schema"]["type"], "string", "{path}");
        assert!(params.iter().all(|p| p["required"] == false));
        assert!(params
            .iter()
            .all(|p| p["in"] == "query" || p["name"] == "If-None-Match"));
    }
    let feed = doc["paths"]["/v1/feed"]["get"]["parameters"]
        .as_array()
        .unwrap();
    let scope = feed.iter().find(|p| p["name"] == "scope").unwrap();
    assert_eq!(
        scope["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/JobScope"
    );
    let job = &doc["paths"]["/v1/jobs/{id}"]["get"]["parameters"][0];
    assert_eq!(
        (&job["in"], &job["required"]),
        (&json!("path"), &json!(true))
    );
    assert_eq!(job["schema"]["minLength"], 1);
    // Routes that may become rate limited say so, so a fuzzer accepts their 429.
    for path in ["/v1/accounts", "/v1/sessions"] {
        assert!(doc["paths"][path]["post"]["responses"]["429"].is_object());
    }
}

/// The answers the document promises for bad requests, over real HTTP.
async fn bad_requests_are_the_documented_json_errors(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("schema@example.org").await;
    let url = t.url("/v1/me/mutations");
    let batch = json!({"client_id": "c1", "mutations": []}).to_string();
    // Wrong or missing media type: 415, never parsed.
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut req = t.http.post(&url).bearer_auth(&s.token).body(batch.clone());
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        expect_error(req.send().await.unwrap(), 415).await;
    }
    let ok = t
        .http
        .post(&url)
        .bearer_auth(&s.token)
        .header("content-type", "application/json; charset=utf-8")
        .body(batch)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    // A batch that breaks the envelope's schema is refused whole.
    for body in [
        json!({"client_id": "has space", "mutations": []}),
        json!({"client_id": "x".repeat(129), "mutations": []}),
        json!({"client_id": "caf\u{e9}", "mutations": []}),
    ] {
        let resp = t
            .http
            .post(&url)
            .bearer_auth(&s.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_error(resp, 422).await;
    }
    // Over-long login values are refused before any password hashing.
    let resp = t
        .http
        .post(t.url("/v1/sessions"))
        .json(
            &json!({"email": "schema@example.org", "password": "a long enough password",
                      "device_name": "d".repeat(MAX_DEVICE_NAME_CHARS + 1)}),
        )
        .send()
        .await
        .unwrap();
    expect_error(resp, 422).await;
    // Query strings: unknown, malformed, out of range.
    for query in [
        "limit=0",
        "limit=-1",
        "limit=x",
        "limit=1&limit=2",
        "nope=1",
    ] {
        let resp = t
            .http
            .get(t.url(&format!("/v1/me/feed?{query}")))
            .bearer_auth(&s.token)
            .send()
            .await
            .unwrap();
        expect_error(resp, 400).await;
    }
    // The health answer is its schema's shape.
    let health: welcome_protocol::HealthResponse = t
        .http
        .get(t.url("/v1/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (health.status.as_str(), health.api_version.as_str()),
        ("ok", "v1")
    );
    t.p.shutdown().await;
}

support::on_each_backend!(async: bad_requests_are_the_documented_json_errors);
