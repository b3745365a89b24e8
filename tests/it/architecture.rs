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

/// Yew's `html!` splices a `{ for … }` list into its parent's children, and Yew matches unkeyed
/// children from the last one back. So when a list among siblings grows or shrinks, every
/// sibling before it is patched against a different old node: an input is rebuilt (focus lost
/// mid-word) or, worse, given another field's value. That is how a new workshop line's rate kept
/// only its first keys (issue 27 #1). The rule: a `{ for … }` list is the only child of its element
/// or of a fragment `<>…</>`, which Yew keeps as one node.
#[test]
fn every_html_list_is_the_only_child_of_its_element_or_fragment() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut found = 0;
    let mut wrong = Vec::new();
    for f in files {
        let text = fs::read_to_string(&f).expect("read");
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(at) = text[from..].find("{ for ").map(|i| i + from) {
            from = at + 1;
            found += 1;
            let before = text[..at].trim_end();
            let opened = before.ends_with('>') && !before.ends_with("/>") && {
                let tag_start = before.rfind('<').unwrap_or(0);
                !before[tag_start..].starts_with("</")
            };
            // The matching brace (braces inside format strings are balanced too).
            let mut depth = 0usize;
            let mut end = at;
            for (i, &b) in bytes.iter().enumerate().skip(at) {
                match b {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let closed = text[end + 1..].trim_start().starts_with("</");
            if !(opened && closed) {
                let line = text[..at].lines().count();
                wrong.push(format!("{}:{line}", f.display()));
            }
        }
    }
    assert!(found >= 40, "expected the screens' lists, found {found}");
    assert!(
        wrong.is_empty(),
        "a `{{ for … }}` list shares its parent with other children (wrap it in <>…</>):\n{}",
        wrong.join("\n")
    );
}
