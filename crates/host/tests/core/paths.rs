use yorisoi_host::core::paths::{cache_control, is_hashed_asset, Base, BaseError, Route};

fn base(text: &str) -> Base {
    text.parse().unwrap()
}

#[test]
fn the_base_gets_its_slashes() {
    assert_eq!(base("/wellbeing").as_str(), "/wellbeing/");
    assert_eq!(base("/wellbeing/").as_str(), "/wellbeing/");
    assert_eq!(
        base("/centre-1/well_being.v2").as_str(),
        "/centre-1/well_being.v2/"
    );
    assert_eq!(base("/").as_str(), "/");
    assert_eq!("wellbeing/".parse::<Base>(), Err(BaseError::NoLeadingSlash));
    assert_eq!("".parse::<Base>(), Err(BaseError::NoLeadingSlash));
    for bad in [
        "/a//b/",
        "/a/../b/",
        "/./",
        "/a b/",
        "/wellbeing?x/",
        "/よりそい/",
        "//",
    ] {
        assert_eq!(bad.parse::<Base>(), Err(BaseError::BadSegment), "{bad}");
    }
}

#[test]
fn requests_route_to_the_redirect_a_file_or_nowhere() {
    let wellbeing = base("/wellbeing/");
    assert_eq!(wellbeing.bare(), Some("/wellbeing"));
    assert_eq!(wellbeing.join("host.json"), "/wellbeing/host.json");
    assert_eq!(wellbeing.route("/wellbeing"), Route::RedirectToBase);
    assert_eq!(wellbeing.route("/wellbeing/"), Route::File("index.html"));
    assert_eq!(wellbeing.route("/wellbeing/sw.js"), Route::File("sw.js"));
    assert_eq!(
        wellbeing.route("/wellbeing/surveys/employee.json"),
        Route::File("surveys/employee.json")
    );
    assert_eq!(wellbeing.route("/"), Route::Outside);
    assert_eq!(wellbeing.route("/wellbeingx/"), Route::Outside);
    assert_eq!(wellbeing.route("/other/wellbeing/"), Route::Outside);
    let root = base("/");
    assert_eq!(root.bare(), None);
    assert_eq!(root.route("/"), Route::File("index.html"));
    assert_eq!(root.route("/sw.js"), Route::File("sw.js"));
}

#[test]
fn files_that_change_in_place_are_revalidated_every_time() {
    for file in [
        "index.html",
        "sw.js",
        "surveys/employee.json",
        "surveys/pulse.json",
        "benchmark/snapshot.json",
        "centre-key.json",
        "admin/yorisoi-admin.js",
        "admin/yorisoi-admin_bg.wasm",
        "admin/admin.css",
        "vendor/echarts.min.js",
    ] {
        assert_eq!(cache_control(file), "no-cache", "{file}");
    }
}

#[test]
fn trunks_hashed_files_are_immutable() {
    let sri = "a".repeat(96); // Trunk names files by their sha384 digest when integrity is on
    for file in [
        "yorisoi-0123456789abcdef.js".to_owned(),
        // Trunk drops a hash's leading zero: 15 digits (seen in a real build).
        "yorisoi-e731ab6eebee662_bg.wasm".to_owned(),
        "yorisoi-0123456789abcdef_bg.wasm".to_owned(),
        "base-fedcba9876543210.css".to_owned(),
        format!("yorisoi-{sri}.js"),
        format!("idle_guard-{sri}.css"),
    ] {
        assert!(is_hashed_asset(&file), "{file}");
        assert_eq!(cache_control(&file), "public, max-age=31536000, immutable");
    }
}

#[test]
fn names_that_only_look_hashed_are_not() {
    for file in [
        "yorisoi-0123456.js",                // 7 hex digits: a version, not a hash
        "-0123456789abcdef.js",              // no name
        "yorisoi-0123456789abcdeg.js",       // g
        "yorisoi-0123456789abcdef.json",     // not js, wasm or css
        "yorisoi-0123456789abcdef",          // no extension
        "admin/yorisoi-0123456789abcdef.js", // not top level
        "yorisoi_0123456789abcdef.js",       // no hyphen
    ] {
        assert!(!is_hashed_asset(file), "{file}");
    }
}
