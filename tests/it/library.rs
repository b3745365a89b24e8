//! The stored library over an in-memory map, with the values a browser really ends up holding:
//! a damaged or missing index, a sheet that is not JSON, a full or refused storage, a page that
//! died while opening a sheet, the first release's key, and two tabs on one sheet.

use proptest::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use tapak::codec::{document_to_json, LoadError};
use tapak::model::explain::examples;
use tapak::model::sheet::document::Document;
use tapak::store::library::{
    self, doc_key, Entry, IndexState, OpenError, Repair, Seen, Why, ASIDE_PREFIX, CURRENT_KEY, INDEX_KEY, LEGACY_KEY,
    OPENING_KEY,
};
use tapak::store::tab::{Autosave, Tab};
use tapak::store::{KeyValue, StoreError};

type Map = BTreeMap<String, String>;

const NOW: &str = "2026-12-01 09:30";

fn named(name: &str) -> Document {
    let mut d = Document::empty();
    d.article.name = name.to_string();
    d
}

/// A library of three sheets saved the ordinary way: a (oldest), b, c (newest, open).
fn three_sheets() -> Map {
    let mut s = Map::new();
    for (i, id) in ["a", "b", "c"].into_iter().enumerate() {
        let when = format!("2026-11-0{} 10:00", i + 1);
        library::save(&mut s, id, &format!("Sheet {id}"), &named(&format!("Article {id}")), Seen::Nothing, &when)
            .expect("save");
    }
    library::set_current(&mut s, "c").expect("current");
    s
}

fn ids(list: &[Entry]) -> Vec<&str> {
    let mut v: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    v.sort_unstable();
    v
}

fn stored_index(s: &Map) -> Vec<Entry> {
    serde_json::from_str(&s[INDEX_KEY]).expect("the index is written as JSON")
}

fn docs(s: &Map) -> BTreeMap<String, String> {
    s.iter().filter(|(k, _)| k.starts_with("tapak.doc.")).map(|(k, v)| (k.clone(), v.clone())).collect()
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_three_stored_sheets_and_the_user_is_told() {
    let mut s = three_sheets();
    let before = docs(&s);
    s.insert(INDEX_KEY.into(), "{\"this is\": not json".into());
    let start = library::startup(&mut s, "fresh", NOW);
    assert_eq!(start.report.index, Some(Repair::Rebuilt { damaged: true, sheets: 3 }));
    assert_eq!(ids(&library::index(&s).expect("index")), ["a", "b", "c"]);
    assert_eq!(ids(&stored_index(&s)), ["a", "b", "c"], "the repaired index is written back");
    assert_eq!(start.open.map(|o| o.id).as_deref(), Some("c"), "the last open sheet opens");
    assert_eq!(docs(&s), before, "no sheet was touched");
    // Names come from the articles when the index cannot give them.
    let names: Vec<String> = library::index(&s).expect("index").into_iter().map(|e| e.name).collect();
    assert!(names.contains(&"Article a".to_string()), "{names:?}");
}

#[test]
fn an_autosave_after_a_damaged_index_keeps_every_sheet_listed() {
    // The bug this guards: the damaged index read as empty, and the next save wrote an index of
    // one entry, orphaning every other sheet.
    let mut s = three_sheets();
    s.insert(INDEX_KEY.into(), "garbage".into());
    let mut tab = Tab::new("c", Some(s[&doc_key("c")].clone()));
    assert_eq!(tab.save(&mut s, &named("Article c, edited"), "Sheet c", NOW), Ok(Autosave::Written));
    assert_eq!(ids(&stored_index(&s)), ["a", "b", "c"]);
}

#[test]
fn names_that_can_still_be_read_from_a_cut_short_index_are_kept() {
    let mut s = three_sheets();
    let full = s[INDEX_KEY].clone();
    // Cut inside the third entry: the first two still read.
    let cut = &full[..full.rfind("\"name\"").expect("three entries")];
    s.insert(INDEX_KEY.into(), cut.to_string());
    let start = library::startup(&mut s, "fresh", NOW);
    assert_eq!(start.report.index, Some(Repair::Rebuilt { damaged: true, sheets: 3 }));
    let by_id: BTreeMap<String, String> =
        library::index(&s).expect("index").into_iter().map(|e| (e.id.to_string(), e.name)).collect();
    assert_eq!(by_id["a"], "Sheet a");
    assert_eq!(by_id["b"], "Sheet b");
    assert_eq!(by_id["c"], "Article c", "the cut entry is named after its article");
}

#[test]
fn a_missing_index_is_rebuilt_from_the_stored_sheets() {
    let mut s = three_sheets();
    s.remove(INDEX_KEY);
    let start = library::startup(&mut s, "fresh", NOW);
    assert_eq!(start.report.index, Some(Repair::Rebuilt { damaged: false, sheets: 3 }));
    assert_eq!(ids(&stored_index(&s)), ["a", "b", "c"]);
    assert!(!start.first_visit);
}

#[test]
fn a_first_visit_is_quiet() {
    let mut s = Map::new();
    let start = library::startup(&mut s, "fresh", NOW);
    assert!(start.first_visit);
    assert!(start.report.is_quiet());
    assert_eq!(start.open, None);
    assert!(s.is_empty(), "nothing is written on a first visit: {s:?}");
}

#[test]
fn an_index_entry_whose_sheet_is_gone_is_dropped_and_an_unlisted_sheet_is_added() {
    let mut s = three_sheets();
    s.remove(&doc_key("b"));
    s.insert(doc_key("d"), document_to_json(&named("Article d")));
    let checked = library::check(&s).expect("check");
    assert_eq!(checked.state, IndexState::Sound);
    let start = library::startup(&mut s, "fresh", NOW);
    assert_eq!(start.report.index, Some(Repair::Matched { added: 1, dropped: 1 }));
    assert_eq!(ids(&stored_index(&s)), ["a", "c", "d"]);
    // Reads agree even before the repair is written.
    assert_eq!(ids(&checked.entries), ["a", "c", "d"]);
}

#[test]
fn a_stored_sheet_that_is_not_json_is_set_aside_and_the_others_are_intact() {
    let mut s = three_sheets();
    s.insert(doc_key("c"), "{\"schema\": 2, \"article\": {\"na".into());
    let (a, b) = (s[&doc_key("a")].clone(), s[&doc_key("b")].clone());
    let start = library::startup(&mut s, "fresh", NOW);
    // The open sheet was unreadable: set aside as found, and the next one opens.
    assert_eq!(start.report.set_aside.len(), 1);
    assert_eq!(start.report.set_aside[0].id, "c");
    assert!(matches!(start.report.set_aside[0].why, Why::Unreadable(LoadError::Unreadable { .. })));
    assert_eq!(start.open.map(|o| o.id).as_deref(), Some("b"));
    assert_eq!(s[&format!("{ASIDE_PREFIX}c")], "{\"schema\": 2, \"article\": {\"na", "kept exactly");
    assert!(!s.contains_key(&doc_key("c")));
    assert_eq!((s[&doc_key("a")].as_str(), s[&doc_key("b")].as_str()), (a.as_str(), b.as_str()));
    assert_eq!(ids(&stored_index(&s)), ["a", "b"]);
    let aside = library::aside(&s).expect("aside");
    assert_eq!(aside.len(), 1);
    assert!(aside[0].problem.is_some());
}

#[test]
fn an_unreadable_sheet_opened_from_the_library_is_set_aside_without_overwriting_another() {
    let mut s = three_sheets();
    // Something was already set aside under this id earlier; it must survive.
    s.insert(format!("{ASIDE_PREFIX}a"), "older text".into());
    s.insert(doc_key("a"), "not json".into());
    assert!(matches!(library::open(&mut s, "a"), Err(OpenError::Unreadable(_))));
    assert_eq!(s[&format!("{ASIDE_PREFIX}a")], "older text");
    assert_eq!(s[&format!("{ASIDE_PREFIX}a.2")], "not json");
    assert!(!s.contains_key(OPENING_KEY), "no crash marker is left behind");
    assert_eq!(ids(&library::index(&s).expect("index")), ["b", "c"]);
}

/// A map that refuses writes, as a full or locked-down browser does.
struct Refusing {
    map: Map,
    refuse: Option<StoreError>,
}

impl KeyValue for Refusing {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match &self.refuse {
            Some(e) => Err(e.clone()),
            None => self.map.set(key, value),
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match &self.refuse {
            Some(e) => Err(e.clone()),
            None => KeyValue::remove(&mut self.map, key),
        }
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.keys().cloned().collect())
    }
}

#[test]
fn a_full_or_refusing_storage_is_a_typed_error_and_nothing_is_lost() {
    for refused in [StoreError::Full, StoreError::Denied] {
        let map = three_sheets();
        let before = map.clone();
        let mut s = Refusing { map, refuse: Some(refused.clone()) };
        let mut tab = Tab::new("c", Some(before[&doc_key("c")].clone()));
        assert_eq!(tab.save(&mut s, &named("edited"), "x", NOW), Err(refused.clone()));
        assert!(tab.is_dirty(&named("edited")), "the edit is still unsaved, so it is tried again");
        assert_eq!(library::save(&mut s, "new", "New", &named("new"), Seen::Nothing, NOW), Err(refused.clone()));
        assert_eq!(library::rename(&mut s, "a", "Renamed"), Err(refused.clone()));
        assert_eq!(library::remove(&mut s, "a"), Err(refused.clone()));
        assert_eq!(library::set_aside(&mut s, "b"), Err(refused.clone()));
        assert_eq!(s.map, before, "nothing changed");
        // Start-up still opens the last sheet and says that storing fails.
        let start = library::startup(&mut s, "fresh", NOW);
        assert_eq!(start.open.map(|o| o.id).as_deref(), Some("c"));
        assert_eq!(start.report.error, Some(refused));
        assert_eq!(s.map, before);
    }
}

#[test]
fn the_sheet_a_previous_start_died_opening_is_set_aside_at_the_next_start() {
    let mut s = three_sheets();
    let c = s[&doc_key("c")].clone();
    let start = library::startup(&mut s, "fresh", NOW);
    assert_eq!(start.open.map(|o| o.id).as_deref(), Some("c"));
    assert_eq!(s.get(OPENING_KEY).map(String::as_str), Some("c"), "marked while it is being opened");
    // The page died before showing it (a panic aborts the page): `opened` never ran.
    let next = library::startup(&mut s, "fresh", NOW);
    assert_eq!(next.report.set_aside.len(), 1);
    assert_eq!(next.report.set_aside[0].why, Why::Stopped);
    assert_eq!(next.open.as_ref().map(|o| o.id.as_str()), Some("b"), "the page opens, on another sheet");
    assert_eq!(s[&format!("{ASIDE_PREFIX}c")], c);
    let aside = library::aside(&s).expect("aside");
    assert_eq!((aside[0].id.as_str(), aside[0].name.as_str(), aside[0].problem.clone()), ("c", "Article c", None));
    // Once shown, the marker goes and the next start is quiet.
    library::opened(&mut s, "b").expect("opened");
    let third = library::startup(&mut s, "fresh", NOW);
    assert!(third.report.is_quiet(), "{:?}", third.report);
    assert_eq!(third.open.map(|o| o.id).as_deref(), Some("b"));
    // The set-aside sheet reads, so it can be put back.
    assert_eq!(library::put_back(&mut s, &format!("{ASIDE_PREFIX}c"), "fresh", NOW), Ok("c".to_string()));
    assert_eq!(s[&doc_key("c")], c);
    assert!(library::aside(&s).expect("aside").is_empty());
}

#[test]
fn a_crash_marker_that_cannot_be_cleared_keeps_that_sheet_closed() {
    let mut s = Refusing { map: three_sheets(), refuse: None };
    s.map.insert(OPENING_KEY.into(), "c".into());
    s.refuse = Some(StoreError::Full);
    let start = library::startup(&mut s, "fresh", NOW);
    assert_ne!(start.open.map(|o| o.id).as_deref(), Some("c"), "never the sheet the page died on");
    assert_eq!(s.map.get(OPENING_KEY).map(String::as_str), Some("c"));
}

#[test]
fn the_first_release_sheet_moves_into_the_library() {
    let mut s = Map::new();
    s.insert(LEGACY_KEY.into(), document_to_json(&examples::sneaker_busan()));
    let start = library::startup(&mut s, "moved", NOW);
    assert!(start.report.migrated);
    assert!(!s.contains_key(LEGACY_KEY));
    assert_eq!(start.open.map(|o| (o.id.to_string(), o.doc)), Some(("moved".to_string(), examples::sneaker_busan())));
    assert_eq!(s[CURRENT_KEY], "moved");
    assert_eq!(library::index(&s).expect("index")[0].name, examples::sneaker_busan().article.name);
}

#[test]
fn an_unreadable_first_release_sheet_is_set_aside_not_dropped() {
    let mut s = Map::new();
    s.insert(LEGACY_KEY.into(), "{\"schema\":1,".into());
    let start = library::startup(&mut s, "moved", NOW);
    assert_eq!(s[&format!("{ASIDE_PREFIX}moved")], "{\"schema\":1,");
    assert!(!s.contains_key(LEGACY_KEY));
    assert_eq!(start.report.set_aside.len(), 1);
    assert!(!start.first_visit);
}

#[test]
fn a_deleted_sheet_comes_back_with_undo() {
    let mut s = three_sheets();
    let (before, listed) = (docs(&s), library::index(&s).expect("index"));
    let removed = library::remove(&mut s, "b").expect("remove").expect("was stored");
    assert_eq!(ids(&library::index(&s).expect("index")), ["a", "c"]);
    assert!(!s.contains_key(&doc_key("b")));
    library::restore(&mut s, &removed).expect("restore");
    assert_eq!(docs(&s), before);
    assert_eq!(library::index(&s).expect("index"), listed, "name and save time come back too");
}

/// One storage shared by several tabs of the same browser.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Map>>);

impl KeyValue for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.borrow().get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.0.borrow().keys().cloned().collect())
    }
}

#[test]
fn a_write_from_another_tab_is_never_overwritten_unseen() {
    let mut s = Shared(Rc::new(RefCell::new(three_sheets())));
    let text = s.get(&doc_key("c")).expect("get");
    let (mut a, mut b) = (Tab::new("c", text.clone()), Tab::new("c", text));
    let (mine, theirs) = (named("B's edit"), named("A's edit"));
    assert_eq!(a.save(&mut s, &theirs, "c", NOW), Ok(Autosave::Written));
    let written = s.get(&doc_key("c")).expect("get");
    // B saves before its `storage` event arrives: the save finds A's write and holds.
    assert_eq!(b.save(&mut s, &mine, "c", NOW), Ok(Autosave::Held));
    assert!(b.in_conflict());
    assert_eq!(s.get(&doc_key("c")).expect("get"), written, "B wrote nothing");
    assert_eq!(b.save(&mut s, &mine, "c", NOW), Ok(Autosave::Held), "and keeps holding until the user chooses");
    // B takes A's version.
    assert_eq!(b.take_theirs(&s), Ok(theirs.clone()));
    assert!(!b.in_conflict());
    assert_eq!(b.save(&mut s, &theirs, "c", NOW), Ok(Autosave::Unchanged));
}

#[test]
fn the_storage_event_holds_saves_and_keep_mine_saves_over_the_other_tab() {
    let mut s = Shared(Rc::new(RefCell::new(three_sheets())));
    let text = s.get(&doc_key("c")).expect("get");
    let (mut a, mut b) = (Tab::new("c", text.clone()), Tab::new("c", text));
    let (mine, theirs) = (named("B's edit"), named("A's edit"));
    a.save(&mut s, &theirs, "c", NOW).expect("save");
    let written = s.get(&doc_key("c")).expect("get");
    // B's storage event: another key is not this sheet; this sheet with A's text is a conflict.
    assert!(!b.noticed(Some(INDEX_KEY), Some("[]"), &mine));
    assert!(b.noticed(Some(&doc_key("c")), written.as_deref(), &mine));
    assert_eq!(b.save(&mut s, &mine, "c", NOW), Ok(Autosave::Held));
    assert_eq!(s.get(&doc_key("c")).expect("get"), written);
    // B keeps its own version: it now saves over A's, and A notices in turn.
    b.keep_mine(&s).expect("keep");
    assert_eq!(b.save(&mut s, &mine, "c", NOW), Ok(Autosave::Written));
    let now_stored = s.get(&doc_key("c")).expect("get");
    assert!(a.noticed(Some(&doc_key("c")), now_stored.as_deref(), &theirs));
}

#[test]
fn the_same_change_in_two_tabs_is_not_a_conflict() {
    let mut s = Shared(Rc::new(RefCell::new(three_sheets())));
    let text = s.get(&doc_key("c")).expect("get");
    let (mut a, mut b) = (Tab::new("c", text.clone()), Tab::new("c", text));
    let same = named("Same edit");
    a.save(&mut s, &same, "c", NOW).expect("save");
    let written = s.get(&doc_key("c")).expect("get");
    assert!(!b.noticed(Some(&doc_key("c")), written.as_deref(), &same));
    assert_eq!(b.save(&mut s, &same, "c", NOW), Ok(Autosave::Unchanged));
}

#[test]
fn leaving_in_a_conflict_keeps_this_tabs_version_as_a_new_sheet() {
    let mut s = Shared(Rc::new(RefCell::new(three_sheets())));
    let text = s.get(&doc_key("c")).expect("get");
    let (mut a, mut b) = (Tab::new("c", text.clone()), Tab::new("c", text));
    a.save(&mut s, &named("A's edit"), "c", NOW).expect("save");
    let written = s.get(&doc_key("c")).expect("get");
    assert!(b.noticed(Some(&doc_key("c")), written.as_deref(), &named("B's edit")));
    b.fork(&mut s, "forked", "Article c (copy)", &named("B's edit"), NOW).expect("fork");
    assert_eq!(b.id(), "forked");
    assert_eq!(s.get(&doc_key("c")).expect("get"), written, "A's sheet untouched");
    assert_eq!(library::load(&s, "forked").map(|st| st.doc), Ok(named("B's edit")));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Whatever the keys hold, start-up never panics, never loses a sheet's text, and lists
    /// only sheets that are stored.
    #[test]
    fn start_up_survives_any_stored_values(
        index in prop_oneof![Just(None), any::<String>().prop_map(Some), Just(Some("[{\"id\":\"x\"}]".to_string()))],
        values in proptest::collection::vec((0usize..4, any::<String>()), 0..6),
        marker in prop_oneof![Just(None), Just(Some("a".to_string())), Just(Some("zz".to_string()))],
    ) {
        let mut s = three_sheets();
        let keys = [doc_key("a"), doc_key("x"), LEGACY_KEY.to_string(), CURRENT_KEY.to_string()];
        match index { Some(i) => { s.insert(INDEX_KEY.into(), i); } None => { s.remove(INDEX_KEY); } }
        for (k, v) in values { s.insert(keys[k].clone(), v); }
        if let Some(m) = marker { s.insert(OPENING_KEY.into(), m); }
        let texts: Vec<String> = s.iter().filter(|(k, _)| k.starts_with("tapak.doc.") || k.as_str() == LEGACY_KEY).map(|(_, v)| v.clone()).collect();
        let start = library::startup(&mut s, "fresh", NOW);
        for t in texts {
            prop_assert!(s.values().any(|v| *v == t), "a stored text was lost");
        }
        let listed = library::index(&s).expect("index");
        for e in &listed {
            prop_assert!(s.contains_key(&doc_key(&e.id)));
        }
        if let Some(o) = start.open {
            prop_assert!(listed.iter().any(|e| e.id == o.id));
        }
    }
}

fn name_of(s: &Map, id: &str) -> String {
    library::index(s).expect("index").into_iter().find(|e| e.id == id).expect("listed").name
}

#[test]
fn an_entry_follows_its_article_name_until_the_user_names_it() {
    // A new sheet starts without a name (shown as "Lembar tanpa nama"); the maker types the
    // article's name and the library says so at the next autosave.
    let mut s = Map::new();
    let text = library::save(&mut s, "n", "", &Document::empty(), Seen::Nothing, NOW).expect("save");
    assert_eq!(name_of(&s, "n"), "");
    let mut tab = Tab::new("n", Some(text));
    assert_eq!(tab.save(&mut s, &named("Sandal Jepit Kulit"), "Sandal Jepit Kulit", NOW), Ok(Autosave::Written));
    assert_eq!(name_of(&s, "n"), "Sandal Jepit Kulit");
    // An example opened as a copy, then its article renamed: the entry follows.
    let busan = examples::sneaker_busan();
    let text = library::save(&mut s, "x", &busan.article.name, &busan, Seen::Nothing, NOW).expect("save");
    let mut tab = Tab::new("x", Some(text));
    let mut mine = busan.clone();
    mine.article.name = "Sneaker Kanvas Mojokerto".into();
    tab.save(&mut s, &mine, "Sneaker Kanvas Mojokerto", NOW).expect("autosave");
    assert_eq!(name_of(&s, "x"), "Sneaker Kanvas Mojokerto");
    // Named in the library, it keeps the user's name whatever the article is called.
    library::rename(&mut s, "x", "Pesanan Busan 2027").expect("rename");
    mine.article.name = "Sneaker Kanvas v2".into();
    tab.save(&mut s, &mine, "Sneaker Kanvas v2", NOW).expect("autosave");
    assert_eq!(name_of(&s, "x"), "Pesanan Busan 2027");
    // Cleared, it follows the article again.
    library::rename(&mut s, "x", "").expect("rename");
    mine.article.name = "Sneaker Kanvas v3".into();
    tab.save(&mut s, &mine, "Sneaker Kanvas v3", NOW).expect("autosave");
    assert_eq!(name_of(&s, "x"), "Sneaker Kanvas v3");
}

#[test]
fn a_copy_keeps_its_copy_name_and_entries_from_before_keep_a_name_the_user_may_have_given() {
    let mut s = Map::new();
    library::save(&mut s, "a", "Sepatu A", &named("Sepatu A"), Seen::Nothing, NOW).expect("save");
    library::duplicate(&mut s, "a", "b", "Sepatu A (salinan)", NOW).expect("duplicate");
    let text = s[&doc_key("b")].clone();
    Tab::new("b", Some(text)).save(&mut s, &named("Sepatu A, edited"), "Sepatu A, edited", NOW).expect("autosave");
    assert_eq!(name_of(&s, "b"), "Sepatu A (salinan)", "a copy's name is the user's own");

    // Entries written before names followed the article carry no `named`: one whose name is the
    // article's (or untitled) follows; one with another name (perhaps the user's) keeps it.
    let legacy = r#"[{"id":"a","name":"Sepatu A","updated":""},{"id":"b","name":"Untuk Pak Kim","updated":""},{"id":"c","name":"Lembar tanpa nama","updated":""}]"#;
    library::save(&mut s, "c", "", &named(""), Seen::Nothing, NOW).expect("save");
    s.insert(INDEX_KEY.into(), legacy.into());
    for (id, article) in [("a", "Sepatu A v2"), ("b", "Sepatu B"), ("c", "Sepatu C")] {
        let text = s[&doc_key(id)].clone();
        Tab::new(id, Some(text)).save(&mut s, &named(article), article, NOW).expect("autosave");
    }
    assert_eq!([name_of(&s, "a"), name_of(&s, "b"), name_of(&s, "c")], ["Sepatu A v2", "Untuk Pak Kim", "Sepatu C"]);
}

#[test]
fn a_name_with_stray_spaces_still_follows_and_a_name_from_a_backup_stays() {
    let mut s = Map::new();
    // The article field saves on every keystroke: "Sepatu Kim " with its trailing space.
    let text = library::save(&mut s, "k", "Sepatu Kim", &named("Sepatu Kim "), Seen::Nothing, NOW).expect("save");
    let mut tab = Tab::new("k", Some(text));
    tab.save(&mut s, &named("Sepatu Kim v2"), "Sepatu Kim v2", NOW).expect("autosave");
    assert_eq!(name_of(&s, "k"), "Sepatu Kim v2", "the entry still follows its article");
    // A backup put back over it carries the name the user gave it: that name stays.
    library::save(&mut s, "k", "Untuk Pak Kim", &named("Sepatu Kim v2"), Seen::Anything, NOW).expect("import");
    let text = s[&doc_key("k")].clone();
    Tab::new("k", Some(text)).save(&mut s, &named("Sepatu Kim v3"), "Sepatu Kim v3", NOW).expect("autosave");
    assert_eq!(name_of(&s, "k"), "Untuk Pak Kim");
}

/// Two sheets of one name are told apart where a sheet is chosen (issue 27 #5: a first visit
/// had two "Sneaker kasual kulit (contoh)" in the quotation's list).
#[test]
fn sheets_of_one_name_are_listed_so_they_can_be_told_apart() {
    use tapak::store::library::{distinct_labels, Entry};
    let e = |id: &str, name: &str, updated: &str| Entry {
        id: id.into(),
        name: name.into(),
        updated: updated.into(),
        named: None,
    };
    let entries = [
        e("a1", "Sneaker (contoh)", "2026-12-07 09:12"),
        e("b2", "Sneaker (contoh)", "2026-12-07 09:30"),
        e("c3", "Sandal", "2026-12-01 10:00"),
        e("d4", "", ""),
        e("e5", "Kembar", "2026-12-02 08:00"),
        e("f6", "Kembar", "2026-12-02 08:00"),
    ];
    assert_eq!(
        distinct_labels(&entries),
        vec![
            "Sneaker (contoh) · 2026-12-07 09:12",
            "Sneaker (contoh) · 2026-12-07 09:30",
            "Sandal",
            "d4",
            "Kembar · 2026-12-02 08:00 · e5",
            "Kembar · 2026-12-02 08:00 · f6",
        ]
    );
}

/// The storage rules know the untitled wording as stored data, without importing the screen's
/// words: the two must stay the same.
#[test]
fn the_untitled_names_storage_knows_are_the_ones_the_editor_writes() {
    use tapak::i18n::{Lang, T};
    let written: Vec<&str> = [Lang::Id, Lang::En].into_iter().map(|l| T::UntitledSheet.in_lang(l)).collect();
    assert_eq!(written, tapak::store::library::UNTITLED.to_vec());
}
