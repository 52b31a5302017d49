//! A byte-counting TCP proxy on loopback: the bytes on the wire between the client and the
//! portal, compressed as they travel, in both directions, and the connections made.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::net::{TcpListener, TcpStream};

#[derive(Default)]
pub struct Counters {
    pub up: AtomicU64,
    pub down: AtomicU64,
    pub connections: AtomicU64,
}

impl Counters {
    /// (bytes client → portal, bytes portal → client, connections) since the last call.
    pub fn take(&self) -> (u64, u64, u64) {
        (
            self.up.swap(0, Ordering::SeqCst),
            self.down.swap(0, Ordering::SeqCst),
            self.connections.swap(0, Ordering::SeqCst),
        )
    }
}

/// Starts the proxy in front of `target` (host:port); returns its base URL and counters.
pub async fn start(target: std::net::SocketAddr) -> anyhow::Result<(String, Arc<Counters>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let counters = Arc::new(Counters::default());
    let shared = counters.clone();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let counters = shared.clone();
            counters.connections.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let Ok(mut server) = TcpStream::connect(target).await else {
                    return;
                };
                if let Ok((up, down)) =
                    tokio::io::copy_bidirectional(&mut client, &mut server).await
                {
                    counters.up.fetch_add(up, Ordering::SeqCst);
                    counters.down.fetch_add(down, Ordering::SeqCst);
                }
            });
        }
    });
    Ok((format!("http://{addr}"), counters))
}
