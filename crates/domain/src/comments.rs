//! Free-text comments as the administrator may read them: only for at least
//! [`COMMENT_MIN_GROUP`] respondents (and the anonymity minimum), never in an export, and in an
//! order that says nothing about who wrote them or when.

use crate::release::effective_minimum;

/// Comments are shown only for groups of at least this many respondents.
pub const COMMENT_MIN_GROUP: u32 = 10;

/// Too few respondents for their comments to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooFewForComments {
    pub respondents: u32,
    pub needed: u32,
}

/// The comments to show: trimmed, empty ones left out, sorted by their text (so the last one
/// is not the last person's), with their count.
pub fn released_comments<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    respondents: u32,
    minimum: u32,
) -> Result<Vec<String>, TooFewForComments> {
    let needed = COMMENT_MIN_GROUP.max(effective_minimum(minimum));
    if respondents < needed {
        return Err(TooFewForComments { respondents, needed });
    }
    let mut comments: Vec<String> = texts
        .into_iter()
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
        .collect();
    comments.sort();
    Ok(comments)
}
