use yorisoi_collect::synthetic::{self, CENTRES, LARGE_CENTRES, RESPONDENTS, SHIPPED_SEED};
use yorisoi_domain::benchmark::Summary;
use yorisoi_domain::{Scores, SizeCategory, Snapshot, SurveyDefinition, Tally};

const SHIPPED_DATE: &str = "2026-11-29";

fn employee() -> SurveyDefinition {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/surveys/employee.json");
    SurveyDefinition::parse("surveys/employee.json", &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The published figures, as the diagnosis computes them: centre means, the centres at or beyond
/// one (population) standard deviation from their mean, and the respondent-weighted mean of
/// each group's happiness.
struct Calibration {
    mean: f64,
    sd: f64,
    top_weighted: f64,
    bottom_weighted: f64,
}

fn calibration(seed: u64) -> Calibration {
    let survey = employee();
    let centres: Vec<(u32, f64)> = synthetic::centres(&survey, seed)
        .iter()
        .map(|centre| {
            let scores = Scores::from_tally(&survey, &Tally::of(&survey, &centre.responses));
            (
                centre.responses.len() as u32,
                scores.kgi().unwrap().mean().unwrap(),
            )
        })
        .collect();
    let means: Vec<f64> = centres.iter().map(|(_, mean)| *mean).collect();
    let summary = Summary::of(&means).unwrap();
    let weighted = |keep: &dyn Fn(f64) -> bool| {
        let kept: Vec<&(u32, f64)> = centres.iter().filter(|(_, mean)| keep(*mean)).collect();
        let people: u32 = kept.iter().map(|(n, _)| n).sum();
        kept.iter().map(|(n, mean)| f64::from(*n) * mean).sum::<f64>() / f64::from(people)
    };
    Calibration {
        mean: summary.mean,
        sd: summary.sd,
        top_weighted: weighted(&|mean| mean >= summary.mean + summary.sd),
        bottom_weighted: weighted(&|mean| mean <= summary.mean - summary.sd),
    }
}

#[test]
fn the_shipped_seed_matches_the_published_figures() {
    let figures = calibration(SHIPPED_SEED);
    println!(
        "mean {:.3} sd {:.3} top {:.3} bottom {:.3}",
        figures.mean, figures.sd, figures.top_weighted, figures.bottom_weighted
    );
    assert!(
        (5.6..=5.8).contains(&figures.mean),
        "centre mean {}",
        figures.mean
    );
    assert!(
        (figures.top_weighted - 6.87).abs() <= 0.15,
        "top group {}",
        figures.top_weighted
    );
    assert!(
        (figures.bottom_weighted - 4.57).abs() <= 0.15,
        "bottom group {}",
        figures.bottom_weighted
    );
    assert!((0.65..=0.85).contains(&figures.sd), "spread {}", figures.sd);
}

#[test]
fn centres_and_respondents_are_the_published_counts_in_both_size_categories() {
    let survey = employee();
    let centres = synthetic::centres(&survey, SHIPPED_SEED);
    assert_eq!(centres.len(), CENTRES);
    let respondents: usize = centres.iter().map(|centre| centre.responses.len()).sum();
    assert_eq!(respondents, RESPONDENTS as usize);
    let large = centres
        .iter()
        .filter(|centre| centre.size == SizeCategory::Large)
        .count();
    assert_eq!(large, LARGE_CENTRES);
    let smallest_large = centres
        .iter()
        .filter(|c| c.size == SizeCategory::Large)
        .map(|c| c.responses.len())
        .min();
    let largest_small = centres
        .iter()
        .filter(|c| c.size == SizeCategory::MidSmall)
        .map(|c| c.responses.len())
        .max();
    assert!(
        smallest_large > largest_small,
        "{smallest_large:?} vs {largest_small:?}"
    );
}

#[test]
fn the_same_seed_gives_the_same_file_and_another_seed_another() {
    let survey = employee();
    let first = synthetic::snapshot(&survey, 7, SHIPPED_DATE).to_json();
    assert_eq!(first, synthetic::snapshot(&survey, 7, SHIPPED_DATE).to_json());
    assert_ne!(first, synthetic::snapshot(&survey, 8, SHIPPED_DATE).to_json());
}

#[test]
fn the_shipped_snapshot_is_the_generators_output_and_reads_back() {
    let survey = employee();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/benchmark/benchmark.json"
    );
    let shipped = std::fs::read_to_string(path).expect("public/benchmark/benchmark.json exists");
    let generated = synthetic::snapshot(&survey, SHIPPED_SEED, SHIPPED_DATE).to_json() + "\n";
    assert!(
        shipped == generated,
        "the shipped snapshot differs from the generator's output; regenerate it (README: The benchmark snapshot)"
    );
    let snapshot = Snapshot::parse(&shipped, &survey).unwrap();
    assert!(snapshot.synthetic);
    assert_eq!(snapshot.centres, 132);
    assert_eq!(snapshot.respondents, 10_279);
}
