//! Where a link points: the address a buyer's phone will open.
//!
//! A link is built on the address of the Tapak that made it. When that is the maker's own
//! computer (`./scripts/serve` on `127.0.0.1`), an address inside the office network, or a file,
//! nobody else can open it. The maker can then set the address where Tapak is published (see
//! `./scripts/site`): links are built on it instead, and the share panel says which is used.
//!
//! Decisions: an address the page itself is served from wins when it is public (that copy of
//! Tapak *is* published); a published address must be `https://` (phones, chat apps and the
//! offline service worker all want it) on a public host; its query and fragment are dropped,
//! and a path ending in a folder name gets its `/` (`…/tapak` → `…/tapak/`), so the link opens
//! the page and not a redirect that some hosts drop the fragment on.

/// Why an address cannot be opened by a buyer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreachable {
    /// `localhost`, `127.0.0.1`, `::1` and the like: this computer only.
    ThisComputer,
    /// A private or link-local network address, or a name with no dot (an office network).
    PrivateNetwork,
    /// A file opened from disk, or any address that is not http(s).
    NotWeb,
}

/// Why a typed published address is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// Not a complete `https://` address with a host name: no scheme or another one, no host, a
    /// bare IP address, a user name (`…@`), spaces or backslashes (which browsers read their own
    /// way).
    NotHttps,
    /// An address a buyer could not open either.
    Unreachable(Unreachable),
}

/// The link base chosen for a page, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkBase {
    /// The address links are built on (ends before `#`).
    pub base: String,
    /// Why the page's own address cannot be opened by a buyer, if it cannot.
    pub page_unreachable: Option<Unreachable>,
    /// Whether `base` is the published address rather than the page's own.
    pub published: bool,
}

/// The scheme and host of an address, in lower case (`None` when it has no `scheme://`).
fn scheme_host(address: &str) -> Option<(String, String)> {
    let (scheme, rest) = address.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or_default()
    } else {
        host_port.split(':').next().unwrap_or_default()
    };
    Some((scheme.to_ascii_lowercase(), host.trim_end_matches('.').to_ascii_lowercase()))
}

fn ipv4(host: &str) -> Option<[u8; 4]> {
    let parts: Vec<u8> = host.split('.').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    parts.try_into().ok()
}

/// Why a buyer could not open `address`, or `None` when it is a public web address.
pub fn unreachable(address: &str) -> Option<Unreachable> {
    let Some((scheme, host)) = scheme_host(address) else { return Some(Unreachable::NotWeb) };
    if scheme != "http" && scheme != "https" || host.is_empty() {
        return Some(Unreachable::NotWeb);
    }
    if host == "localhost" || host.ends_with(".localhost") || host == "::1" || host == "0.0.0.0" || host == "::" {
        return Some(Unreachable::ThisComputer);
    }
    if let Some([a, b, _, _]) = ipv4(&host) {
        return match (a, b) {
            (127, _) | (0, _) => Some(Unreachable::ThisComputer),
            (10, _) | (192, 168) | (169, 254) | (100, 64..=127) => Some(Unreachable::PrivateNetwork),
            (172, 16..=31) => Some(Unreachable::PrivateNetwork),
            _ => None,
        };
    }
    if host.contains(':') {
        // IPv6: unique local fc00::/7 and link-local fe80::/10.
        let private = host.starts_with("fc")
            || host.starts_with("fd")
            || host.starts_with("fe8")
            || host.starts_with("fe9")
            || host.starts_with("fea")
            || host.starts_with("feb");
        return private.then_some(Unreachable::PrivateNetwork);
    }
    let local_name = !host.contains('.')
        || [".local", ".lan", ".internal", ".home.arpa", ".intranet", ".corp"].iter().any(|s| host.ends_with(s));
    local_name.then_some(Unreachable::PrivateNetwork)
}

/// Reads a typed published address: `Ok(None)` when empty (none set), the address as links will
/// use it otherwise.
///
/// # Errors
/// `AddressError` when it is not `https://` on a public host.
pub fn published_address(typed: &str) -> Result<Option<String>, AddressError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let lower = typed.to_ascii_lowercase();
    let odd = |c: char| c.is_whitespace() || c.is_control() || c == '\\';
    if typed.chars().any(odd) {
        return Err(AddressError::NotHttps);
    }
    if !lower.starts_with("https://") {
        return Err(match unreachable(typed) {
            Some(why @ (Unreachable::ThisComputer | Unreachable::PrivateNetwork)) => AddressError::Unreachable(why),
            _ => AddressError::NotHttps,
        });
    }
    if let Some(why) = unreachable(typed) {
        return Err(match why {
            Unreachable::NotWeb => AddressError::NotHttps,
            other => AddressError::Unreachable(other),
        });
    }
    // A published Tapak has a host name: no user name before it, and not a bare IP address
    // (short and octal IPv4 forms and IPv4-mapped IPv6 would otherwise hide a local one).
    let authority = typed["https://".len()..].split(['/', '?', '#']).next().unwrap_or_default();
    let host = scheme_host(typed).map(|(_, h)| h).unwrap_or_default();
    // Browsers read a host whose last label is a number (`127.1`, `0x7f.1`) as an IPv4 address.
    let last = host.rsplit('.').next().unwrap_or_default();
    let numeric = host.contains(':')
        || (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
        || last.strip_prefix("0x").is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
    if authority.contains('@') || numeric {
        return Err(AddressError::NotHttps);
    }
    let mut base = typed.split(['#', '?']).next().unwrap_or_default().to_string();
    let path_start = base["https://".len()..].find('/').map(|i| i + "https://".len());
    match path_start {
        None => base.push('/'),
        Some(at) => {
            let last = base[at..].rsplit('/').next().unwrap_or_default();
            if !last.is_empty() && !last.contains('.') {
                base.push('/');
            }
        }
    }
    Ok(Some(base))
}

/// The base for links made on the page at `page` (its full address), given the maker's
/// published address setting (already checked by `published_address`).
pub fn link_base(page: &str, published: Option<&str>) -> LinkBase {
    let own = page.split('#').next().unwrap_or_default().to_string();
    let page_unreachable = unreachable(page);
    match (page_unreachable, published) {
        (Some(_), Some(p)) => LinkBase { base: p.to_string(), page_unreachable, published: true },
        _ => LinkBase { base: own, page_unreachable, published: false },
    }
}
