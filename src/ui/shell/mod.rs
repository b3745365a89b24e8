//! The editor's frame: the root component (`app`), the sheet's state and the context every card
//! reads (`state`), the library in browser storage (`session`, `storage`, `files`), the notices and
//! the first-visit guide, the parts loaded on first use (`lazy`), and what holds a link or a print
//! (`refusal`, `readiness`).

pub mod app;
pub mod files;
pub mod guide;
pub mod lazy;
pub mod notice;
pub mod readiness;
pub mod refusal;
pub mod session;
pub mod state;
pub mod storage;
