//! Share links: what a buyer link carries (and cannot carry), its length, damage detection,
//! version stability, and decoding that never panics.

use rust_decimal_macros::dec;
use tapak::model::base::currency::Currency;
use tapak::model::base::incoterms::Incoterm;
use tapak::model::base::sizes::Size;
use tapak::model::explain::examples::sneaker_busan;
use tapak::model::export::quote::quote;
use tapak::model::sheet::document::{Document, Party};
use tapak::share::buyer::{BuyerArticle, BuyerQuote, BuyerShipment, BuyerSize, BuyerTerm, BuyerTier};
use tapak::share::link::{self, LinkError, Shared};
use tapak::share::qr;

/// The Busan example with an eighth size: a typical quote (3 tiers, 8 sizes).
fn typical() -> (Document, BuyerQuote) {
    let mut doc = sneaker_busan();
    doc.sizes.sizes.push(Size { id: 67, label: "45".into(), foot_mm: dec!(275), quantity: 0 });
    let q = quote(&doc);
    let b = BuyerQuote::issue(&doc, &q).expect("priced");
    (doc, b)
}

#[test]
fn a_buyer_link_decodes_to_exactly_the_buyer_fields_and_nothing_else() {
    let (doc, issued) = typical();
    let text = link::encode_buyer(&issued).unwrap();
    let decoded = link::decode_buyer(&text).unwrap();
    assert_eq!(decoded, issued);
    // Every field, by name: adding a field to BuyerQuote breaks this test on purpose, so each
    // new field is looked at for what it reveals.
    let BuyerQuote {
        exporter,
        buyer,
        number,
        date,
        validity_days,
        currency,
        decimals,
        terms,
        articles,
        port_of_loading,
        payment_terms,
        lead_time,
        bank_details,
        notes,
        shipment,
        payment,
        lead,
        remarks,
        proforma,
        destination_country,
    } = decoded;
    assert_eq!(exporter, doc.quote.exporter);
    assert_eq!(buyer, doc.quote.buyer);
    assert_eq!((number.as_str(), date.as_str(), validity_days), ("Q-2025-031", "2025-07-29", 30));
    let [BuyerArticle { name, code, hs_code, sizes, tiers, order, moq, supplied, pairs_per_carton }] =
        articles.try_into().unwrap();
    assert_eq!(
        (name.as_str(), code.as_str(), hs_code.as_str()),
        ("Sneaker kasual kulit (contoh)", "TPK-SN01", "6403.99")
    );
    assert_eq!(sizes.len(), 8);
    assert_eq!(sizes[0], BuyerSize { label: "38".into(), foot_mm: dec!(240) });
    assert_eq!((currency, decimals), (Currency::USD, 2));
    assert_eq!(terms, vec![BuyerTerm { incoterm: Incoterm::Fob, place: "Tanjung Perak, Surabaya".into() }]);
    // The quoted prices, frozen as issued (see tests/it/quote.rs for how they are worked out).
    let tier = |pairs, p| BuyerTier { pairs, prices: vec![p] };
    assert_eq!(tiers, vec![tier(2000, dec!(12.01)), tier(3250, dec!(11.48)), tier(5000, dec!(11.26))]);
    assert_eq!((order, moq, supplied), (Some(3250), 1000, Vec::<String>::new()));
    assert_eq!(tiers[1].total(0, 2), Some(dec!(37310.00)));
    assert_eq!(port_of_loading, doc.terms.port_of_shipment);
    assert_eq!(
        (payment_terms, lead_time, bank_details, notes),
        (
            doc.quote.payment_terms.clone(),
            doc.quote.lead_time.clone(),
            doc.quote.bank_details.clone(),
            doc.quote.notes.clone()
        )
    );
    // The packing facts an FOB buyer asks first (version 4): 3.250 pairs at 12 a carton are
    // 271 cartons (the last holds 10), 271 × 0,6 × 0,4 × 0,35 m = 22,764 m³; at 9 kg a carton,
    // 2.439 kg. The buyer is in Korea; the port of loading is Indonesian.
    assert_eq!(pairs_per_carton, Some(12));
    assert_eq!(shipment, Some(BuyerShipment { cartons: 271, cbm: dec!(22.764), gross_kg: dec!(2439) }));
    assert_eq!(destination_country, Some(tapak::model::base::country::Country::KR));
    // The standard phrases, as codes the buyer's page words in the buyer's language.
    assert_eq!((payment, lead, remarks), (doc.quote.payment, doc.quote.lead, doc.quote.remarks.clone()));
    assert_eq!(payment.map(|p| p.deposit_pct()), Some(dec!(30)));
    // A quotation, not a proforma invoice.
    assert_eq!(proforma, None);

    // Nothing of the cost structure is anywhere in the decoded link.
    let all = format!("{:?}", link::decode_buyer(&text).unwrap());
    for secret in
        ["Kulit sapi", "Mikrofiber", "JISDOR", "16244", "162565", "Acuan", "Ocean freight", "PEB", "Jahit", "4800000"]
    {
        assert!(!all.contains(secret), "a buyer link must not carry {secret:?}");
    }
}

#[test]
fn a_typical_buyer_link_fits_chat_apps_and_a_readable_qr_code() {
    let (_, issued) = typical();
    let text = link::encode_buyer(&issued).unwrap();
    let url = format!("https://tapak.example/#q={text}");
    // Version 1 made 492 characters; version 2 also carries the buyer's name and address and
    // the bank details the print always showed (about 110 characters), so the ceiling is 620.
    assert!(url.len() <= 620, "buyer link is {} characters", url.len());
    let code = qr::encode(&url).unwrap();
    println!("one article, 3 tiers, 8 sizes: {} characters, QR version {}", url.len(), code.version);
    // SMART Health Cards keep QR codes at version 22 or below for reliable phone scanning.
    assert!(code.version <= 22, "QR version {}", code.version);
    assert!(code.svg().starts_with("<svg"));
    // Printed, each module is 4 dots at 300 dpi: (89 modules + 8 quiet) × 4 × 25,4 / 300 mm =
    // 32,850 mm for this version-18 code.
    assert_eq!((code.size, code.print_width().as_str()), (89, "32.850mm"));
    assert!(code.print_svg().starts_with("<svg width=\"32.850mm\" height=\"32.850mm\" "));
}

#[test]
fn damaged_and_altered_links_are_detected() {
    let (_, issued) = typical();
    let text = link::encode_buyer(&issued).unwrap();
    // Cut short by a chat app.
    assert_eq!(link::decode_buyer(&text[..text.len() - 7]), Err(LinkError::Damaged));
    assert_eq!(link::decode_buyer(&text[..40]), Err(LinkError::Damaged));
    // One character changed anywhere.
    for i in [0, 5, text.len() / 2, text.len() - 1] {
        let mut bytes = text.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(bytes).unwrap();
        assert!(link::decode_buyer(&altered).is_err(), "change at {i} went unnoticed");
    }
    assert_eq!(link::decode_buyer(""), Err(LinkError::Damaged));
    assert_eq!(link::decode_buyer("not a link!"), Err(LinkError::Damaged));
    assert_eq!(link::parse_fragment("#top"), None);
    assert!(matches!(link::parse_fragment(&format!("#q={text}")), Some(Ok(Shared::Buyer(_)))));
}

/// A link written by version 1 of the format (2026-11-24). It must open, with these figures,
/// in every later build.
const V1_LINK: &str = include_str!("v1-buyer-link.txt");

#[test]
fn version_1_links_keep_decoding() {
    let q = link::decode_buyer(V1_LINK.trim()).expect("a v1 link opens");
    assert_eq!(q.number, "Q-2025-031");
    // One article at one term; a version-1 link did not say which quantity was the order's.
    let a = &q.articles[0];
    assert_eq!(
        a.tiers.iter().map(|t| (t.pairs, t.prices.clone())).collect::<Vec<_>>(),
        vec![(2000, vec![dec!(12.01)]), (3250, vec![dec!(11.48)]), (5000, vec![dec!(11.26)])]
    );
    assert_eq!((a.order, a.moq), (None, 1000));
    assert_eq!(q.order_total(0), None);
    assert_eq!(
        (q.currency, q.terms[0].incoterm, q.terms[0].place.as_str()),
        (Currency::USD, Incoterm::Fob, "Tanjung Perak, Surabaya")
    );
}

/// A link written by version 2 of the format (2026-11-30): three articles, one a colourway,
/// priced FOB and CIF. It must open, with these figures, in every later build.
const V2_LINK: &str = include_str!("v2-buyer-link.txt");

#[test]
fn version_2_links_keep_decoding() {
    let q = link::decode_buyer(V2_LINK.trim()).expect("a v2 link opens");
    assert_eq!(q, as_before_v4(crate::quotation::three_articles_issued()));
    assert_eq!(q.order_total(0), Some((3000, dec!(19800))));
    assert_eq!(q.order_total(1), Some((3000, dec!(20850))));
}

/// A quotation as a link before version 4 carried it: no pairs per carton, no buyer's country.
pub fn as_before_v4(mut q: BuyerQuote) -> BuyerQuote {
    for a in &mut q.articles {
        a.pairs_per_carton = None;
    }
    q.destination_country = None;
    q
}

/// A link written by version 4 of the format (2026-12-07): the Busan example with its packing
/// facts and the buyer's country. It must open, with these figures, in every later build.
const V4_LINK: &str = include_str!("v4-buyer-link.txt");

#[test]
fn version_4_links_keep_decoding() {
    let q = link::decode_buyer(V4_LINK.trim()).expect("a v4 link opens");
    assert_eq!(q, typical().1);
    assert_eq!(q.articles[0].pairs_per_carton, Some(12));
    assert_eq!(q.shipment.map(|s| s.cartons), Some(271));
}

#[test]
#[ignore = "run by hand to create tests/it/v4-buyer-link.txt"]
fn write_golden_v4_link() {
    std::fs::write(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/v4-buyer-link.txt"),
        link::encode_buyer(&typical().1).unwrap(),
    )
    .unwrap();
}

/// Version 4's tail is checked like the rest: a pairs-per-carton list that does not match the
/// articles, or a country this build does not know, is damage, never a half-read quotation.
#[test]
fn a_version_4_tail_that_does_not_fit_is_damage() {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let (_, issued) = typical();
    let sealed = URL_SAFE_NO_PAD.decode(link::encode_buyer(&issued).unwrap()).unwrap();
    let body = miniz_oxide::inflate::decompress_to_vec(&sealed[1..sealed.len() - 4]).unwrap();
    // The tail's last field is the country, "KR": make it "XX", then "K".
    let n = body.len();
    assert_eq!(&body[n - 3..], b"\x02KR");
    let reseal = |body: &[u8]| {
        let mut bytes = vec![4u8];
        bytes.extend(miniz_oxide::deflate::compress_to_vec(body, 6));
        let crc = crc32(&bytes);
        bytes.extend(crc.to_le_bytes());
        URL_SAFE_NO_PAD.encode(&bytes)
    };
    assert!(link::decode_buyer(&reseal(&body)).is_ok(), "resealed unchanged, it opens");
    let mut xx = body.clone();
    xx[n - 2..].copy_from_slice(b"XX");
    assert_eq!(link::decode_buyer(&reseal(&xx)), Err(LinkError::Damaged));
    let mut short = body[..n - 3].to_vec();
    short.extend(b"\x01K");
    assert_eq!(link::decode_buyer(&reseal(&short)), Err(LinkError::Damaged));
}

#[test]
fn unknown_versions_and_oversized_payloads_are_refused() {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    // A well-formed link of a future version 5.
    let (_, issued) = typical();
    let mut bytes = URL_SAFE_NO_PAD.decode(link::encode_buyer(&issued).unwrap()).unwrap();
    let n = bytes.len();
    bytes[0] = 5;
    let crc = crc32(&bytes[..n - 4]);
    bytes[n - 4..].copy_from_slice(&crc.to_le_bytes());
    assert_eq!(link::decode_buyer(&URL_SAFE_NO_PAD.encode(&bytes)), Err(LinkError::UnknownVersion(5)));
    // A deflate bomb: 10 MB of zeros compresses to a few kilobytes.
    let mut bomb = vec![1u8];
    bomb.extend(miniz_oxide::deflate::compress_to_vec(&vec![0u8; 10 * 1024 * 1024], 10));
    let crc = crc32(&bomb);
    bomb.extend(crc.to_le_bytes());
    assert_eq!(link::decode_buyer(&URL_SAFE_NO_PAD.encode(&bomb)), Err(LinkError::TooLarge));
}

/// The same CRC-32 as the link format (IEEE), for forging test links.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

#[test]
fn a_worksheet_link_carries_the_whole_document() {
    let doc = sneaker_busan();
    let text = link::encode_worksheet(&doc);
    assert_eq!(link::decode_worksheet(&text), Ok(doc));
    assert!(matches!(link::parse_fragment(&format!("w={text}")), Some(Ok(Shared::Worksheet(_)))));
    assert_eq!(link::decode_worksheet(&text[..text.len() / 2]), Err(LinkError::Damaged));
}

#[test]
fn an_unpriced_quote_cannot_be_shared() {
    let mut doc = sneaker_busan();
    doc.terms.incoterm = Incoterm::Ddp;
    let q = quote(&doc);
    assert!(BuyerQuote::issue(&doc, &q).is_err());
    let _ = Party::default();
}

/// Decoding is fed 100,000 random and mutated inputs; it must return, never panic, and anything
/// it accepts must re-encode to a link that decodes to the same quote.
#[test]
fn decoding_never_panics_on_100000_random_and_mutated_inputs() {
    let (_, issued) = typical();
    let good = link::encode_buyer(&issued).unwrap();
    let sheet = link::encode_worksheet(&sneaker_busan());
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/#q ";
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut accepted = 0;
    for i in 0..100_000u32 {
        let base = if i % 2 == 0 { good.as_bytes() } else { sheet.as_bytes() };
        let input: Vec<u8> = match i % 4 {
            // Random text of the link alphabet.
            0 => (0..next() % 900).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect(),
            // A real link with a few characters replaced.
            1 => {
                let mut b = base.to_vec();
                for _ in 0..1 + next() % 4 {
                    let at = (next() % b.len() as u64) as usize;
                    b[at] = ALPHABET[(next() % 64) as usize];
                }
                b
            }
            // Cut short or extended.
            2 => {
                let mut b = base[..(next() % base.len() as u64) as usize].to_vec();
                if next() % 2 == 0 {
                    b.extend((0..next() % 20).map(|_| ALPHABET[(next() % 64) as usize]));
                }
                b
            }
            // Random bytes, base64-encoded, so they reach the checksum and inflater.
            _ => {
                use base64::Engine;
                let raw: Vec<u8> = (0..next() % 300).map(|_| next() as u8).collect();
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw).into_bytes()
            }
        };
        let text = String::from_utf8_lossy(&input);
        if let Ok(q) = link::decode_buyer(&text) {
            accepted += 1;
            assert_eq!(link::decode_buyer(&link::encode_buyer(&q).unwrap()), Ok(q));
        }
        let _ = link::decode_worksheet(&text);
        let _ = link::parse_fragment(&text);
    }
    // Mutations that happen to keep a link valid are rare (base64 padding bits); most are refused.
    assert!(accepted < 1000, "{accepted} mutated inputs were accepted");
}

/// Writes the golden v2 link (`tests/it/v1-buyer-link.txt` was written by version 1 and is
/// never rewritten: a new format gets a new version and a new golden file).
#[test]
#[ignore = "run by hand to create tests/it/v2-buyer-link.txt"]
fn write_golden_v2_link() {
    std::fs::write(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/v2-buyer-link.txt"),
        link::encode_buyer(&crate::quotation::three_articles_issued()).unwrap(),
    )
    .unwrap();
}

#[test]
fn replies_find_the_exporters_whatsapp_number_and_email() {
    use tapak::share::buyer::{email_address, whatsapp_number};
    assert_eq!(whatsapp_number("+62 812 0000 0000 · sales@contoh.example").as_deref(), Some("6281200000000"));
    assert_eq!(whatsapp_number("WA 0812-3456-7890").as_deref(), Some("6281234567890"));
    assert_eq!(whatsapp_number("sales@contoh.example"), None);
    assert_eq!(email_address("+62 812 0000 0000 · sales@contoh.example").as_deref(), Some("sales@contoh.example"));
    assert_eq!(email_address("+62 812 0000 0000"), None);
    let (_, q) = typical();
    assert_eq!(q.valid_until().map(|d| d.to_string()).as_deref(), Some("2025-08-28"));
}

/// Which addresses a buyer could open: the page's own address decides whether links need the
/// published one.
#[test]
fn a_link_made_on_the_makers_own_computer_is_built_on_the_published_address() {
    use tapak::share::address::{link_base, published_address, unreachable, AddressError, Unreachable as U};
    let cases: &[(&str, Option<U>)] = &[
        ("http://127.0.0.1:8080/#q=abc", Some(U::ThisComputer)),
        ("http://localhost:8080/", Some(U::ThisComputer)),
        ("http://tapak.localhost/", Some(U::ThisComputer)),
        ("http://[::1]:8080/", Some(U::ThisComputer)),
        ("http://192.168.1.20:8080/", Some(U::PrivateNetwork)),
        ("http://10.0.0.5/tapak/", Some(U::PrivateNetwork)),
        ("http://172.20.1.1/", Some(U::PrivateNetwork)),
        ("http://172.32.1.1/", None),
        ("http://kantor/", Some(U::PrivateNetwork)),
        ("http://printer.local/", Some(U::PrivateNetwork)),
        ("http://[fd12::1]/", Some(U::PrivateNetwork)),
        ("file:///home/ika/tapak/index.html", Some(U::NotWeb)),
        ("https://ikm-mojokerto.github.io/tapak/", None),
        ("https://user@tapak.example:8443/x", None),
    ];
    for (address, expected) in cases {
        assert_eq!(unreachable(address), *expected, "{address}");
    }

    // What a maker may type as the published address, and what links then use.
    assert_eq!(published_address("  "), Ok(None));
    assert_eq!(
        published_address("https://ikm-mojokerto.github.io/tapak").unwrap().as_deref(),
        Some("https://ikm-mojokerto.github.io/tapak/")
    );
    assert_eq!(published_address("https://tapak.example").unwrap().as_deref(), Some("https://tapak.example/"));
    assert_eq!(
        published_address("https://tapak.example/app/index.html?x=1#q=zz").unwrap().as_deref(),
        Some("https://tapak.example/app/index.html")
    );
    assert_eq!(published_address("http://tapak.example/"), Err(AddressError::NotHttps));
    assert_eq!(published_address("tapak.example"), Err(AddressError::NotHttps));
    assert_eq!(published_address("http://127.0.0.1:8080/"), Err(AddressError::Unreachable(U::ThisComputer)));
    assert_eq!(published_address("https://192.168.0.9/"), Err(AddressError::Unreachable(U::PrivateNetwork)));
    // Forms a browser would read as another (often local) host: refused, whatever they look like.
    for odd in [
        "https://",
        "https://:443/",
        "https://localhost\\.example.com/",
        "https://127.0.0.1\\@evil.example/",
        "https://evil@127.0.0.1/",
        "https://127.0.0.1@tapak.example/",
        "https://127.1/",
        "https://0177.0.0.1/",
        "https://0x7f.1/",
        "https://8.8.8.8/",
        "https://[::ffff:127.0.0.1]/",
        "https://[0:0:0:0:0:0:0:1]/",
        "https://tapak .example/",
        "javascript:alert(1)//https://tapak.example/",
    ] {
        assert!(published_address(odd).is_err(), "{odd} must be refused");
    }
    assert_eq!(published_address("https://cafe.be/").unwrap().as_deref(), Some("https://cafe.be/"));
    assert_eq!(
        published_address("https://tapak.example.co.id/app"),
        Ok(Some("https://tapak.example.co.id/app/".into()))
    );

    // On localhost with an address set: links go there. Without one: the page's own, flagged.
    let set = link_base("http://127.0.0.1:8080/#q=old", Some("https://ikm-mojokerto.github.io/tapak/"));
    assert_eq!(
        (set.base.as_str(), set.published, set.page_unreachable),
        ("https://ikm-mojokerto.github.io/tapak/", true, Some(U::ThisComputer))
    );
    let unset = link_base("http://127.0.0.1:8080/", None);
    assert_eq!((unset.base.as_str(), unset.published), ("http://127.0.0.1:8080/", false));
    // A public page is itself published: its own address wins.
    let public = link_base("https://tapak.example/app/#w=x", Some("https://other.example/"));
    assert_eq!(
        (public.base.as_str(), public.published, public.page_unreachable),
        ("https://tapak.example/app/", false, None)
    );
}

/// The word tables are read by position: each language's column must be that language.
#[test]
fn every_language_reads_its_own_column_of_the_word_tables() {
    use tapak::i18n::buyer::{BuyerLang, BT};
    use tapak::i18n::{Lang, T};
    let quotation: Vec<_> = BuyerLang::ALL.iter().map(|&l| BT::Quotation.in_lang(l)).collect();
    assert_eq!(quotation, ["Quotation", "견적서", "Cotización", "Penawaran harga"]);
    assert_eq!(
        BT::Private.in_lang(BuyerLang::Es),
        "Esta cotización viaja dentro del propio enlace; ningún servidor la guarda."
    );
    assert_eq!((T::NewSheet.in_lang(Lang::Id), T::NewSheet.in_lang(Lang::En)), ("Lembar baru", "New sheet"));
    assert_eq!(tapak::i18n::P::LinksOnPublished.in_lang(Lang::En), "Links are built on the published address:");
}

/// The buyer's page reads the inflated body with postcard (the checksum already held): a body
/// cut short, with a byte left over, or of other bytes altogether is refused as damaged, never
/// read in part and never a panic.
#[test]
fn a_link_body_that_does_not_hold_a_whole_quotation_is_refused() {
    let (_, q) = typical();
    let text = link::encode_buyer(&q).expect("a link");
    let (version, deflated) = link::unseal(&text).expect("sealed");
    let body = miniz_oxide::inflate::decompress_to_vec(&deflated).expect("a deflated body");
    assert_eq!(link::read_buyer(version, &body), Ok(q));
    for cut in [0, 1, body.len() / 2, body.len() - 1] {
        assert_eq!(link::read_buyer(version, &body[..cut]), Err(LinkError::Damaged), "cut at {cut}");
    }
    let mut longer = body.clone();
    longer.push(0);
    assert_eq!(link::read_buyer(version, &longer), Err(LinkError::Damaged));
    // Every single-byte change of the body either reads as some whole quotation or is refused.
    for i in 0..body.len() {
        for v in [0u8, 1, 0x7f, 0x80, 0xff] {
            let mut b = body.clone();
            b[i] = v;
            let _ = link::read_buyer(version, &b);
        }
    }
    for version in [1, 2, 3] {
        assert_eq!(link::read_buyer(version, &[0xff; 64]), Err(LinkError::Damaged));
    }
}
