mod common;

use common::*;
use serde_json::json;
use yorisoi_domain::benchmark::SnapshotError;
use yorisoi_domain::benchmark::{quantile, CentreValues, Summary};
use yorisoi_domain::{Measure, SizeCategory, Snapshot, Standing};

#[test]
fn standing_among_four_centres_by_hand() {
    let peers = [1.0, 2.0, 3.0, 4.0];
    // mean 2.5, population sd sqrt(1.25) = 1.1180
    let middle = Standing::among(3.0, &peers).unwrap();
    assert_eq!((middle.rank, middle.of), (2, 5));
    assert_eq!(middle.percentile, 62.5); // 2 below + half of 1 tie, of 4
    assert!((middle.deviation - 54.472).abs() < 0.001, "{}", middle.deviation);
    assert_eq!(middle.difference, 0.5);
    assert_eq!(middle.summary.median, 2.5);

    let best = Standing::among(9.0, &peers).unwrap();
    assert_eq!((best.rank, best.of, best.percentile), (1, 5, 100.0));
    let worst = Standing::among(0.5, &peers).unwrap();
    assert_eq!((worst.rank, worst.of, worst.percentile), (5, 5, 0.0));
    assert!((worst.deviation - 32.111).abs() < 0.001, "{}", worst.deviation); // 50 + 10 * (-2 / 1.1180)

    assert_eq!(Standing::among(1.0, &[]), None);
    let flat = Standing::among(3.0, &[3.0, 3.0]).unwrap();
    assert_eq!((flat.rank, flat.percentile, flat.deviation), (1, 50.0, 50.0));
}

#[test]
fn quantiles_interpolate_between_ranks() {
    let sorted = [1.0, 2.0, 3.0, 4.0];
    assert_eq!(quantile(&sorted, 0.5), 2.5);
    assert_eq!(quantile(&sorted, 0.75), 3.25);
    assert!((quantile(&sorted, 0.9) - 3.7).abs() < 1e-12);
    let summary = Summary::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
    assert_eq!(
        (summary.centres, summary.mean, summary.median, summary.p75),
        (4, 2.5, 2.5, 3.25)
    );
}

fn centre(size: SizeCategory, kgis: &[u8], lg1: &[u8]) -> CentreValues {
    let answers = respondents(
        &small(),
        ["kgi", "lg1"],
        kgis.iter().zip(lg1).map(|(kgi, lg)| [*kgi, *lg]),
    );
    centre_of(size, &answers)
}

fn three_centres() -> Snapshot {
    snapshot_of(&[
        centre(SizeCategory::Large, &[6, 8], &[5, 2]), // kgi 7.0, lg1 50%
        centre(SizeCategory::MidSmall, &[4, 5, 6], &[4, 4, 5]), // kgi 5.0, lg1 100%
        centre(SizeCategory::MidSmall, &[9], &[1]),    // kgi 9.0, lg1 0%
    ])
}

#[test]
fn a_snapshot_keeps_every_centres_value_and_summaries_per_size() {
    let snapshot = three_centres();
    assert_eq!((snapshot.centres, snapshot.respondents), (3, 6));
    assert_eq!(snapshot.values(&Measure::Kgi, None), [7.0, 5.0, 9.0]);
    assert_eq!(
        snapshot.values(&Measure::Kgi, Some(SizeCategory::MidSmall)),
        [5.0, 9.0]
    );
    assert_eq!(
        snapshot.values(&Measure::Item("lg1".into()), None),
        [50.0, 100.0, 0.0]
    );
    let kgi = &snapshot.measures["kgi"];
    assert_eq!(kgi.summary["overall"].mean, 7.0);
    assert_eq!(kgi.summary["large"].centres, 1);
    assert_eq!(kgi.summary["mid_small"].mean, 7.0);
    // Attributes and the KGI's own item are not item measures.
    assert!(!snapshot.measures.contains_key("item:role"));
    assert!(!snapshot.measures.contains_key("item:kgi"));
    assert!(snapshot.measures.contains_key("factor:work_life_cycle"));
    // No centre answered mr1: a value of null for each.
    assert_eq!(snapshot.measures["item:mr1"].values, [None, None, None]);

    let standing = snapshot.standing(&Measure::Kgi, 8.0, None).unwrap();
    assert_eq!((standing.rank, standing.of), (2, 4));
    let in_size = snapshot
        .standing(&Measure::Kgi, 8.0, Some(SizeCategory::Large))
        .unwrap();
    assert_eq!((in_size.rank, in_size.of), (1, 2));
}

#[test]
fn a_snapshot_reads_back_and_bad_ones_are_refused_with_the_reason() {
    let survey = small();
    let json = three_centres().to_json();
    assert_eq!(Snapshot::parse(&json, &survey).unwrap(), three_centres());

    let refused = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        change(&mut value);
        Snapshot::parse(&value.to_string(), &survey).unwrap_err()
    };
    assert!(matches!(
        Snapshot::parse("{", &survey),
        Err(SnapshotError::NotReadable { .. })
    ));
    assert_eq!(
        refused(&|v| v["survey"]["version"] = json!("2")),
        SnapshotError::OtherSurvey {
            file: "small@2".into(),
            kiosk: "small@1".into()
        }
    );
    assert_eq!(
        refused(&|v| v["format_version"] = json!(9)),
        SnapshotError::OtherFormat {
            format: "yorisoi-benchmark".into(),
            version: 9
        }
    );
    assert_eq!(refused(&|v| v["centres"] = json!(4)), SnapshotError::Inconsistent);
    assert_eq!(
        refused(&|v| {
            v["measures"]["kgi"]["values"].as_array_mut().unwrap().pop();
        }),
        SnapshotError::Inconsistent
    );
}
