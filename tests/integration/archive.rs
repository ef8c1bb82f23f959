//! Moving a LAG to another laptop: the archive carries every record with its id, its history and
//! its documents; taken in twice (or into the laptop it came from) it adds nothing and says how
//! much was already there; a clash with other records, or a file that is no archive, changes
//! nothing.

use std::path::Path;

use lagdesk_domain::{DocumentOwner, FieldProblem};
use lagdesk_store::{Store, StoreError};
use lagdesk_tests::{strategy_input, TestDb};

fn with_document(db: &mut TestDb) -> (String, String) {
    db.store.load_demo().unwrap();
    let strategy = db.store.strategies().unwrap()[0].id.clone();
    let project = db.store.projects(&strategy).unwrap().remove(0);
    let file = db.dir.path().join("sutartis.pdf");
    std::fs::write(&file, b"%PDF-1.7 sutartis").unwrap();
    db.store
        .attach_document(DocumentOwner::Project, &project.id, &file)
        .unwrap();
    (strategy, project.id)
}

fn refusal(error: StoreError) -> FieldProblem {
    match error {
        StoreError::Invalid(invalid) => invalid.0[0].clone(),
        other => panic!("expected a refusal, got {other}"),
    }
}

fn counts(store: &Store, strategy: &str) -> (usize, usize) {
    (
        store.projects(strategy).unwrap().len(),
        store.members().unwrap().len(),
    )
}

#[test]
fn an_archive_moves_records_history_and_documents_and_a_second_import_doubles_nothing() {
    let mut home = TestDb::new();
    let (strategy, project) = with_document(&mut home);
    let archive = home.dir.path().join("vvg.lagdesk");
    assert_eq!(home.store.export_archive(&archive, false).unwrap(), 1);
    assert!(matches!(
        home.store.export_archive(&archive, false),
        Err(StoreError::Exists { .. })
    ));

    let mut laptop = TestDb::new();
    let first = laptop.store.import_archive(&archive).unwrap();
    assert!(first.added() > 100, "{first:?}");
    assert_eq!(first.documents_added, 1);
    assert_eq!(
        counts(&laptop.store, &strategy),
        counts(&home.store, &strategy)
    );
    assert_eq!(
        laptop.store.financial_plan(&strategy).unwrap(),
        home.store.financial_plan(&strategy).unwrap()
    );
    let documents = laptop
        .store
        .documents(DocumentOwner::Project, &project)
        .unwrap();
    let stored = std::fs::read_dir(laptop.dir.path().join("documents"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(documents[0].file_name, "sutartis.pdf");
    assert_eq!(std::fs::read(stored).unwrap(), b"%PDF-1.7 sutartis");
    // The project's history came along: created on the other laptop, before this import.
    let history = laptop.store.history(&project).unwrap();
    assert!(history.len() >= 2, "{history:?}");
    assert!(laptop.store.check().unwrap().is_sound());

    let again = laptop.store.import_archive(&archive).unwrap();
    assert_eq!(again.added(), 0);
    assert_eq!(again.already_here(), first.added());
    assert_eq!(again.documents_already_here, 1);
    assert_eq!(
        counts(&laptop.store, &strategy),
        counts(&home.store, &strategy)
    );

    let back_home = home.store.import_archive(&archive).unwrap();
    assert_eq!(back_home.added(), 0);
}

#[test]
fn records_that_clash_with_others_here_refuse_the_whole_archive() {
    let mut home = TestDb::new();
    let (strategy, _) = with_document(&mut home);
    let archive = home.dir.path().join("vvg.lagdesk");
    home.store.export_archive(&archive, false).unwrap();
    let code = home.store.strategy(&strategy).unwrap().code;

    let mut other = TestDb::new();
    other.store.create_strategy(&strategy_input(&code)).unwrap();
    let problem = refusal(other.store.import_archive(&archive).unwrap_err());
    assert_eq!(problem.code, "archive-clash");
    assert!(
        problem.message.contains("nothing was imported"),
        "{}",
        problem.message
    );
    assert_eq!(other.store.strategies().unwrap().len(), 1);
    assert!(other.store.members().unwrap().is_empty());
}

#[test]
fn a_file_that_is_no_archive_is_named_and_changes_nothing() {
    let mut db = TestDb::new();
    let dir = db.dir.path().to_owned();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    for path in [
        write("projects.csv", b"number;title\n1;x\n"),
        write("empty.lagdesk", b""),
        write(
            "other.zip",
            b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
        ),
    ] {
        let problem = refusal(db.store.import_archive(Path::new(&path)).unwrap_err());
        assert_eq!(problem.code, "not-an-archive", "{path:?}");
        assert!(problem.message.contains(&path.display().to_string()));
    }
    assert!(db.store.is_empty().unwrap());
}
