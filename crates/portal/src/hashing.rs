//! The cap on concurrent password hashing. Login and registration are open to anyone and each
//! hash costs about 19 MiB and tens of milliseconds of a core (argon2id), so without a cap a
//! burst of requests would exhaust memory and starve every other route. Requests beyond the cap
//! wait briefly for a permit and are then refused with 429 and `Retry-After`: refused before
//! any work, so a retry is always safe.

use crate::error::{ApiResult, PortalError};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

#[derive(Debug, Clone)]
pub struct HashingCap {
    permits: Arc<Semaphore>,
    wait: Duration,
}

impl HashingCap {
    /// `permits` hashes at once (at least one); others wait up to `wait` for a turn.
    pub fn new(permits: usize, wait: Duration) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(permits.max(1))),
            wait,
        }
    }

    /// Runs `work` (which hashes or verifies a password) on a blocking thread once a permit is
    /// free. The permit moves into the blocking task, so it is held until the hashing really
    /// ends, even when the client hangs up and the request is dropped meanwhile.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> ApiResult<T> + Send + 'static,
    ) -> ApiResult<T> {
        let permit = tokio::time::timeout(self.wait, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| {
                PortalError::rate_limited(
                    "the portal is busy checking passwords; try again shortly",
                    self.wait,
                )
            })?
            .map_err(PortalError::internal)?;
        tokio::task::spawn_blocking(move || {
            let _held = permit;
            work()
        })
        .await
        .map_err(PortalError::internal)?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn beyond_the_cap_a_request_is_refused_after_the_wait() {
        let cap = HashingCap::new(1, Duration::from_millis(50));
        let (started, release) = (
            Arc::new(tokio::sync::Notify::new()),
            Arc::new(std::sync::Barrier::new(2)),
        );
        let busy = {
            let (cap, started, release) = (cap.clone(), started.clone(), release.clone());
            tokio::spawn(async move {
                cap.run(move || {
                    started.notify_one();
                    release.wait();
                    Ok(1)
                })
                .await
            })
        };
        started.notified().await;
        let refused = cap.run(|| Ok(2)).await.unwrap_err();
        assert_eq!(refused.code, welcome_protocol::ApiErrorCode::RateLimited);
        assert_eq!(refused.retry_after, Some(1));
        release.wait();
        assert_eq!(busy.await.unwrap().unwrap(), 1);
        assert_eq!(cap.run(|| Ok(3)).await.unwrap(), 3);
    }
}
