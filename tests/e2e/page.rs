//! Helpers for tests of the built pages: opening one (at a size, with scripts installed before
//! the page's own), running scripts in it, and reaching into a widget's shadow root.

use std::time::{Duration, Instant};

use serde_json::Value;
use thirtyfour::prelude::*;

use crate::browsers::{start, Browser};
use crate::{dist, err, server, PATIENCE};

/// Opens `page` in `browser` and runs `test` on it.
pub async fn on_page<F, Fut>(browser: Browser, page: &str, test: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let server = server::serve(&dist());
    let url = format!("{}/{page}", server.base);
    start(browser, 1280, 1000, false)
        .await
        .run(|driver| async move {
            driver.goto(&url).await.map_err(err)?;
            test(driver).await
        })
        .await;
}

/// Runs a script that may return a promise; returns its value.
pub async fn eval(driver: &WebDriver, body: &str) -> Result<Value, String> {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         Promise.resolve().then(async () => {{ {body} }}).then(done, e => done({{ scriptError: String(e && e.message || e) }}));"
    );
    let ret = driver.execute_async(&script, vec![]).await.map_err(err)?;
    let v = ret.json().clone();
    if let Some(e) = v.get("scriptError").and_then(Value::as_str) {
        return Err(format!("script failed: {e}"));
    }
    Ok(v)
}

/// An element inside the shadow root of the widget in `scope`, found by script (so that it
/// works the same through chromedriver and geckodriver).
pub async fn in_shadow(
    driver: &WebDriver,
    scope: &str,
    selector: &str,
) -> Result<WebElement, String> {
    let script = "const host = document.querySelector(arguments[0] + ' .stancelens-host');
                  return host && host.shadowRoot ? host.shadowRoot.querySelector(arguments[1]) : null;";
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        let ret = driver
            .execute(script, vec![Value::from(scope), Value::from(selector)])
            .await
            .map_err(err)?;
        if let Ok(el) = ret.element() {
            return Ok(el);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!(
        "nothing matched {selector} in {scope}'s widget within {} s",
        PATIENCE.as_secs()
    ))
}

/// The text of an element in the widget's shadow root, once it has some.
pub async fn shadow_text(
    driver: &WebDriver,
    scope: &str,
    selector: &str,
) -> Result<String, String> {
    let script = "const host = document.querySelector(arguments[0] + ' .stancelens-host');
                  const el = host && host.shadowRoot && host.shadowRoot.querySelector(arguments[1]);
                  return el ? el.textContent : '';";
    let start = Instant::now();
    while start.elapsed() < PATIENCE {
        let ret = driver
            .execute(script, vec![Value::from(scope), Value::from(selector)])
            .await
            .map_err(err)?;
        let text = ret.json().as_str().unwrap_or_default().to_string();
        if !text.is_empty() {
            return Ok(text);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!(
        "no text in {selector} in {scope}'s widget within {} s",
        PATIENCE.as_secs()
    ))
}

/// Is there an element matching `selector` in the widget's shadow root right now?
pub async fn shadow_has(driver: &WebDriver, scope: &str, selector: &str) -> Result<bool, String> {
    let script = "const host = document.querySelector(arguments[0] + ' .stancelens-host');
                  return !!(host && host.shadowRoot && host.shadowRoot.querySelector(arguments[1]));";
    let ret = driver
        .execute(script, vec![Value::from(scope), Value::from(selector)])
        .await
        .map_err(err)?;
    Ok(ret.json() == &Value::Bool(true))
}

/// How to open a page: its viewport (a phone below 600 px wide), dark mode, a script to
/// install before the page's own scripts run, and a CPU slowed down (Chromium only, through
/// the DevTools protocol).
pub struct Visit<'a> {
    /// The page, relative to `dist/` (with a fragment, if any).
    pub page: &'a str,
    /// Viewport width and height.
    pub size: (u32, u32),
    /// Dark colour scheme.
    pub dark: bool,
    /// Script evaluated in every new document before its own scripts.
    pub before: Option<&'a str>,
    /// CPU slowdown factor (4.0: four times slower).
    pub throttle: Option<f64>,
    /// A slow network ("slow 4G": 150 ms latency, 1.6 Mbit/s down), so that the widget's
    /// files arrive well after the page's first paint.
    pub slow_network: bool,
    /// Chromium DevTools' "Slow 4G" profile instead (562.5 ms request latency, 1.44 Mbit/s
    /// down, 675 kbit/s up), files gzip-encoded as a publisher's server sends them.
    pub devtools_slow_4g: bool,
}

impl<'a> Visit<'a> {
    /// `page` at `width`×`height`, light, no script, full speed.
    pub fn new(page: &'a str, width: u32, height: u32) -> Visit<'a> {
        Visit {
            page,
            size: (width, height),
            dark: false,
            before: None,
            throttle: None,
            slow_network: false,
            devtools_slow_4g: false,
        }
    }
}

/// Opens a page in Chromium as `visit` says and runs `test` on it.
pub async fn visit<F, Fut>(visit: Visit<'_>, test: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let server = server::serve_with(&dist(), visit.devtools_slow_4g);
    let url = format!("{}/{}", server.base, visit.page);
    let (width, height) = visit.size;
    let before = visit.before.map(str::to_string);
    let (throttle, slow_network) = (visit.throttle, visit.slow_network);
    let slow_4g = visit.devtools_slow_4g;
    start(Browser::Chromium, width, height, visit.dark)
        .await
        .run(|driver| async move {
            let cdp = driver.cdp();
            if let Some(source) = before {
                cdp.send_raw(
                    "Page.addScriptToEvaluateOnNewDocument",
                    serde_json::json!({ "source": source }),
                )
                .await
                .map_err(err)?;
            }
            // The viewport exactly this size; below 600 px wide, a phone (overlay scrollbars,
            // touch, a device pixel ratio of 3).
            let phone = width < 600;
            cdp.send_raw(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({ "width": width, "height": height, "mobile": phone,
                                    "deviceScaleFactor": if phone { 3 } else { 1 } }),
            )
            .await
            .map_err(err)?;
            if phone {
                cdp.send_raw(
                    "Emulation.setTouchEmulationEnabled",
                    serde_json::json!({ "enabled": true, "maxTouchPoints": 5 }),
                )
                .await
                .map_err(err)?;
            }
            if let Some(rate) = throttle {
                cdp.send_raw(
                    "Emulation.setCPUThrottlingRate",
                    serde_json::json!({ "rate": rate }),
                )
                .await
                .map_err(err)?;
            }
            if slow_network {
                cdp.send_raw("Network.enable", serde_json::json!({}))
                    .await
                    .map_err(err)?;
                cdp.send_raw(
                    "Network.emulateNetworkConditions",
                    serde_json::json!({ "offline": false, "latency": 150,
                                        "downloadThroughput": 200_000, "uploadThroughput": 90_000 }),
                )
                .await
                .map_err(err)?;
            }
            if slow_4g {
                cdp.send_raw("Network.enable", serde_json::json!({}))
                    .await
                    .map_err(err)?;
                cdp.send_raw(
                    "Network.emulateNetworkConditions",
                    serde_json::json!({ "offline": false, "latency": 562.5,
                                        "downloadThroughput": 180_000, "uploadThroughput": 84_375 }),
                )
                .await
                .map_err(err)?;
            }
            driver.goto(&url).await.map_err(err)?;
            test(driver).await
        })
        .await;
}

/// Waits (up to `seconds`) until every widget on the page has settled (ready or failed), or
/// the demo has rendered.
pub async fn settled(driver: &WebDriver, seconds: u64) -> Result<(), String> {
    let script = "const els = [...document.querySelectorAll('[data-stancelens], stance-lens')];
                  return els.length ? els.every(e => e.dataset.stancelensState) : !!document.querySelector('#stancelens .sl-line, #stancelens [data-quote-id]');";
    for _ in 0..seconds * 10 {
        if driver.execute(script, vec![]).await.map_err(err)?.json() == &Value::Bool(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("the page did not settle within {seconds} s"))
}

/// Sets the media type the page is rendered for ("print", or "" for the screen).
pub async fn emulate_media(driver: &WebDriver, media: &str) -> Result<(), String> {
    driver
        .cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": media }),
        )
        .await
        .map(|_| ())
        .map_err(err)
}

/// Saves a screenshot of the viewport to `target/screenshots/NAME.png`.
pub async fn screenshot(driver: &WebDriver, name: &str) -> Result<(), String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).map_err(err)?;
    driver
        .screenshot(&dir.join(format!("{name}.png")))
        .await
        .map_err(err)
}
