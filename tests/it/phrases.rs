//! Standard phrases the buyer reads in the buyer's language, and the proforma invoice issued
//! from an accepted quotation (issue 14): its deposit from the payment terms, its balance, its
//! own frozen link (version 3).

use rust_decimal_macros::dec;
use tapak::codec::quotation::quotation_from_json;
use tapak::i18n::buyer::{lead, payment, remark, BuyerLang};
use tapak::i18n::load_message;
use tapak::i18n::Lang;
use tapak::model::quotation::proforma::ProformaDetails;
use tapak::model::sheet::document::Party;
use tapak::model::sheet::phrases::{looks_indonesian, Lead, LeadKind, Payment, PaymentKind, Remark};
use tapak::share::link;

#[test]
fn a_payment_phrase_reads_in_each_buyers_language_with_its_number() {
    let p = Payment { kind: PaymentKind::DepositBeforeShipment, n: 30 };
    assert_eq!(payment(p, BuyerLang::En), "T/T 30 % deposit, balance before shipment");
    assert_eq!(payment(p, BuyerLang::Ko), "T/T 선금 30 %, 잔금은 선적 전 지급");
    assert_eq!(payment(p, BuyerLang::Es), "T/T 30 % de anticipo, saldo antes del embarque");
    assert_eq!(payment(p, BuyerLang::Id), "T/T uang muka 30 %, pelunasan sebelum pengapalan");
    let l = Lead { kind: LeadKind::AfterDepositAndSample, days: 45 };
    assert_eq!(lead(l, BuyerLang::En), "45 days after deposit and sample approval");
    assert_eq!(lead(l, BuyerLang::Ko), "선금 입금 및 샘플 승인 후 45일");
    assert_eq!(
        payment(Payment { kind: PaymentKind::LcUsance, n: 90 }, BuyerLang::Es),
        "Carta de crédito irrevocable a 90 días de la fecha del B/L"
    );
    // Every phrase has all four languages, none empty and none left with its placeholder.
    for lang in BuyerLang::ALL {
        for k in PaymentKind::ALL {
            let text = payment(Payment { kind: k, n: 7 }, lang);
            assert!(!text.is_empty() && !text.contains("{n}"), "{k:?} {lang:?}");
        }
        for k in LeadKind::ALL {
            assert!(lead(Lead { kind: k, days: 7 }, lang).contains('7'), "{k:?} {lang:?}");
        }
        for r in Remark::ALL {
            assert!(remark(r, lang).ends_with('.'), "{r:?} {lang:?}");
        }
    }
}

#[test]
fn the_deposit_a_proforma_asks_for_comes_from_the_payment_phrase() {
    let deposit = |kind, n| Payment { kind, n }.deposit_pct();
    assert_eq!(deposit(PaymentKind::DepositBeforeShipment, 30), dec!(30));
    assert_eq!(deposit(PaymentKind::DepositAgainstBl, 50), dec!(50));
    assert_eq!(deposit(PaymentKind::Advance, 0), dec!(100));
    // Under a letter of credit the bank pays against the documents: no deposit.
    assert_eq!(deposit(PaymentKind::LcAtSight, 0), dec!(0));
    let mut details = tapak::model::sheet::document::QuoteDetails { number: "Q-7".into(), ..Default::default() };
    assert_eq!(ProformaDetails::from_quotation(&details, "Busan", "2026-12-01").deposit_pct, dec!(30));
    details.payment = Some(Payment { kind: PaymentKind::Advance, n: 0 });
    let pi = ProformaDetails::from_quotation(&details, "Busan", "2026-12-01");
    assert_eq!((pi.number.as_str(), pi.deposit_pct, pi.destination.as_str()), ("PI-Q-7", dec!(100), "Busan"));
}

#[test]
fn free_text_typed_in_indonesian_is_noticed_and_english_is_not() {
    assert!(looks_indonesian("30% DP, pelunasan sebelum kirim"));
    assert!(looks_indonesian("45 hari setelah sampel disetujui"));
    assert!(!looks_indonesian("T/T 30% deposit, balance before shipment"));
    assert!(!looks_indonesian("45 days after deposit and sample approval"));
    // Whole words only: "handle" holds "dan" but is English.
    assert!(!looks_indonesian("Handle with care; Sundance order"));
}

/// The three-article order, FOB USD 19.800 and CIF USD 20.850 (tests/it/quotation.rs).
fn pi_at(term: u32, pct: rust_decimal::Decimal) -> tapak::share::buyer::BuyerQuote {
    let issued = crate::quotation::three_articles_issued();
    let pi = ProformaDetails {
        number: "PI-Q-2026-114".into(),
        date: "2026-12-07".into(),
        consignee: Party { name: "Busan Footwear Trading Co.".into(), ..Party::default() },
        destination: "Busan".into(),
        shipment_date: "2027-01".into(),
        deposit_pct: pct,
        term,
    };
    issued.proforma_of(&pi).expect("a PI")
}

#[test]
fn a_proforma_invoice_asks_its_deposit_and_balance_and_keeps_the_quotation() {
    // CIF: 20.850,00; 30 % deposit = 6.255,00; balance 14.595,00.
    let pi = pi_at(1, dec!(30));
    assert_eq!(pi.terms.len(), 1);
    assert_eq!(pi.terms[0].place, "Busan");
    // Each article at its order quantity only, at the CIF price.
    let rows: Vec<(u32, Vec<rust_decimal::Decimal>)> =
        pi.articles.iter().map(|a| (a.tiers[0].pairs, a.tiers[0].prices.clone())).collect();
    assert_eq!(rows, vec![(1200, vec![dec!(8.00)]), (600, vec![dec!(8.75)]), (1200, vec![dec!(5.00)])]);
    assert_eq!(pi.order_total(0), Some((3000, dec!(20850.00))));
    assert_eq!(pi.proforma.as_ref().map(|p| p.deposit), Some(dec!(6255.00)));
    assert_eq!(pi.balance(), Some(dec!(14595.00)));
    // A PI does not expire, though the quotation it comes from may.
    assert_eq!(pi.valid_until(), None);
    // FOB at 35 %: 19.800 × 0,35 = 6.930,00; balance 12.870,00.
    let fob = pi_at(0, dec!(35));
    assert_eq!((fob.proforma.as_ref().map(|p| p.deposit), fob.balance()), (Some(dec!(6930.00)), Some(dec!(12870.00))));
    // A deposit with a remainder is rounded half-up and the balance takes the rest: 33⅓ % of
    // 19.800,00 = 6.599,934 → 6.599,93; balance 13.200,07.
    let third = pi_at(0, dec!(33.333));
    assert_eq!(
        (third.proforma.as_ref().map(|p| p.deposit), third.balance()),
        (Some(dec!(6599.93)), Some(dec!(13200.07)))
    );
    // A term the quotation does not have: no PI.
    let issued = crate::quotation::three_articles_issued();
    let mut bad = ProformaDetails::from_quotation(&Default::default(), "", "2026-12-07");
    bad.term = 2;
    assert_eq!(issued.proforma_of(&bad), None);
    // The quotation itself is unchanged and is no PI.
    assert_eq!(issued.proforma, None);
    assert_eq!(issued.balance(), None);
}

#[test]
fn a_proforma_invoice_has_its_own_frozen_link() {
    let pi = pi_at(1, dec!(30));
    let text = link::encode_buyer(&pi).expect("encodes");
    let back = link::decode_buyer(&text).expect("decodes");
    assert_eq!(back, pi);
    assert_eq!(back.balance(), Some(dec!(14595.00)));
    let url = format!("https://tapak.example/#q={text}");
    let code = tapak::share::qr::encode(&url).unwrap();
    println!("PI of three articles: {} characters, QR version {}", url.len(), code.version);
    assert!(url.len() <= 700, "PI link is {} characters", url.len());
}

/// A link written by version 3 of the format (2026-11-30): the PI above. It must open, with
/// these figures, in every later build.
const V3_LINK: &str = include_str!("v3-buyer-link.txt");

#[test]
fn version_3_links_keep_decoding() {
    let q = link::decode_buyer(V3_LINK.trim()).expect("a v3 link opens");
    assert_eq!(q, crate::share::as_before_v4(pi_at(1, dec!(30))));
}

#[test]
#[ignore = "run by hand to create tests/it/v3-buyer-link.txt"]
fn write_golden_v3_link() {
    std::fs::write(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/v3-buyer-link.txt"),
        link::encode_buyer(&pi_at(1, dec!(30))).unwrap(),
    )
    .unwrap();
}

#[test]
fn phrases_in_a_file_are_held_to_the_field_rules() {
    let (order, sheets) = tapak::model::explain::examples::busan_order();
    let good = tapak::codec::quotation::quotation_to_json(&order, &sheets);
    let q = quotation_from_json(&good).expect("the worked order opens");
    assert_eq!(q.details.payment, Some(Payment { kind: PaymentKind::DepositBeforeShipment, n: 30 }));
    // A deposit of 130 % is refused, and the message names the field.
    let bad = good.replacen("\"n\": 30", "\"n\": 130", 1);
    let e = quotation_from_json(&bad).unwrap_err();
    assert_eq!(load_message(&e, Lang::En).lines.len(), 1, "{e:?}");
    // A phrase this build does not know.
    let unknown = good.replacen("\"DepositBeforeShipment\"", "\"Barter\"", 1);
    assert!(quotation_from_json(&unknown).is_err());
}

/// The buyer's module loads its language's texts from `assets/texts-<tag>.txt`; these files are
/// the tables of `i18n::buyer`, one text a line. Run `write_buyer_texts` (ignored) after changing
/// a text; this test fails until the files agree.
#[test]
fn the_buyers_text_files_are_the_tables() {
    use tapak::i18n::buyer::{texts_file, ES, ID, KO};
    for (tag, table) in [("ko", KO), ("es", ES), ("id", ID)] {
        let path = format!("{}/assets/texts-{tag}.txt", env!("CARGO_MANIFEST_DIR"));
        let file = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            file,
            texts_file(table),
            "{path} differs from i18n::buyer: run `cargo test -- --ignored write_buyer_texts`"
        );
        assert!(
            table.iter().all(|t| !t.contains('\n') && !t.is_empty()),
            "a text of {tag} is empty or has a line break"
        );
    }
}

#[test]
#[ignore = "run by hand after changing a buyer text"]
fn write_buyer_texts() {
    use tapak::i18n::buyer::{texts_file, ES, ID, KO};
    for (tag, table) in [("ko", KO), ("es", ES), ("id", ID)] {
        std::fs::write(format!("{}/assets/texts-{tag}.txt", env!("CARGO_MANIFEST_DIR")), texts_file(table)).unwrap();
    }
}

#[test]
fn a_language_file_of_another_build_is_refused_and_english_stays() {
    use tapak::i18n::buyer::{load, texts_file, BuyerLang, KO};
    assert!(load(BuyerLang::Ko, &texts_file(KO)));
    assert!(!load(BuyerLang::Ko, "견적서\n번호\n"));
    assert!(!load(BuyerLang::En, &texts_file(KO)));
}

#[test]
fn the_company_profile_fills_what_a_new_quotation_left_empty_and_passes_its_door() {
    use tapak::codec::profile::{profile_from_json, profile_to_json};
    use tapak::model::quotation::profile::Profile;
    use tapak::model::sheet::document::QuoteDetails;
    let profile = Profile {
        exporter: Party { name: "CV Tapak Jaya".into(), address: "Mojokerto".into(), contact: "+62 812 1".into() },
        bank_details: "Bank Jatim · SWIFT PDJTIDJ1".into(),
        payment: Some(Payment { kind: PaymentKind::DepositBeforeShipment, n: 40 }),
        lead: Some(Lead { kind: LeadKind::AfterDeposit, days: 60 }),
        validity_days: 21,
        ..Profile::default()
    };
    // A sheet with its own payment words keeps them; the empty exporter and bank come from it.
    let mut d = QuoteDetails { payment_terms: "L/C at sight".into(), ..QuoteDetails::default() };
    profile.fill(&mut d);
    assert_eq!((d.exporter.name.as_str(), d.bank_details.as_str()), ("CV Tapak Jaya", "Bank Jatim · SWIFT PDJTIDJ1"));
    assert_eq!((d.payment, d.payment_terms.as_str()), (None, "L/C at sight"));
    assert_eq!(d.lead, Some(Lead { kind: LeadKind::AfterDeposit, days: 60 }));
    assert_eq!(d.validity_days, 30, "fill leaves the validity: the sheet's own");
    // "Isi dari profil": the profile's words over the quotation's; the buyer and number stay.
    d.number = "Q-9".into();
    profile.put_over(&mut d);
    assert_eq!(
        (d.payment, d.payment_terms.as_str(), d.validity_days, d.number.as_str()),
        (profile.payment, "", 21, "Q-9")
    );
    // Its door: round trip; a logo that is no picture, or a deposit of 130 %, is refused.
    assert_eq!(profile_from_json(&profile_to_json(&profile)), Ok(profile.clone()));
    let script = Profile { logo: "data:text/html;base64,PHNjcmlwdD4=".into(), ..profile.clone() };
    let e = profile_from_json(&profile_to_json(&script)).unwrap_err();
    assert_eq!(
        load_message(&e, Lang::En).lines,
        vec!["Company profile · Logo: it must be a PNG, JPEG or WebP picture of at most 75 KB.".to_string()]
    );
    let png = Profile { logo: "data:image/png;base64,iVBORw0KGgo=".into(), ..profile.clone() };
    assert!(profile_from_json(&profile_to_json(&png)).is_ok());
    let huge = Profile { logo: format!("data:image/png;base64,{}", "A".repeat(100_000)), ..profile.clone() };
    assert!(profile_from_json(&profile_to_json(&huge)).is_err());
    // The kind is read from the bytes, not the name (issue 27 #12): an SVG or a text file
    // renamed `.png` is refused, whether it comes as a file or as a data URL that claims PNG.
    use tapak::model::quotation::profile::logo_data_url;
    let svg = Profile { logo: logo_data_url(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), ..profile.clone() };
    assert!(!svg.logo_ok());
    let claims = Profile { logo: "data:image/png;base64,SGFsbyBkdW5pYSwgaW5pIHRla3M=".into(), ..profile.clone() };
    assert!(profile_from_json(&profile_to_json(&claims)).is_err());
    let real = logo_data_url(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
    assert!(real.starts_with("data:image/png;base64,"));
    assert!(Profile { logo: real, ..profile.clone() }.logo_ok());
    let jpeg = logo_data_url(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0, 1, 1]);
    assert!(jpeg.starts_with("data:image/jpeg;base64,") && Profile { logo: jpeg, ..profile.clone() }.logo_ok());
    let deposit = Profile { payment: Some(Payment { kind: PaymentKind::DepositBeforeShipment, n: 130 }), ..profile };
    assert!(profile_from_json(&profile_to_json(&deposit)).is_err());
}

#[test]
fn the_profile_is_stored_beside_the_sheets_travels_in_the_backup_and_is_never_overwritten_unseen() {
    use std::collections::BTreeMap;
    use tapak::codec::backup::{from_backup, to_backup};
    use tapak::codec::profile::profile_to_json;
    use tapak::model::quotation::profile::Profile;
    use tapak::store::profile::{import, load, save, Stored, KEY};
    use tapak::store::StoreError;
    let mut s: BTreeMap<String, String> = BTreeMap::new();
    let p = Profile { bank_details: "BNI".into(), ..Profile::default() };
    let text = save(&mut s, &p, None).unwrap();
    assert_eq!(load(&s), Ok(Stored::Profile(Box::new(p.clone()), text.clone())));
    // Another tab saved meanwhile: refused, and what is stored stays.
    let other = Profile { bank_details: "BRI".into(), ..p.clone() };
    save(&mut s, &other, Some(&text)).unwrap();
    assert_eq!(save(&mut s, &p, Some(&text)), Err(StoreError::Changed { key: KEY.into() }));
    // The refusal names the profile, not "this sheet", and the two versions differ in the bank
    // only: that is the one row shown side by side (issue 27 #4, for the profile).
    let said = tapak::i18n::store::store_error(&StoreError::Changed { key: KEY.into() }, tapak::i18n::Lang::Id);
    assert_eq!(said, "Profil perusahaan diubah di tab lain; tidak ada yang ditimpa.");
    use tapak::model::quotation::profile::{differing, ProfilePart};
    assert_eq!(differing(&other, &p), vec![ProfilePart::Bank]);
    assert_eq!((ProfilePart::Bank.text(&other), ProfilePart::Bank.text(&p)), (Some("BRI".into()), Some("BNI".into())));
    let renamed = Profile { validity_days: 45, logo: "data:image/png;base64,AA==".into(), ..other.clone() };
    assert_eq!(differing(&other, &renamed), vec![ProfilePart::Validity, ProfilePart::Logo]);
    assert_eq!(ProfilePart::Logo.text(&renamed), None, "a picture is said to differ, not printed");
    // A damaged profile is reported, and kept as it is.
    s.insert(KEY.into(), "{\"kind\": \"tapak-profile\", \"exporter\": 5}".into());
    assert!(matches!(load(&s), Ok(Stored::Unreadable(..))));
    // The backup carries it, and importing asks before putting it over another.
    let backup = to_backup(&[], &[], Some(&profile_to_json(&other)));
    let read = from_backup(&backup, "x").unwrap();
    assert_eq!(read.profile, Some(other.clone()));
    assert_eq!(import(&mut s, &other, || false), Ok(false));
    assert!(matches!(load(&s), Ok(Stored::Unreadable(..))), "not replaced without the user's word");
    assert_eq!(import(&mut s, &other, || true), Ok(true));
    assert_eq!(import(&mut s, &other, || panic!("the same profile asks nothing")), Ok(false));
    // A backup whose profile breaks the rules is refused whole.
    let bad = to_backup(&[], &[], Some("{\"kind\":\"tapak-profile\",\"exporter\":{\"name\":\"\",\"address\":\"\",\"contact\":\"\"},\"validity_days\":99999}"));
    assert!(from_backup(&bad, "x").is_err());
}

/// The PI's payment phrase says the PI's deposit (issue 27 #8: at 0 % or 100 % it still read
/// "T/T 30 % deposit…"), and its deposit is a whole percent, so print and link agree.
#[test]
fn a_proforma_invoices_payment_phrase_follows_its_deposit() {
    use PaymentKind::*;
    let quoted = Some(Payment { kind: DepositBeforeShipment, n: 30 });
    let with = |pct: rust_decimal::Decimal| ProformaDetails {
        deposit_pct: pct,
        ..ProformaDetails::from_quotation(&Default::default(), "", "2026-12-07")
    };
    assert_eq!(with(dec!(50)).payment(quoted), Some(Payment { kind: DepositBeforeShipment, n: 50 }));
    assert_eq!(with(dec!(100)).payment(quoted), Some(Payment { kind: Advance, n: 0 }));
    assert_eq!(with(dec!(0)).payment(quoted), None);
    assert_eq!(
        with(dec!(40)).payment(Some(Payment { kind: Advance, n: 0 })),
        Some(Payment { kind: DepositBeforeShipment, n: 40 })
    );
    assert_eq!(
        with(dec!(40)).payment(Some(Payment { kind: DepositAgainstBl, n: 30 })),
        Some(Payment { kind: DepositAgainstBl, n: 40 })
    );
    let lc = Some(Payment { kind: LcUsance, n: 90 });
    assert_eq!(with(dec!(0)).payment(lc), lc);
    assert_eq!(with(dec!(30)).payment(None), None);
    // Through the PI the buyer opens: 100 % reads as payment in advance.
    let mut issued = crate::quotation::three_articles_issued();
    issued.payment = quoted;
    let pi = issued.proforma_of(&ProformaDetails { term: 1, ..with(dec!(100)) }).expect("a PI");
    assert_eq!(pi.payment.map(|p| payment(p, BuyerLang::En)).as_deref(), Some("T/T 100 % in advance"));
    // 33,333 % is refused at the door, with the field named.
    let mut q = tapak::model::quotation::Quotation::empty();
    q.proforma = Some(with(dec!(33.333)));
    let problems = tapak::model::rules::validate_quotation(&q);
    assert!(
        problems.iter().any(|p| p.fault
            == tapak::model::rules::Fault::Number(
                tapak::model::rules::Num::PiDepositPct,
                tapak::model::rules::RuleError::NotWhole
            )),
        "{problems:?}"
    );
}

/// The profile card's changes as values: each names what it changes, one that changes nothing
/// says so (and is not saved), and a logo is read from its bytes, never from its file name.
#[test]
fn profile_edits_change_what_they_name() {
    use tapak::model::quotation::profile::{Profile, ProfileEdit, ProfileText};
    use tapak::model::sheet::phrases::WordsEdit;
    let mut p = Profile::default();
    assert!(p.apply(ProfileEdit::Text(ProfileText::Name, "CV Tapak Jaya".into())));
    assert!(p.apply(ProfileEdit::Text(ProfileText::BankDetails, "Bank Jatim".into())));
    assert!(!p.apply(ProfileEdit::Text(ProfileText::Name, "CV Tapak Jaya".into())), "the same text again");
    assert!(p.apply(ProfileEdit::ValidityDays(21)));
    assert!(p.apply(ProfileEdit::Words(WordsEdit::PaymentText("T/T 30/70".into()))));
    assert_eq!(
        (p.exporter.name.as_str(), p.bank_details.as_str(), p.validity_days, p.payment_terms.as_str()),
        ("CV Tapak Jaya", "Bank Jatim", 21, "T/T 30/70")
    );
    // A PNG's first bytes make a PNG data URL, which the rules accept; a text renamed .png does
    // not, and the rules refuse it (the card then keeps the logo it had).
    let png = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, b'I', b'H', b'D', b'R'];
    assert!(p.apply(ProfileEdit::Logo(png.to_vec())));
    assert!(p.logo.starts_with("data:image/png;base64,") && p.logo_ok());
    let mut text = p.clone();
    text.apply(ProfileEdit::Logo(b"<script>alert(1)</script>".to_vec()));
    assert!(!tapak::model::rules::validate_profile(&text).is_empty());
    assert!(p.apply(ProfileEdit::RemoveLogo));
    assert!(p.logo.is_empty());
}
