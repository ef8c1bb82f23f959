//! Printed reports from the demo LAG, checked as a reader would: the text pulled out of the PDF
//! with `pdftotext` holds the right figures in the right locale format with the diacritics
//! intact, the fonts are embedded, and a long register paginates with its header row on every
//! page. One page of each is rendered to PNG in `target/report-pages/` for a person to look at.

use std::path::{Path, PathBuf};
use std::process::Command;

use lagdesk_domain::{Locale, Money, Project};
use lagdesk_report::{register, render, summary, write_pdf, Frame, SummaryData};
use lagdesk_store::Store;

fn frame(store: &Store, strategy_id: &str, locale: Locale) -> Frame {
    let strategy = store.strategy(strategy_id).unwrap();
    Frame {
        locale,
        organisation: store.organisation().unwrap().unwrap().name,
        logo: store.logo().unwrap(),
        strategy_code: strategy.code.clone(),
        strategy_title: strategy.title.clone(),
        printed_on: "2026-11-23".into(),
        parameters: Vec::new(),
    }
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed by `cargo xtask test`");
    assert!(out.status.success());
    // pdftotext gives the no-break spaces of lt / lv numbers back as plain spaces.
    String::from_utf8(out.stdout).unwrap()
}

/// `money` as pdftotext reads it back.
fn read(money: Money, locale: Locale) -> String {
    money.format(locale).replace('\u{a0}', " ")
}

/// Renders page `page` of `pdf` to `target/report-pages/<name>.png`.
fn snapshot(pdf: &Path, page: usize, name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/report-pages");
    std::fs::create_dir_all(&dir).unwrap();
    let status = Command::new("pdftoppm")
        .args([
            "-png",
            "-r",
            "80",
            "-singlefile",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .arg(pdf)
        .arg(dir.join(name))
        .status()
        .unwrap();
    assert!(status.success());
}

fn summary_pdf(db: &mut lagdesk_tests::TestDb, locale: Locale, out: &Path) -> String {
    let id = db.store.load_demo().unwrap();
    let store = &db.store;
    let plan = store.financial_plan(&id).unwrap();
    let calls: Vec<_> = store
        .calls(&id)
        .unwrap()
        .iter()
        .map(|c| store.call_summary(&c.id).unwrap())
        .collect();
    let projects = store.projects(&id).unwrap();
    let indicators = store.indicators(&id).unwrap();
    let events = store.event_totals("2026-01-01", "2026-12-31").unwrap();
    let data = SummaryData {
        plan: &plan,
        calls: &calls,
        projects: &projects,
        indicators: &indicators,
        events: Some(&events),
    };
    let bytes = render(&summary(&frame(store, &id, locale), &data)).unwrap();
    write_pdf(out, &bytes, false).unwrap();
    pdf_text(out)
}

#[test]
fn the_board_pack_reads_in_lithuanian_with_the_money_view_figures() {
    let mut db = lagdesk_tests::TestDb::new();
    let out = db.dir.path().join("suvestine.pdf");
    let text = summary_pdf(&mut db, Locale::Lt, &out);
    snapshot(&out, 1, "summary-lt-1");
    snapshot(&out, 2, "summary-lt-2");
    let plan_total = read(Money(4_200_000_00), Locale::Lt);
    assert!(
        text.contains("Strategijos įgyvendinimo suvestinė"),
        "{text}"
    );
    assert!(text.contains(&plan_total), "{plan_total} in {text}");
    assert!(text.contains("Žaliųjų ežerų krašto vietos veiklos grupė"));
    assert!(text.contains("1 psl. iš"), "{text}");
    // Diacritics survive the embedded fonts: ąčęėįšųūž.
    for word in [
        "Įsipareigota",
        "Išmokėta",
        "Kvietimas",
        "Veiklos ir aktyvinimo išlaidos",
    ] {
        assert!(text.contains(word), "{word}");
    }
    // Every line of the money view appears with its committed and paid money.
    let id = db.store.strategies().unwrap()[0].id.clone();
    let plan = db.store.financial_plan(&id).unwrap();
    for line in plan.project_lines.iter().chain(&plan.running_lines) {
        for amount in [line.allocated, line.committed, line.paid, line.available] {
            assert!(
                text.contains(&read(amount, Locale::Lt)),
                "{} {amount}",
                line.code
            );
        }
    }
    let fonts = Command::new("pdffonts").arg(&out).output().unwrap();
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    assert!(fonts.contains("DejaVuSans"), "{fonts}");
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes ")),
        "not embedded: {fonts}"
    );
}

#[test]
fn the_board_pack_reads_in_latvian_and_english() {
    let mut db = lagdesk_tests::TestDb::new();
    let out = db.dir.path().join("kopsavilkums.pdf");
    let text = summary_pdf(&mut db, Locale::Lv, &out);
    assert!(
        text.contains("Stratēģijas īstenošanas kopsavilkums"),
        "{text}"
    );
    assert!(text.contains(&read(Money(4_200_000_00), Locale::Lv)));
    assert!(text.contains("Saistības"));
    snapshot(&out, 1, "summary-lv-1");

    let mut db = lagdesk_tests::TestDb::new();
    let out = db.dir.path().join("summary.pdf");
    let text = summary_pdf(&mut db, Locale::En, &out);
    assert!(text.contains("€4,200,000.00"), "{text}");
    assert!(text.contains("Page 1 of"));
}

fn project(i: usize) -> Project {
    let mut p = Project {
        id: format!("p{i}"),
        strategy_id: "s".into(),
        number: format!("MOLE-LEADER-2025-{i:04}"),
        title: format!("Kaimo turizmo sodybos įrangos atnaujinimas Nr. {i}"),
        applicant_id: "a".into(),
        applicant_name: "Ūkininkė Aldona Stankevičienė".into(),
        call_id: None,
        call_number: Some("2025-1".into()),
        measure_id: "m".into(),
        measure_code: "LEADER-SAVA-1.3".into(),
        submitted_on: "2025-03-01".into(),
        eligible_cost: Money(50_000_00),
        requested_aid: Money(35_000_00),
        awarded_aid: Some(Money(35_000_00)),
        own_contribution: Money(15_000_00),
        intensity: lagdesk_domain::Bp(7000),
        jobs_created: None,
        implementation_end: None,
        status: lagdesk_domain::ProjectStatus::Contracted,
        status_on: "2025-06-01".into(),
        paid: Money(i64::try_from(i).unwrap()),
        fund_shares: Vec::new(),
    };
    if i.is_multiple_of(7) {
        p.title = format!(
            "{} su ilgu pavadinimu, kuris netelpa vienoje eilutėje ir turi būti laužomas",
            p.title
        );
    }
    p
}

#[test]
fn a_register_of_3000_projects_paginates_with_its_header_on_every_page() {
    let mut db = lagdesk_tests::TestDb::new();
    let id = db.store.load_demo().unwrap();
    let projects: Vec<Project> = (1..=3000).map(project).collect();
    let bytes = render(&register(&frame(&db.store, &id, Locale::Lt), &projects)).unwrap();
    let out = db.dir.path().join("registras.pdf");
    write_pdf(&out, &bytes, false).unwrap();
    snapshot(&out, 2, "register-lt-2");
    let text = pdf_text(&out);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() > 40, "{} pages", pages.len());
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Pareiškėjas"),
            "no header row on page {}",
            i + 1
        );
        assert!(
            page.contains(&format!("{} psl. iš {total}", i + 1)),
            "page {}",
            i + 1
        );
    }
    // Every project is printed once, whole: a row is never cut between pages.
    for i in [1, 7, 1499, 3000] {
        let number = format!("MOLE-LEADER-2025-{i:04}");
        assert_eq!(text.matches(&number).count(), 1, "{number}");
    }
    // The total: 3 000 × 35 000,00 awarded, and 1 + … + 3000 cents paid.
    assert!(text.contains(&read(Money(105_000_000_00), Locale::Lt)));
    assert!(text.contains(&read(Money(4_501_500), Locale::Lt)));
    assert!(text.contains("3000 projektų"), "count");

    // An existing file is not replaced unless asked, and never left half-written.
    let err = write_pdf(&out, &bytes, false).unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    write_pdf(&out, &bytes, true).unwrap();
    assert!(!out.with_extension("pdf.partial").exists());
}

#[test]
fn budget_events_and_minutes_read_back_with_their_figures() {
    let mut db = lagdesk_tests::TestDb::new();
    let id = db.store.load_demo().unwrap();
    let store = &db.store;
    let plan = store.financial_plan(&id).unwrap();

    let budget = db.dir.path().join("biudzetas.pdf");
    let by_year = store.money_by_measure_and_year(&id).unwrap();
    // Per measure, the years add up to the money view's line.
    for line in plan
        .project_lines
        .iter()
        .filter(|l| l.level == lagdesk_domain::PlanLineLevel::Measure)
    {
        let years: Vec<_> = by_year.iter().filter(|y| y.measure_id == line.id).collect();
        let sum = |f: fn(&lagdesk_domain::MeasureYear) -> Money| {
            years.iter().map(|y| f(y)).sum::<Money>()
        };
        assert_eq!(
            (
                sum(|y| y.amounts.allocated),
                sum(|y| y.amounts.committed),
                sum(|y| y.amounts.paid)
            ),
            (line.allocated, line.committed, line.paid),
            "{}",
            line.code
        );
    }
    let bytes = render(&lagdesk_report::budget(
        &frame(store, &id, Locale::Lt),
        &plan,
        &by_year,
    ))
    .unwrap();
    write_pdf(&budget, &bytes, false).unwrap();
    snapshot(&budget, 1, "budget-lt-1");
    let text = pdf_text(&budget);
    assert!(text.contains("Biudžeto vykdymas"), "{text}");
    // The funds' committed money, as the money view shows it.
    for fund in &plan.funding_parts {
        assert!(
            text.contains(&read(fund.committed, Locale::Lt)),
            "{}",
            fund.code
        );
    }
    assert!(text.contains("Nepriskirta metams") || plan.years.iter().all(|y| y.year.is_some()));

    let events = store
        .events(Some("2025-01-01"), Some("2025-12-31"))
        .unwrap();
    let totals = store.event_totals("2025-01-01", "2025-12-31").unwrap();
    let report = lagdesk_report::events(&frame(store, &id, Locale::Lv), &events, &totals);
    let out = db.dir.path().join("pasakumi.pdf");
    write_pdf(&out, &render(&report).unwrap(), false).unwrap();
    snapshot(&out, 1, "events-lv-1");
    let text = pdf_text(&out);
    assert!(text.contains("Pasākumi un dalībnieki"), "{text}");
    assert!(text.contains("Pieredzes apmaiņas brauciens"));
    assert!(text.contains(&read(totals.cost, Locale::Lv)), "{text}");
    assert!(text.contains("Patirties mainų vizitas į Latgalą"));

    let meetings = store.meetings().unwrap();
    let committee = meetings.iter().find(|m| m.number == "2026-1").unwrap();
    let report = lagdesk_report::minutes(
        &frame(store, &id, Locale::En),
        committee,
        &store.members().unwrap(),
    );
    let out = db.dir.path().join("minutes.pdf");
    write_pdf(&out, &render(&report).unwrap(), false).unwrap();
    snapshot(&out, 1, "minutes-en-1");
    let text = pdf_text(&out);
    assert!(
        text.contains("Selection committee meeting No. 2026-1"),
        "{text}"
    );
    assert!(text.contains("Declared a conflict of interest"), "{text}");
    assert!(text.contains("Alantos bendruomenė"));
    assert!(
        text.contains("MOLE-LEADER-2025-046 → Reserve list"),
        "{text}"
    );
}

#[test]
fn every_report_is_made_from_a_request_in_every_language() {
    use lagdesk_report::{make, ReportKind, ReportRequest};
    let mut db = lagdesk_tests::TestDb::new();
    let id = db.store.load_demo().unwrap();
    let store = &db.store;
    let call = store.call_by_number(&id, "2025-2").unwrap();
    let project = store
        .projects(&id)
        .unwrap()
        .into_iter()
        .find(|p| p.number == "MOLE-LEADER-2025-043")
        .unwrap();
    let meeting = store
        .meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.number == "2026-1")
        .unwrap();
    let kinds = [
        (ReportKind::Summary, "summary"),
        (ReportKind::Budget, "budget"),
        (ReportKind::Call, "call"),
        (ReportKind::Register, "register"),
        (ReportKind::Project, "project"),
        (ReportKind::Minutes, "minutes"),
        (ReportKind::Events, "events"),
    ];
    for locale in Locale::ALL {
        for (kind, name) in kinds {
            let request = ReportRequest {
                kind: Some(kind),
                strategy_id: id.clone(),
                locale,
                from: Some("2025-01-01".into()),
                to: Some("2025-12-31".into()),
                call_id: Some(call.id.clone()),
                project_id: Some(project.id.clone()),
                meeting_id: Some(meeting.id.clone()),
                ..ReportRequest::default()
            };
            let report = make(store, &request, "2026-11-23").unwrap();
            let out = db.dir.path().join(format!("{name}-{}.pdf", locale.code()));
            write_pdf(&out, &render(&report).unwrap(), false).unwrap();
            let text = pdf_text(&out);
            // Every message is found in the catalogue: no message id is printed instead.
            assert!(!text.contains("report-"), "{name} {locale:?}: {text}");
            snapshot(&out, 1, &format!("{name}-{}-1", locale.code()));
        }
    }
    // The call report holds the ranking's reserve list; the sheet the meeting that selected it.
    let request = ReportRequest {
        kind: Some(ReportKind::Call),
        strategy_id: id.clone(),
        locale: Locale::Lt,
        call_id: Some(call.id.clone()),
        ..ReportRequest::default()
    };
    let out = db.dir.path().join("kvietimas.pdf");
    write_pdf(
        &out,
        &render(&make(store, &request, "2026-11-23").unwrap()).unwrap(),
        false,
    )
    .unwrap();
    let text = pdf_text(&out);
    assert!(text.contains("Rezervinis sąrašas"), "{text}");
    assert!(text.contains("MOLE-LEADER-2025-046"));
    // A request without what it needs names the field.
    let err = make(
        store,
        &ReportRequest {
            kind: Some(ReportKind::Minutes),
            strategy_id: id.clone(),
            ..ReportRequest::default()
        },
        "2026-11-23",
    )
    .unwrap_err();
    assert!(
        matches!(err, lagdesk_store::StoreError::Invalid(ref i) if i.0[0].field == "meetingId")
    );
}

#[test]
fn every_lithuanian_and_latvian_letter_survives_the_pdf() {
    let mut db = lagdesk_tests::TestDb::new();
    let id = db.store.load_demo().unwrap();
    let letters = "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ „“ – €";
    for locale in [Locale::Lt, Locale::Lv] {
        let mut frame = frame(&db.store, &id, locale);
        frame.organisation = letters.into();
        let out = db.dir.path().join(format!("letters-{}.pdf", locale.code()));
        let plan = db.store.financial_plan(&id).unwrap();
        write_pdf(
            &out,
            &render(&lagdesk_report::budget(&frame, &plan, &[])).unwrap(),
            false,
        )
        .unwrap();
        let text = pdf_text(&out);
        assert!(text.contains(letters), "{locale:?}: {text}");
    }
}

/// Images in `pdf`, one line each, as `pdfimages -list` counts them (their soft masks aside).
fn images_per_page(pdf: &Path) -> Vec<usize> {
    let out = Command::new("pdfimages")
        .arg("-list")
        .arg(pdf)
        .output()
        .expect("pdfimages (poppler-utils) is installed by `cargo xtask test`");
    assert!(out.status.success());
    let list = String::from_utf8(out.stdout).unwrap();
    let pages = pdf_pages(pdf);
    (1..=pages)
        .map(|page| {
            list.lines()
                .skip(2)
                .filter(|l| {
                    let cols: Vec<&str> = l.split_whitespace().collect();
                    cols.first() == Some(&page.to_string().as_str())
                        && cols.get(2) == Some(&"image")
                })
                .count()
        })
        .collect()
}

fn pdf_pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

fn summary_request(id: &str) -> lagdesk_report::ReportRequest {
    lagdesk_report::ReportRequest {
        kind: Some(lagdesk_report::ReportKind::Summary),
        strategy_id: id.to_owned(),
        locale: Locale::Lv,
        ..lagdesk_report::ReportRequest::default()
    }
}

#[test]
fn the_logo_heads_every_page_and_a_file_that_is_no_image_is_refused() {
    use lagdesk_domain::Logo;
    use lagdesk_report::{check_logo, make};
    let mut db = lagdesk_tests::TestDb::new();
    let id = db.store.load_demo().unwrap();
    let demo_logo = db.store.logo().unwrap().expect("the demo LAG has a logo");
    let out = db.dir.path().join("ar-logo.pdf");
    let report = make(&db.store, &summary_request(&id), "2026-11-23").unwrap();
    write_pdf(&out, &render(&report).unwrap(), false).unwrap();
    let images = images_per_page(&out);
    assert!(images.len() > 1);
    assert!(images.iter().all(|&n| n == 1), "{images:?}");
    snapshot(&out, 1, "summary-lv-logo");

    // Not an image, empty, or damaged past its signature: refused, the logo kept.
    let problem = |bytes: Vec<u8>| -> String {
        match Logo::new(bytes) {
            Err(invalid) => invalid.0[0].code.clone(),
            Ok(logo) => check_logo(&logo).map_or_else(|e| e.0[0].code.clone(), |()| "ok".into()),
        }
    };
    assert_eq!(problem(b"Ne paveikslas".to_vec()), "logo-not-image");
    assert_eq!(problem(Vec::new()), "logo-empty");
    assert_eq!(problem(demo_logo.bytes()[..60].to_vec()), "logo-unreadable");
    assert_eq!(problem(demo_logo.bytes().to_vec()), "ok");
    assert_eq!(db.store.logo().unwrap().as_ref(), Some(&demo_logo));

    // Without a logo the header is the name alone.
    db.store.save_logo(None).unwrap();
    let out = db.dir.path().join("be-logo.pdf");
    let report = make(&db.store, &summary_request(&id), "2026-11-23").unwrap();
    write_pdf(&out, &render(&report).unwrap(), false).unwrap();
    assert!(images_per_page(&out).iter().all(|&n| n == 0));
    assert!(pdf_text(&out).contains("Žaliųjų ežerų krašto vietos veiklos grupė"));
}

#[test]
fn a_logo_needs_the_organisation_saved_first() {
    let mut db = lagdesk_tests::TestDb::new();
    let logo = lagdesk_domain::Logo::new(b"\x89PNG\r\n\x1a\n....".to_vec()).unwrap();
    let err = db.store.save_logo(Some(&logo)).unwrap_err();
    assert!(
        matches!(err, lagdesk_store::StoreError::Invalid(ref i) if i.0[0].code == "organisation-first")
    );
    assert_eq!(db.store.logo().unwrap(), None);
}

#[test]
fn a_project_sheet_shows_what_the_project_adds_to_each_indicator_it_counts_for() {
    let mut db = lagdesk_tests::TestDb::new();
    let id = db.store.load_demo().unwrap();
    let projects = db.store.projects(&id).unwrap();
    let indicators = db.store.indicators(&id).unwrap();
    // Summed over all projects, the sheets' contributions are the indicators' achieved values.
    let mut derived = 0;
    for indicator in &indicators {
        let adds: Vec<_> = projects
            .iter()
            .filter_map(|p| indicator.contribution(p))
            .collect();
        if adds.is_empty() {
            continue;
        }
        derived += 1;
        let sum: i64 = adds.iter().map(|q| q.0).sum();
        assert_eq!(sum, indicator.achieved.0, "{}", indicator.code);
    }
    assert!(
        derived >= 2,
        "the demo has indicators counted from projects"
    );

    let project = projects
        .iter()
        .find(|p| p.number == "MOLE-LEADER-2024-002")
        .unwrap();
    let request = lagdesk_report::ReportRequest {
        kind: Some(lagdesk_report::ReportKind::Project),
        strategy_id: id.clone(),
        locale: Locale::En,
        project_id: Some(project.id.clone()),
        ..lagdesk_report::ReportRequest::default()
    };
    let out = db.dir.path().join("sheet.pdf");
    let report = lagdesk_report::make(&db.store, &request, "2026-11-23").unwrap();
    write_pdf(&out, &render(&report).unwrap(), false).unwrap();
    let text = pdf_text(&out);
    assert!(text.contains("Contribution to indicators"), "{text}");
    let jobs = project.jobs_created.unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("Sukurtos darbo vietos") && l.contains("vnt."))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.split_whitespace().any(|w| w == jobs.to_string()),
        "{line}"
    );
}
