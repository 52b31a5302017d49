//! Embeds every Fluent catalog under `i18n/` into the binary, so the app and the CLI speak every
//! language with no files to install, and a new `.ftl` file needs no code change.

use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let i18n = manifest
        .join("../../i18n")
        .canonicalize()
        .expect("the workspace has i18n/");
    println!("cargo:rerun-if-changed={}", i18n.display());
    let mut entries = Vec::new();
    let mut locales: Vec<_> = fs::read_dir(&i18n)
        .expect("i18n/ is readable")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    for locale in locales {
        println!("cargo:rerun-if-changed={}", locale.path().display());
        let mut files: Vec<_> = fs::read_dir(locale.path())
            .expect("locale dir is readable")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            println!("cargo:rerun-if-changed={}", file.path().display());
            entries.push(format!(
                "    ({:?}, {:?}, include_str!({:?})),\n",
                locale.file_name().to_string_lossy(),
                file.file_name().to_string_lossy(),
                file.path().display().to_string()
            ));
        }
    }
    let meta = i18n.join("locales.toml");
    println!("cargo:rerun-if-changed={}", meta.display());
    let code = format!(
        "/// (locale, file name, Fluent source) of every catalog.\npub static CATALOGS: &[(&str, &str, &str)] = &[\n{}];\n/// i18n/locales.toml.\npub static LOCALES_TOML: &str = include_str!({:?});\n",
        entries.concat(),
        meta.display().to_string()
    );
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets this")).join("catalogs.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
