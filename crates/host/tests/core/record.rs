use yorisoi_host::core::idempotence::{decide, Decision};
use yorisoi_host::core::record::{is_response_id, SealedRecord, MAX_BODY_BYTES};
use yorisoi_host::core::refusal::Refusal;

const ID: &str = "0123456789abcdef0123456789abcdef";
/// 0x04 then bytes 1..=64: a 65-byte uncompressed point.
const EPK: &str = "BAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0A";
/// Bytes 0..12.
const IV: &str = "AAECAwQFBgcICQoL";
/// Bytes 0..16: a tag and no plaintext, the shortest ciphertext.
const CT: &str = "AAECAwQFBgcICQoLDA0ODw";

fn body(v: &str, id: &str, epk: &str, iv: &str, ct: &str) -> String {
    format!(r#"{{"v":{v},"id":{id},"epk":{epk},"iv":{iv},"ct":{ct}}}"#)
}

fn quoted(text: &str) -> String {
    format!("\"{text}\"")
}

fn valid_body() -> String {
    body("1", &quoted(ID), &quoted(EPK), &quoted(IV), &quoted(CT))
}

fn submit(body: &str) -> Result<SealedRecord, Refusal> {
    SealedRecord::from_submission(ID, body.as_bytes())
}

#[test]
fn a_valid_record_is_kept_in_canonical_form() {
    let record = submit(&valid_body()).unwrap();
    assert_eq!(record.id(), ID);
    assert_eq!(
        record.canonical_json(),
        format!(r#"{{"ct":"{CT}","epk":"{EPK}","id":"{ID}","iv":"{IV}","v":1}}"#)
    );
}

#[test]
fn whitespace_and_field_order_do_not_change_the_stored_form() {
    let reordered = format!(
        "\n{{ \"ct\" : \"{CT}\", \"iv\":\"{IV}\",\n \"epk\":\"{EPK}\", \"id\":\"{ID}\", \"v\": 1 }}\n"
    );
    assert_eq!(submit(&reordered).unwrap(), submit(&valid_body()).unwrap());
}

#[test]
fn response_ids_are_exactly_32_lowercase_hex_characters() {
    assert!(is_response_id(ID));
    assert!(is_response_id("ffffffffffffffffffffffffffffffff"));
    for bad in [
        "",
        "0123456789abcdef0123456789abcde",   // 31
        "0123456789abcdef0123456789abcdef0", // 33
        "0123456789ABCDEF0123456789ABCDEF",  // upper case
        "0123456789abcdef0123456789abcdeg",  // g
        "0123456789abcdef-123456789abcdef",
        "0123456789abcdef0123456789abcd\u{e9}", // 32 bytes, not hex
    ] {
        assert!(!is_response_id(bad), "{bad:?}");
    }
}

#[test]
fn a_bad_id_in_the_url_is_refused_before_the_body_is_read() {
    assert_eq!(
        SealedRecord::from_submission("abc", b"not even json"),
        Err(Refusal::BadId)
    );
    assert_eq!(
        SealedRecord::from_submission(&ID.to_uppercase(), valid_body().as_bytes()),
        Err(Refusal::BadId)
    );
}

#[test]
fn the_body_limit_is_16_kib_inclusive() {
    let valid = valid_body();
    // JSON allows any whitespace: pad a valid record to exactly the limit, then one byte over.
    let at_limit = format!("{valid}{}", " ".repeat(MAX_BODY_BYTES - valid.len()));
    assert_eq!(at_limit.len(), 16_384);
    assert!(submit(&at_limit).is_ok());
    let over = format!("{at_limit} ");
    assert_eq!(submit(&over), Err(Refusal::TooLarge { limit_bytes: 16_384 }));
}

#[test]
fn bodies_that_are_not_a_json_object_are_refused() {
    assert_eq!(submit(""), Err(Refusal::NotJson));
    assert_eq!(submit("{"), Err(Refusal::NotJson));
    assert_eq!(
        SealedRecord::from_submission(ID, b"\xff\xfe"),
        Err(Refusal::NotJson)
    );
    assert_eq!(
        submit(&format!("{} trailing", valid_body())),
        Err(Refusal::NotJson)
    );
    for not_object in ["[]", "null", "\"record\"", "1"] {
        assert_eq!(submit(not_object), Err(Refusal::NotAnObject), "{not_object}");
    }
}

#[test]
fn each_missing_field_is_named() {
    let fields = [
        ("v", "1".to_owned()),
        ("id", quoted(ID)),
        ("epk", quoted(EPK)),
        ("iv", quoted(IV)),
        ("ct", quoted(CT)),
    ];
    for (missing, _) in fields.iter() {
        let rest: Vec<String> = fields
            .iter()
            .filter(|(name, _)| name != missing)
            .map(|(name, value)| format!("\"{name}\":{value}"))
            .collect();
        let refusal = submit(&format!("{{{}}}", rest.join(","))).unwrap_err();
        assert_eq!(refusal, Refusal::MissingField(missing), "{missing}");
        assert_eq!(
            refusal.message(),
            format!("The sealed record has no \"{missing}\" field.")
        );
    }
}

#[test]
fn unknown_fields_are_refused_not_ignored() {
    let extra = format!(r#"{{"v":1,"id":"{ID}","epk":"{EPK}","iv":"{IV}","ct":"{CT}","team":"A"}}"#);
    assert_eq!(submit(&extra), Err(Refusal::UnknownField));
}

#[test]
fn the_version_must_be_the_number_1() {
    let with_v = |v: &str| submit(&body(v, &quoted(ID), &quoted(EPK), &quoted(IV), &quoted(CT)));
    assert_eq!(with_v("\"1\""), Err(Refusal::WrongType("v")));
    assert_eq!(with_v("null"), Err(Refusal::WrongType("v")));
    assert_eq!(with_v("2"), Err(Refusal::UnsupportedVersion));
    assert_eq!(with_v("0"), Err(Refusal::UnsupportedVersion));
    assert_eq!(with_v("1.0"), Err(Refusal::UnsupportedVersion));
    assert_eq!(with_v("-1"), Err(Refusal::UnsupportedVersion));
}

#[test]
fn string_fields_must_be_strings() {
    assert_eq!(
        submit(&body("1", "7", &quoted(EPK), &quoted(IV), &quoted(CT))),
        Err(Refusal::WrongType("id"))
    );
    assert_eq!(
        submit(&body("1", &quoted(ID), "[]", &quoted(IV), &quoted(CT))),
        Err(Refusal::WrongType("epk"))
    );
    assert_eq!(
        submit(&body("1", &quoted(ID), &quoted(EPK), "{}", &quoted(CT))),
        Err(Refusal::WrongType("iv"))
    );
    assert_eq!(
        submit(&body("1", &quoted(ID), &quoted(EPK), &quoted(IV), "null")),
        Err(Refusal::WrongType("ct"))
    );
}

#[test]
fn the_record_id_must_be_an_id_and_equal_the_url_id() {
    let other = "ffffffffffffffffffffffffffffffff";
    assert_eq!(
        submit(&body("1", &quoted(other), &quoted(EPK), &quoted(IV), &quoted(CT))),
        Err(Refusal::IdMismatch)
    );
    assert_eq!(
        submit(&body(
            "1",
            &quoted("short"),
            &quoted(EPK),
            &quoted(IV),
            &quoted(CT)
        )),
        Err(Refusal::BadId)
    );
}

#[test]
fn fields_must_be_canonical_unpadded_base64url() {
    let with_iv = |iv: &str| submit(&body("1", &quoted(ID), &quoted(EPK), &quoted(iv), &quoted(CT)));
    assert_eq!(with_iv("AAECAwQFBgcICQoL="), Err(Refusal::BadBase64("iv"))); // padding
    assert_eq!(with_iv("AAECAwQFBgcICQo+"), Err(Refusal::BadBase64("iv"))); // standard alphabet
    assert_eq!(with_iv("AAECAwQFBgcICQo/"), Err(Refusal::BadBase64("iv")));
    assert_eq!(with_iv("AAECAwQFBgcICQoLD"), Err(Refusal::BadBase64("iv"))); // 17 chars: impossible length
    assert_eq!(with_iv("AAECAwQFBgcICQ L"), Err(Refusal::BadBase64("iv"))); // space
                                                                            // The last group "Dw" is 000011 110000: one byte and four zero bits; "Dx" leaves the bits
                                                                            // 0001, which no encoder writes: not canonical.
    let with_ct = |ct: &str| submit(&body("1", &quoted(ID), &quoted(EPK), &quoted(IV), &quoted(ct)));
    assert!(with_ct("AAECAwQFBgcICQoLDA0ODw").is_ok());
    assert_eq!(with_ct("AAECAwQFBgcICQoLDA0ODx"), Err(Refusal::BadBase64("ct")));
    assert!(with_iv("________________").is_ok()); // 12 bytes of 0xff: - and _ are the alphabet
}

#[test]
fn decoded_lengths_match_p256_and_aes_gcm() {
    let with = |epk: &str, iv: &str, ct: &str| {
        submit(&body("1", &quoted(ID), &quoted(epk), &quoted(iv), &quoted(ct)))
    };
    // 64 bytes 0..64: one short, and its first byte is not 0x04.
    let epk_64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-Pw";
    // 65 bytes starting 0x02 (a compressed point's prefix).
    let epk_02 = "AgECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0A";
    for epk in [epk_64, epk_02] {
        assert!(matches!(
            with(epk, IV, CT),
            Err(Refusal::BadLength { field: "epk", .. })
        ));
    }
    assert!(matches!(
        with(EPK, CT, CT),
        Err(Refusal::BadLength { field: "iv", .. })
    )); // 16 bytes
    let ct_15 = "AAECAwQFBgcICQoLDA0O";
    assert!(matches!(
        with(EPK, IV, ct_15),
        Err(Refusal::BadLength { field: "ct", .. })
    ));
    assert!(with(EPK, IV, CT).is_ok());
}

#[test]
fn every_refusal_has_a_status_a_code_and_a_sentence() {
    let cases = [
        (Refusal::BadId, 400, "bad_id"),
        (Refusal::TooLarge { limit_bytes: 16_384 }, 413, "too_large"),
        (Refusal::NotJson, 400, "not_json"),
        (Refusal::NotAnObject, 400, "bad_record"),
        (Refusal::UnknownField, 400, "bad_record"),
        (Refusal::IdMismatch, 400, "id_mismatch"),
        (Refusal::BadBase64("iv"), 400, "bad_base64"),
        (Refusal::Conflict, 409, "conflict"),
        (Refusal::RateLimited { retry_after_secs: 1 }, 429, "rate_limited"),
        (Refusal::Unauthorized, 401, "unauthorized"),
        (Refusal::BadQuery("x"), 400, "bad_query"),
        (Refusal::StorageFailed, 500, "storage_failed"),
    ];
    for (refusal, status, code) in cases {
        assert_eq!((refusal.status(), refusal.code()), (status, code));
        assert!(refusal.message().ends_with('.'), "{}", refusal.message());
    }
    assert_eq!(
        Refusal::TooLarge { limit_bytes: 16_384 }.message(),
        "The sealed record is larger than the inbox takes (16384 bytes at most)."
    );
}

#[test]
fn the_same_record_again_is_acknowledged_a_different_one_is_a_conflict() {
    assert_eq!(decide(None, "{\"a\":1}"), Decision::Store);
    assert_eq!(decide(Some("{\"a\":1}"), "{\"a\":1}"), Decision::AlreadyStored);
    assert_eq!(decide(Some("{\"a\":1}"), "{\"a\":2}"), Decision::Conflict);
}
