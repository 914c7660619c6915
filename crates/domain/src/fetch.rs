//! Why a file the app asked its host for did not arrive. Only the words for it live here: the
//! fetching is the app's. A definition that did not arrive is a [`crate::DefinitionError`] too.

/// Why a file of the app did not arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: the server or the network is down, and no copy is cached.
    Unreachable,
    /// The server answered with this status.
    Http(u16),
    /// The answer could not be read as text.
    Unreadable,
}
