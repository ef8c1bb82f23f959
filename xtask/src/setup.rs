//! Making a Debian or Ubuntu machine ready: system packages, Node.js, the UI's npm packages,
//! tauri-driver and the UI build. Each step checks first and does nothing when already done.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::cmd::{self, output, succeeds};
use crate::{root, Result};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Run,
    Test,
}

/// What building and running the app needs.
const RUN_PACKAGES: &[&str] = &["libwebkit2gtk-4.1-dev", "build-essential", "pkg-config"];
/// What the end-to-end tests and the PDF checks add: a virtual display, the WebKit WebDriver,
/// and pdftotext / pdftoppm.
const TEST_PACKAGES: &[&str] = &["xvfb", "xauth", "webkit2gtk-driver", "poppler-utils"];
/// The oldest Node.js that the UI's Vite and Svelte versions support.
const MIN_NODE_MAJOR: u32 = 18;

pub fn machine(purpose: Purpose) -> Result {
    let mut packages: Vec<&str> = RUN_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        packages.extend(TEST_PACKAGES);
    }
    if node_major().is_none_or(|major| major < MIN_NODE_MAJOR) {
        packages.extend(["nodejs", "npm"]);
    }
    apt_install(&packages)?;
    npm_install()?;
    if purpose == Purpose::Test {
        tauri_driver()?;
    }
    Ok(())
}

fn node_major() -> Option<u32> {
    let version = output("node", &["--version"])?;
    version
        .trim_start_matches('v')
        .split('.')
        .next()?
        .parse()
        .ok()
}

fn is_installed(package: &str) -> bool {
    output("dpkg-query", &["-W", "-f=${Status}", package])
        .is_some_and(|s| s.ends_with("install ok installed"))
}

fn apt_install(packages: &[&str]) -> Result {
    if !succeeds("dpkg-query", &["--version"]) {
        eprintln!(
            "xtask: not a Debian-based system; make sure these are installed: {}",
            packages.join(" ")
        );
        return Ok(());
    }
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("xtask: installing Debian packages: {}", missing.join(" "));
    let as_root = output("id", &["-u"]).is_some_and(|uid| uid == "0");
    let (program, prefix): (&str, Vec<&str>) = if as_root {
        ("apt-get", vec![])
    } else if succeeds("sudo", &["--version"]) {
        ("sudo", vec!["apt-get"])
    } else {
        return Err(format!(
            "these Debian packages are missing and neither root nor sudo is available: {}",
            missing.join(" ")
        ));
    };
    let env = [("DEBIAN_FRONTEND", "noninteractive")];
    let mut update = prefix.clone();
    update.extend(["update", "-qq"]);
    cmd::run_with_env(program, &update, None, &env)?;
    let mut install = prefix;
    install.extend(["install", "-y", "-qq", "--no-install-recommends"]);
    install.extend(&missing);
    cmd::run_with_env(program, &install, None, &env)
}

fn ui_dir() -> PathBuf {
    root().join("ui")
}

fn npm_install() -> Result {
    let ui = ui_dir();
    let installed = ui.join("node_modules").join(".package-lock.json");
    if modified(&installed) >= modified(&ui.join("package-lock.json")) && installed.exists() {
        return Ok(());
    }
    cmd::run("npm", &["ci", "--no-audit", "--no-fund"], Some(&ui))
}

fn tauri_driver() -> Result {
    if tauri_driver_path().is_some() {
        return Ok(());
    }
    cmd::cargo(&["install", "tauri-driver", "--locked", "--version", "^2"])
}

/// tauri-driver on PATH or in cargo's bin folder.
pub fn tauri_driver_path() -> Option<PathBuf> {
    if succeeds("tauri-driver", &["--help"]) {
        return Some(PathBuf::from("tauri-driver"));
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    let path = cargo_home.join("bin").join("tauri-driver");
    path.exists().then_some(path)
}

/// Builds the UI into ui/dist when any of its sources is newer than the last build.
pub fn ui_build() -> Result {
    let ui = ui_dir();
    let built = modified(&ui.join("dist").join("index.html"));
    let sources = [
        ui.join("src"),
        ui.join("index.html"),
        ui.join("vite.config.ts"),
        ui.join("svelte.config.js"),
        ui.join("package.json"),
        ui.join("package-lock.json"),
        root().join("assets").join("i18n"),
    ];
    if sources.iter().map(|s| newest(s)).max() <= Some(built) && built > SystemTime::UNIX_EPOCH {
        return Ok(());
    }
    cmd::run("npm", &["run", "build"], Some(&ui))
}

fn modified(path: &Path) -> SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

/// The newest modification time of a file, or of anything below a folder.
fn newest(path: &Path) -> SystemTime {
    let own = modified(path);
    match std::fs::read_dir(path) {
        Ok(entries) => entries
            .flatten()
            .map(|e| newest(&e.path()))
            .fold(own, SystemTime::max),
        Err(_) => own,
    }
}
