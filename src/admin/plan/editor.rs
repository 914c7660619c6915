//! Editing the plan: its settings, starting a measure from a priority (or any factor or item),
//! and each measure with its items, review points and tasks. Text is taken when a field is
//! left (`change`), so typing, Japanese input included, is never interrupted.

use leptos::prelude::*;
use yorisoi_domain::analysis::{maturities, priorities, Drivers};
use yorisoi_domain::plan::schedule::measure_progress;
use yorisoi_domain::plan::start::start_measure;
use yorisoi_domain::plan::validate::is_measurable;
use yorisoi_domain::plan::{Date, PlanMeasure, Target, Task, TaskStatus};
use yorisoi_domain::result_list::format_difference;
use yorisoi_domain::scoring::format_percent;
use yorisoi_domain::typed_number::whole_number;
use yorisoi_domain::{Factor, Language, Scores, Tally};

use super::PlanState;
use crate::admin::context::Admin;
use crate::i18n::{fill, plan as text};
use crate::results::{representative_response, whole_centre, AdminData};

/// Week numbers typed as "4, 8, 12" (full-width digits too). A token that is not a number becomes
/// week 0, which the rules then name as outside the plan, rather than being dropped unseen.
fn week_list(typed: &str) -> Vec<u32> {
    let mut weeks: Vec<u32> = typed
        .split([',', '、', ' ', '，'])
        .filter(|token| !token.trim().is_empty())
        .map(|token| whole_number(token).unwrap_or(0))
        .collect();
    weeks.sort_unstable();
    weeks.dedup();
    weeks
}

fn weeks_text(weeks: &[u32]) -> String {
    weeks.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
}

/// A whole number typed into a number field (full-width digits too); anything else is 0, which
/// the rules refuse.
fn number(ev: &leptos::ev::Event) -> u32 {
    whole_number(&event_target_value(ev)).unwrap_or(0)
}

fn percent(value: Option<f64>) -> String {
    value.map_or("–".to_owned(), |p| format!("{}%", format_percent(p)))
}

#[component]
pub fn PlanSettings() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let state = expect_context::<PlanState>();
    let words = move || text(admin.language.get());
    view! {
        <section class="data-block plan-settings">
            <h2>{move || words().settings}</h2>
            <div class="plan-fields">
                <label for="plan-name">{move || words().plan_name}</label>
                <input id="plan-name" type="text" prop:value=move || state.plan.with(|p| p.title.clone())
                    on:change=move |ev| state.edit(|p| p.title = event_target_value(&ev)) />
                <label for="plan-start">{move || words().start}</label>
                <input id="plan-start" type="date" prop:value=move || state.plan.with(|p| p.start.clone())
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        // A date the picker gives is moved to its week's Monday.
                        let start = Date::parse(&typed).map_or(typed, |date| date.monday_of_week().to_string());
                        state.edit(|p| p.start = start);
                    } />
                <label for="plan-weeks">{move || words().weeks}</label>
                <input id="plan-weeks" type="text" inputmode="numeric" prop:value=move || state.plan.with(|p| p.weeks)
                    on:change=move |ev| state.edit(|p| p.weeks = number(&ev)) />
                <label for="plan-meetings">{move || words().meetings}</label>
                <input id="plan-meetings" type="text" inputmode="numeric" aria-describedby="plan-meetings-hint"
                    prop:value=move || state.plan.with(|p| weeks_text(&p.meetings))
                    on:change=move |ev| state.edit(|p| p.meetings = week_list(&event_target_value(&ev))) />
                <span class="hint" id="plan-meetings-hint">{move || words().week_list_hint}</span>
            </div>
        </section>
    }
}

#[component]
pub fn StartMeasure() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let data = expect_context::<AdminData>();
    let state = expect_context::<PlanState>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let survey = admin.survey.get_value();
    // Under the minimum a measure starts with no figures (start_measure keeps none).
    let (scores, drivers) = match whole_centre(admin) {
        Ok(whole) => {
            let drivers = Drivers::of(&survey, &whole.tally, &whole.release).ok();
            (whole.scores, drivers)
        }
        Err(_) => (Scores::from_tally(&survey, &Tally::new(&survey)), None),
    };
    let scores = StoredValue::new(scores);
    let minimum = admin.settings.get_untracked().min_respondents();
    let start = move |target: Target| {
        let employee = state.employee.get_value();
        let snapshot = data.snapshot();
        let weeks = state.plan.with_untracked(|p| p.weeks);
        let measure = scores.with_value(|scores| {
            start_measure(
                target,
                &employee,
                scores,
                snapshot.as_ref(),
                minimum,
                weeks,
                language,
            )
        });
        state.edit(|p| p.measures.push(measure));
    };
    let top = move || {
        let snapshot = data.snapshot()?;
        let representative = data.representative.get()?.ok()?;
        let levels = maturities(&representative, &representative_response(&representative).answers);
        let drivers = drivers.as_ref()?;
        Some(scores.with_value(|scores| priorities(drivers, scores, &snapshot, &levels)))
    };
    let priority_list = move || match top().filter(|found| !found.is_empty()) {
        None => view! { <p class="hint">{words.priorities_none}</p> }.into_any(),
        Some(found) => view! {
            <ol class="plan-priorities">
                {found.into_iter().map(|priority| view! {
                    <li data-factor=priority.factor.id()>
                        <strong>{priority.factor.name(language)}</strong>
                        " (" {format_difference(priority.gap)} ") "
                        <button class="secondary" on:click=move |_| start(Target::Factor(priority.factor))>
                            {words.from_priority}
                        </button>
                    </li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
    };
    let chosen = RwSignal::new(format!("factor:{}", Factor::ALL[0].id()));
    let employee = state.employee.get_value();
    let options = Factor::ALL
        .into_iter()
        .map(|factor| {
            (
                format!("factor:{}", factor.id()),
                factor.name(language).to_owned(),
            )
        })
        .chain(
            employee
                .choice_items()
                .filter(|item| is_measurable(item))
                .map(|item| {
                    (
                        format!("item:{}", item.id),
                        format!("{} {}", item.id, item.text.get(language)),
                    )
                }),
        )
        .map(|(value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    let add = move |_| {
        let value = chosen.get_untracked();
        let target = match value.split_once(':') {
            Some(("factor", id)) => Factor::from_id(id).map(Target::Factor),
            Some(("item", id)) => Some(Target::Item(id.to_owned())),
            _ => None,
        };
        if let Some(target) = target {
            start(target);
        }
    };
    view! {
        <section class="data-block plan-start">
            <h2>{words.start_title}</h2>
            {priority_list}
            <label for="plan-target">{words.any_target}</label>
            <select id="plan-target" on:change=move |ev| chosen.set(event_target_value(&ev))>{options}</select>
            <button class="secondary" id="plan-add-measure" on:click=add>{words.add_measure}</button>
        </section>
    }
}

#[component]
pub fn MeasureList() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let state = expect_context::<PlanState>();
    let count = move || state.plan.with(|p| p.measures.len());
    view! {
        <div class="plan-measures">
            <Show when=move || count() == 0>
                <p class="hint">{move || text(admin.language.get()).nothing_yet}</p>
            </Show>
            <For each=move || 0..count() key=|index| *index children=move |index| view! { <MeasureEditor index /> } />
        </div>
    }
}

/// Reads measure `index` (the list may have just shrunk).
fn with_measure<T: Default>(state: PlanState, index: usize, read: impl FnOnce(&PlanMeasure) -> T) -> T {
    state
        .plan
        .with(|p| p.measures.get(index).map(read).unwrap_or_default())
}

fn edit_measure(state: PlanState, index: usize, change: impl FnOnce(&mut PlanMeasure)) {
    state.edit(|p| {
        if let Some(measure) = p.measures.get_mut(index) {
            change(measure);
        }
    });
}

fn target_label(target: &Target, language: Language, state: PlanState) -> String {
    target.measure().label(&state.employee.get_value(), language)
}

#[component]
fn MeasureEditor(index: usize) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let state = expect_context::<PlanState>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let id = move |field: &str| format!("measure-{index}-{field}");
    let starting = move || {
        state.plan.with(|p| {
            let measure = p.measures.get(index)?;
            let point = &measure.starting_point;
            let practices: Vec<&str> = point.practices.iter().map(|practice| practice.name(language)).collect();
            Some(view! {
                <dl class="starting-point">
                    <div><dt>{words.target}</dt><dd class="target">{target_label(&measure.target, language, state)}</dd></div>
                    <div><dt>{words.favourable}</dt><dd class="start-favourable">
                        {point.favourable_percent.map_or(words.not_shown.to_owned(), |p| percent(Some(p)))}
                        {format!(" (n={})", point.respondents)}
                    </dd></div>
                    <div><dt>{words.gap}</dt><dd class="start-gap">{point.gap.map_or("–".to_owned(), format_difference)}</dd></div>
                    <div><dt>{words.practices}</dt><dd class="start-practices">{practices.join("、")}</dd></div>
                </dl>
            })
        })
    };
    let items = move || {
        let survey = state.employee.get_value();
        with_measure(state, index, |m| m.items.clone())
            .into_iter()
            .map(|item| {
                let label = survey
                    .item(&item)
                    .map(|i| i.text.get(language).to_owned())
                    .unwrap_or_default();
                let removed = item.clone();
                let shown = item.clone();
                view! {
                    <li data-item=item>
                        <code>{shown}</code> " " {label} " "
                        <button class="secondary small" on:click=move |_| {
                            let removed = removed.clone();
                            edit_measure(state, index, move |m| m.items.retain(|i| *i != removed));
                        }>{words.remove}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let item_options = state
        .employee
        .get_value()
        .choice_items()
        .filter(|item| is_measurable(item))
        .map(|item| view! { <option value=item.id.clone()>{format!("{} {}", item.id, item.text.get(language))}</option> })
        .collect_view();
    let task_count = move || with_measure(state, index, |m| m.tasks.len());
    view! {
        <section class="data-block measure" data-measure=index aria-labelledby=id("heading")>
            <h2 id=id("heading")>
                {fill(words.measure_n, &[("number", &(index + 1))])} " · "
                {move || with_measure(state, index, |m| m.title.clone())}
            </h2>
            <p class="measure-progress">
                {words.measure_progress} ": "
                <strong id=id("progress")>{move || percent(with_measure(state, index, measure_progress))}</strong>
            </p>
            <div class="plan-fields">
                <label for=id("title")>{words.measure_title}</label>
                <input id=id("title") type="text" prop:value=move || with_measure(state, index, |m| m.title.clone())
                    on:change=move |ev| edit_measure(state, index, |m| m.title = event_target_value(&ev)) />
                <label for=id("owner")>{words.owner}</label>
                <input id=id("owner") type="text" aria-describedby=id("owner-hint")
                    prop:value=move || with_measure(state, index, |m| m.owner.clone())
                    on:change=move |ev| edit_measure(state, index, |m| m.owner = event_target_value(&ev)) />
                <span class="hint" id=id("owner-hint")>{words.owner_hint}</span>
                <label for=id("reviews")>{words.reviews}</label>
                <input id=id("reviews") type="text" inputmode="numeric"
                    prop:value=move || with_measure(state, index, |m| weeks_text(&m.reviews))
                    on:change=move |ev| edit_measure(state, index, |m| m.reviews = week_list(&event_target_value(&ev))) />
            </div>
            {starting}
            <h3>{words.items}</h3>
            <ul class="measure-items">{items}</ul>
            <label for=id("add-item")>{words.add_item}</label>
            <select id=id("add-item") on:change=move |ev| {
                let item = event_target_value(&ev);
                if !item.is_empty() {
                    edit_measure(state, index, |m| if !m.items.contains(&item) { m.items.push(item) });
                }
            }>
                <option value="" selected=true>"—"</option>
                {item_options}
            </select>
            <h3>{words.tasks}</h3>
            <table class="tasks">
                <thead><tr>
                    <th scope="col">{words.task_title}</th>
                    <th scope="col">{words.start_week}</th>
                    <th scope="col">{words.end_week}</th>
                    <th scope="col">{words.status}</th>
                    <th scope="col">{words.progress}</th>
                    <th scope="col"><span class="visually-hidden">{words.remove}</span></th>
                </tr></thead>
                <tbody>
                    <For each=move || 0..task_count() key=|task| *task children=move |task| view! { <TaskRow measure=index task /> } />
                </tbody>
            </table>
            <button class="secondary" id=id("add-task") on:click=move |_| {
                // Read before editing: the plan cannot be read while it is being changed.
                let last = state.plan.with_untracked(|p| p.weeks).clamp(1, 4);
                edit_measure(state, index, |m| m.tasks.push(Task::new(words.new_task.to_owned(), 1, last)));
            }>{words.add_task}</button>
            " "
            <button class="secondary danger" id=id("remove") on:click=move |_| {
                state.edit(|p| { if index < p.measures.len() { p.measures.remove(index); } });
            }>{words.remove_measure}</button>
        </section>
    }
}

#[component]
fn TaskRow(measure: usize, task: usize) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let state = expect_context::<PlanState>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let id = move |field: &str| format!("task-{measure}-{task}-{field}");
    let read = move |get: fn(&Task) -> String| {
        move || with_measure(state, measure, |m| m.tasks.get(task).map(get).unwrap_or_default())
    };
    let change = move |apply: fn(&mut Task, &leptos::ev::Event)| {
        move |ev: leptos::ev::Event| {
            edit_measure(state, measure, |m| {
                if let Some(t) = m.tasks.get_mut(task) {
                    apply(t, &ev);
                }
            })
        }
    };
    let status = read(|t| t.status.id().to_owned());
    view! {
        <tr data-task=task>
            <td><input id=id("title") type="text" aria-label=words.task_title prop:value=read(|t| t.title.clone())
                on:change=change(|t, ev| t.title = event_target_value(ev)) /></td>
            <td><input id=id("start") class="week" type="text" inputmode="numeric" aria-label=words.start_week prop:value=read(|t| t.start_week.to_string())
                on:change=change(|t, ev| t.start_week = number(ev)) /></td>
            <td><input id=id("end") class="week" type="text" inputmode="numeric" aria-label=words.end_week prop:value=read(|t| t.end_week.to_string())
                on:change=change(|t, ev| t.end_week = number(ev)) /></td>
            <td><select id=id("status") aria-label=words.status
                on:change=change(|t, ev| {
                    let chosen = event_target_value(ev);
                    if let Some(status) = TaskStatus::ALL.into_iter().find(|s| s.id() == chosen) {
                        t.set_status(status);
                    }
                })>
                {TaskStatus::ALL.map(|s| view! {
                    <option value=s.id() prop:selected=move || status() == s.id()>{s.name(language)}</option>
                }).collect_view()}
            </select></td>
            <td><input id=id("progress") class="week" type="text" inputmode="numeric" aria-label=words.progress
                prop:value=read(|t| t.progress.to_string())
                on:change=change(|t, ev| t.set_progress(number(ev).min(255) as u8)) /></td>
            <td><button class="secondary small" on:click=move |_| {
                edit_measure(state, measure, |m| { if task < m.tasks.len() { m.tasks.remove(task); } });
            }>{words.remove}</button></td>
        </tr>
    }
}
