"""Schemathesis hooks for the portal (loaded by scripts/api-fuzz/schemathesis.toml).

They check two things the built-in checks cannot read from an OpenAPI 3.1 document:

- NDJSON answers (the feeds): every line matches the schema in the media type's
  `x-ndjson-line`, and the last line is the page's `end` line.
- POST /v1/me/mutations answers a mutation that breaks the `Mutation` schema *inside* a 200, as
  `rejected`, so one bad change never blocks a device's queue. The built-in
  negative_data_rejection would call every such 200 a failure, so the config turns it off for that
  one operation and this check takes its place: a schema-breaking batch answered 200 must have a
  valid envelope, and no mutation that breaks the schema may be `applied`.
"""

import json

import jsonschema_rs
import schemathesis
from hypothesis.internal import lambda_sources

_describe_lambda = lambda_sources._lambda_description


def _describe_lambda_or_not(f):
    # Python 3.11's ast.parse can raise SystemError("AST constructor recursion depth mismatch")
    # when called deep in a recursion (CPython gh-106905); hypothesis calls it only to describe a
    # lambda in a strategy's repr, so a failure there must not end the run.
    try:
        return _describe_lambda(f)
    except SystemError:
        return "lambda: <unknown>"


lambda_sources._lambda_description = _describe_lambda_or_not

NDJSON = "application/x-ndjson"
MUTATIONS = "POST /v1/me/mutations"
_validators = {}


def _validator(case, ref):
    """A validator for one component of the document under test, cached per reference."""
    if ref not in _validators:
        components = case.operation.schema.raw_schema["components"]
        root = {"$ref": ref, "components": components}
        _validators[ref] = jsonschema_rs.Draft202012Validator(root, validate_formats=True)
    return _validators[ref]


def _media_type(response):
    values = response.headers.get("content-type") or [""]
    return values[0].split(";")[0].strip().lower()


@schemathesis.deserializer(NDJSON)
def _ndjson_as_text(ctx, response):
    # The document's schema for the whole body is a string; the lines are checked below.
    return response.content.decode("utf-8")


@schemathesis.check
def ndjson_lines_match_schema(ctx, response, case):
    if response.status_code != 200 or _media_type(response) != NDJSON:
        return None
    documented = case.operation.definition.raw["responses"]["200"]["content"][NDJSON]
    validator = _validator(case, documented["x-ndjson-line"]["$ref"])
    lines = response.content.decode("utf-8").split("\n")
    if lines[-1] != "":
        raise AssertionError("the NDJSON body does not end with a newline")
    lines = lines[:-1]
    if not lines:
        raise AssertionError("an empty page: every page ends with an end line")
    for number, line in enumerate(lines, 1):
        value = json.loads(line)
        errors = [e.message for e in validator.iter_errors(value)]
        if errors:
            raise AssertionError(f"line {number} breaks x-ndjson-line: {errors[0]}\n{line[:500]}")
        if (value.get("op") == "end") != (number == len(lines)):
            raise AssertionError(f"line {number}: the end line must be the last line, and only it")
    return None


@schemathesis.check
def invalid_mutations_are_never_applied(ctx, response, case):
    meta = case.meta
    if case.operation.label != MUTATIONS or meta is None or response.status_code != 200:
        return None
    if not meta.generation.mode.is_negative:
        return None
    body = case.body
    mutations = body.get("mutations") if isinstance(body, dict) else None
    if not isinstance(mutations, list):
        raise AssertionError("a body without a mutations array was answered 200")
    item = _validator(case, "#/components/schemas/Mutation")
    batch = _validator(case, "#/components/schemas/MutationBatch")
    envelope = dict(body, mutations=[m for m in mutations if item.is_valid(m)])
    if not batch.is_valid(envelope):
        errors = [e.message for e in batch.iter_errors(envelope)]
        raise AssertionError(f"a batch that breaks the MutationBatch schema was answered 200: {errors[0]}")
    results = response.json()["results"]
    if len(results) != len(mutations):
        raise AssertionError(f"{len(mutations)} mutations sent, {len(results)} results")
    for mutation, result in zip(mutations, results):
        if result["status"] == "applied" and not item.is_valid(mutation):
            errors = [e.message for e in item.iter_errors(mutation)]
            raise AssertionError(f"mutation {mutation.get('id')} breaks the schema but was applied: {errors[0]}")
    return None
