//! Guards the layering: the core, the pure helpers and the storage logic never touch the web,
//! and never use floats.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("source dir") {
        let p = entry.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn pure_modules_import_nothing_from_the_web_and_use_no_floats() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["model", "format", "i18n", "store"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() >= 10, "expected the core's files, found {}", files.len());
    for f in files {
        let text = fs::read_to_string(&f).expect("read");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for banned in ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen", "f32", "f64"] {
                let hit = code.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == banned);
                assert!(!hit, "{}:{} uses `{banned}`: {line}", f.display(), n + 1);
            }
        }
    }
}
