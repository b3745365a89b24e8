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

/// The crate's modules (`model::base::money`, `ui::shell::session`) and the modules each one imports,
/// read from the sources: every `crate::…` path (grouped `use crate::a::{b, c::D}` included)
/// and every `super::…` path, resolved to the longest module it names. Comments are skipped.
fn import_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use std::collections::{BTreeMap, BTreeSet};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let name = |f: &Path| {
        let rel = f.strip_prefix(&root).expect("under src").with_extension("");
        let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
        if parts.last().is_some_and(|p| p == "mod") {
            parts.pop();
        }
        parts.join("::")
    };
    let modules: BTreeSet<String> = files.iter().map(|f| name(f)).collect();
    let resolve =
        |segments: &[&str]| (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|m| modules.contains(m));
    // `a, b::{c, d}, e::F as G` under `prefix`: every path it names.
    fn expand(prefix: &[String], body: &str, out: &mut Vec<Vec<String>>) {
        let (mut depth, mut item) = (0, String::new());
        let mut items = Vec::new();
        for ch in body.chars() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if ch == ',' && depth == 0 {
                items.push(std::mem::take(&mut item));
            } else {
                item.push(ch);
            }
        }
        items.push(item);
        for item in items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()) {
            let mut path = prefix.to_vec();
            match (item.find('{'), item.rfind('}')) {
                (Some(open), Some(close)) => {
                    path.extend(item[..open].split("::").map(str::trim).filter(|s| !s.is_empty()).map(String::from));
                    expand(&path, &item[open + 1..close], out);
                }
                _ => {
                    let head = item.split(" as ").next().unwrap_or(item);
                    path.extend(head.split("::").map(str::trim).filter(|s| !s.is_empty()).map(String::from));
                    out.push(path);
                }
            }
        }
    }
    let mut graph = BTreeMap::new();
    for f in &files {
        let me = name(f);
        let code: String = fs::read_to_string(f)
            .expect("read")
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let mut paths: Vec<Vec<String>> = Vec::new();
        let mut from = 0;
        while let Some(at) = code[from..].find("crate::").map(|i| i + from) {
            from = at + "crate::".len();
            let rest = &code[from..];
            let end =
                rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '{')).unwrap_or(rest.len());
            let head = &rest[..end];
            if let Some(open) = head.find('{') {
                // The group, to its matching brace.
                let (mut depth, mut close) = (0, open);
                for (i, c) in rest.char_indices().skip(open) {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                close = i;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let prefix: Vec<String> =
                    head[..open].split("::").filter(|s| !s.is_empty()).map(String::from).collect();
                expand(&prefix, &rest[open + 1..close], &mut paths);
            } else {
                paths.push(head.split("::").filter(|s| !s.is_empty()).map(String::from).collect());
            }
        }
        // `super::x` from `a::b::c` (or from `a::b`'s mod.rs, whose parent is `a`).
        let parent: Vec<String> = me.split("::").map(String::from).collect::<Vec<_>>();
        let parent = &parent[..parent.len().saturating_sub(1)];
        for (at, _) in code.match_indices("super::") {
            let rest = &code[at + "super::".len()..];
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
            let mut path = parent.to_vec();
            path.extend(rest[..end].split("::").filter(|s| !s.is_empty()).map(String::from));
            paths.push(path);
        }
        let imports: BTreeSet<String> = paths
            .iter()
            .filter_map(|p| resolve(&p.iter().map(String::as_str).collect::<Vec<_>>()))
            .filter(|m| *m != me)
            .collect();
        graph.insert(me, imports);
    }
    graph
}

/// The groups of modules that import one another, round a cycle (Tarjan's strongly connected
/// components of more than one module).
fn cycles(graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>) -> Vec<Vec<String>> {
    use std::collections::BTreeMap;
    struct Walk<'g> {
        graph: &'g BTreeMap<String, std::collections::BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for w in self.graph.get(v).into_iter().flatten() {
                if !self.index.contains_key(w.as_str()) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w.as_str()]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w.as_str()) {
                    let low = self.low[v].min(self.index[w.as_str()]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    group.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk { graph, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

/// The layers, lowest first: a module may import its own layer and the ones before it, never a
/// later one. The model's layers (`src/model/mod.rs`), then the crate's: the core, the formats
/// and plain helpers over it, the buyer's link and the storage rules, the words, the screens.
const MODEL_LAYERS: [&str; 7] = ["base", "sheet", "cost", "export", "quotation", "explain", "rules"];
const CRATE_LAYERS: [&[&str]; 5] = [&["model"], &["codec", "format"], &["share", "store"], &["i18n"], &["ui"]];

fn rank(module: &str) -> Option<(usize, usize)> {
    let mut parts = module.split("::");
    let top = parts.next()?;
    let outer = CRATE_LAYERS.iter().position(|layer| layer.contains(&top))?;
    let inner = if top == "model" {
        parts.next().and_then(|l| MODEL_LAYERS.iter().position(|x| *x == l)).unwrap_or(0)
    } else {
        0
    };
    Some((outer, inner))
}

#[test]
fn no_module_imports_a_higher_layer() {
    let graph = import_graph();
    assert!(graph.len() > 100, "expected the crate's modules, found {}", graph.len());
    // Every model file sits in a layer's folder.
    let loose: Vec<_> = graph
        .keys()
        .filter(|m| m.starts_with("model::") && rank(m).is_some_and(|r| r.1 == 0) && !m.starts_with("model::base"))
        .collect();
    assert!(loose.is_empty(), "model modules outside a layer's folder: {loose:?}");
    let mut upward = Vec::new();
    for (from, imports) in &graph {
        let Some(here) = rank(from) else { continue };
        for to in imports {
            if rank(to).is_some_and(|there| there > here) {
                upward.push(format!("{from} → {to}"));
            }
        }
    }
    assert!(upward.is_empty(), "imports from a higher layer:\n{}", upward.join("\n"));
    // In particular the core and the storage rules never read the screens' words.
    for (from, imports) in &graph {
        if from.starts_with("model") || from.starts_with("store") {
            assert!(
                !imports.iter().any(|m| m.starts_with("i18n") || m.starts_with("ui")),
                "{from} imports words or screens"
            );
        }
    }
}

/// No two modules import each other round a cycle.
#[test]
fn no_modules_import_each_other_in_a_cycle() {
    let graph = import_graph();
    let found = cycles(&graph);
    assert!(found.is_empty(), "modules that import each other round a cycle: {found:?}");
    // The check itself finds a cycle.
    let mut two = std::collections::BTreeMap::new();
    two.insert("a".to_string(), ["b".to_string()].into());
    two.insert("b".to_string(), ["a".to_string()].into());
    assert_eq!(cycles(&two), vec![vec!["a".to_string(), "b".to_string()]]);
}

/// Rounding is always named (`Rounding::HalfUp` / `HalfEven`): `Decimal::round_dp`, banker's by
/// default, is never called on a figure (tests may use it to compare).
#[test]
fn no_unnamed_rounding_in_the_sources() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    for f in files {
        for (n, line) in fs::read_to_string(&f).expect("read").lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(!code.contains(".round_dp("), "{}:{} rounds without naming how: {line}", f.display(), n + 1);
        }
    }
}

/// The file formats' document states the schemas the code writes (it said 6 and 1 while the code
/// wrote 7 and 2).
#[test]
fn the_file_formats_document_states_the_schemas_the_code_writes() {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/file-formats.md"))
        .expect("docs/file-formats.md");
    let sheet = format!("| `schema` | {} (", tapak::model::sheet::document::SCHEMA_VERSION);
    assert!(text.contains(&sheet), "docs/file-formats.md should say {sheet}…");
    let quotation =
        format!("\"kind\": \"tapak-quotation\", \"schema\": {},", tapak::model::quotation::QUOTATION_SCHEMA);
    assert!(text.contains(&quotation), "docs/file-formats.md should say {quotation}");
}
