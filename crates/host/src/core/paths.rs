//! Where the app lives on the host (the base path), which request paths are the app's files,
//! and how long a browser may keep each file.

use std::fmt;
use std::str::FromStr;

/// The sub-path the app is served under, always with a leading and a trailing slash:
/// `/wellbeing/`, or `/` for the whole host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

/// Why a `--base` value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseError {
    NoLeadingSlash,
    BadSegment,
}

impl fmt::Display for BaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BaseError::NoLeadingSlash => "the base path must start with / (for example /wellbeing/)",
            BaseError::BadSegment => {
                "each part of the base path may hold only letters, digits, '-', '_' and '.', and may not be . or .."
            }
        })
    }
}

impl std::error::Error for BaseError {}

impl FromStr for Base {
    type Err = BaseError;

    /// Accepts `/wellbeing`, `/wellbeing/` and `/a/b/`; adds the trailing slash.
    fn from_str(text: &str) -> Result<Base, BaseError> {
        let inner = text.strip_prefix('/').ok_or(BaseError::NoLeadingSlash)?;
        if inner.is_empty() {
            return Ok(Base("/".into()));
        }
        let inner = inner.strip_suffix('/').unwrap_or(inner);
        let segment_ok = |segment: &str| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || b"-_.".contains(&byte))
        };
        if !inner.split('/').all(segment_ok) {
            return Err(BaseError::BadSegment);
        }
        Ok(Base(format!("/{inner}/")))
    }
}

impl Base {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The base without its trailing slash (`/wellbeing`), which redirects to the base; none
    /// when the base is `/`.
    pub fn bare(&self) -> Option<&str> {
        let bare = self.0.strip_suffix('/').unwrap_or(&self.0);
        (!bare.is_empty()).then_some(bare)
    }

    /// A path under the base: `join("host.json")` is `/wellbeing/host.json`.
    pub fn join(&self, relative: &str) -> String {
        format!("{}{relative}", self.0)
    }

    /// Where a request path goes.
    pub fn route<'a>(&self, path: &'a str) -> Route<'a> {
        if Some(path) == self.bare() {
            return Route::RedirectToBase;
        }
        match path.strip_prefix(self.0.as_str()) {
            Some("") => Route::File("index.html"),
            Some(relative) => Route::File(relative),
            None => Route::Outside,
        }
    }
}

impl fmt::Display for Base {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a request path goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route<'a> {
    /// The base without its trailing slash: redirect to the base, so relative URLs resolve.
    RedirectToBase,
    /// A file of the app, relative to the dist folder (the base itself is `index.html`).
    File(&'a str),
    /// Not under the base: not found.
    Outside,
}

/// Cache-Control for a file of the app, by its path relative to the dist folder.
///
/// Files whose names carry a content hash (Trunk's `name-<hash>.js`, `name-<hash>_bg.wasm`,
/// `name-<hash>.css`) never change under that name: cached for a year, never revalidated.
/// Everything else (`index.html`, `sw.js`, `surveys/*.json`, `benchmark/*.json`,
/// `centre-key.json`, the administration module, ECharts) may change in place with a new
/// deployment or by hand on the host: the browser keeps it but asks every time
/// (`no-cache`, answered cheaply with 304 Not Modified).
pub fn cache_control(relative: &str) -> &'static str {
    if is_hashed_asset(relative) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// Whether the file name has Trunk's content hash: a stem ending in `-` and at least 8 hex
/// digits (Trunk writes its 64-bit hash without leading zeros, so 16 digits or, one time in
/// sixteen, fewer; 64-128 for an SRI digest), optionally followed by `_bg`, with a `.js`,
/// `.wasm` or `.css` extension. Only top-level files: Trunk writes them there.
pub fn is_hashed_asset(relative: &str) -> bool {
    if relative.contains('/') {
        return false;
    }
    let Some((stem, extension)) = relative.rsplit_once('.') else {
        return false;
    };
    if !matches!(extension, "js" | "wasm" | "css") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((name, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    !name.is_empty() && hash.len() >= 8 && hash.bytes().all(|byte| byte.is_ascii_hexdigit())
}
