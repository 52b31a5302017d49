//! A randomized, seed-reproducible checker of the whole user-data sync against the real portal.
//!
//! Each schedule draws 1 to 3 devices and 2 accounts, then interleaves user operations
//! (answers and statuses as fields, long notes, saved jobs and searches, delete and re-create,
//! household members, requests to a Welcome Guide and their withdrawal, login, logout keeping
//! or removing the data, account switch, portal address change) and the guide's answers, which
//! the portal writes into the user's records, with faults: a device closed mid-sync (its sync
//! cancelled at a random point and the data folder reopened), a portal restart, a restore from
//! an earlier backup, tombstone compaction, a proxy that drops, delays, cuts off or duplicates
//! answers, and clock skew.
//! Then everything heals and the checker asserts:
//! - every device of an account converges to what a fresh device of that account pulls;
//! - no change a user made is lost, unless a later change (by clock) overwrote it or the user
//!   chose to remove unsent changes (only such changes may be missing);
//! - nothing of one account ever reaches another account, on the portal or in the view of
//!   another account on a device;
//! - every outbox empties, and the content cache equals a fresh sync's.
//!
//! On failure it prints the seed and the shortest prefix of the schedule that still fails.
//! `SYNC_CHECKER_SCHEDULES` (default 100, well under a minute) and `SYNC_CHECKER_SEED` choose
//! the run, `SYNC_CHECKER_THREADS` the workers (default 3); `make soak` runs 10,000 and
//! `SYNC_CHECKER_REPORT` names a file for the report.

mod sync_support;

use sync_support::{forwardable, read_request, Request, RestartablePortal};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use welcome_core::contacts::GuideRequestDraft;
use welcome_core::secrets::MemoryTokenStore;
use welcome_core::sync::SyncOptions;
use welcome_core::Companion;
use welcome_protocol::{Collection, ContactMethod};

const PASSWORD: &str = "correct horse battery staple";
const ACCOUNTS: [&str; 2] = ["ada@example.org", "bo@example.org"];

// --- the faulty network ---------------------------------------------------------------------

/// What the proxy does to answers now; drawn per request from the schedule's random stream.
#[derive(Debug, Clone, Copy, Default)]
struct Faults {
    /// Chance in percent that an answer is lost (the portal did the work).
    drop: u32,
    /// Chance that an answer is cut off half-way.
    truncate: u32,
    /// Chance that a request reaches the portal twice (the first answer is lost).
    duplicate: u32,
    /// Chance of a delay of 10 to 60 ms.
    delay: u32,
}

#[derive(Default)]
struct FaultCounts {
    dropped: AtomicU64,
    truncated: AtomicU64,
    duplicated: AtomicU64,
    delayed: AtomicU64,
}

struct Proxy {
    url: String,
    faults: Arc<Mutex<(Faults, StdRng)>>,
    counts: Arc<FaultCounts>,
    /// The accept loop; it ends with the schedule, or every schedule of a long run would keep
    /// a listening socket open until the process runs out of file descriptors.
    accepting: tokio::task::JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accepting.abort();
    }
}

/// One request per connection, forwarded to `target`, its answer possibly mistreated.
async fn proxy(target: String, seed: u64) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let faults = Arc::new(Mutex::new((Faults::default(), StdRng::seed_from_u64(seed))));
    let counts = Arc::new(FaultCounts::default());
    let client = reqwest::Client::builder()
        .no_gzip()
        .no_zstd()
        .build()
        .unwrap();
    let (f, c) = (faults.clone(), counts.clone());
    let accepting = tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            // Head and body are written apart: without this, Nagle holds the body back.
            let _ = socket.set_nodelay(true);
            let (client, target, f, c) = (client.clone(), target.clone(), f.clone(), c.clone());
            tokio::spawn(async move {
                let Some(Request {
                    method,
                    path,
                    headers,
                    body,
                }) = read_request(&mut socket).await
                else {
                    return;
                };
                let headers = forwardable(headers, false);
                let (drop, truncate, duplicate, delay) = {
                    let mut g = f.lock().unwrap();
                    let (faults, rng) = &mut *g;
                    let mut roll = |p: u32| p > 0 && rng.gen_range(0..100) < p;
                    (
                        roll(faults.drop),
                        roll(faults.truncate),
                        roll(faults.duplicate),
                        roll(faults.delay),
                    )
                };
                let send = || {
                    let mut r = client
                        .request(method.parse().unwrap(), format!("{target}{path}"))
                        .body(body.clone());
                    for (k, v) in &headers {
                        r = r.header(k, v);
                    }
                    r.send()
                };
                if duplicate {
                    c.duplicated.fetch_add(1, Ordering::Relaxed);
                    if let Ok(r) = send().await {
                        let _ = r.bytes().await;
                    }
                }
                let Ok(response) = send().await else { return };
                let status = response.status().as_u16();
                let ctype = response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("application/octet-stream")
                    .to_owned();
                let Ok(answer) = response.bytes().await else {
                    return;
                };
                if delay {
                    c.delayed.fetch_add(1, Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(10 + (answer.len() % 50) as u64))
                        .await;
                }
                if drop {
                    c.dropped.fetch_add(1, Ordering::Relaxed);
                    return;
                }
                let head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: {ctype}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    answer.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let body = if truncate && answer.len() > 1 {
                    c.truncated.fetch_add(1, Ordering::Relaxed);
                    &answer[..answer.len() / 2]
                } else {
                    &answer[..]
                };
                let _ = socket.write_all(body).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    Proxy {
        url,
        faults,
        counts,
        accepting,
    }
}

// --- the world ------------------------------------------------------------------------------

/// A user's write as the checker remembers it: which account it belongs to and its clock.
#[derive(Debug, Clone)]
struct Write {
    account: Option<usize>,
    device: usize,
    collection: Collection,
    record: String,
    /// `None` for a deletion.
    field: Option<String>,
    value: Value,
    hlc: String,
    /// The user removed it from the device before it was surely uploaded.
    discarded: bool,
}

struct Device {
    dir: PathBuf,
    c: Companion,
    /// The account logged in, if any.
    account: Option<usize>,
    /// Whose data the device shows (the account that last logged in and kept it).
    owner: Option<usize>,
    /// Every account ever logged in here (the heal logs into each to send what waits).
    accounts: BTreeSet<usize>,
    url: String,
}

fn options() -> SyncOptions {
    SyncOptions {
        page_size: 50,
        // No fault waits for this timeout (a dropped answer closes its connection), so it
        // only has to outlast a password hash on a busy machine.
        read_timeout: Duration::from_secs(15),
        push_batch: 7,
        push_attempts: 2,
        retry_base: Duration::from_millis(5),
    }
}

fn open(dir: &Path, url: &str) -> Companion {
    let c = Companion::open_with(dir, Box::new(MemoryTokenStore::default())).unwrap();
    c.set_portal_url(url).unwrap();
    c.set_sync_options(options()).unwrap();
    c
}

/// The Welcome Guide the requests go to, with an account on the portal that answers them.
const GUIDE: &str = "guide-amira-haddad";

struct Guide {
    http: reqwest::Client,
    url: String,
    email: &'static str,
    token: String,
    answers: usize,
}

impl Guide {
    const EMAIL: &'static str = "guide@example.org";

    /// Registers the guide's account and links it to [`GUIDE`], as an operator does.
    async fn start(portal: &RestartablePortal, url: &str) -> Result<Self, String> {
        let mut guide = Self {
            http: reqwest::Client::new(),
            url: url.to_owned(),
            email: Self::EMAIL,
            token: String::new(),
            answers: 0,
        };
        let session: Value = guide
            .http
            .post(format!("{url}/v1/accounts"))
            .json(&json!({"email": guide.email, "password": PASSWORD}))
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| format!("guide account: {e}"))?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        let user = session["user_id"].as_str().unwrap_or_default().to_owned();
        guide.token = session["token"].as_str().unwrap_or_default().to_owned();
        portal
            .admin()
            .set_guide_account(&user, GUIDE)
            .map_err(|e| e.to_string())?;
        Ok(guide)
    }

    /// Answers the k-th unanswered request, if there is one: its message and the answer. A
    /// portal restored from a backup has forgotten sessions made after it: the guide logs in
    /// again.
    async fn answer(&mut self, k: usize) -> Result<Option<(String, String)>, String> {
        let mut list = self.list().await?;
        if list.is_none() {
            self.login().await?;
            list = self.list().await?;
        }
        let open: Vec<&Value> = list
            .as_ref()
            .and_then(|l| l["requests"].as_array())
            .into_iter()
            .flatten()
            .filter(|r| r["answer"].is_null())
            .collect();
        let Some(request) = open.get(k % open.len().max(1)) else {
            return Ok(None);
        };
        let id = request["id"].as_str().unwrap_or_default();
        let message = request["message"].as_str().unwrap_or_default().to_owned();
        self.answers += 1;
        let answer = format!("guide:answer {}", self.answers);
        let resp = self
            .http
            .post(format!("{}/v1/guide/requests/{id}/answer", self.url))
            .bearer_auth(&self.token)
            .json(&json!({"answer": answer}))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if resp.status() != 200 {
            return Err(format!("the guide's answer got {}", resp.status()));
        }
        Ok(Some((message, answer)))
    }

    /// The guide's requests; `None` when the session is gone (401).
    async fn list(&self) -> Result<Option<Value>, String> {
        let resp = self
            .http
            .get(format!("{}/v1/guide/requests", self.url))
            .bearer_auth(&self.token)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        match resp.status().as_u16() {
            401 => Ok(None),
            200 => Ok(Some(resp.json().await.map_err(|e| e.to_string())?)),
            s => Err(format!("the guide's list got {s}")),
        }
    }

    async fn login(&mut self) -> Result<(), String> {
        let session: Value = self
            .http
            .post(format!("{}/v1/sessions", self.url))
            .json(&json!({"email": self.email, "password": PASSWORD}))
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| format!("guide login: {e}"))?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        self.token = session["token"].as_str().unwrap_or_default().to_owned();
        Ok(())
    }
}

/// The guide's answer `(message, answer)` as a write of the account whose request it answers,
/// with the clock the portal wrote it with, for the model of who wins.
fn answer_write(
    portal: &RestartablePortal,
    requests: &BTreeMap<String, (usize, String)>,
    (message, answer): (String, String),
    tally: &mut Tally,
) -> Result<Write, String> {
    let Some((a, record)) = requests.get(&message).cloned() else {
        return Err(format!(
            "the guide got a request nobody sent: {message:.60}"
        ));
    };
    let collection = Collection::GuideRequest;
    let hlc = portal.field_hlc(ACCOUNTS[a], collection.as_str(), &record, "answer");
    *tally
        .faults
        .entry("a guide answered on the portal")
        .or_default() += 1;
    Ok(Write {
        account: Some(a),
        device: usize::MAX,
        collection,
        record,
        field: Some("answer".to_owned()),
        value: json!(answer),
        hlc,
        discarded: false,
    })
}

/// Visible user records of the current owner: (collection, id) → fields.
fn view(c: &Companion) -> BTreeMap<(String, String), Map<String, Value>> {
    let mut out = BTreeMap::new();
    for col in Collection::ALL {
        for r in c.store().user_data().list(col).unwrap() {
            let mut fields = r.fields;
            for (k, v) in r.conflicts {
                fields.insert(format!("{k}_conflict"), v);
            }
            out.insert((col.as_str().to_owned(), r.record_id), fields);
        }
    }
    out
}

/// The clock of a field as stored on the device (for the model of who wins).
fn stored_hlc(c: &Companion, col: Collection, id: &str, field: Option<&str>) -> String {
    c.store()
        .read(|conn| {
            let (fields, deleted): (String, Option<String>) = conn.query_row(
                "SELECT fields, deleted_hlc FROM records WHERE collection = ?1 AND record_id = ?2 \
                 AND owner = COALESCE((SELECT value FROM sync_state WHERE key = 'owner'), '')",
                [col.as_str(), id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(match field {
                None => deleted.unwrap_or_default(),
                Some(f) => serde_json::from_str::<Value>(&fields).unwrap()[f]["hlc"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            })
        })
        .unwrap()
}

#[derive(Default, Debug, Clone)]
struct Tally {
    schedules: u64,
    operations: u64,
    faults: BTreeMap<&'static str, u64>,
    failures: Vec<String>,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.schedules += other.schedules;
        self.operations += other.operations;
        for (k, v) in other.faults {
            *self.faults.entry(k).or_default() += v;
        }
        self.failures.extend(other.failures);
    }
}

/// One step of a schedule, recorded for the failure report.
#[derive(Debug, Clone)]
enum Step {
    Put(usize, Collection, String, String, Value),
    Delete(usize, Collection, String),
    /// A device sends a request to the Welcome Guide (when it is logged in).
    Request(usize),
    /// A device withdraws the k-th of its requests (deletes the record).
    Withdraw(usize, usize),
    /// The guide answers the k-th of its unanswered requests, on the portal.
    Answer(usize),
    Sync(usize),
    Kill(usize, u64),
    Login(usize, usize),
    Logout(usize, bool),
    ChangeAddress(usize),
    Skew(usize, i64),
    Faults(Faults),
    Restart,
    Backup,
    Restore,
    Compact,
}

fn tag(account: Option<usize>) -> &'static str {
    match account {
        Some(0) => "ada",
        Some(_) => "bo",
        None => "device",
    }
}

fn draw_schedule(rng: &mut StdRng, devices: usize, length: usize) -> Vec<Step> {
    let with_restore = rng.gen_bool(0.5);
    let mut steps = Vec::new();
    let mut backup = false;
    for _ in 0..length {
        let d = rng.gen_range(0..devices);
        let roll = rng.gen_range(0..100);
        let step = match roll {
            19..=23 => Step::Request(d),
            24 => Step::Withdraw(d, rng.gen_range(0..4)),
            25..=29 => Step::Answer(rng.gen_range(0..4)),
            0..=18 => {
                let (col, field) = *[
                    (Collection::Person, "name"),
                    (Collection::PlanAnswers, "arrival"),
                    (Collection::ItemProgress, "status"),
                    (Collection::ItemProgress, "note"),
                    (Collection::SavedJob, "note"),
                    (Collection::SavedSearch, "name"),
                ]
                .get(rng.gen_range(0..6))
                .unwrap();
                let record = format!("r{}", rng.gen_range(0..4));
                let len = if field == "note" && rng.gen_bool(0.2) {
                    rng.gen_range(1_000..welcome_protocol::MAX_NOTE_CHARS)
                } else {
                    rng.gen_range(1..20)
                };
                let text: String = (0..len).map(|i| ['a', 'ü', '€', 'ش'][i % 4]).collect();
                Step::Put(d, col, record, field.to_owned(), json!(text))
            }
            30..=35 => Step::Delete(
                d,
                [Collection::Person, Collection::SavedSearch][rng.gen_range(0..2)],
                format!("r{}", rng.gen_range(0..4)),
            ),
            36..=57 => Step::Sync(d),
            58..=63 => Step::Kill(d, rng.gen_range(0..40)),
            64..=71 => Step::Login(d, rng.gen_range(0..2)),
            72..=75 => Step::Logout(d, with_restore || rng.gen_bool(0.6)),
            76..=77 => Step::ChangeAddress(d),
            78..=80 => Step::Skew(d, rng.gen_range(-120_000..120_000)),
            81..=87 => Step::Faults(Faults {
                drop: *[0, 10, 30].get(rng.gen_range(0..3)).unwrap(),
                truncate: *[0, 10].get(rng.gen_range(0..2)).unwrap(),
                duplicate: *[0, 10].get(rng.gen_range(0..2)).unwrap(),
                delay: *[0, 20].get(rng.gen_range(0..2)).unwrap(),
            }),
            88..=90 => Step::Restart,
            91..=94 if with_restore => {
                backup = true;
                Step::Backup
            }
            95..=97 if with_restore && backup => Step::Restore,
            _ => Step::Compact,
        };
        steps.push(step);
    }
    steps
}

/// The first rows two content caches disagree on, for a failure report.
fn content_difference(
    device: &[(String, String, i64, String)],
    fresh: &[(String, String, i64, String)],
) -> String {
    let index =
        |rows: &[(String, String, i64, String)]| -> BTreeMap<(String, String), (i64, String)> {
            rows.iter()
                .map(|(k, id, seq, data)| ((k.clone(), id.clone()), (*seq, data.clone())))
                .collect()
        };
    let (mine, theirs) = (index(device), index(fresh));
    let keys: BTreeSet<&(String, String)> = mine.keys().chain(theirs.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        let describe = |row: Option<&(i64, String)>| match row {
            None => "missing".to_owned(),
            Some((seq, data)) => format!("seq {seq}, {:.80}", data),
        };
        let (a, b) = (mine.get(key), theirs.get(key));
        if a != b {
            out.push(format!(
                "{}/{}: device {} | fresh {}",
                key.0,
                key.1,
                describe(a),
                describe(b)
            ));
        }
        if out.len() == 4 {
            break;
        }
    }
    format!(
        "{} rows on the device, {} in a fresh sync; {}",
        device.len(),
        fresh.len(),
        out.join("; ")
    )
}

/// Runs one schedule; `Err` says what broke.
async fn run_schedule(
    seed: u64,
    devices: usize,
    steps: &[Step],
    tally: &mut Tally,
) -> Result<(), String> {
    let tmp = tempfile::tempdir().unwrap();
    let mut portal = RestartablePortal::start(tmp.path()).await;
    let direct = format!("http://{}", portal.addr);
    let net = proxy(direct.clone(), seed).await;
    // The same portal under a second address (the "portal address change").
    let alias = format!("http://localhost:{}", portal.addr.port());
    let net2 = proxy(alias, seed ^ 0x5eed).await;
    {
        let setup = open(&tmp.path().join("setup"), &direct);
        for a in ACCOUNTS {
            setup
                .register(a, PASSWORD)
                .await
                .map_err(|e| e.to_string())?;
        }
    }
    let mut guide = Guide::start(&portal, &direct).await?;
    // A request's message says whose it is and which record it is: (account, record id).
    let mut requests: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut devs: Vec<Device> = (0..devices)
        .map(|i| {
            let dir = tmp.path().join(format!("device{i}"));
            Device {
                c: open(&dir, &net.url),
                dir,
                account: None,
                owner: None,
                accounts: BTreeSet::new(),
                url: net.url.clone(),
            }
        })
        .collect();
    let mut writes: Vec<Write> = Vec::new();
    let backup_path = tmp.path().join("backup.sqlite");
    let set_faults = |f: Faults| {
        net.faults.lock().unwrap().0 = f;
        net2.faults.lock().unwrap().0 = f;
    };
    for step in steps {
        tally.operations += 1;
        match step.clone() {
            Step::Put(d, col, record, field, value) => {
                let dev = &devs[d];
                let mut f = Map::new();
                // The account a write belongs to is the device's owner; the value says whose it
                // is, so a leak to another account shows.
                let value = json!(format!("{}:{}", tag(dev.owner), value.as_str().unwrap()));
                f.insert(field.clone(), value.clone());
                if dev
                    .c
                    .store()
                    .user_data()
                    .put_fields(col, &record, f)
                    .is_ok()
                {
                    let hlc = stored_hlc(&dev.c, col, &record, Some(&field));
                    writes.push(Write {
                        account: dev.owner,
                        device: d,
                        collection: col,
                        record,
                        field: Some(field),
                        value,
                        hlc,
                        discarded: false,
                    });
                }
            }
            Step::Delete(d, col, record) => {
                let dev = &devs[d];
                if dev
                    .c
                    .store()
                    .user_data()
                    .get(col, &record)
                    .unwrap()
                    .is_some()
                {
                    dev.c.store().user_data().delete(col, &record).unwrap();
                    let hlc = stored_hlc(&dev.c, col, &record, None);
                    writes.push(Write {
                        account: dev.owner,
                        device: d,
                        collection: col,
                        record,
                        field: None,
                        value: Value::Null,
                        hlc,
                        discarded: false,
                    });
                }
            }
            Step::Request(d) => {
                let dev = &devs[d];
                let (Some(a), true) = (dev.owner, dev.c.logged_in()) else {
                    continue;
                };
                let message = format!("{}:request {}", tag(Some(a)), requests.len());
                let draft = GuideRequestDraft {
                    guide_id: GUIDE.to_owned(),
                    language: "de".to_owned(),
                    topic: "visa".to_owned(),
                    message: message.clone(),
                    contact_method: ContactMethod::App,
                    contact_value: String::new(),
                    consent: true,
                };
                // Refused while the device has no content yet (it checks the guide locally).
                if let Ok(sent) = dev.c.send_guide_request(&draft) {
                    let col = Collection::GuideRequest;
                    let hlc = stored_hlc(&dev.c, col, &sent.id, Some("message"));
                    requests.insert(message.clone(), (a, sent.id.clone()));
                    writes.push(Write {
                        account: Some(a),
                        device: d,
                        collection: col,
                        record: sent.id,
                        field: Some("message".to_owned()),
                        value: json!(message),
                        hlc,
                        discarded: false,
                    });
                }
            }
            Step::Withdraw(d, k) => {
                let dev = &devs[d];
                let mine = dev.c.guide_requests().unwrap();
                if mine.is_empty() {
                    continue;
                }
                let id = mine[k % mine.len()].id.clone();
                let col = Collection::GuideRequest;
                dev.c.store().user_data().delete(col, &id).unwrap();
                let hlc = stored_hlc(&dev.c, col, &id, None);
                writes.push(Write {
                    account: dev.owner,
                    device: d,
                    collection: col,
                    record: id,
                    field: None,
                    value: Value::Null,
                    hlc,
                    discarded: false,
                });
            }
            Step::Answer(k) => {
                if let Some(answered) = guide.answer(k).await? {
                    writes.push(answer_write(&portal, &requests, answered, tally)?);
                }
            }
            Step::Sync(d) => {
                let _ = devs[d].c.sync_now(|_| {}).await;
            }
            Step::Kill(d, ms) => {
                *tally.faults.entry("device closed mid-sync").or_default() += 1;
                let dev = &mut devs[d];
                let _ =
                    tokio::time::timeout(Duration::from_millis(ms), dev.c.sync_now(|_| {})).await;
                let tokens = MemoryTokenStore::default();
                // The keychain survives the app: carry its entries over to the reopened folder.
                let reopened = Companion::open_with(&dev.dir, Box::new(tokens)).unwrap();
                reopened.set_sync_options(options()).unwrap();
                dev.c = reopened;
                // A login is in the keychain, which this in-memory store does not keep:
                // log in again when the device was logged in.
                if let Some(a) = dev.account {
                    if dev.c.login(ACCOUNTS[a], PASSWORD).await.is_err() {
                        dev.account = None;
                    }
                }
            }
            Step::Login(d, a) => {
                let dev = &mut devs[d];
                if dev.c.login(ACCOUNTS[a], PASSWORD).await.is_ok() {
                    if dev.owner.is_none() {
                        for w in writes.iter_mut() {
                            if w.device == d && w.account.is_none() {
                                w.account = Some(a);
                            }
                        }
                    }
                    dev.account = Some(a);
                    dev.owner = Some(a);
                    dev.accounts.insert(a);
                }
            }
            Step::Logout(d, keep) => {
                let dev = &mut devs[d];
                if !keep {
                    // What waits in the outbox may or may not be on the portal already.
                    let waiting: BTreeSet<String> = dev
                        .c
                        .store()
                        .read(|conn| {
                            let mut s = conn.prepare(
                                "SELECT hlc FROM outbox WHERE owner = COALESCE((SELECT value \
                                 FROM sync_state WHERE key = 'owner'), '')",
                            )?;
                            let rows = s.query_map([], |r| r.get::<_, String>(0))?;
                            Ok(rows.collect::<Result<_, _>>()?)
                        })
                        .unwrap();
                    for w in writes.iter_mut() {
                        if w.device == d && w.account == dev.owner && waiting.contains(&w.hlc) {
                            w.discarded = true;
                        }
                    }
                }
                let _ = dev.c.logout(keep).await;
                dev.account = None;
                if !keep {
                    dev.owner = None;
                }
            }
            Step::ChangeAddress(d) => {
                let dev = &mut devs[d];
                dev.url = if dev.url == net.url {
                    net2.url.clone()
                } else {
                    net.url.clone()
                };
                dev.c.set_portal_url(&dev.url).unwrap();
                dev.account = None;
            }
            Step::Skew(d, ms) => {
                *tally.faults.entry("clock skew").or_default() += 1;
                devs[d].c.store().clock().set_wall_offset(ms);
            }
            Step::Faults(f) => set_faults(f),
            Step::Restart => {
                *tally.faults.entry("portal restart").or_default() += 1;
                portal.restart().await;
            }
            Step::Backup => portal.backup(&backup_path),
            Step::Restore => {
                *tally
                    .faults
                    .entry("portal restored from backup")
                    .or_default() += 1;
                portal.restore(&backup_path).await;
            }
            Step::Compact => {
                *tally.faults.entry("tombstone compaction").or_default() += 1;
                portal.admin().compact_tombstones().unwrap();
            }
        }
    }
    let counts = [
        ("answer dropped", &net.counts.dropped, &net2.counts.dropped),
        (
            "answer cut off",
            &net.counts.truncated,
            &net2.counts.truncated,
        ),
        (
            "request duplicated",
            &net.counts.duplicated,
            &net2.counts.duplicated,
        ),
        ("answer delayed", &net.counts.delayed, &net2.counts.delayed),
    ];
    for (name, a, b) in counts {
        *tally.faults.entry(name).or_default() +=
            a.load(Ordering::Relaxed) + b.load(Ordering::Relaxed);
    }

    // --- heal: no faults; every device sends what waits for each account it ever held, then
    // each logs into one account and syncs until nothing moves.
    set_faults(Faults::default());
    for (i, dev) in devs.iter_mut().enumerate() {
        dev.c.store().clock().set_wall_offset(0);
        let home = dev.owner.unwrap_or(i % 2);
        let order: Vec<usize> = dev
            .accounts
            .iter()
            .copied()
            .filter(|a| *a != home)
            .chain([home])
            .collect();
        for a in order {
            if dev.owner.is_none() {
                for w in writes.iter_mut() {
                    if w.device == i && w.account.is_none() {
                        w.account = Some(a);
                    }
                }
            }
            let _ = dev.c.logout(true).await;
            dev.c
                .login(ACCOUNTS[a], PASSWORD)
                .await
                .map_err(|e| e.to_string())?;
            dev.owner = Some(a);
            dev.account = Some(a);
            for _ in 0..2 {
                dev.c
                    .sync_now(|_| {})
                    .await
                    .map_err(|e| format!("heal sync: {e}"))?;
            }
        }
    }
    // Every request is on the portal now: the guide answers what is still open, and the
    // answers travel to the devices in the syncs below.
    while let Some(answered) = guide.answer(0).await? {
        writes.push(answer_write(&portal, &requests, answered, tally)?);
    }
    for _ in 0..2 {
        for dev in &devs {
            dev.c
                .sync_now(|_| {})
                .await
                .map_err(|e| format!("heal sync: {e}"))?;
        }
    }

    // --- check
    let mut truth = Vec::new();
    for (a, email) in ACCOUNTS.iter().enumerate() {
        let reader = open(&tmp.path().join(format!("reader{a}")), &direct);
        reader
            .login(email, PASSWORD)
            .await
            .map_err(|e| e.to_string())?;
        reader.sync_now(|_| {}).await.map_err(|e| e.to_string())?;
        let v = view(&reader);
        for ((col, id), fields) in &v {
            for (name, value) in fields {
                let text = value.as_str().unwrap_or_default();
                let theirs = tag(Some(1 - a));
                if text.starts_with(&format!("{theirs}:")) {
                    return Err(format!(
                        "{theirs}'s value reached {email}'s account: {col}/{id}.{name} = {text:.40}"
                    ));
                }
            }
        }
        // The content cache of every device equals a fresh sync's.
        let fresh = sync_support::snapshot(&reader);
        for (i, dev) in devs.iter().enumerate() {
            let mine = sync_support::snapshot(&dev.c).content;
            if mine != fresh.content {
                return Err(format!(
                    "device {i}'s content cache differs from a fresh sync: {}",
                    content_difference(&mine, &fresh.content)
                ));
            }
        }
        truth.push(v);
    }
    for (i, dev) in devs.iter().enumerate() {
        let a = dev.owner.unwrap();
        if view(&dev.c) != truth[a] {
            return Err(format!(
                "device {i} did not converge to {}'s account:\n device: {:?}\n portal: {:?}",
                ACCOUNTS[a],
                view(&dev.c),
                truth[a]
            ));
        }
        let pending = dev.c.status().unwrap().pending_changes;
        if pending != 0 {
            return Err(format!("device {i}'s outbox kept {pending} changes"));
        }
    }
    // No lost change: per account and field, the surviving value is the write with the
    // highest clock among those that must survive, or a removed one with a higher clock.
    type Key = (usize, Collection, String, Option<String>);
    let mut by_key: BTreeMap<Key, Vec<&Write>> = BTreeMap::new();
    for w in &writes {
        let Some(a) = w.account else { continue };
        by_key
            .entry((a, w.collection, w.record.clone(), w.field.clone()))
            .or_default()
            .push(w);
    }
    let deletions: BTreeMap<(usize, Collection, String), String> = writes
        .iter()
        .filter(|w| w.field.is_none() && !w.discarded)
        .filter_map(|w| Some(((w.account?, w.collection, w.record.clone()), w.hlc.clone())))
        .fold(BTreeMap::new(), |mut m, (k, h)| {
            let e = m.entry(k).or_insert_with(String::new);
            if h > *e {
                *e = h;
            }
            m
        });
    for ((a, col, record, field), list) in by_key {
        let Some(field) = field else { continue };
        let sure = list
            .iter()
            .filter(|w| !w.discarded)
            .max_by(|x, y| x.hlc.cmp(&y.hlc));
        let Some(sure) = sure else { continue };
        let deleted_after = deletions
            .get(&(a, col, record.clone()))
            .is_some_and(|d| *d >= sure.hlc);
        let got = truth[a]
            .get(&(col.as_str().to_owned(), record.clone()))
            .and_then(|f| f.get(&field));
        let later_removed: Vec<&Value> = list
            .iter()
            .filter(|w| w.discarded && w.hlc > sure.hlc)
            .map(|w| &w.value)
            .collect();
        let ok = match got {
            Some(v) => *v == sure.value || later_removed.contains(&v),
            None => deleted_after || !later_removed.is_empty(),
        };
        if !ok {
            return Err(format!(
                "{}'s {}/{record}.{field}: expected {:.60}, found {:?}",
                ACCOUNTS[a],
                col.as_str(),
                sure.value.to_string(),
                got.map(|v| v.to_string().chars().take(60).collect::<String>())
            ));
        }
    }
    drop(devs);
    portal.stop().await;
    Ok(())
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs one seed's schedule, shrinking it on failure; the failure report says how to replay it.
async fn check_seed(seed: u64, tally: &mut Tally) {
    let mut rng = StdRng::seed_from_u64(seed);
    let devices = rng.gen_range(1..=3);
    let length = rng.gen_range(10..40);
    let steps = draw_schedule(&mut rng, devices, length);
    tally.schedules += 1;
    if let Err(e) = run_schedule(seed, devices, &steps, tally).await {
        // Shrink: the shortest prefix that still fails.
        let mut shortest = steps.len();
        for n in 1..steps.len() {
            let mut scratch = Tally::default();
            if run_schedule(seed, devices, &steps[..n], &mut scratch)
                .await
                .is_err()
            {
                shortest = n;
                break;
            }
        }
        let report = format!(
            "seed {seed} ({devices} devices) failed: {e}\nshrunk schedule ({shortest} of {} steps):\n{:#?}\nreplay: SYNC_CHECKER_SEED={seed} SYNC_CHECKER_SCHEDULES=1",
            steps.len(),
            &steps[..shortest]
        );
        eprintln!("{report}");
        tally.failures.push(format!("seed {seed}: {e}"));
    }
}

/// Schedules run on `SYNC_CHECKER_THREADS` workers (default 3), each with its own runtime and
/// its own portals: a schedule spends most of its time waiting for the network and the disk, so
/// three of them share two cores well. Seeds are handed out in order; the report is the same
/// whatever the number of workers.
#[test]
fn randomized_schedules_keep_every_users_data() {
    let schedules = env_u64("SYNC_CHECKER_SCHEDULES", 100);
    let first = env_u64("SYNC_CHECKER_SEED", 1);
    let workers = env_u64("SYNC_CHECKER_THREADS", 3).clamp(1, 16);
    let started = Instant::now();
    let next = AtomicU64::new(first);
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let runtime = tokio::runtime::Builder::new_multi_thread()
                        .worker_threads(2)
                        .enable_all()
                        .build()
                        .unwrap();
                    let mut tally = Tally::default();
                    loop {
                        let seed = next.fetch_add(1, Ordering::Relaxed);
                        if seed >= first + schedules {
                            break;
                        }
                        // A schedule that panics is a failure of that seed, not the end of
                        // the run: the report still counts every other schedule.
                        let mut scratch = Tally::default();
                        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            runtime.block_on(check_seed(seed, &mut scratch))
                        }));
                        if ran.is_err() {
                            scratch.schedules = 1;
                            scratch
                                .failures
                                .push(format!("seed {seed}: panicked (see above)"));
                        }
                        tally.merge(scratch);
                    }
                    tally
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut tally = Tally::default();
    for t in tallies {
        tally.merge(t);
    }
    tally.failures.sort_by_key(|f| {
        f.trim_start_matches("seed ")
            .split(':')
            .next()
            .and_then(|n| n.parse::<u64>().ok())
    });
    let elapsed = started.elapsed();
    println!(
        "{} schedules, {} operations, {} failures in {:.1} s; faults: {:?}",
        tally.schedules,
        tally.operations,
        tally.failures.len(),
        elapsed.as_secs_f64(),
        tally.faults
    );
    assert!(
        std::env::var("SYNC_CHECKER_REPORT").is_ok() || tally.failures.is_empty(),
        "{} of {} schedules failed (each is printed above with its shrunk schedule): {:?}",
        tally.failures.len(),
        tally.schedules,
        tally.failures
    );
    if let Ok(path) = std::env::var("SYNC_CHECKER_REPORT") {
        let mut text = String::from("# Sync checker soak report\n\n");
        text.push_str(&format!(
            "Seeds {first} to {}; {:.0} s on this machine.\n\n| | |\n|---|---|\n| schedules | {} |\n| operations | {} |\n| failures | {} |\n",
            first + schedules - 1,
            elapsed.as_secs_f64(),
            tally.schedules,
            tally.operations,
            tally.failures.len()
        ));
        text.push_str("\n| fault, or an event from outside | count |\n|---|---|\n");
        for (k, v) in &tally.faults {
            text.push_str(&format!("| {k} | {v} |\n"));
        }
        if !tally.failures.is_empty() {
            text.push_str("\n## Failures\n\n");
            for f in &tally.failures {
                text.push_str(&format!("- {}\n", f.lines().next().unwrap_or_default()));
            }
        }
        std::fs::write(&path, text).unwrap();
        assert!(
            tally.failures.is_empty(),
            "{} failures",
            tally.failures.len()
        );
    }
}
