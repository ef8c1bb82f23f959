//! IPC commands of the LAG's logo: shown in the settings as a `data:` URL, chosen through the
//! native open dialog, set from a path (so tests bypass the dialog) and removed. A file that is
//! no PNG or JPEG, too large or damaged is refused before anything is saved.

use base64::Engine;
use lagdesk_domain::Logo;
use lagdesk_store::StoreError;
use tauri::{State, WebviewWindow};

use crate::ipc_error::IpcError;
use crate::state::AppState;

type Reply<T> = Result<T, IpcError>;

fn data_url(logo: &Logo) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(logo.bytes());
    format!("data:{};base64,{encoded}", logo.media_type())
}

/// The logo as a `data:` URL for an `<img>`, or `None` when none is set.
#[tauri::command]
pub async fn get_logo(state: State<'_, AppState>) -> Reply<Option<String>> {
    let logo = state.with_store(|s| s.logo()).await?;
    Ok(logo.as_ref().map(data_url))
}

/// Reads the image at `path`, checks that it prints and saves it as the logo.
#[tauri::command]
pub async fn set_logo(state: State<'_, AppState>, path: String) -> Reply<String> {
    let bytes =
        std::fs::read(&path).map_err(|e| IpcError::io(format!("cannot read {path}: {e}")))?;
    let logo = Logo::new(bytes).map_err(StoreError::from)?;
    lagdesk_report::check_logo(&logo).map_err(StoreError::from)?;
    let url = data_url(&logo);
    state.with_store(move |s| s.save_logo(Some(&logo))).await?;
    Ok(url)
}

#[tauri::command]
pub async fn remove_logo(state: State<'_, AppState>) -> Reply<()> {
    state.with_store(|s| s.save_logo(None)).await
}

/// The native dialog to choose a PNG or JPEG file; `None` when the user cancels.
#[tauri::command]
pub async fn choose_logo(window: WebviewWindow) -> Reply<Option<String>> {
    let file = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .add_filter("PNG, JPEG", &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"])
        .pick_file()
        .await;
    Ok(file.map(|f| f.path().display().to_string()))
}
