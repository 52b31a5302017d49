//! The client's address for the rate limits: the peer of the TCP connection, or, only when the
//! configuration says the portal is behind a reverse proxy, the address that proxy appended to
//! `X-Forwarded-For`. Anyone can send that header, so believing it without a proxy would let
//! every request claim a fresh address and escape the per-address limits.

use crate::error::PortalError;
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use std::net::{IpAddr, SocketAddr};

/// Where a request came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

impl ClientAddr {
    /// The key the limits count under: an IPv4 address, or an IPv6 address's /64 network,
    /// since one household or server usually holds a whole /64 and could otherwise rotate
    /// through addresses at will.
    pub fn key(&self) -> String {
        match self.0 {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => {
                    let s = v6.segments();
                    format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
                }
            },
        }
    }
}

/// The last address in the last `X-Forwarded-For` header: the one our own proxy appended
/// (earlier entries come from the client and may be forged).
fn forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    let last = headers.get_all("x-forwarded-for").iter().next_back()?;
    last.to_str().ok()?.rsplit(',').next()?.trim().parse().ok()
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = PortalError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.accounts.behind_proxy {
            if let Some(ip) = forwarded_for(&parts.headers) {
                return Ok(ClientAddr(ip));
            }
        }
        parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| ClientAddr(peer.ip()))
            .ok_or_else(|| {
                PortalError::internal(
                    "no client address: serve the router with into_make_service_with_connect_info",
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_group_ipv6_by_network_and_unwrap_mapped_ipv4() {
        let key = |s: &str| ClientAddr(s.parse().unwrap()).key();
        assert_eq!(key("203.0.113.7"), "203.0.113.7");
        assert_eq!(key("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(key("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2::9"), key("2001:db8:1:2:ffff::1"));
    }

    #[test]
    fn only_the_proxys_own_entry_counts() {
        let mut h = HeaderMap::new();
        assert_eq!(forwarded_for(&h), None);
        h.append("x-forwarded-for", "1.1.1.1, 198.51.100.2".parse().unwrap());
        assert_eq!(forwarded_for(&h), "198.51.100.2".parse().ok());
        h.append("x-forwarded-for", " 2001:db8::1 ".parse().unwrap());
        assert_eq!(forwarded_for(&h), "2001:db8::1".parse().ok());
        h.append("x-forwarded-for", "garbage".parse().unwrap());
        assert_eq!(forwarded_for(&h), None);
    }
}
