//! What to do next: the response rate, the cross analysis of the representative's practices and
//! the employees' factors, and the improvement priorities from driver analysis.

use std::sync::Arc;

use leptos::prelude::*;
use yorisoi_domain::analysis::{
    cross_analysis, maturities, priorities, quadrant_points, Drivers, Priority, Quadrant, QuadrantPoint,
    TooFewForDrivers,
};
use yorisoi_domain::release::ReleaseError;
use yorisoi_domain::result_list::format_difference;
use yorisoi_domain::scoring::{format_percent, Share};
use yorisoi_domain::{Language, SurveyDefinition};

use super::benchmark_note::BenchmarkNote;
use super::report_header::ReportHeader;
use super::too_few::TooFew;
use crate::admin::context::Admin;
use crate::assets;
use crate::charts;
use crate::i18n::load_errors::chart_error;
use crate::i18n::{fill, pages, quadrants};
use crate::results::{representative_response, whole_centre, AdminData};

const QUADRANT: (&str, (u32, u32)) = ("chart-priorities", (640, 360));

/// The plain-language reasons for a priority.
fn reasons(priority: &Priority, language: Language) -> String {
    let words = pages(language);
    let impact = format!("{:.2}", priority.impact);
    let mut reasons = vec![
        fill(
            if priority.high_impact {
                words.reason_high_impact
            } else {
                words.reason_impact
            },
            &[("r", &impact)],
        ),
        fill(
            words.reason_below,
            &[("points", &format!("{:.1}", -priority.gap))],
        ),
    ];
    reasons.extend(priority.weak_practices.iter().map(|(practice, level)| {
        fill(
            words.reason_practice,
            &[
                ("practice", &practice.name(language)),
                ("level", &format!("{level:.1}")),
            ],
        )
    }));
    reasons.join(language_separator(language))
}

fn language_separator(language: Language) -> &'static str {
    match language {
        Language::Ja => "。",
        Language::En => "; ",
    }
}

#[component]
pub fn AnalysisPage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let data = expect_context::<AdminData>();
    let words = move || pages(admin.language.get());
    view! {
        <section class="analysis-page" aria-labelledby="analysis-title">
            <ReportHeader title_id="analysis-title" title=Signal::derive(move || words().analysis) />
            <BenchmarkNote />
            {move || match data.representative.get() {
                None => ().into_any(),
                Some(Ok(representative)) => view! { <Analysis representative /> }.into_any(),
                Some(Err(errors)) => view! { <crate::pages::LoadErrorPage errors /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Analysis(representative: Arc<SurveyDefinition>) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let data = expect_context::<AdminData>();
    let language = admin.language.get_untracked();
    let words = pages(language);
    let survey = admin.survey.get_value();
    let whole = whole_centre(admin);
    let levels = maturities(&representative, &representative_response(&representative).answers);

    let respondents = match &whole {
        Ok(whole) => whole.tally.respondents,
        Err(ReleaseError::TooFew { respondents, .. } | ReleaseError::TooFewNew { respondents, .. }) => {
            *respondents
        }
    };
    let rate = admin.profile.get_untracked().response_rate(respondents);
    let response_rate = view! {
        <p class="response-rate">
            {words.response_rate} ": "
            <strong id="response-rate">
                {rate.and_then(Share::percent).map_or(words.response_rate_unknown.to_owned(), |p| format!("{}%", format_percent(p)))}
            </strong>
            {rate.map(|r| format!(" ({} / {})", r.count, r.of))}
        </p>
    };
    let whole = match whole {
        Ok(whole) => whole,
        Err(error) => return view! { {response_rate} <TooFew error /> }.into_any(),
    };
    let scores = whole.scores.clone();

    let snapshot_scores = scores.clone();
    let snapshot_levels = levels.clone();
    let cross = move || {
        let snapshot = data.snapshot();
        let rows = cross_analysis(&snapshot_scores, snapshot.as_ref(), &snapshot_levels)
            .into_iter()
            .map(|row| {
                let factors = row
                    .factors
                    .iter()
                    .map(|f| {
                        format!(
                            "{} {} ({})",
                            f.factor.name(language),
                            f.favourable_percent.map_or("–".to_owned(), format_percent),
                            f.gap.map_or("–".to_owned(), format_difference)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · ");
                view! {
                    <tr data-practice=row.practice.id() class:priority=row.priority>
                        <th scope="row">{row.practice.name(language)}</th>
                        <td class="maturity">{row.maturity.map_or(words.not_answered.to_owned(), |m| format!("{m:.1}"))}</td>
                        <td>{factors}</td>
                        <td class="priority-mark">{row.priority.then_some(words.priority_mark)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="cross">
                <thead>
                    <tr>
                        <th scope="col">{words.practice}</th>
                        <th scope="col">{words.maturity}</th>
                        <th scope="col">{words.factors_driven}</th>
                        <th scope="col">{words.priority_mark}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    let drivers = Drivers::of(&survey, &whole.tally, &whole.release);
    let driver_view = match drivers {
        Err(TooFewForDrivers { respondents }) => {
            view! { <p class="too-few" id="drivers-too-few">{fill(words.drivers_too_few, &[("respondents", &respondents)])}</p> }.into_any()
        }
        Ok(drivers) => {
            let echarts = LocalResource::new(assets::load_echarts);
            let chart_problem = RwSignal::new(None::<String>);
            let drawn = StoredValue::new(false);
            let median_impact = drivers.median_impact().unwrap_or(0.0);
            let points = {
                let drivers = drivers.clone();
                let scores = scores.clone();
                move || -> Option<Vec<QuadrantPoint>> {
                    let snapshot = data.snapshot()?;
                    Some(quadrant_points(&drivers, &scores, &snapshot))
                }
            };
            let drawn_points = points.clone();
            Effect::new(move |_| {
                if let (Some(Ok(())), Some(points)) = (echarts.get(), drawn_points()) {
                    if !drawn.get_value() {
                        drawn.set_value(true);
                        request_animation_frame(move || {
                            let points: Vec<(String, f64, f64)> = points
                                .iter()
                                .map(|point| (point.factor.name(language).to_owned(), point.gap, point.impact))
                                .collect();
                            let chart = charts::priority_quadrant(&points, median_impact, language);
                            chart_problem.set(
                                charts::draw(QUADRANT.0, &chart, QUADRANT.1)
                                    .err()
                                    .map(|error| chart_error(error, language)),
                            );
                        });
                    }
                }
            });
            let priority_list = move || {
                let Some(snapshot) = data.snapshot() else {
                    return view! { <p>{words.needs_benchmark}</p> }.into_any();
                };
                let found = priorities(&drivers, &scores, &snapshot, &levels);
                if found.is_empty() {
                    return view! { <p>{words.no_priorities}</p> }.into_any();
                }
                view! {
                    <ol class="priorities">
                        {found.iter().map(|priority| view! {
                            <li data-factor=priority.factor.id()>
                                <strong>{priority.factor.name(language)}</strong>
                                <span class="reason">{reasons(priority, language)}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                }
                .into_any()
            };
            let point_table = {
                move || {
                    let names = quadrants(language);
                    let rows = points()
                        .unwrap_or_default()
                        .into_iter()
                        .enumerate()
                        .map(|(index, point)| {
                            let quadrant = match point.quadrant {
                                Quadrant::First => names.first,
                                Quadrant::Strength => names.strength,
                                Quadrant::Later => names.later,
                                Quadrant::Maintain => names.maintain,
                            };
                            view! {
                                <tr>
                                    <td>{index + 1}</td>
                                    <th scope="row">{point.factor.name(language)}</th>
                                    <td>{format_difference(point.gap)}</td>
                                    <td>{format!("{:.2}", point.impact)}</td>
                                    <td class="quadrant-name">{quadrant}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <table class="quadrant-table">
                            <thead><tr>
                                <th scope="col">{names.number}</th>
                                <th scope="col">{crate::i18n::report(language).factor}</th>
                                <th scope="col">{words.gap}</th>
                                <th scope="col">{words.impact}</th>
                                <th scope="col">{names.quadrant}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }
                }
            };
            view! {
                <div class="quadrant-grid">
                    <figure class="chart">
                        <figcaption>{words.quadrant}</figcaption>
                        <div id=QUADRANT.0 class="chart-area" role="img" aria-label=words.quadrant></div>
                    </figure>
                    {point_table}
                </div>
                <p class="chart-problem" role="alert">{move || chart_problem.get()}</p>
                <h2>{words.priorities_title}</h2>
                {priority_list}
            }
            .into_any()
        }
    };

    view! {
        {response_rate}
        <h2>{words.cross_title}</h2>
        <p class="hint">{words.cross_help}</p>
        {cross}
        <h2>{words.drivers_title}</h2>
        {driver_view}
    }
    .into_any()
}
