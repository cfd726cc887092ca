//! Progress on stderr for work that takes more than a moment: a spinner naming the
//! command and the time it has taken so far.
//!
//! Shown only when stderr is a terminal, and only once the work has taken
//! [`DELAY`]: a quick command draws nothing, and nothing reaches a pipe, a file or
//! stdout. It claims no share done (the engines do not report one): it says that the
//! command is still working, and for how long. It is cleared before anything is
//! printed (see [`stop`], called from the one print path in `io`).

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

/// How long the work runs before the spinner appears.
pub const DELAY: Duration = Duration::from_secs(1);

/// The spinner's thread and the way to stop it.
struct Running {
    stop: mpsc::Sender<()>,
    thread: JoinHandle<()>,
}

static RUNNING: Mutex<Option<Running>> = Mutex::new(None);

/// Starts the spinner for `what` (shown after [`DELAY`] if stderr is a terminal).
pub fn start(what: &str) {
    if !std::io::stderr().is_terminal() {
        return;
    }
    let what = what.to_owned();
    let (stop, stopped) = mpsc::channel::<()>();
    let thread = std::thread::spawn(move || {
        if stopped.recv_timeout(DELAY) != Err(RecvTimeoutError::Timeout) {
            return;
        }
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.set_message(what);
        bar.enable_steady_tick(Duration::from_millis(120));
        let _ = stopped.recv();
        bar.finish_and_clear();
    });
    if let Ok(mut running) = RUNNING.lock() {
        *running = Some(Running { stop, thread });
    }
}

/// Stops the spinner and clears its line, if one runs; waits until it is cleared, so
/// that what is printed next starts on a clean line.
pub fn stop() {
    let running = match RUNNING.try_lock() {
        Ok(mut running) => running.take(),
        Err(_) => None,
    };
    if let Some(r) = running {
        let _ = r.stop.send(());
        let _ = r.thread.join();
    }
}

/// What the spinner says for a command, in the chosen language: `rulebook tally:
/// working`.
pub fn label(command: &str) -> String {
    tr!("cli-working", command = command)
}

#[cfg(test)]
mod tests {
    #[test]
    fn stopping_without_a_spinner_is_harmless() {
        super::stop();
        super::start("test");
        super::stop();
        super::stop();
    }
}
