//! Syncing through an HTTP cache that keeps every feed page the portal marks `immutable`, for
//! good, while the portal's content changes underneath: devices that get old copies of early
//! pages still end with exactly what a direct sync brings.

mod sync_support;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use sync_support::*;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use welcome_portal::PortalConfig;

/// A stored answer: status, content type, body.
type Kept = (u16, String, Vec<u8>);

/// A loopback caching proxy: answers marked `immutable` are kept by path and query and served
/// from the cache from then on, never asking the portal again. Returns its URL and the number
/// of answers it served from the cache.
async fn caching_proxy(target: String) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let kept: Arc<Mutex<HashMap<String, Kept>>> = Arc::default();
    let hits = Arc::new(AtomicUsize::new(0));
    let served = hits.clone();
    let client = reqwest::Client::new();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let _ = socket.set_nodelay(true);
            let (kept, served, client, target) =
                (kept.clone(), served.clone(), client.clone(), target.clone());
            tokio::spawn(async move {
                let Some(req) = read_request(&mut socket).await else {
                    return;
                };
                let key = format!("{} {}", req.method, req.path);
                let cached = kept.lock().unwrap().get(&key).cloned();
                let (status, ctype, body) = match cached {
                    Some(k) => {
                        served.fetch_add(1, Ordering::SeqCst);
                        k
                    }
                    None => {
                        let mut r = client
                            .request(req.method.parse().unwrap(), format!("{target}{}", req.path))
                            .body(req.body.clone());
                        for (k, v) in forwardable(req.headers, false) {
                            r = r.header(k, v);
                        }
                        let Ok(resp) = r.send().await else { return };
                        let status = resp.status().as_u16();
                        let lasting = resp
                            .headers()
                            .get("cache-control")
                            .and_then(|v| v.to_str().ok())
                            .is_some_and(|v| v.contains("immutable"));
                        let ctype = resp
                            .headers()
                            .get("content-type")
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or("application/octet-stream")
                            .to_owned();
                        let Ok(body) = resp.bytes().await else { return };
                        let answer = (status, ctype, body.to_vec());
                        if lasting {
                            kept.lock().unwrap().insert(key, answer.clone());
                        }
                        answer
                    }
                };
                let head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: {ctype}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&body).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (url, hits)
}

#[tokio::test(flavor = "multi_thread")]
async fn old_copies_of_early_pages_still_end_in_the_portals_content() {
    let dir = tempfile::tempdir().unwrap();
    let portal = welcome_portal::start(PortalConfig::for_tests(dir.path().join("portal.sqlite")))
        .await
        .unwrap();
    portal.admin().seed_jobs(900, 5).unwrap();
    let (cached_url, hits) = caching_proxy(portal.base_url.clone()).await;

    // The first device fills the cache with the early pages.
    let first = companion(&dir.path().join("first"), &cached_url);
    first.set_sync_options(quick_options(100)).unwrap();
    first.sync_now(|_| {}).await.unwrap();

    // The portal changes underneath: ads change, go and come.
    portal.admin().touch_jobs(30.0, 11).unwrap();

    // A new device reads the early pages from the cache, as they were before the change.
    let second = companion(&dir.path().join("second"), &cached_url);
    second.set_sync_options(quick_options(100)).unwrap();
    second.sync_now(|_| {}).await.unwrap();
    assert!(
        hits.load(Ordering::SeqCst) >= 5,
        "the cache served old pages: {}",
        hits.load(Ordering::SeqCst)
    );

    // The first device's delta also passes through the cache.
    first.sync_now(|_| {}).await.unwrap();

    let direct = companion(&dir.path().join("direct"), &portal.base_url);
    direct.set_sync_options(quick_options(100)).unwrap();
    direct.sync_now(|_| {}).await.unwrap();
    let truth = local_content(&direct);
    assert_eq!(local_content(&second), truth, "the new device");
    assert_eq!(
        local_content(&first),
        truth,
        "the device that synced before"
    );
    assert_intact(&second);
    portal.shutdown().await;
}
