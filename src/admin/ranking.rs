//! The ranking report (ランキング): the KGI and each factor against every benchmark centre and
//! those of the centre's size, with the national median and top 10% marked.

use leptos::prelude::*;
use yorisoi_domain::analysis::{ranking, RankingRow};
use yorisoi_domain::benchmark::Standing;
use yorisoi_domain::scoring::{format_mean, format_percent};
use yorisoi_domain::Measure;

use super::benchmark_note::BenchmarkNote;
use super::report_header::ReportHeader;
use super::too_few::TooFew;
use crate::admin::context::Admin;
use crate::i18n::pages;
use crate::results::{whole_centre, AdminData};

fn show(measure: &Measure, value: Option<f64>) -> String {
    match (measure, value) {
        (_, None) => "–".to_owned(),
        (Measure::Kgi, Some(value)) => format_mean(value),
        (_, Some(value)) => format_percent(value),
    }
}

fn rank(standing: Option<Standing>) -> String {
    standing.map_or("–".to_owned(), |s| format!("{} / {}", s.rank, s.of))
}

/// Where a value sits on the measure's scale, in percent of the track.
fn position(measure: &Measure, value: f64) -> String {
    let top = if *measure == Measure::Kgi { 10.0 } else { 100.0 };
    format!("{:.2}%", (value / top * 100.0).clamp(0.0, 100.0))
}

#[component]
fn Track(row: RankingRow) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let words = pages(admin.language.get_untracked());
    let Some(summary) = row.overall else {
        return ().into_any();
    };
    let measure = row.measure.clone();
    let median = format!("{} {}", words.median, show(&measure, Some(summary.median)));
    let top_ten = format!("{} {}", words.top_ten, show(&measure, Some(summary.p90)));
    let centre = row
        .value
        .map(|value| format!("{} {}", words.this_centre, show(&measure, Some(value))));
    // The track is one image to assistive technology: its label says all three values.
    let label = std::iter::once(median.clone())
        .chain(std::iter::once(top_ten.clone()))
        .chain(centre.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let marker = |class: &'static str, value: f64, title: String| {
        view! { <span class=class style:left=position(&measure, value) title=title></span> }
    };
    view! {
        <div class="track" role="img" aria-label=format!("{}: {label}", words.distribution)>
            {marker("tick median", summary.median, median)}
            {marker("tick top-ten", summary.p90, top_ten)}
            {row.value.zip(centre).map(|(value, centre)| marker("centre-mark", value, centre))}
            <span class="scale-end start" aria-hidden="true">"0"</span>
            <span class="scale-end end" aria-hidden="true">{if measure == Measure::Kgi { "10" } else { "100%" }}</span>
        </div>
    }
    .into_any()
}

#[component]
pub fn RankingPage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let data = expect_context::<AdminData>();
    let words = move || pages(admin.language.get());
    let whole = whole_centre(admin);
    let content = move || {
        let language = admin.language.get();
        let Some(snapshot) = data.snapshot() else {
            return view! { <p class="too-few">{words().needs_benchmark}</p> }.into_any();
        };
        let scores = match &whole {
            Ok(whole) => &whole.scores,
            Err(error) => return view! { <TooFew error=*error /> }.into_any(),
        };
        let size = admin.profile.get().size;
        let survey = admin.survey.get_value();
        let rows = ranking(scores, &snapshot, size)
            .into_iter()
            .map(|row| {
                let key = match &row.measure {
                    Measure::Factor(factor) => factor.id().to_owned(),
                    _ => "kgi".to_owned(),
                };
                view! {
                    <tr data-row=key>
                        <th scope="row">{row.measure.label(&survey, language)}</th>
                        <td class="value">{show(&row.measure, row.value)}</td>
                        <td class="rank">{rank(row.standings.overall)}</td>
                        <td class="percentile">{row.standings.overall.map_or("–".to_owned(), |s| format_percent(s.percentile))}</td>
                        <td class="rank-size">{rank(row.standings.in_size)}</td>
                        <td class="median">{show(&row.measure, row.overall.map(|s| s.median))}</td>
                        <td class="top-ten">{show(&row.measure, row.overall.map(|s| s.p90))}</td>
                        <td class="track-cell"><Track row=row.clone() /></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p class="hint">{format!("{} · {}", size.name(language), snapshot.label.get(language))}</p>
            // What the track's marks are; the figures themselves are in the row's columns.
            <p class="track-legend" aria-hidden="true">
                <span class="key-tick median"></span>{words().median}
                <span class="key-tick top-ten"></span>{words().top_ten}
                <span class="key-mark"></span>{words().this_centre}
                " · " {words().track_scale}
            </p>
            // Scrolls sideways on a phone inside its box: focusable, so a keyboard can scroll it.
            <div class="table-scroll" tabindex="0" role="region" aria-label=words().ranking_table>
            <table class="ranking">
                <thead>
                    <tr>
                        <th scope="col">{words().measure}</th>
                        <th scope="col">{words().value}</th>
                        <th scope="col">{words().rank_overall}</th>
                        <th scope="col">{words().percentile}</th>
                        <th scope="col">{words().rank_in_size}</th>
                        <th scope="col">{words().median}</th>
                        <th scope="col">{words().top_ten}</th>
                        <th scope="col">{words().distribution}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="ranking-page" aria-labelledby="ranking-title">
            <ReportHeader title_id="ranking-title" title=Signal::derive(move || words().ranking) />
            <BenchmarkNote />
            {content}
        </section>
    }
}
