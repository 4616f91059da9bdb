//! End-to-end tests: the built pages (`trunk build --release` → `dist/`) in headless
//! Chromium and Firefox through WebDriver, read as what a reader and a publisher see; the
//! news pages (in place, CSP, blocked WebAssembly, two widgets, deep links, destroy, JSON-LD)
//! in WebKit too when `SAFARIDRIVER` names WebKitWebDriver (under Xvfb). Tests that need the
//! DevTools protocol (layout shift, throttling, media emulation) are Chromium's.
//!
//! They need the browsers, their drivers and `dist/`, so they are ignored by a plain
//! `cargo test`; `.ci/test` builds `dist/` and runs them with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod browsers;
mod news;
mod page;
mod reader;
mod server;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use browsers::{start, Browser};
use serde_json::Value;
use thirtyfour::prelude::*;

fn dist() -> PathBuf {
    let dir = std::env::var("STANCELENS_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/dist")));
    assert!(
        dir.join("index.html").exists(),
        "{} has no index.html: run `trunk build --release` first",
        dir.display()
    );
    dir
}

fn axe_source() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e} (run .ci/setup)"))
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// How long a test waits for the page to reach a state before it fails. Generous: the CI
/// machine may be loaded, and these tests assert what happens, not how fast (the timed bounds
/// are the long-task and cold-start measurements, which say so).
const PATIENCE: Duration = Duration::from_secs(20);

/// Waits until `selector` matches at least one element; returns how many. On a timeout, says
/// which state each widget on the page was left in, so that a failure tells "still loading"
/// from "failed".
async fn wait_for(driver: &WebDriver, selector: &str) -> Result<usize, String> {
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        let found = driver.find_all(By::Css(selector)).await.map_err(err)?;
        if !found.is_empty() {
            return Ok(found.len());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let states = driver
        .execute(
            "return [...document.querySelectorAll('[data-stancelens], stance-lens')].map(e => (e.dataset.stancelensState || 'no state') + (e.dataset.stancelensError ? ': ' + e.dataset.stancelensError : '')).join('; ');",
            vec![],
        )
        .await
        .map(|v| v.json().as_str().unwrap_or_default().to_string())
        .unwrap_or_default();
    Err(format!(
        "nothing matched {selector} within {} s (widgets: {states})",
        PATIENCE.as_secs()
    ))
}

/// Runs axe-core on the page; returns the violations as "rule: n nodes (targets)".
async fn axe(driver: &WebDriver) -> Result<Vec<String>, String> {
    driver.execute(&axe_source(), vec![]).await.map_err(err)?;
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.length + ' node(s) ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
          .catch(e => done(['axe failed: ' + e]));
    "#;
    let ret = driver.execute_async(script, vec![]).await.map_err(err)?;
    let list: Vec<String> = serde_json::from_value(ret.json().clone()).map_err(err)?;
    Ok(list)
}

async fn audit(width: u32, height: u32, dark: bool, open_panel: bool) {
    audit_page("index.html", width, height, dark, open_panel).await;
}

async fn audit_page(page: &str, width: u32, height: u32, dark: bool, open_panel: bool) {
    let server = server::serve(&dist());
    let fragment = if open_panel { "#quote-3" } else { "" };
    let url = format!("{}/{page}{fragment}", server.base);
    start(Browser::Chromium, width, height, dark)
        .await
        .run(|driver| async move {
            driver.goto(&url).await.map_err(err)?;
            wait_for(&driver, "[data-quote-id]").await?;
            if open_panel {
                // The panel is in the page, or in the embedded widget's shadow root.
                for _ in 0..100 {
                    let open = driver
                        .execute(
                            "return !!(document.querySelector('.sl-panel') || [...document.querySelectorAll('.stancelens-host')].some(h => h.shadowRoot && h.shadowRoot.querySelector('.sl-panel')));",
                            vec![],
                        )
                        .await
                        .map_err(err)?;
                    if open.json() == &Value::Bool(true) {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
            let violations = axe(&driver).await?;
            if violations.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "axe found {} violation(s) at {width}x{height} dark={dark}:\n{}",
                    violations.len(),
                    violations.join("\n")
                ))
            }
        })
        .await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn demo_passes_axe_on_desktop_light() {
    audit(1280, 900, false, false).await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn demo_passes_axe_on_desktop_dark_with_the_panel_open() {
    audit(1280, 900, true, true).await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn news_page_passes_axe_with_the_panel_open() {
    audit_page("news.html", 1280, 900, false, true).await;
    audit_page("news.html", 390, 844, false, true).await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn demo_passes_axe_on_a_phone_with_the_bottom_sheet_open() {
    audit(390, 844, false, true).await;
}

async fn demo_works_in(browser: Browser) {
    let server = server::serve(&dist());
    let url = format!("{}/index.html", server.base);
    start(browser, 1280, 900, false)
        .await
        .run(|driver| async move {
            driver.goto(&url).await.map_err(err)?;
            let quotes = wait_for(&driver, "[data-quote-id]").await?;
            if quotes < 15 {
                return Err(format!("only {quotes} quotes highlighted"));
            }
            let first = driver
                .find(By::Css("[data-quote-id=\"0\"]"))
                .await
                .map_err(err)?;
            first.click().await.map_err(err)?;
            wait_for(&driver, ".sl-panel h2").await?;
            // The panel fades in (140 ms): until it shows, WebDriver reads its text as "".
            let mut title = String::new();
            for _ in 0..50 {
                title = driver
                    .find(By::Css(".sl-panel h2"))
                    .await
                    .map_err(err)?
                    .text()
                    .await
                    .map_err(err)?;
                if !title.is_empty() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            let speaker = first
                .attr("data-speaker")
                .await
                .map_err(err)?
                .unwrap_or_default();
            if title != speaker {
                return Err(format!("panel shows {title:?}, quote says {speaker:?}"));
            }
            Ok(())
        })
        .await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn demo_highlights_and_opens_the_panel_in_chromium() {
    demo_works_in(Browser::Chromium).await;
}

#[tokio::test]
#[ignore = "needs dist/ and browsers: run by .ci/test"]
async fn demo_highlights_and_opens_the_panel_in_firefox() {
    demo_works_in(Browser::Firefox).await;
}

/// Time from the start of the wasm's main (after instantiation) to the first highlighted
/// render, from the page's performance marks. A measurement, printed for the README: run
/// with `--ignored --nocapture measure_`.
#[tokio::test]
#[ignore = "a measurement: run by .ci/bench"]
async fn measure_first_render() {
    let server = server::serve(&dist());
    let url = format!("{}/index.html", server.base);
    start(Browser::Chromium, 1280, 900, false)
        .await
        .run(|driver| async move {
            let mut samples = Vec::new();
            for _ in 0..10 {
                driver.goto(&url).await.map_err(err)?;
                wait_for(&driver, "[data-quote-id]").await?;
                let ret = driver
                    .execute(
                        "const s = performance.getEntriesByName('stancelens:start')[0];
                         const r = performance.getEntriesByName('stancelens:rendered')[0];
                         return [s.startTime, r.startTime];",
                        vec![],
                    )
                    .await
                    .map_err(err)?;
                let v: Value = ret.json().clone();
                let (s, r) = (v[0].as_f64().unwrap_or(0.0), v[1].as_f64().unwrap_or(0.0));
                samples.push(r - s);
            }
            samples.sort_by(f64::total_cmp);
            println!("first highlighted render after wasm start, ms (10 loads): min {:.1} median {:.1} max {:.1}", samples[0], samples[5], samples[9]);
            Ok(())
        })
        .await;
}
