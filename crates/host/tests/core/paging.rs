use yorisoi_host::core::paging::{Page, PageQuery, StoredRecord, DEFAULT_LIMIT, MAX_LIMIT};
use yorisoi_host::core::refusal::Refusal;

fn row(seq: u64) -> StoredRecord {
    StoredRecord {
        seq,
        body: format!("{{\"n\":{seq}}}"),
        received_at_ms: 1_764_500_000_000 + seq as i64,
    }
}

#[test]
fn no_query_reads_from_the_start_100_at_a_time() {
    assert_eq!(
        PageQuery::parse(None, None),
        Ok(PageQuery {
            after: 0,
            limit: DEFAULT_LIMIT
        })
    );
    assert_eq!(DEFAULT_LIMIT, 100);
    assert_eq!(
        PageQuery::parse(Some("42"), Some("7")),
        Ok(PageQuery { after: 42, limit: 7 })
    );
    assert_eq!(PageQuery::parse(None, Some("1")).unwrap().rows_to_read(), 2);
}

#[test]
fn limits_run_from_1_to_1000() {
    assert_eq!(MAX_LIMIT, 1000);
    assert_eq!(PageQuery::parse(None, Some("1000")).unwrap().limit, 1000);
    for bad in ["0", "1001", "-1", "+5", "", "ten", "1e2", "4294967297"] {
        assert!(
            matches!(PageQuery::parse(None, Some(bad)), Err(Refusal::BadQuery(_))),
            "{bad}"
        );
    }
}

#[test]
fn a_cursor_is_a_plain_decimal_up_to_u64() {
    assert_eq!(
        PageQuery::parse(Some("18446744073709551615"), None)
            .unwrap()
            .after,
        u64::MAX
    );
    for bad in ["18446744073709551616", "-3", " 3", "3 ", "0x10", ""] {
        assert!(
            matches!(PageQuery::parse(Some(bad), None), Err(Refusal::BadQuery(_))),
            "{bad:?}"
        );
    }
}

#[test]
fn a_full_page_says_more_follow_and_ends_at_its_last_record() {
    // limit 2, three rows read (limit + 1): two returned, the third only says "more".
    let query = PageQuery { after: 1, limit: 2 };
    let page = Page::from_rows(&query, vec![row(3), row(5), row(9)]);
    assert_eq!(page.records, vec![row(3), row(5)]);
    assert_eq!(page.cursor, 5);
    assert!(page.more);
}

#[test]
fn the_last_page_has_no_more_and_an_empty_one_keeps_the_cursor() {
    let query = PageQuery { after: 5, limit: 2 };
    let page = Page::from_rows(&query, vec![row(9), row(12)]);
    assert_eq!((page.cursor, page.more, page.records.len()), (12, false, 2));
    let empty = Page::from_rows(&PageQuery { after: 12, limit: 2 }, vec![]);
    assert_eq!((empty.cursor, empty.more, empty.records.len()), (12, false, 0));
}

#[test]
fn the_page_as_json() {
    let page = Page::from_rows(&PageQuery { after: 0, limit: 1 }, vec![row(4), row(6)]);
    assert_eq!(
        page.to_json().to_string(),
        r#"{"cursor":"4","more":true,"records":[{"received_at_ms":1764500000004,"record":{"n":4}}]}"#
    );
}
