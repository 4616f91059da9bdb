//! Starting a WebDriver server (chromedriver, geckodriver or WebKitWebDriver) and a browser
//! session (headless; WebKit's MiniBrowser needs a display: `.ci/test` runs it under Xvfb).

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use thirtyfour::prelude::*;

/// Which browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Browser {
    Chromium,
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver (`SAFARIDRIVER`).
    WebKit,
}

impl Browser {
    /// The browsers the page-level tests run in: Chromium and Firefox, and WebKit when
    /// `SAFARIDRIVER` names its driver (`.ci/test` sets it, under Xvfb).
    pub fn all() -> Vec<Browser> {
        let mut all = vec![Browser::Chromium, Browser::Firefox];
        if std::env::var_os("SAFARIDRIVER").is_some() {
            all.push(Browser::WebKit);
        }
        all
    }
}

/// A driver process and a session; the process is killed on drop.
pub struct Session {
    browser: Browser,
    driver: WebDriver,
    process: Child,
}

impl Session {
    /// Runs `test` with the session's driver, then quits the browser whatever happened, then
    /// fails if the test did, naming the browser (a test that loops over engines says which).
    pub async fn run<F, Fut>(self, test: F)
    where
        F: FnOnce(WebDriver) -> Fut,
        Fut: std::future::Future<Output = Result<(), String>>,
    {
        let outcome = test(self.driver.clone()).await;
        let _ = self.driver.clone().quit().await;
        let browser = self.browser;
        drop(self);
        if let Err(e) = outcome {
            panic!("in {browser:?}: {e}");
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn geckodriver() -> String {
    std::env::var("GECKODRIVER").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_default();
        let cargo = format!("{home}/.cargo/bin/geckodriver");
        if std::path::Path::new(&cargo).exists() {
            cargo
        } else {
            "geckodriver".into()
        }
    })
}

/// Starts `browser` headless at `width`×`height`, in dark mode if asked.
pub async fn start(browser: Browser, width: u32, height: u32, dark: bool) -> Session {
    let port = free_port();
    let (program, args) = match browser {
        Browser::Chromium => (
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()),
            vec![format!("--port={port}")],
        ),
        Browser::Firefox => (geckodriver(), vec!["--port".into(), port.to_string()]),
        Browser::WebKit => (
            std::env::var("SAFARIDRIVER").unwrap_or_else(|_| "WebKitWebDriver".into()),
            vec![format!("--port={port}")],
        ),
    };
    let process = Command::new(&program)
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e} (run .ci/setup)"));
    let url = format!("http://127.0.0.1:{port}");
    let mut last_error = None;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let session = match browser {
            Browser::Chromium => {
                let mut caps = DesiredCapabilities::chrome();
                for arg in [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ] {
                    caps.add_arg(arg).expect("arg");
                }
                caps.add_arg(&format!("--window-size={width},{height}"))
                    .expect("arg");
                if dark {
                    caps.add_arg("--blink-settings=preferredColorScheme=0")
                        .expect("arg");
                    caps.add_arg("--force-dark-mode").expect("arg");
                }
                WebDriver::new(&url, caps).await
            }
            Browser::Firefox => {
                let mut caps = DesiredCapabilities::firefox();
                caps.set_headless().expect("headless");
                WebDriver::new(&url, caps).await
            }
            // WebKitWebDriver starts its MiniBrowser with no capabilities asked.
            Browser::WebKit => WebDriver::new(&url, Capabilities::new()).await,
        };
        match session {
            Ok(driver) => {
                let _ = driver.set_window_rect(0, 0, width, height).await;
                return Session {
                    browser,
                    driver,
                    process,
                };
            }
            Err(e) => last_error = Some(e),
        }
    }
    panic!("{program} did not start a session: {last_error:?}");
}
