use yorisoi_host::core::token::{encode_token, TokenHash};

// printf 'token-abc' | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '='
const HASH_OF_TOKEN_ABC: &str = "CWFXsznPQZ28DI3vSfwr6STcEw-6zfp7h5vuCjB4zsQ";

#[test]
fn tokens_are_43_characters_of_base64url() {
    assert_eq!(encode_token(&[0; 32]), "A".repeat(43));
    assert_eq!(encode_token(&[0xff; 32]), format!("{}8", "_".repeat(42)));
}

#[test]
fn only_the_hash_is_saved_and_it_reads_back() {
    let hash = TokenHash::of("token-abc");
    assert_eq!(hash.to_saved(), HASH_OF_TOKEN_ABC);
    assert!(TokenHash::from_saved(&format!("{HASH_OF_TOKEN_ABC}\n")).unwrap() == hash);
    assert!(TokenHash::from_saved("token-abc").is_err());
    assert!(TokenHash::from_saved("").is_err());
    assert!(TokenHash::from_saved(&HASH_OF_TOKEN_ABC[..42]).is_err());
}

#[test]
fn only_bearer_with_the_right_token_is_admitted() {
    let hash = TokenHash::of("token-abc");
    assert!(hash.admits(Some("Bearer token-abc")));
    assert!(hash.admits(Some("bearer  token-abc ")));
    for refused in [
        "Bearer token-abd",
        "Bearer token-ab",
        "Basic token-abc",
        "token-abc",
        "Bearer",
        "Bearer ",
        "",
    ] {
        assert!(!hash.admits(Some(refused)), "{refused:?}");
    }
    assert!(!hash.admits(None));
}
