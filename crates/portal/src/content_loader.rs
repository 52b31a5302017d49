//! Loads the content directory into the store on start. Loading is an upsert that bumps the
//! sequence only for records whose payload changed and tombstones records that left the files,
//! so restarting with the same content adds nothing to the feed.

use crate::ba_import;
use crate::records::{entity_row, job_row};
use crate::store::{ContentRow, PortalStore, WriteStats, SOURCE_CONTENT};
use crate::translations::Translations;
use anyhow::{bail, Context};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use welcome_protocol::{
    Checklist, Entity, Guide, LocalizedText, Municipality, Office, PlanRules, Texts,
    CONTENT_FALLBACK,
};

/// The content directory of this workspace, for development and tests.
pub fn bundled_content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

#[derive(Deserialize)]
struct MunicipalityFile {
    municipality: Vec<Municipality>,
}
#[derive(Deserialize)]
struct OfficeFile {
    office: Vec<Office>,
}
#[derive(Deserialize)]
struct GuideFile {
    guide: Vec<Guide>,
}

/// Everything read from a content directory, validated.
#[derive(Debug, Default)]
pub struct Content {
    pub municipalities: Vec<Municipality>,
    pub entities: Vec<Entity>,
    pub jobs: Vec<welcome_protocol::JobDetail>,
    /// The translations into the other app languages (already applied to `entities`).
    pub translations: Translations,
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

fn toml_file<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<T> {
    toml::from_str(&read(path)?).with_context(|| format!("parsing {}", path.display()))
}

pub(crate) fn files(dir: &Path, ext: &str) -> anyhow::Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    out.sort();
    Ok(out)
}

fn need_text(t: &LocalizedText, file: &Path, record: &str, what: &str) -> anyhow::Result<()> {
    if !t.has_required_languages() {
        bail!(
            "{}: record {record}: {what} needs de and en",
            file.display()
        );
    }
    Ok(())
}

fn unique(
    seen: &mut HashSet<(String, String)>,
    kind: &str,
    id: &str,
    file: &Path,
) -> anyhow::Result<()> {
    if id.trim().is_empty() {
        bail!("{}: a {kind} without id", file.display());
    }
    if !seen.insert((kind.to_owned(), id.to_owned())) {
        bail!("{}: record {id}: duplicate {kind} id", file.display());
    }
    Ok(())
}

/// Reads and validates a content directory.
pub fn read_content(dir: &Path) -> anyhow::Result<Content> {
    if !dir.is_dir() {
        bail!("content directory {} does not exist", dir.display());
    }
    let mut seen = HashSet::new();
    let mut content = Content::default();
    let mfile = dir.join("municipalities.toml");
    if mfile.exists() {
        let m: MunicipalityFile = toml_file(&mfile)?;
        for x in &m.municipality {
            unique(&mut seen, "municipality", &x.id, &mfile)?;
        }
        content.municipalities = m.municipality;
    }
    let towns: HashSet<&str> = content
        .municipalities
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    let town = |id: &str, file: &Path, record: &str| -> anyhow::Result<()> {
        if !towns.contains(id) {
            bail!(
                "{}: record {record}: unknown municipality {id:?}",
                file.display()
            );
        }
        Ok(())
    };
    let mut entities: Vec<Entity> = content
        .municipalities
        .iter()
        .cloned()
        .map(Entity::Municipality)
        .collect();
    for file in files(&dir.join("checklists"), "toml")? {
        let c: Checklist = toml_file(&file)?;
        unique(&mut seen, "checklist", &c.id, &file)?;
        need_text(&c.title, &file, &c.id, "title")?;
        let mut items = HashSet::new();
        for item in &c.items {
            if !items.insert(item.id.as_str()) {
                bail!(
                    "{}: record {}: duplicate item {}",
                    file.display(),
                    c.id,
                    item.id
                );
            }
            need_text(&item.title, &file, &item.id, "title")?;
        }
        entities.push(Entity::Checklist(c));
    }
    for file in files(&dir.join("offices"), "toml")? {
        let f: OfficeFile = toml_file(&file)?;
        for o in f.office {
            unique(&mut seen, "office", &o.id, &file)?;
            need_text(&o.name, &file, &o.id, "name")?;
            town(&o.municipality_id, &file, &o.id)?;
            for s in &o.serves {
                town(s, &file, &o.id)?;
            }
            entities.push(Entity::Office(o));
        }
    }
    let gfile = dir.join("guides.toml");
    if gfile.exists() {
        let f: GuideFile = toml_file(&gfile)?;
        for g in f.guide {
            unique(&mut seen, "guide", &g.id, &gfile)?;
            town(&g.municipality_id, &gfile, &g.id)?;
            entities.push(Entity::Guide(g));
        }
    }
    let pfile = dir.join("plan-rules.toml");
    if pfile.exists() {
        let p: PlanRules = toml_file(&pfile)?;
        for path in &p.paths {
            need_text(&path.title, &pfile, &path.id, "title")?;
        }
        for rule in &p.points {
            need_text(&rule.label, &pfile, &rule.key, "label")?;
        }
        entities.push(Entity::PlanRules(p));
    }
    for file in files(&dir.join("jobs"), "json")? {
        let jobs = ba_import::parse(&read(&file)?, &content.municipalities)
            .with_context(|| format!("importing {}", file.display()))?;
        for j in jobs {
            unique(&mut seen, "job", &j.summary.id, &file)?;
            content.jobs.push(j);
        }
    }
    for entity in &mut entities {
        only_originals(entity)?;
    }
    content.translations = Translations::read(dir)?;
    for entity in &mut entities {
        content.translations.apply(entity);
    }
    content.entities = entities;
    Ok(content)
}

/// The content files hold the originals only; a translation written beside them would be
/// served as an original, without the status that tells readers nobody checked it.
fn only_originals(entity: &mut Entity) -> anyhow::Result<()> {
    let (kind, id) = (entity.kind().as_str(), entity.id().to_owned());
    let mut stray = None;
    entity.for_each_text(&mut |text: &mut LocalizedText| {
        if let Some(lang) = text.languages().find(|l| !CONTENT_FALLBACK.contains(l)) {
            stray.get_or_insert_with(|| lang.to_owned());
        }
    });
    match stray {
        Some(lang) => bail!(
            "{kind} {id}: a text in {lang:?}; translations belong in translations/{lang}.toml"
        ),
        None => Ok(()),
    }
}

/// Rows of the content, ready for the store.
pub fn rows(content: &Content) -> anyhow::Result<Vec<ContentRow>> {
    let mut rows = content
        .entities
        .iter()
        .map(entity_row)
        .collect::<anyhow::Result<Vec<_>>>()?;
    for j in &content.jobs {
        rows.push(job_row(j)?);
    }
    Ok(rows)
}

/// Reads `dir` and brings the store's content records in line with it.
pub fn load(store: &dyn PortalStore, dir: &Path) -> anyhow::Result<WriteStats> {
    load_with(store, dir, true)
}

/// Like [`load`]; without `jobs`, the job files are still validated but not stored (and
/// jobs loaded from them earlier become tombstones).
pub fn load_with(store: &dyn PortalStore, dir: &Path, jobs: bool) -> anyhow::Result<WriteStats> {
    let mut content = read_content(dir)?;
    if !jobs {
        content.jobs.clear();
    }
    store.write_content(&rows(&content)?, SOURCE_CONTENT, true)
}

/// The municipalities currently in the store (for the importer and the generator).
pub fn stored_municipalities(store: &dyn PortalStore) -> anyhow::Result<Vec<Municipality>> {
    let mut out: Vec<Municipality> = store
        .live_content()?
        .into_iter()
        .filter(|(k, _)| k == "municipality")
        .map(|(_, p)| serde_json::from_str(&p))
        .collect::<Result<_, _>>()?;
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}
