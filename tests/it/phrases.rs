//! Standard phrases the buyer reads in the buyer's language, and the proforma invoice issued
//! from an accepted quotation (issue 14): its deposit from the payment terms, its balance, its
//! own frozen link (version 3).

use rust_decimal_macros::dec;
use tapak::codec::quotation::quotation_from_json;
use tapak::i18n::buyer::{lead, payment, remark, BuyerLang};
use tapak::i18n::load_message;
use tapak::i18n::Lang;
use tapak::model::document::Party;
use tapak::model::phrases::{looks_indonesian, Lead, LeadKind, Payment, PaymentKind, Remark};
use tapak::model::proforma::ProformaDetails;
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
    let mut details = tapak::model::document::QuoteDetails { number: "Q-7".into(), ..Default::default() };
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
    assert_eq!(q, pi_at(1, dec!(30)));
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
    let (order, sheets) = tapak::model::examples::busan_order();
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
