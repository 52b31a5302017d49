//! HTTP plumbing shared by the sync's calls: URLs, the client, and turning answers into
//! [`Error`]s (never a panic, never a guess).

use crate::{Error, Result};
use std::time::Duration;
use welcome_protocol::{ApiError, ApiErrorCode};

/// Longest error body we keep in a message.
const MAX_ERROR_TEXT: usize = 300;

/// The client the sync uses: compressed answers, bounded waits.
#[cfg(not(target_arch = "wasm32"))]
pub fn client(read_timeout: Duration) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .read_timeout(read_timeout)
        .user_agent(concat!(
            "welcome-ruhr-companion/",
            env!("CARGO_PKG_VERSION")
        ))
        .build()
        .map_err(|e| Error::Network(e.to_string()))
}

/// The client the web build uses: the browser's fetch, which sets the user agent and
/// decompresses by itself; reqwest has no timeouts there, so waits are the browser's own.
#[cfg(target_arch = "wasm32")]
pub fn client(_read_timeout: Duration) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .build()
        .map_err(|e| Error::Network(e.to_string()))
}

/// `base` + path segments, each escaped.
pub fn url(base: &str, segments: &[&str]) -> Result<reqwest::Url> {
    let mut url = reqwest::Url::parse(base.trim_end_matches('/'))
        .map_err(|e| Error::Network(format!("portal address: {e}")))?;
    url.path_segments_mut()
        .map_err(|()| Error::Network("portal address cannot take a path".into()))?
        .pop_if_empty()
        .extend(segments);
    Ok(url)
}

/// A failed request (no answer at all).
pub fn request_error(e: &reqwest::Error) -> Error {
    Error::Network(error_chain(e))
}

/// A failure while the body arrived: a timeout is the network, anything else means the answer
/// was cut off or broken.
pub fn body_error(e: &reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::Network(error_chain(e))
    } else {
        Error::BadResponse(format!("the answer was cut off: {}", error_chain(e)))
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Passes a 2xx answer through; turns anything else into [`Error::Portal`] from its JSON body.
pub async fn check(response: reqwest::Response) -> Result<reqwest::Response> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let wait = retry_after(response.headers());
    let body = response.bytes().await.unwrap_or_default();
    let mut error = portal_error(status.as_u16(), &body);
    if let Error::Portal { retry_after, .. } = &mut error {
        *retry_after = wait;
    }
    Err(error)
}

/// `Retry-After` in seconds (the form the portal sends; an HTTP date is ignored).
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<u64> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// The error an answer with a non-2xx `status` and `body` stands for.
pub fn portal_error(status: u16, body: &[u8]) -> Error {
    match serde_json::from_slice::<ApiError>(body) {
        Ok(api) => Error::Portal {
            status,
            code: api.code,
            message: api.message,
            retry_after: None,
        },
        Err(_) => {
            let text: String = String::from_utf8_lossy(body)
                .chars()
                .take(MAX_ERROR_TEXT)
                .collect();
            Error::Portal {
                status,
                code: if status == 404 {
                    ApiErrorCode::NotFound
                } else {
                    ApiErrorCode::Internal
                },
                message: text,
                retry_after: None,
            }
        }
    }
}

/// Reads a whole JSON answer.
pub async fn json<T: serde::de::DeserializeOwned>(response: reqwest::Response) -> Result<T> {
    let body = check(response)
        .await?
        .bytes()
        .await
        .map_err(|e| body_error(&e))?;
    serde_json::from_slice(&body).map_err(|e| Error::BadResponse(e.to_string()))
}
