use yorisoi_host::core::csp::{inline_script_hashes, policy};

// Hashes worked out with `printf '<script text>' | openssl dgst -sha256 -binary | base64`.
const CONSOLE_LOG_1: &str = "'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='"; // console.log(1)
const A: &str = "'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='"; // a
const EMPTY: &str = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"; // (nothing)

#[test]
fn the_policy_without_inline_scripts() {
    assert_eq!(
        policy(&[]),
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
    );
}

#[test]
fn inline_scripts_are_named_by_hash_in_script_src() {
    assert_eq!(
        policy(&[CONSOLE_LOG_1.to_owned(), A.to_owned()]),
        format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {CONSOLE_LOG_1} {A}; style-src 'self'; \
             img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
        )
    );
}

#[test]
fn each_inline_script_is_hashed_once_and_external_ones_not_at_all() {
    let html = r#"<!doctype html><html><head>
<script src="./external.js"></script>
<script>console.log(1)</script>
<script type="module">console.log(1)</script>
<SCRIPT data-src="x">a</SCRIPT>
<script></script>
<script type="module" src='./yorisoi.js' integrity="sha384-x"></script>
</head><body><script>never closed"#;
    assert_eq!(inline_script_hashes(html), vec![CONSOLE_LOG_1, A, EMPTY]);
}

#[test]
fn a_page_without_scripts_has_no_hashes() {
    assert!(inline_script_hashes("<!doctype html><p>script</p>").is_empty());
}
