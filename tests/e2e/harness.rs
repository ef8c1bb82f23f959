//! Starting and stopping the app under tauri-driver, and the few element helpers the tests use:
//! every lookup is by `data-testid` and is retried until it succeeds or times out, because the
//! page re-renders (and elements go stale) while the app loads data.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;
use thirtyfour::{Capabilities, TypingData};

/// The no-break space lt and lv put between thousands and before `€` and `%`.
pub const NBSP: char = '\u{a0}';

const TIMEOUT: Duration = Duration::from_secs(20);

fn env_path(name: &str) -> PathBuf {
    PathBuf::from(std::env::var_os(name).unwrap_or_else(|| {
        panic!("{name} is not set: run the end-to-end tests with `cargo xtask test`")
    }))
}

/// A running app with its own database, driven over WebDriver.
pub struct App {
    pub driver: WebDriver,
    tauri_driver: Child,
}

impl App {
    pub async fn start(db: &Path) -> App {
        let port = free_port();
        let native_port = free_port();
        let tauri_driver = Command::new(env_path("LAGDESK_E2E_DRIVER"))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tauri-driver");
        wait_for_port(port);
        let mut caps = Capabilities::new();
        caps.set(
            "tauri:options",
            serde_json::json!({
                "application": env_path("LAGDESK_E2E_APP"),
                "args": ["--db", db],
            }),
        )
        .unwrap();
        // tauri-driver answers on its port a moment before it can forward a new session to
        // WebKitWebDriver; a refused first request is retried.
        let url = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        let driver = loop {
            match WebDriver::new(url.as_str(), caps.clone()).await {
                Ok(driver) => break driver,
                Err(e) if start.elapsed() > TIMEOUT => panic!("start a session: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
            }
        };
        App {
            driver,
            tauri_driver,
        }
    }

    /// Ends the session; dropping the app then stops tauri-driver.
    pub async fn stop(self) {
        let _ = self.driver.clone().quit().await;
    }

    pub async fn find(&self, testid: &str) -> WebElement {
        let selector = format!("[data-testid=\"{testid}\"]");
        let start = Instant::now();
        loop {
            if let Ok(element) = self.driver.find(By::Css(&selector)).await {
                if element.is_displayed().await.unwrap_or(false) {
                    return element;
                }
            }
            if start.elapsed() > TIMEOUT {
                self.screenshot(&format!("timeout-{testid}")).await;
                panic!("no visible element {selector} after {TIMEOUT:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, testid: &str) {
        eprintln!("click {testid}");
        self.retry(testid, |e| async move { e.click().await }).await;
    }

    /// Replaces the text of an input.
    pub async fn fill(&self, testid: &str, text: &str) {
        eprintln!("fill {testid} with {text:?}");
        let text = text.to_owned();
        let driver = self.driver.clone();
        self.retry(testid, move |e| {
            let text = text.clone();
            let driver = driver.clone();
            async move {
                // Centred, so a dialog's sticky footer never covers the field.
                driver
                    .execute(
                        "arguments[0].scrollIntoView({ block: 'center' });",
                        vec![e.to_json()?],
                    )
                    .await?;
                e.clear().await?;
                e.send_keys(text).await
            }
        })
        .await;
    }

    /// Sets a date or date-time input the way the browser's own picker would: WebDriver cannot
    /// type into those pickers the same way on every WebKit build.
    pub async fn set_input(&self, testid: &str, value: &str) {
        eprintln!("set {testid} to {value:?}");
        let element = self.find(testid).await;
        let script = "const [e, v] = arguments;
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(e, v);
            e.dispatchEvent(new Event('input', { bubbles: true }));
            e.dispatchEvent(new Event('change', { bubbles: true }));";
        let args = vec![element.to_json().unwrap(), serde_json::json!(value)];
        self.driver.execute(script, args).await.unwrap();
    }

    pub async fn select(&self, testid: &str, value: &str) {
        let value = value.to_owned();
        self.retry(testid, move |e| {
            let value = value.clone();
            async move {
                thirtyfour::components::SelectElement::new(&e)
                    .await?
                    .select_by_value(&value)
                    .await
            }
        })
        .await;
    }

    pub async fn select_by_text(&self, testid: &str, text: &str) {
        let text = text.to_owned();
        self.retry(testid, move |e| {
            let text = text.clone();
            async move {
                thirtyfour::components::SelectElement::new(&e)
                    .await?
                    .select_by_partial_text(&text)
                    .await
            }
        })
        .await;
    }

    /// Waits until the element's text is `expected`.
    pub async fn wait_text(&self, testid: &str, expected: &str) {
        self.wait_for_text(testid, &format!("{expected:?}"), |seen| {
            seen.trim() == expected
        })
        .await;
    }

    /// Waits until the element's text contains `part`.
    pub async fn wait_contains(&self, testid: &str, part: &str) {
        self.wait_for_text(testid, &format!("text with {part:?}"), |seen| {
            seen.contains(part)
        })
        .await;
    }

    /// Polls the element's `textContent` (WebDriver's visible text would turn no-break spaces
    /// into spaces) until `ok` accepts it; fails with what it saw.
    async fn wait_for_text(&self, testid: &str, wanted: &str, ok: impl Fn(&str) -> bool) {
        let start = Instant::now();
        let mut seen = String::new();
        while start.elapsed() < TIMEOUT {
            let element = self.find(testid).await;
            seen = element
                .prop("textContent")
                .await
                .ok()
                .flatten()
                .unwrap_or_default();
            if ok(&seen) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.screenshot(&format!("mismatch-{testid}")).await;
        panic!("{testid}: expected {wanted}, saw {seen:?}");
    }

    /// The codes of the elements whose `data-testid` starts with `prefix`, in page order.
    pub async fn codes_in_order(&self, prefix: &str) -> Vec<String> {
        let selector = format!("[data-testid^=\"{prefix}\"]");
        let mut codes = Vec::new();
        for element in self
            .driver
            .find_all(By::Css(&selector))
            .await
            .unwrap_or_default()
        {
            if let Ok(Some(id)) = element.attr("data-testid").await {
                codes.push(id.trim_start_matches(prefix).to_owned());
            }
        }
        codes
    }

    /// Waits until the code at `index` among `prefix` elements is `code`.
    pub async fn wait_order(&self, prefix: &str, index: usize, code: &str) {
        let start = Instant::now();
        let mut seen = Vec::new();
        while start.elapsed() < TIMEOUT {
            seen = self.codes_in_order(prefix).await;
            if seen.get(index).map(String::as_str) == Some(code) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {code} at {index} of {prefix}*, saw {seen:?}");
    }

    /// Focuses the element and presses `key` on it, as a keyboard user opens a table row.
    pub async fn press(&self, testid: &str, key: Key) {
        eprintln!("press {key:?} on {testid}");
        self.retry(testid, move |e| {
            let key = key.clone();
            async move {
                e.focus().await?;
                e.send_keys(key).await
            }
        })
        .await;
    }

    /// Focuses the element and presses `modifier` + `key` (a key or a letter) on it.
    pub async fn press_on<K>(&self, testid: &str, modifier: Key, key: K)
    where
        K: Into<TypingData> + Clone + std::fmt::Debug + Send + 'static,
    {
        eprintln!("press {modifier:?}+{key:?} on {testid}");
        self.retry(testid, move |e| {
            let keys = modifier.clone() + key.clone();
            async move {
                e.focus().await?;
                e.send_keys(keys).await
            }
        })
        .await;
    }

    /// Scrolls the element into view, for a screenshot of it.
    pub async fn scroll_to(&self, testid: &str) {
        self.retry(testid, |e| async move { e.scroll_into_view().await })
            .await;
    }

    /// The testid starting with `prefix` on the row (table row or list item) that reads `text`:
    /// rows keyed by ids the test cannot know, found by the name a user sees.
    pub async fn testid_by_text(&self, prefix: &str, text: &str) -> String {
        let script = "const [prefix, text] = arguments;
            for (const e of document.querySelectorAll(`[data-testid^=\"${prefix}\"]`)) {
                const row = e.closest('tr, li') ?? e;
                if (row.textContent.includes(text)) return e.dataset.testid;
            }
            return null;";
        let start = Instant::now();
        loop {
            let found = self
                .driver
                .execute(script, vec![prefix.into(), text.into()])
                .await
                .ok()
                .and_then(|r| r.json().as_str().map(str::to_owned));
            match found {
                Some(testid) => return testid,
                None if start.elapsed() > TIMEOUT => panic!("no {prefix}* on a row with {text:?}"),
                None => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Chooses the option of a select whose text contains `part`, as a user picking it would
    /// (WebKitWebDriver cannot click options of a select inside a dialog).
    pub async fn select_containing(&self, testid: &str, part: &str) {
        eprintln!("select {part:?} in {testid}");
        let script = "const [testid, part] = arguments;
            const select = document.querySelector(`[data-testid=\"${testid}\"]`);
            const option = select && [...select.options].find((o) => o.text.includes(part));
            if (!option) return false;
            select.value = option.value;
            select.dispatchEvent(new Event('input', { bubbles: true }));
            select.dispatchEvent(new Event('change', { bubbles: true }));
            return true;";
        let start = Instant::now();
        loop {
            let chosen = self
                .driver
                .execute(script, vec![testid.into(), part.into()])
                .await
                .ok()
                .and_then(|r| r.json().as_bool())
                .unwrap_or(false);
            if chosen {
                return;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "{testid}: no option with {part:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Calls an IPC command the way the window does, for the steps behind a native dialog
    /// (which WebDriver cannot drive); panics with the command's error.
    pub async fn invoke(&self, command: &str, args: serde_json::Value) -> serde_json::Value {
        let script = "const [command, args, done] = arguments;
            window.__TAURI_INTERNALS__.invoke(command, args)
                .then((ok) => done({ ok }), (error) => done({ error }));";
        let reply = self
            .driver
            .execute_async(script, vec![command.into(), args])
            .await
            .unwrap();
        let reply = reply.json();
        match reply.get("ok") {
            Some(value) => value.clone(),
            None => panic!("{command} failed: {reply}"),
        }
    }

    /// Waits until no element has the testid (a dialog closed after saving).
    pub async fn wait_for_gone(&self, testid: &str) {
        let start = Instant::now();
        while self.is_present(testid).await {
            assert!(start.elapsed() < TIMEOUT, "{testid} is still there");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn is_present(&self, testid: &str) -> bool {
        let selector = format!("[data-testid=\"{testid}\"]");
        self.driver
            .find_all(By::Css(&selector))
            .await
            .is_ok_and(|v| !v.is_empty())
    }

    async fn retry<F, Fut>(&self, testid: &str, action: F)
    where
        F: Fn(WebElement) -> Fut,
        Fut: std::future::Future<Output = WebDriverResult<()>>,
    {
        let start = Instant::now();
        loop {
            let element = self.find(testid).await;
            match action(element).await {
                Ok(()) => return,
                Err(e) if start.elapsed() > TIMEOUT => panic!("{testid}: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Saves a PNG of the window. WebKit takes the snapshot on its next painted frame, and a
    /// still page under Xvfb may paint none, so a 1-pixel, nearly transparent marker flickers in
    /// a corner while the snapshot is taken.
    pub async fn screenshot(&self, name: &str) {
        eprintln!("screenshot {name}");
        let dir = env_path("LAGDESK_E2E_SCREENSHOTS");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        let _ = self.driver.execute(FRAME_PUMP_START, Vec::new()).await;
        let shot = tokio::time::timeout(TIMEOUT, self.driver.screenshot(&path)).await;
        let _ = self.driver.execute(FRAME_PUMP_STOP, Vec::new()).await;
        match shot {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("could not save {}: {e}", path.display()),
            Err(_) => panic!("no screenshot {} after {TIMEOUT:?}", path.display()),
        }
    }
}

const FRAME_PUMP_START: &str = "
    const pixel = document.createElement('div');
    pixel.id = 'e2e-frame-pump';
    pixel.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;pointer-events:none';
    document.body.appendChild(pixel);
    let odd = false;
    window.__e2eFramePump = setInterval(() => {
        odd = !odd;
        pixel.style.background = odd ? 'rgba(0,0,0,0.01)' : 'rgba(0,0,0,0.02)';
    }, 16);";

const FRAME_PUMP_STOP: &str = "
    clearInterval(window.__e2eFramePump);
    document.getElementById('e2e-frame-pump')?.remove();";

/// Stops tauri-driver, and with it the app and WebKitWebDriver, also when a test fails.
impl Drop for App {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.tauri_driver.id().to_string()])
            .status();
        let _ = self.tauri_driver.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for_port(port: u16) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < TIMEOUT,
            "tauri-driver did not open port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
