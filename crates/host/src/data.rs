//! The data folder: the inbox database and the host token's hash. Both are made at first
//! start; the token itself is returned once, to be printed, and never written anywhere.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use crate::core::token::{encode_token, TokenHash, TOKEN_BYTES};
use crate::error::HostError;

/// The file holding the token's hash.
pub const TOKEN_FILE: &str = "host-token.sha256";

/// The token's hash, and the token itself when it was made just now (first start).
pub fn load_or_create_token(data_dir: &Path) -> Result<(TokenHash, Option<String>), HostError> {
    let path = data_dir.join(TOKEN_FILE);
    match fs::read_to_string(&path) {
        Ok(saved) => {
            let hash = TokenHash::from_saved(&saved).map_err(|_| HostError::TokenFileDamaged(path))?;
            Ok((hash, None))
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            let mut random = [0u8; TOKEN_BYTES];
            getrandom::fill(&mut random).map_err(|_| HostError::NoRandomness)?;
            let token = encode_token(&random);
            let hash = TokenHash::of(&token);
            write_private(&path, &hash.to_saved()).map_err(|error| HostError::DataFolder(path, error))?;
            Ok((hash, Some(token)))
        }
        Err(error) => Err(HostError::DataFolder(path, error)),
    }
}

/// Writes a file readable by its owner only, completely or not at all (a temporary file
/// renamed into place), so a crash at first start never leaves half a hash.
fn write_private(path: &Path, text: &str) -> io::Result<()> {
    let temporary = path.with_extension("tmp");
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary)?;
    writeln!(file, "{text}")?;
    file.sync_all()?;
    fs::rename(&temporary, path)
}
