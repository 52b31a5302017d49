//! Checks of the Fluent catalogs that keep every language honest: each catalog parses; a locale
//! marked complete has every message of the source catalog; placeholders and selectors agree
//! across locales; every message id the code asks for exists; no message is unused.

use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use welcome_core::i18n::{available_locales, embedded_catalogs, LocaleStatus};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Message id → the variables it uses (`$name`), per locale.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables_of(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_vars(p, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn parse_locale(locale: &str) -> Messages {
    let mut messages = Messages::new();
    for (l, file, source) in embedded_catalogs() {
        if *l != locale {
            continue;
        }
        let resource = parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("i18n/{l}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables_of(value, &mut vars);
                }
                for attribute in &m.attributes {
                    variables_of(&attribute.value, &mut vars);
                }
                let previous = messages.insert(m.id.name.to_owned(), vars);
                assert!(
                    previous.is_none(),
                    "i18n/{l}: message {} is defined twice",
                    m.id.name
                );
            }
        }
    }
    messages
}

#[test]
fn every_catalog_parses_and_the_locale_list_matches_the_folders() {
    let folders: BTreeSet<String> = fs::read_dir(workspace().join("i18n"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = available_locales().iter().map(|l| l.code.clone()).collect();
    assert_eq!(
        folders, listed,
        "i18n/locales.toml must list exactly the locale folders"
    );
    for locale in &listed {
        assert!(
            !parse_locale(locale).is_empty(),
            "i18n/{locale} has no messages"
        );
    }
}

#[test]
fn complete_locales_have_every_source_message_and_no_extra_ones() {
    let source = parse_locale(welcome_core::i18n::source_locale());
    for info in available_locales() {
        let messages = parse_locale(&info.code);
        let extra: Vec<_> = messages
            .keys()
            .filter(|k| !source.contains_key(*k))
            .collect();
        assert!(
            extra.is_empty(),
            "i18n/{} has messages the source catalog lacks: {extra:?}",
            info.code
        );
        if info.status == LocaleStatus::Complete {
            let missing: Vec<_> = source
                .keys()
                .filter(|k| !messages.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty(),
                "i18n/{} is marked complete but lacks {missing:?}",
                info.code
            );
        }
    }
}

#[test]
fn placeholders_agree_across_locales() {
    let source = parse_locale(welcome_core::i18n::source_locale());
    for info in available_locales() {
        for (id, vars) in parse_locale(&info.code) {
            let expected = &source[&id];
            // A translation may leave out a variable (e.g. a plural form that spells out "one"),
            // but never use one the code does not pass.
            let unknown: Vec<_> = vars.difference(expected).collect();
            assert!(
                unknown.is_empty(),
                "i18n/{}: {id} uses unknown variables {unknown:?}",
                info.code
            );
        }
    }
}

/// Every quoted string and template literal prefix in the code of the app, CLI, core and UI.
struct CodeText {
    literals: BTreeSet<String>,
    /// `prefix-` of ids built at run time (`format!("error-{}", ..)`, `` `status-${s}` ``).
    dynamic_prefixes: BTreeSet<String>,
    /// Ids passed literally to a translation call.
    requested: BTreeSet<(String, String)>,
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(
                name.as_str(),
                "node_modules" | "dist" | "bindings" | "target" | "tests" | "fixtures"
            ) {
                source_files(&path, out);
            }
        } else if [".rs", ".ts", ".svelte"]
            .iter()
            .any(|ext| name.ends_with(ext))
            && !name.ends_with(".test.ts")
            && name != "tests.rs"
        {
            out.push(path);
        }
    }
}

fn source_files_all(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    out.extend(
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file()),
    );
}

fn code_text() -> CodeText {
    let root = workspace();
    let mut files = Vec::new();
    for dir in [
        "crates/core/src",
        "crates/cli/src",
        "src-tauri/src",
        "ui/src",
    ] {
        source_files(&root.join(dir), &mut files);
    }
    let literal = regex_lite::Regex::new(r#"["'`]([a-z][a-z0-9_]*(?:-[a-z0-9_]+)+)["'`]"#).unwrap();
    let dynamic =
        regex_lite::Regex::new(r#"["'`]([a-z][a-z0-9_]*(?:-[a-z0-9_]+)*-)(?:\{|\$\{)"#).unwrap();
    let call = regex_lite::Regex::new(
        r#"(?:\bt|t_args|\.attr|invalid)\(\s*["']([a-z][a-z0-9_]*(?:-[a-z0-9_]+)+)["']"#,
    )
    .unwrap();
    let mut text = CodeText {
        literals: BTreeSet::new(),
        dynamic_prefixes: BTreeSet::new(),
        requested: BTreeSet::new(),
    };
    for file in files {
        let content = fs::read_to_string(&file).unwrap();
        let shown = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .display()
            .to_string();
        for c in literal.captures_iter(&content) {
            text.literals.insert(c[1].to_owned());
        }
        for c in dynamic.captures_iter(&content) {
            text.dynamic_prefixes.insert(c[1].to_owned());
        }
        for c in call.captures_iter(&content) {
            text.requested.insert((c[1].to_owned(), shown.clone()));
        }
    }
    text
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let source = parse_locale(welcome_core::i18n::source_locale());
    let missing: Vec<_> = code_text()
        .requested
        .into_iter()
        .filter(|(id, _)| !source.contains_key(id))
        .collect();
    assert!(
        missing.is_empty(),
        "messages used in code but missing in i18n/en: {missing:?}"
    );
}

#[test]
fn no_message_is_unused() {
    let source = parse_locale(welcome_core::i18n::source_locale());
    let code = code_text();
    let referenced_by_messages: BTreeSet<String> = embedded_catalogs()
        .iter()
        .flat_map(|(_, _, s)| {
            regex_lite::Regex::new(r"\{\s*([a-z][a-z0-9-]*)\s*\}")
                .unwrap()
                .captures_iter(s)
                .map(|c| c[1].to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let unused: Vec<_> = source
        .keys()
        .filter(|id| {
            !code.literals.contains(*id)
                && !referenced_by_messages.contains(*id)
                && !code.dynamic_prefixes.iter().any(|p| {
                    id.strip_prefix(p.as_str()).is_some_and(|rest| {
                        code.literals.iter().any(|l| l == rest) || is_word_literal(rest)
                    })
                })
        })
        .collect();
    assert!(
        unused.is_empty(),
        "messages in i18n/en that no code uses: {unused:?}"
    );
}

/// Rest of a dynamic id (`error-` + `network`): the code names it as a plain word somewhere.
fn is_word_literal(rest: &str) -> bool {
    static WORDS: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            let root = workspace();
            let mut files = Vec::new();
            for dir in [
                "crates/core/src",
                "crates/protocol/src",
                "crates/cli/src",
                "src-tauri/src",
                "ui/src",
            ] {
                source_files(&root.join(dir), &mut files);
            }
            // Enum values reach the UI through the generated bindings (`"full_time" | ...`).
            source_files_all(&root.join("ui/src/bindings"), &mut files);
            let word = regex_lite::Regex::new(r#"["'`]([a-z][a-z0-9_]*)["'`]"#).unwrap();
            files
                .iter()
                .flat_map(|f| {
                    let content = fs::read_to_string(f).unwrap();
                    word.captures_iter(&content)
                        .map(|c| c[1].to_owned())
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .contains(rest)
}
