//! The session's actions over an in-memory library: what the user does in the library panel,
//! in two tabs, and with files, as values applied by `Session::apply`, with what the page is
//! asked to do (show a sheet, offer a file, ask first). Nothing stored is lost or overwritten
//! unseen.

use std::collections::BTreeMap;
use std::rc::Rc;
use tapak::model::quotation::Quotation;
use tapak::model::sheet::document::Document;
use tapak::store::library::{self, Seen, Startup};
use tapak::store::session::{import_backup, Action, Effect, Notice, Question, Replace, Session, World};
use tapak::store::{quotations, KeyValue};

type Map = BTreeMap<String, String>;

/// Ids `n1`, `n2`, …; a fixed clock; copies named the English way.
struct Test(u32);

impl World for Test {
    fn new_id(&mut self) -> String {
        self.0 += 1;
        format!("n{}", self.0)
    }
    fn now(&self) -> String {
        "2026-12-07 10:00".into()
    }
    fn copy_name(&self, name: &str) -> String {
        format!("{} (copy)", if name.is_empty() { "Untitled" } else { name })
    }
}

fn named(name: &str) -> Document {
    let mut d = Document::empty();
    d.article.name = name.to_string();
    d
}

/// A library of two sheets, "Sandal" (a) and "Boot" (b, open), started as a page would.
fn session() -> (Session<Map>, Test) {
    let mut s = Map::new();
    for (id, name) in [("a", "Sandal"), ("b", "Boot")] {
        library::save(&mut s, id, name, &named(name), Seen::Nothing, "2026-12-01 09:00").unwrap();
    }
    library::set_current(&mut s, "b").unwrap();
    let startup: Startup = library::startup(&mut s, "fresh", "2026-12-07 09:00");
    let mut session = Session::start(s, &startup, "fresh".into());
    assert!(!session.library_open, "a quiet start keeps the library closed");
    let mut w = Test(0);
    session.apply(Action::ToggleLibrary, &mut w);
    (session, w)
}

/// The library's names as listed, in alphabetical order (the test's clock does not move, so the
/// list's own order, most recent first, is not what these tests are about).
fn names(s: &Session<Map>) -> Vec<String> {
    let mut n: Vec<String> = s.entries.iter().map(|e| e.name.clone()).collect();
    n.sort();
    n
}

#[test]
fn a_new_sheet_saves_the_open_one_first_and_is_shown_and_listed() {
    let (mut s, mut w) = session();
    // An edit on screen not yet autosaved.
    s.doc = Rc::new(named("Boot v2"));
    let fx = s.apply(Action::StartNew(named("Slipper")), &mut w);
    assert_eq!(fx, vec![Effect::Show(Box::new(named("Slipper")))]);
    assert_eq!(s.view().current, "n1");
    // The open sheet was saved before it was left, and the new one is listed.
    assert_eq!(library::load(&s.store, "b").unwrap().doc.article.name, "Boot v2");
    assert_eq!(names(&s), ["Boot v2", "Sandal", "Slipper"]);
}

#[test]
fn deleting_a_sheet_a_quotation_uses_asks_first_and_can_be_undone() {
    let (mut s, mut w) = session();
    quotations::save(&mut s.store, "q1", &Quotation::of_sheet("a", &named("Sandal")), None).unwrap();
    let fx = s.apply(Action::Delete { id: "a".into(), asked: false }, &mut w);
    let yes = Action::Delete { id: "a".into(), asked: true };
    assert_eq!(fx, vec![Effect::Ask { question: Question::UsedByQuotations(1), yes: Box::new(yes.clone()), no: None }]);
    assert_eq!(names(&s), ["Boot", "Sandal"], "nothing is deleted before the answer");
    s.apply(yes, &mut w);
    assert_eq!(names(&s), ["Boot"]);
    assert!(matches!(*s.notice, Notice::Deleted(_)));
    s.apply(Action::Undo, &mut w);
    assert_eq!(names(&s), ["Boot", "Sandal"]);
    assert_eq!(*s.notice, Notice::None);
}

#[test]
fn deleting_the_open_sheet_opens_the_next_and_the_last_one_leaves_an_empty_sheet() {
    let (mut s, mut w) = session();
    let fx = s.apply(Action::Delete { id: "b".into(), asked: false }, &mut w);
    assert_eq!(fx, vec![Effect::Show(Box::new(named("Sandal")))]);
    assert_eq!(s.view().current, "a");
    let fx = s.apply(Action::Delete { id: "a".into(), asked: false }, &mut w);
    assert_eq!(fx, vec![Effect::Show(Box::new(Document::new_sheet()))]);
    assert_eq!(s.view().current, "n1");
    assert!(s.entries.is_empty());
}

#[test]
fn another_tabs_change_holds_the_autosave_and_leaving_keeps_this_tabs_work_as_a_copy() {
    let (mut s, mut w) = session();
    // Another tab saves the open sheet; the browser tells this one.
    let theirs = tapak::codec::document_to_json(&named("Boot (theirs)"));
    KeyValue::set(&mut s.store, &library::doc_key("b"), &theirs).unwrap();
    s.apply(Action::StorageChanged { key: Some(library::doc_key("b")), value: Some(theirs.clone()) }, &mut w);
    assert!(s.view().conflict);
    // This tab's edit is not saved over theirs…
    s.doc = Rc::new(named("Boot (mine)"));
    s.apply(Action::Save, &mut w);
    assert_eq!(s.store.get(&library::doc_key("b")), Some(&theirs));
    // …and the page going keeps it as a sheet of its own, named as a copy.
    s.apply(Action::Leave, &mut w);
    assert_eq!(*s.notice, Notice::Forked("Boot (mine) (copy)".into()));
    assert_eq!(names(&s), ["Boot", "Boot (mine) (copy)", "Sandal"]);
    assert_eq!(library::load(&s.store, "b").unwrap().doc.article.name, "Boot (theirs)");
}

#[test]
fn taking_the_other_tabs_version_shows_it_and_keeping_mine_saves_over_it() {
    let (mut s, mut w) = session();
    let theirs = tapak::codec::document_to_json(&named("Boot (theirs)"));
    KeyValue::set(&mut s.store, &library::doc_key("b"), &theirs).unwrap();
    s.apply(Action::StorageChanged { key: Some(library::doc_key("b")), value: Some(theirs) }, &mut w);
    let fx = s.apply(Action::TakeTheirs, &mut w);
    assert_eq!(fx, vec![Effect::Show(Box::new(named("Boot (theirs)")))]);
    assert!(!s.view().conflict);

    KeyValue::set(&mut s.store, &library::doc_key("b"), &tapak::codec::document_to_json(&named("Boot (3rd)"))).unwrap();
    s.apply(Action::StorageChanged { key: None, value: None }, &mut w);
    s.doc = Rc::new(named("Boot (mine)"));
    s.apply(Action::KeepMine, &mut w);
    assert!(!s.view().conflict);
    assert_eq!(library::load(&s.store, "b").unwrap().doc.article.name, "Boot (mine)");
}

#[test]
fn a_file_holding_a_sheet_already_stored_asks_and_no_opens_the_stored_one() {
    let (mut s, mut w) = session();
    let fx = s.apply(Action::FileRead { doc: named("Sandal"), asked: false }, &mut w);
    let [Effect::Ask { question, yes, no }] = &fx[..] else { panic!("{fx:?}") };
    assert_eq!(*question, Question::SameAsInLibrary("Sandal".into()));
    assert_eq!(no.as_deref(), Some(&Action::Open("a".into())));
    // "No": the stored one opens, nothing is added.
    s.apply(Action::Open("a".into()), &mut w);
    assert_eq!(names(&s), ["Boot", "Sandal"]);
    // "Yes": a second copy, and the notice says the file was opened.
    s.apply((**yes).clone(), &mut w);
    assert_eq!(names(&s), ["Boot", "Sandal", "Sandal"]);
    assert_eq!(*s.notice, Notice::FileOpened);
}

#[test]
fn a_duplicate_is_named_as_a_copy_and_a_rename_is_kept() {
    let (mut s, mut w) = session();
    s.apply(Action::Duplicate("a".into()), &mut w);
    s.apply(Action::Rename { id: "b".into(), name: "Boot hitam".into() }, &mut w);
    assert_eq!(names(&s), ["Boot hitam", "Sandal", "Sandal (copy)"]);
    // Saving the open sheet as a file offers what is on screen.
    assert_eq!(s.apply(Action::SaveFile, &mut w), vec![Effect::Download(s.doc.clone())]);
}

#[test]
fn an_import_asks_before_replacing_and_no_keeps_both() {
    let (mut s, mut w) = session();
    let sheets = [
        tapak::codec::backup::Named { id: "b".into(), name: "Boot (backup)".into(), document: named("Boot (backup)") },
        tapak::codec::backup::Named { id: "z".into(), name: "Clog".into(), document: named("Clog") },
    ];
    let backup = tapak::codec::backup::Backup { sheets: sheets.to_vec(), quotations: vec![], profile: None };
    let mut asked = Vec::new();
    let (notice, reopen) = import_backup(
        &mut s.store,
        &backup,
        "b",
        |r| {
            asked.push(format!("{r:?}"));
            false
        },
        &mut w,
    );
    assert_eq!(asked, [format!("{:?}", Replace::Sheet("Boot"))]);
    assert_eq!((notice, reopen), (Notice::Imported(2, 0), None));
    s.apply(Action::ToggleLibrary, &mut w);
    s.apply(Action::ToggleLibrary, &mut w);
    assert_eq!(names(&s), ["Boot", "Boot (backup)", "Clog", "Sandal"]);
    // "Yes" replaces the open sheet, which the page then shows again.
    let (_, reopen) = import_backup(&mut s.store, &backup, "b", |_| true, &mut w);
    let (id, doc, _) = reopen.expect("the open sheet was replaced");
    assert_eq!((id.as_str(), doc.article.name.as_str()), ("b", "Boot (backup)"));
}

/// A quotation open in two tabs: each edit is saved; another tab's save holds this one's, which
/// is then kept as a copy or dropped for theirs, never written over theirs.
#[test]
fn an_open_quotation_saves_each_edit_and_never_overwrites_another_tabs() {
    use tapak::model::quotation::edit::{QuotationEdit, QuotationText};
    use tapak::store::quotations::{list, save, Open};
    use tapak::store::StoreError;
    let mut store = Map::new();
    let mut open = Open::new(&mut store, "q1".into(), Quotation::of_sheet("a", &named("Sandal")));
    assert!(open.failed.is_none());
    let number = |n: &str| Some(QuotationEdit::Text(QuotationText::Number, n.into()));
    assert!(open.change(&mut store, number("Q-001")));
    // An edit that changes nothing saves nothing.
    assert!(!open.change(&mut store, number("Q-001")));
    assert_eq!(list(&store).unwrap().quotations[0].quotation.details.number, "Q-001");

    // Another tab saves its own number.
    let mut theirs = open.q.clone();
    theirs.details.number = "Q-001 (theirs)".into();
    save(&mut store, "q1", &theirs, open.seen.as_deref()).unwrap();
    assert!(open.change(&mut store, number("Q-001 (mine)")));
    assert!(open.in_conflict());
    assert!(matches!(open.failed, Some(StoreError::Changed { .. })));
    assert_eq!(list(&store).unwrap().quotations[0].quotation.details.number, "Q-001 (theirs)");

    // Kept as a copy: both are stored; or theirs is taken, as stored now.
    let copy = open.keep_as_copy(&mut store, "q2".into(), "(copy)").expect("saved");
    assert_eq!(copy.q.details.number, "Q-001 (mine) (copy)");
    let numbers: Vec<String> =
        list(&store).unwrap().quotations.into_iter().map(|st| st.quotation.details.number).collect();
    assert_eq!(numbers, ["Q-001 (mine) (copy)", "Q-001 (theirs)"]);
    let taken = open.theirs(&store).expect("still stored");
    assert_eq!((taken.q.details.number.as_str(), taken.in_conflict()), ("Q-001 (theirs)", false));
}

/// A class opens the same example again and again: the one already in the library, unchanged,
/// is opened, not copied; once the user has changed it, the example comes fresh beside it.
#[test]
fn opening_an_example_twice_opens_the_one_in_the_library() {
    let (mut s, mut w) = session();
    let example = tapak::model::explain::examples::sneaker_busan;
    s.apply(Action::OpenExample(example()), &mut w);
    let first = s.view().current;
    s.apply(Action::Open("a".into()), &mut w);
    let fx = s.apply(Action::OpenExample(example()), &mut w);
    assert_eq!(s.view().current, first, "the stored example is opened");
    assert_eq!(fx, vec![Effect::Show(Box::new(example()))]);
    assert_eq!(s.entries.len(), 3, "no copy was added");
    // Changed and saved, it is the user's sheet now: the example comes fresh beside it.
    let mut changed = example();
    changed.article.order_pairs += 1;
    s.doc = Rc::new(changed);
    s.apply(Action::Save, &mut w);
    s.apply(Action::OpenExample(example()), &mut w);
    assert_eq!(s.entries.len(), 4);
}
